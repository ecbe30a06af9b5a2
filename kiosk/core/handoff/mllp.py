"""One HL7 message sent over MLLP (a TCP connection, each message framed by VT and FS CR), and
the receiver's acknowledgement read back.

``AcceptCode.AA`` (or ``CA``) is the only answer that delivers; ``AE``/``AR`` (and ``CE``/``CR``)
are refusals with the receiver's words; no answer at all, a closed connection or an
acknowledgement for another message is ``NoAnswerError``, which the sender retries.
"""

from __future__ import annotations

import re
import socket
import time
from dataclasses import dataclass
from enum import StrEnum

START = b"\x0b"
END = b"\x1c\r"
MAX_ACK_BYTES = 64 * 1024
WORDS_LIMIT = 200
"""What is kept of a receiver's words: enough for staff, too little to hold a record."""


class AcceptCode(StrEnum):
    AA = "AA"
    AE = "AE"
    AR = "AR"
    CA = "CA"
    CE = "CE"
    CR = "CR"

    @property
    def delivered(self) -> bool:
        return self in (AcceptCode.AA, AcceptCode.CA)


@dataclass(frozen=True)
class Ack:
    code: AcceptCode
    control_id: str
    words: str
    """MSA-3, or the first ERR segment's words; unescaped, shortened, one line."""


class NoAnswerError(Exception):
    """The receiver did not acknowledge this message; its text says what happened instead."""


def frame(message: str) -> bytes:
    return START + message.encode("utf-8") + END


def send_message(host: str, port: int, message: str, control_id: str, timeout: float) -> Ack:
    """Send ``message`` (ER7) and wait up to ``timeout`` seconds in all for its ACK."""
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(frame(message))
            reply = _read_frame(conn, deadline)
    except TimeoutError as exc:
        raise NoAnswerError(f"no acknowledgement within {timeout:g} s") from exc
    except OSError as exc:
        raise NoAnswerError(f"the receiver could not be reached ({exc.strerror or exc})") from exc
    ack = parse_ack(reply)
    if ack.control_id != control_id:
        raise NoAnswerError("the receiver acknowledged another message")
    return ack


def _read_frame(conn: socket.socket, deadline: float) -> bytes:
    data = b""
    while END not in data:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        conn.settimeout(left)
        chunk = conn.recv(4096)
        if not chunk:
            raise NoAnswerError("the receiver closed the connection without acknowledging")
        data += chunk
        if len(data) > MAX_ACK_BYTES:
            raise NoAnswerError("the receiver's answer is larger than any acknowledgement")
    start = data.find(START)
    return data[start + 1 if start >= 0 else 0 : data.find(END)]


def parse_ack(reply: bytes) -> Ack:
    text = reply.decode("utf-8", errors="replace")
    segments = [s for s in text.replace("\n", "\r").split("\r") if s]
    if not segments or not segments[0].startswith("MSH") or len(segments[0]) < 8:
        raise NoAnswerError("the receiver's answer is not an HL7 message")
    separator = segments[0][3]
    msa = next((s.split(separator) for s in segments if s.startswith("MSA")), None)
    if msa is None or len(msa) < 3:
        raise NoAnswerError("the receiver's answer has no acknowledgement (MSA) in it")
    try:
        code = AcceptCode(msa[1])
    except ValueError as exc:
        raise NoAnswerError("the receiver's acknowledgement code is not one HL7 knows") from exc
    words = msa[3] if len(msa) > 3 else ""
    if not words:
        err = next((s.split(separator) for s in segments if s.startswith("ERR")), None)
        if err is not None:
            words = next((f for f in reversed(err[1:]) if f), "")
    return Ack(code, msa[2], _plain(words, segments[0][4:8]))


def _plain(words: str, encoding: str) -> str:
    chars = (encoding + "^~\\&")[:4]
    component, escape, subcomponent = chars[0], chars[2], chars[3]
    words = words.replace(component, " ")
    for mark, char in (("F", "|"), ("S", component), ("T", subcomponent), ("R", "~")):
        words = words.replace(f"{escape}{mark}{escape}", char)
    hex_data = re.compile(re.escape(escape) + r"X([0-9A-Fa-f]{2,})" + re.escape(escape))
    words = hex_data.sub(_from_hex, words)
    words = words.replace(f"{escape}E{escape}", escape)
    line = " ".join("".join(c if c.isprintable() else " " for c in words).split())
    return line[:WORDS_LIMIT]


def _from_hex(found: re.Match[str]) -> str:
    """HL7's ``\\Xhh..\\`` data escape: UTF-8 bytes, or (as some libraries write a letter beyond
    ASCII) Latin-1."""
    digits = found.group(1)
    data = bytes.fromhex(digits[: len(digits) // 2 * 2])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
