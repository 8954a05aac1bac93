"""Reading articles: files or standard input, UTF-8 with or without a byte-order mark, any line endings."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from .errors import InputError


def decode(data: bytes, name: str = "input") -> str:
    """Decode an article's bytes. UTF-8 (a BOM is dropped) and UTF-16 with a BOM are accepted; anything else, binary
    data and empty input raise :class:`InputError` with a message fit for a person."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 text ({exc.reason} at byte {exc.start})") from None
    else:
        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: binary data, not a text file")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                             "convert it with iconv -t UTF-8") from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{name}: empty, nothing to audit")
    bad = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if bad > max(8, len(text[:8192]) // 100):
        raise InputError(f"{name}: binary data, not a text file")
    return text


def read_text(path: str | Path) -> str:
    """Read one article from ``path`` (``-`` for standard input)."""
    name = str(path)
    if name == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None
    return decode(data, name)


def is_markdown(path: str | Path) -> bool:
    return str(path).lower().endswith((".md", ".markdown", ".mdown", ".mkd"))
