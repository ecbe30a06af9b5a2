"""Colour arithmetic for legibility: WCAG 2 relative luminance and contrast ratio."""

from __future__ import annotations

import re

_HEX = re.compile(r"^#([0-9a-fA-F]{6})$")


def parse_hex(colour: str) -> tuple[int, int, int] | None:
    match = _HEX.fullmatch(colour.strip())
    if not match:
        return None
    value = int(match.group(1), 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    a, b = parse_hex(first), parse_hex(second)
    if a is None or b is None:
        raise ValueError(f"not a #rrggbb colour: {first!r} or {second!r}")
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
