"""Turn the raw bytes of a dispatch into clean text, or say why not.

Wire copy arrives in whatever encoding the sending system used: UTF-8 (with or
without a byte-order mark), UTF-16 with a BOM, or a Windows code page. This
module detects which, normalises line ends and removes control characters, so
the parser only ever sees ``str`` with ``\\n`` line ends.
"""

from __future__ import annotations

import codecs
import unicodedata

from .errors import Rejected

#: Characters kept although Unicode calls them "control" or "format".
_KEPT_CONTROLS = {"\n", "\t"}
#: Zero-width and direction-override characters that carry no meaning in copy
#: but can hide or reorder text on a page.
_INVISIBLE = {
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte-order mark / zero width no-break space
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # embeddings and overrides
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",  # isolates
    "\u200e",
    "\u200f",  # LRM, RLM
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def detect_encoding(data: bytes) -> tuple[str, int]:
    """Return ``(codec name, BOM length)`` for ``data``.

    A byte-order mark decides; then strict UTF-8; then UTF-16 without a mark
    (recognised by its zero bytes); otherwise Windows-1252, the code page of
    Western European newsroom systems (ISO 8859-1 is a subset of it for all
    printable characters).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8", 0
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        if odd_zeros > even_zeros * 4:
            return "utf-16-le", 0
        if even_zeros > odd_zeros * 4:
            return "utf-16-be", 0
    return "cp1252", 0


def _decode_cp1252(data: bytes) -> str:
    # Five byte values are undefined in cp1252; in ISO 8859-1 they are C1
    # control characters, which clean_text() would remove anyway.
    return data.decode("cp1252", errors="ignore")


def looks_binary(data: bytes, encoding: str) -> bool:
    """True when ``data`` is not text: zero bytes in a single-byte text, or
    mostly control characters."""
    if encoding in ("utf-8", "cp1252") and b"\x00" in data:
        return True
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return encoding in ("utf-8", "cp1252") and controls * 10 > len(sample)


def clean_text(text: str) -> str:
    """Normalise line ends to ``\\n``, compose characters (NFC) and drop
    control and invisible formatting characters. Typography (non-breaking
    spaces, curly quotes, guillemets, dashes) is kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    out = []
    for char in text:
        if char in _KEPT_CONTROLS:
            out.append(char)
        elif char in _INVISIBLE:
            continue
        elif char in ("\x0b", "\x0c", "\x85", "\u2028", "\u2029"):
            out.append("\n")
        elif unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(char)
    return "".join(out).replace("\t", " ")


def decode_dispatch(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for raw dispatch bytes.

    Raises :class:`Rejected` for empty or binary input.
    """
    if not data.strip():
        raise Rejected("empty file")
    encoding, skip = detect_encoding(data)
    if looks_binary(data, encoding):
        raise Rejected("binary file, not text")
    body = data[skip:]
    if encoding == "cp1252":
        text = _decode_cp1252(body)
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as err:
            raise Rejected(f"not valid {encoding} text ({err.reason} at byte {err.start})") from None
    text = clean_text(text)
    if not text.strip():
        raise Rejected("no text after removing control characters")
    return text, encoding
