"""Writing TOML values by hand: the standard library reads TOML but does not write it."""

from __future__ import annotations

import json


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string (JSON's string escapes are a subset of TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def toml_number(value: float) -> str:
    """A finite number TOML reads back to the same float (``repr`` is the shortest exact form)."""
    return repr(float(value)) if not float(value).is_integer() else f"{int(value)}.0"
