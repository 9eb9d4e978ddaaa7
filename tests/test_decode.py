"""Decoding raw pages: str or bytes in any encoding to text, binary refused; HTML told from text."""

from __future__ import annotations

import codecs
import gzip
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner._utf8 import (
    control_characters,
    holds_misread_characters,
    holds_misread_utf8,
    holds_nul_or_surrogate,
    utf8_unless_surrogates,
)
from cleaner.decode import Format, declared_encoding, decode, decode_with_utf8, detect_format, parse_format

PROSE = "Grüße aus Köln: naïve café, crème brûlée and a façade.\n\nThe second paragraph is plain ASCII text."

WESTERN = {
    "french": "Le garçon était très fâché contre sa sœur à cause de l'été dernier. Il a mangé une crème brûlée.",
    "german": "Die Straße war größer als üblich, und die Bäume blühten schön im Frühling. Müller aß Käse.",
    "spanish": "El niño pequeño comió una manzana en el jardín. ¿Dónde está la estación? Mañana será otro día.",
    "portuguese": "A informação não está disponível. O coração da cidade é a praça principal, ação e emoção.",
}


def _block_texts(raw: str | bytes) -> str:
    """Every block of the cleaned page, body or chrome, so decoding is checked apart from labelling."""
    return "\n\n".join(block.text for block in cleaner.clean(raw, format="text").blocks)


# -- text in, text out ----------------------------------------------------------------------------


def test_str_is_taken_as_is() -> None:
    assert decode(PROSE) == PROSE


def test_utf8_bytes_decode() -> None:
    assert decode(PROSE.encode("utf-8")) == PROSE
    assert _block_texts(PROSE.encode("utf-8")) == PROSE


def test_utf8_with_bom_drops_the_bom() -> None:
    raw = codecs.BOM_UTF8 + PROSE.encode("utf-8")

    assert decode(raw) == PROSE
    assert _block_texts(raw) == PROSE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_decode(encoding: str) -> None:
    raw = PROSE.encode(encoding)
    if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        raw = bom + raw

    assert decode(raw) == PROSE
    assert _block_texts(raw) == PROSE


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_decode(encoding: str) -> None:
    raw = PROSE.encode(encoding)

    assert decode(raw) == PROSE
    assert _block_texts(raw) == PROSE


def test_utf16_html_without_bom_is_read_as_html() -> None:
    raw = "<html><body><p>Grüße aus Köln, a city on the river.</p></body></html>".encode("utf-16-le")

    result = cleaner.clean(raw)

    assert result.format == "html"
    assert [block.text for block in result.blocks] == ["Grüße aus Köln, a city on the river."]


def test_nul_characters_become_replacement_characters() -> None:
    assert decode("A line with a NUL\x00 in the middle of ordinary text, long enough.") == (
        "A line with a NUL\ufffd in the middle of ordinary text, long enough."
    )
    assert "\x00" not in decode(b"Bytes with a NUL\x00 in the middle of ordinary text, long enough.")


def test_surrogate_pairs_in_a_str_are_joined_and_lone_surrogates_replaced() -> None:
    assert decode("Smile \ud83d\ude00 please") == "Smile \U0001f600 please"
    assert decode("Lone \ud800 high and \udfff low") == "Lone \ufffd high and \ufffd low"
    assert cleaner.clean("Lone \ud800 surrogate in a line.").model_dump_json()


@pytest.mark.parametrize(
    "raw",
    [
        "Plain ASCII text of a page, long enough to be read.",
        "Curly quotes ’ and accents é, ideographs 東京 and an emoji \U0001f600 in a line.",
        "Smile \ud83d\ude00 please, a pair of surrogates to join.",
        "A line with a NUL\x00 in the middle of ordinary text, long enough to be replaced.",
        "EspaÃ±ol, franÃ§ais, Ã©tÃ© and â€™quotesâ€™ misread all through: read again." * 3,
        b"Bytes as a page, ascii, long enough to be read.",
        "Bytes of UTF-8 beyond ASCII: curly quotes ’ and 東京, long enough.".encode(),
        "\ufeffA BOM before UTF-8 bytes, long enough to be read as a page.".encode(),
        "Latin-1 bytes, café and naïve, long enough to be read as a page.".encode("latin-1"),
        b"Bytes of UTF-8 with a NUL\x00 inside, long enough to be read.",
    ],
)
def test_the_utf8_that_comes_with_the_text_is_its_encoding(raw: str | bytes) -> None:
    text, utf8 = decode_with_utf8(raw)

    assert text == decode(raw)
    assert utf8 is None or utf8 == text.encode("utf-8")


def test_a_str_comes_with_its_utf8_unless_decoding_changed_it() -> None:
    assert decode_with_utf8("Ordinary text ’é")[1] == "Ordinary text ’é".encode()
    assert decode_with_utf8("Smile \ud83d\ude00")[1] is None
    assert decode_with_utf8("A line with a NUL\x00 in the middle of ordinary text, long enough.")[1] is None


def test_bytes_of_valid_utf8_come_back_as_the_text_s_encoding_and_others_do_not() -> None:
    page = "Curly quotes ’ and 東京 in a page of UTF-8, long enough to be read.".encode()

    assert decode_with_utf8(page)[1] is page
    assert decode_with_utf8(b"\xef\xbb\xbf" + page)[1] is None  # the BOM is not the text's
    assert decode_with_utf8("café, a page of latin-1 long enough to be read.".encode("latin-1"))[1] is None


def test_bytearray_and_memoryview_decode() -> None:
    raw = PROSE.encode("utf-8")

    assert decode(bytearray(raw)) == PROSE
    assert decode(memoryview(raw)) == PROSE


@pytest.mark.parametrize("language", sorted(WESTERN))
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_western_legacy_encoding_without_declaration_keeps_accented_letters(language: str, encoding: str) -> None:
    text = WESTERN[language]

    decoded = decode(text.encode(encoding, errors="replace"))

    assert decoded == text.encode(encoding, errors="replace").decode(encoding)


def test_cp1252_punctuation_survives() -> None:
    text = "“Quoted” – it costs €5… said the naïve café owner, and the price went up."

    assert decode(text.encode("cp1252")) == text


# -- a page stored after decoding with the wrong charset -------------------------------------------

MISREAD_TEXT = "“Quoted” – it costs €5… said the naïve café owner. Don’t miss España, Köln and 東京 🙂."


@pytest.mark.parametrize("misread_as", ["cp1252", "latin-1"])
def test_utf8_read_as_a_single_byte_charset_is_read_again(misread_as: str) -> None:
    # windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D: a decoder leaves those bytes as latin-1's.
    misread = "".join(
        chr(byte) if misread_as == "latin-1" or byte in b"\x81\x8d\x8f\x90\x9d" else bytes((byte,)).decode("cp1252")
        for byte in MISREAD_TEXT.encode("utf-8")
    )
    assert misread != MISREAD_TEXT

    assert decode(misread) == MISREAD_TEXT
    assert decode(misread.encode("utf-8")) == MISREAD_TEXT
    assert "Don’t miss España" in _block_texts(misread)


def test_a_page_that_quotes_a_few_misread_characters_keeps_them() -> None:
    text = "In a CSV opened with the wrong encoding, é shows as Ã©, ü as Ã¼ and ’ as â€™. Save it as UTF-8 with a BOM."

    assert decode(text) == text


@pytest.mark.parametrize(("misread", "read_again"), [(4, False), (5, True)])
def test_five_misread_characters_are_the_fewest_a_page_is_read_again_for(misread: int, read_again: bool) -> None:
    text = "A long line of plain words, then one accented letter at a time: " + "é, " * misread

    assert decode(text.encode("utf-8").decode("latin-1")) == (text if read_again else text.encode().decode("latin-1"))


def test_a_page_of_misread_characters_is_read_again_whole() -> None:
    misread = "donâ€™t EspaÃ±ol " * 100_000

    assert decode(misread) == "don’t Español " * 100_000


def test_a_few_misread_characters_among_many_right_ones_are_left_as_they_are() -> None:
    text = PROSE + " Ã© Ã¼ â€™ Ã¤ Ã¶ Ã± " + "Ärger über Öl, naïve Größe. " * 5

    assert decode(text) == text


def test_sequences_that_are_not_utf8_are_left_as_they_are() -> None:
    # Overlong forms (E0 80 80, F0 80 80 80) and a surrogate's half (ED A0 80) are not UTF-8.
    text = "Codes: à€€, ð€€€, í\xa0€, à€€ and ð€€€; nothing else here is written outside ASCII."

    assert decode(text) == text


def test_utf8_with_a_few_invalid_bytes_is_decoded_with_replacement() -> None:
    head, tail = PROSE.split(" naïve")
    raw = head.encode() + b"\xff" + " naïve".encode() + b"\xc3" + tail.encode()

    decoded = decode(raw)

    assert decoded.count("\ufffd") >= 2
    assert "Köln" in decoded
    assert "crème brûlée" in decoded
    assert "The second paragraph is plain ASCII text." in decoded
    assert "The second paragraph" in _block_texts(raw)


def test_ascii_page_with_one_stray_byte_keeps_its_text() -> None:
    raw = b"The council closed the road \xff after the storm, and it stays closed tonight."

    decoded = decode(raw)

    assert decoded.startswith("The council closed the road ")
    assert decoded.endswith(" after the storm, and it stays closed tonight.")
    assert decoded[len("The council closed the road ")] in {"\ufffd", "ÿ"}


# -- binary refused --------------------------------------------------------------------------------


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4000)


def _gzip() -> bytes:
    return gzip.compress(("The council closed the road. " * 200).encode() + random.Random(2).randbytes(2000))


@pytest.mark.parametrize("blob", [_png(), _gzip(), random.Random(3).randbytes(5000)], ids=["png", "gzip", "random"])
def test_binary_blob_is_refused_as_binary(blob: bytes) -> None:
    with pytest.raises(cleaner.InputError, match="looks binary"):
        cleaner.clean(blob)
    with pytest.raises(cleaner.InputError, match="looks binary"):
        decode(blob)


# -- the compiled encoder and count ----------------------------------------------------------------

# Characters of each width a str stores (one, two and four bytes), surrogates among them, in runs
# long and short: the encoder reads runs of ASCII sixteen bytes of the str at a time.
_ANY_CHARACTER = st.one_of(
    st.characters(max_codepoint=0x7F),
    st.characters(min_codepoint=0x80, max_codepoint=0xFF),
    st.characters(min_codepoint=0x100, max_codepoint=0xFFFF),
    st.characters(min_codepoint=0x10000),
    st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"]),
)
_ASCII_RUNS = st.text(st.characters(max_codepoint=0x7F), min_size=0, max_size=40)


def _python_utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


@given(st.lists(st.tuples(_ASCII_RUNS, st.text(_ANY_CHARACTER, max_size=3)), max_size=12))
def test_the_compiled_encoder_writes_what_python_does_and_refuses_surrogates(pieces: list[tuple[str, str]]) -> None:
    text = "".join(ascii_run + other for ascii_run, other in pieces)

    assert utf8_unless_surrogates(text) == _python_utf8(text)


@pytest.mark.parametrize("widest", ["a", "é", "’", "\U0001f600"])
@pytest.mark.parametrize("length", [0, 1, 7, 8, 15, 16, 17, 31, 33, 47, 48, 49, 64, 65, 100])
def test_the_compiled_encoder_at_the_edges_of_its_blocks(widest: str, length: int) -> None:
    for position in range(length):
        text = "x" * position + widest + "y" * (length - position)
        assert utf8_unless_surrogates(text) == text.encode("utf-8")
        with_surrogate = "x" * position + "\udc80" + widest + "y" * (length - position)
        assert utf8_unless_surrogates(with_surrogate) is None


@given(st.text(st.one_of(st.characters(max_codepoint=0x20), _ANY_CHARACTER), max_size=80))
def test_control_characters_are_counted_as_in_the_utf8_bytes(text: str) -> None:
    controls = bytes((*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
    data = text.encode("utf-8", "surrogatepass")

    assert control_characters(text, controls) == len(data) - len(data.translate(None, controls))


def test_control_characters_beyond_ascii_are_refused_naming_them() -> None:
    with pytest.raises(ValueError, match=r"control characters are ASCII, got byte 0x85"):
        control_characters("text", b"\x00\x85")


# UTF-8 misread as windows-1252 or latin-1 and written as UTF-8 again, as a pattern: a lead byte's
# character, then a continuation byte's, latin-1's or windows-1252's.
_MISREAD_UTF8 = re.compile(rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|[\xc5\xc6\xcb\xe2])")
# Pieces of the pattern's sequences, with the bytes at the edges of each of its ranges and beside them.
_SIEVED_PIECES = st.sampled_from(
    [
        *(b"\xc3", b"\xc3\x81", b"\xc3\x82", b"\xc3\xa9", b"\xc3\xb4", b"\xc3\xb5"),
        *(b"\xc2", b"\xc2\x7f", b"\xc2\x80", b"\xc2\xbf", b"\xc2\xc0"),
        *(b"\xc4", b"\xc5", b"\xc6", b"\xca", b"\xcb", b"\xe2", b"\xe3", b"a"),
    ]
)


@given(st.lists(_SIEVED_PIECES, max_size=30).map(b"".join), st.integers(min_value=1, max_value=6))
def test_the_sieve_for_mojibake_counts_what_the_pattern_finds(data: bytes, least: int) -> None:
    assert holds_misread_utf8(data, least) == (len(_MISREAD_UTF8.findall(data)) >= least)


def test_the_sieve_for_mojibake_finds_misread_pages_and_refuses_a_count_below_one() -> None:
    misread = "donâ€™t read EspaÃ±ol as Ã©tÃ© and cafÃ©".encode()
    assert holds_misread_utf8(misread, 5)
    assert not holds_misread_utf8("don’t read Español as été and café".encode(), 1)
    with pytest.raises(ValueError, match="least must be 1 or more, got 0"):
        holds_misread_utf8(misread, 0)


# The same pieces as characters, and the characters beside them; runs of ASCII between them, as long as the
# blocks the sieve passes over and longer.
_SIEVED_CHARACTERS = st.sampled_from(
    [
        *("\xc0", "\xc1", "\xc2", "Ã", "é", "\xf4", "\xf5", "\xff", "\x7f", "\x80", "\xbf"),
        *("\u013f", "\u0140", "\u01bf", "\u01c0", "\u02bf", "\u02c0", "\u02ff", "\u0300"),
        *("\u1fff", "\u2000", "’", "€", "\u2fff", "\u3000", "Ж", "\U0001f600", "a", "abcdefgh", "x" * 17),
    ]
)


@given(st.lists(_SIEVED_CHARACTERS, max_size=30).map("".join), st.integers(min_value=1, max_value=6))
def test_the_sieve_on_code_points_says_what_the_sieve_on_utf8_says(text: str, least: int) -> None:
    assert holds_misread_characters(text, least) == holds_misread_utf8(text.encode(), least)


def test_the_sieve_on_code_points_finds_misread_pages_and_refuses_a_count_below_one() -> None:
    misread = "donâ€™t read EspaÃ±ol as Ã©tÃ© and cafÃ©"
    assert holds_misread_characters(misread, 5)
    assert not holds_misread_characters(misread, 6)
    assert not holds_misread_characters("don’t read Español as été and café, nor Ã alone", 1)
    with pytest.raises(ValueError, match="least must be 1 or more, got 0"):
        holds_misread_characters(misread, 0)


@given(st.text(st.one_of(st.characters(max_codepoint=0x20), _ANY_CHARACTER), max_size=80))
def test_nuls_and_surrogates_are_found_where_they_stand(text: str) -> None:
    assert holds_nul_or_surrogate(text) == any(
        character == "\0" or "\ud800" <= character <= "\udfff" for character in text
    )


@pytest.mark.parametrize("widest", ["a", "é", "’", "\U0001f600"])
@pytest.mark.parametrize("odd", ["\0", "\ud800", "\udfff"])
def test_a_nul_or_a_surrogate_is_found_anywhere_in_a_long_text(widest: str, odd: str) -> None:
    text = widest + "x" * 40
    assert not holds_nul_or_surrogate(text)
    assert not holds_nul_or_surrogate(widest + "\ud7ff\ue000" * 20)
    assert all(holds_nul_or_surrogate(text[:position] + odd + text[position:]) for position in range(len(text) + 1))


@given(
    st.lists(st.one_of(st.characters(max_codepoint=0x20), _ANY_CHARACTER, _SIEVED_CHARACTERS), max_size=80).map("".join)
)
def test_a_str_is_decoded_as_it_is_with_its_utf8(raw: str) -> None:
    """A str is decoded without its UTF-8, unless it holds a NUL or a surrogate: to what decoding with it gives."""
    try:
        expected = decode_with_utf8(raw)[0]
    except cleaner.InputError:
        with pytest.raises(cleaner.InputError):
            decode(raw)
        return
    assert decode(raw) == expected


def test_str_full_of_control_characters_is_refused_as_binary() -> None:
    with pytest.raises(cleaner.InputError, match="looks binary"):
        cleaner.clean("PK\x03\x04\x14\x00\x06\x00" * 100)


@pytest.mark.parametrize("format", ["text", "auto"])
def test_str_of_control_characters_without_a_nul_is_refused_as_binary(format: str) -> None:
    # No NUL and no surrogate: the str is not encoded on its way (`decode`'s shorter path) and is refused even so.
    blob = "\x01\x02\x03\x04\x05\x06\x0e\x0f\x1b\x7f" * 100

    with pytest.raises(cleaner.InputError, match=r"looks binary \(1000 control characters in its first"):
        cleaner.clean(blob, format=format)


def test_text_with_a_few_control_characters_is_accepted() -> None:
    text = "A form feed\x0c and a tab\t and one bell\x07 in a long enough line of otherwise ordinary text."

    assert decode(text) == text


def test_binary_error_is_a_cleaner_error_and_a_value_error() -> None:
    with pytest.raises(cleaner.CleanerError):
        decode(_png())
    with pytest.raises(ValueError, match="binary"):
        decode(_png())


@pytest.mark.parametrize("raw", [42, None, 3.5, ["text"], {"text": "x"}])
def test_wrong_input_type_is_refused_naming_the_type(raw: object) -> None:
    with pytest.raises(cleaner.InputError) as error:
        cleaner.clean(raw)  # type: ignore[arg-type]

    assert type(raw).__name__ in str(error.value)
    assert "str or bytes" in str(error.value)


# -- formats ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["auto", "html", "text", Format.TEXT])
def test_known_format_names_parse(name: str) -> None:
    assert parse_format(name) is Format(name)


@pytest.mark.parametrize("name", ["xml", "TEXT", "", "wet"])
def test_unknown_format_is_refused_listing_the_valid_ones(name: str) -> None:
    with pytest.raises(cleaner.InputError) as error:
        cleaner.clean("Some text.", format=name)

    message = str(error.value)
    assert repr(name) in message
    assert all(repr(valid.value) in message for valid in Format)


_TWO_PARAGRAPHS = "<html><body><p>First paragraph.</p><p>Second paragraph.</p></body></html>"


@pytest.mark.parametrize("form", ["html", Format.HTML, "auto"])
def test_segment_reads_a_form_named_as_a_string_as_the_format_itself(form: str) -> None:
    # Named "html" or left to detection, the markup is parsed: two paragraphs, no tags in the text.
    page = cleaner.Cleaner().segment(_TWO_PARAGRAPHS, None, form)
    assert [block.text for block in page.blocks] == ["First paragraph.", "Second paragraph."]


def test_segment_reads_markup_named_text_as_lines() -> None:
    page = cleaner.Cleaner().segment(_TWO_PARAGRAPHS, None, "text")
    assert [block.text for block in page.blocks] == [_TWO_PARAGRAPHS]


def test_segment_refuses_an_unknown_form_naming_it() -> None:
    with pytest.raises(cleaner.InputError, match="unknown format 'xml'"):
        cleaner.Cleaner().segment(_TWO_PARAGRAPHS, None, "xml")


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>",
        "<!doctype HTML>\n<html lang=en>",
        "\n   <html>\n<body>text</body></html>",
        "<!-- saved from a browser -->\n<!-- twice -->\n<html><body>x</body></html>",
        "<HEAD><TITLE>Old page</TITLE></HEAD>",
        '<meta charset="utf-8"><p>fragment</p>',
        "<p>One paragraph</p><p>another</p><div>and a div</div>",
        "Intro line\n<div><span>a</span></div>",
    ],
)
def test_html_is_detected(text: str) -> None:
    assert detect_format(text) is Format.HTML


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Storm closes the coastal road\n\nThe river rose through the night.",
        "if a < b and c > d then swap them",
        "Wrap the word in a <b> tag to make it bold.",
        "Text first, then a document:\n<html><body>x</body></html>",
        "这是一个关于城市生活的文章。",
    ],
)
def test_plain_text_is_detected(text: str) -> None:
    assert detect_format(text) is Format.TEXT


def test_a_few_tags_in_text_are_not_html_but_many_are() -> None:
    assert detect_format("Press <br> for a line break.") is Format.TEXT
    assert detect_format("Press <br> for a line break, <br> again and <br> once more.") is Format.HTML


def test_html_deep_in_a_long_text_is_not_looked_for() -> None:
    text = "plain words " * 10_000 + "<p>a</p><p>b</p><div>c</div>"

    assert detect_format(text) is Format.TEXT


def test_forced_text_format_reads_markup_as_text() -> None:
    result = cleaner.clean("<p>A paragraph in tags.</p>\n\n<p>Another one.</p>", format="text")

    assert result.format == "text"
    assert [block.text for block in result.blocks] == ["<p>A paragraph in tags.</p>", "<p>Another one.</p>"]


# -- the charset the transport declared --------------------------------------------------------


def test_a_transport_charset_decodes_a_page_that_is_not_utf8() -> None:
    page = "<p>Un café au lait, s'il vous plaît, près de la fenêtre.</p>"

    assert decode(page.encode("cp1252"), charset="windows-1252") == page
    assert decode(page.encode("cp1252"), charset=" ISO-8859-1 ") == page  # latin-1 read as windows-1252


def test_a_transport_charset_wins_over_the_documents_own() -> None:
    page = '<meta charset="koi8-r"><p>Привет, мир: новости дня</p>'

    assert decode(page.encode("cp1251"), charset="windows-1251") == page


def test_valid_utf8_and_a_byte_order_mark_win_over_a_transport_charset() -> None:
    page = "<p>Un café au lait</p>"

    assert decode(page.encode(), charset="iso-8859-1") == page
    assert decode(codecs.BOM_UTF16_LE + page.encode("utf-16-le"), charset="iso-8859-1") == page


@pytest.mark.parametrize("label", ["no-such-charset", "utf-8", "base64", "rot13", "undefined", "utf-8\x00", ""])
def test_an_unknown_or_wrong_transport_charset_leaves_the_bytes_to_the_next_rule(label: str) -> None:
    page = '<meta charset="windows-1251"><p>Привет, мир: новости дня</p>'

    assert decode(page.encode("cp1251"), charset=label) == page


def test_a_str_ignores_the_transport_charset() -> None:
    assert decode("<p>café</p>", charset="koi8-r") == "<p>café</p>"


def test_the_pipeline_and_its_pages_take_the_transport_charset() -> None:
    page = "<p>Ein Straßenfest in Köln zieht am Wochenende viele Besucher an, trotz des Regens über der Altstadt.</p>"
    raw = page.encode("cp1252")

    assert "Straßenfest" in cleaner.clean(raw, format="html", charset="windows-1252").text
    (result,) = cleaner.clean_many([cleaner.Page(raw=raw, format="html", charset="windows-1252")])
    assert "Straßenfest" in result.text


# -- charsets declared in the document ----------------------------------------------------------


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        ('<meta charset="windows-1251">', "cp1251", "Привет, мир: новости дня"),
        ("<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>", "shift_jis", "こんにちは世界"),
        ('<?xml version="1.0" encoding="ISO-8859-7"?>', "iso8859-7", "Καλημέρα κόσμε"),
        ("<meta charset=koi8-r>", "koi8-r", "Привет, мир"),
    ],
)
def test_declared_charset_decodes_legacy_bytes(declaration: str, encoding: str, text: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>{text}</p></body></html>"

    assert decode(page.encode(encoding)) == page


def test_latin1_declaration_means_windows_1252_as_in_browsers() -> None:
    page = '<meta charset="iso-8859-1"><p>“Quoted” – café</p>'

    assert decode(page.encode("cp1252")) == page


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    page = '<meta charset="iso-8859-1"><p>Grüße aus Köln</p>'

    assert decode(page.encode("utf-8")) == page


@pytest.mark.parametrize("label", ["no-such-charset", "utf-16", "base64", "zlib", "undefined"])
def test_unknown_or_impossible_declaration_falls_back_to_detection(label: str) -> None:
    page = f'<meta charset="{label}"><p>Ceci est une phrase en français, écrite à Noël près du café.</p>'

    assert declared_encoding(page.encode("cp1252")) is None
    assert decode(page.encode("cp1252")) == page


def test_declaration_past_the_prescan_window_is_not_read() -> None:
    page = "<!--" + "x" * 5000 + '--><meta charset="koi8-r">'

    assert declared_encoding(page.encode("ascii")) is None
