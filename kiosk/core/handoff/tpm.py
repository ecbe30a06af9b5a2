"""The machine's key sealed to its TPM 2.0, by the ``tpm2-tools`` programs: the key file then
holds only a sealed object that this one chip unseals, so a copy of the file (a stolen disk, a
backup) opens nothing anywhere else.

The object is sealed under the owner hierarchy's ECC primary key, made again from the chip's
own seed each time (never stored), with no password: on this machine, whoever may use the TPM
(``/dev/tpmrm0``: root and the ``tss`` group) and read the file can unseal it, as whoever can
read a plain key file can use it. ``TPM2TOOLS_TCTI`` chooses another TPM (the tests' swtpm).
"""

from __future__ import annotations

import base64
import binascii
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PRIMARY = ("-C", "o", "-g", "sha256", "-G", "ecc")
"""The primary key's template: the same seed and template make the same key on every boot."""
TOOL_TIMEOUT_S = 30.0
TOOLS_PACKAGE = "tpm2-tools"


class TpmError(Exception):
    """The TPM could not seal or unseal; the message says why, for the terminal."""


@dataclass(frozen=True)
class SealedKey:
    """A sealed object's two halves, as ``tpm2_create`` writes them."""

    public: bytes
    private: bytes

    def as_json(self) -> dict[str, str]:
        return {
            "public": base64.b64encode(self.public).decode(),
            "private": base64.b64encode(self.private).decode(),
        }

    @classmethod
    def from_json(cls, body: object) -> SealedKey:
        if not isinstance(body, dict):
            raise ValueError("no sealed object")
        try:
            return cls(
                base64.b64decode(str(body["public"]), validate=True),
                base64.b64decode(str(body["private"]), validate=True),
            )
        except (KeyError, binascii.Error) as exc:
            raise ValueError("a damaged sealed object") from exc


def seal(secret: bytes) -> SealedKey:
    """``secret`` sealed to this machine's TPM."""
    with tempfile.TemporaryDirectory(prefix="kiosk-tpm-") as folder:
        work = Path(folder)
        _primary(work)
        _run(  # the secret on standard input, never in a file
            "tpm2_create",
            ["-Q", "-C", "primary.ctx", "-i", "-", "-u", "sealed.pub", "-r", "sealed.priv"],
            work,
            given=secret,
        )
        return SealedKey((work / "sealed.pub").read_bytes(), (work / "sealed.priv").read_bytes())


def unseal(sealed: SealedKey) -> bytes:
    """The secret ``sealed`` holds; ``TpmError`` on a TPM that did not seal it."""
    with tempfile.TemporaryDirectory(prefix="kiosk-tpm-") as folder:
        work = Path(folder)
        (work / "sealed.pub").write_bytes(sealed.public)
        (work / "sealed.priv").write_bytes(sealed.private)
        _primary(work)
        _run(
            "tpm2_load",
            [
                "-Q",
                "-C",
                "primary.ctx",
                "-u",
                "sealed.pub",
                "-r",
                "sealed.priv",
                "-c",
                "sealed.ctx",
            ],
            work,
            refused="this key file was sealed to another machine's TPM (or the TPM was cleared)",
        )
        # to standard output, never a file
        return _run("tpm2_unseal", ["-c", "sealed.ctx"], work)


def _primary(work: Path) -> None:
    _run("tpm2_createprimary", ["-Q", *PRIMARY, "-c", "primary.ctx"], work)


def _run(
    tool: str, arguments: Sequence[str], work: Path, *, refused: str = "", given: bytes = b""
) -> bytes:
    """One tool; then the transient objects it left are flushed, since a TPM reached without
    a resource manager (a swtpm) holds only three."""
    program = shutil.which(tool)
    if program is None:
        raise TpmError(f"{tool} is not installed (Debian package {TOOLS_PACKAGE})")
    try:
        done = subprocess.run(
            [program, *arguments],
            cwd=work,
            input=given,
            capture_output=True,
            timeout=TOOL_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise TpmError(f"the TPM did not answer ({exc})") from exc
    finally:
        flush = shutil.which("tpm2_flushcontext")
        if flush is not None:
            subprocess.run(
                [flush, "-t"], cwd=work, capture_output=True, timeout=TOOL_TIMEOUT_S, check=False
            )
    if done.returncode != 0:
        if refused:
            raise TpmError(refused)
        said = _last_error(done.stderr)
        raise TpmError(f"{tool} failed: {said}" if said else f"{tool} failed")
    return done.stdout


def _last_error(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    errors = [line.removeprefix("ERROR:").strip() for line in lines if line.startswith("ERROR")]
    return (errors[0] if errors else lines[-1] if lines else "")[:200]
