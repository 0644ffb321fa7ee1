"""Encodings, line ends and control characters."""

import codecs

import pytest
from wire.decoding import decode_dispatch
from wire.errors import Rejected

TEXT = "Paris, 9 déc 2018 (AFP) - Les États membres ont réagi « vivement » à l’annonce."


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "cp1252"],
)
def test_encodings_are_detected(data, encoding):
    text, found = decode_dispatch(data)
    assert text == TEXT
    assert found == encoding


def test_latin1_accents_of_the_seed_are_read_right():
    seed_words = "Le président américain a déclaré dimanche que les Etats-Unis répondront avec fermeté"
    text, _ = decode_dispatch(seed_words.encode("latin-1"))
    assert text == seed_words


def test_line_ends_are_normalised():
    text, _ = decode_dispatch(b"one\r\ntwo\rthree\nfour")
    assert text == "one\ntwo\nthree\nfour"


def test_control_and_invisible_characters_are_removed_but_typography_kept():
    raw = "A\x00B\x07C\u200bD\u202eE\ufeffF\u00a0G\u202fH«I»"
    text, _ = decode_dispatch(raw.encode("utf-8").replace(b"\x00", b""))
    assert text == "ABCDEF\u00a0G\u202fH«I»"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(0, 32)) * 20, "binary"),
    ],
)
def test_unreadable_input_is_rejected_with_a_reason(data, reason):
    with pytest.raises(Rejected, match=reason):
        decode_dispatch(data)
