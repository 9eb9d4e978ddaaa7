"""Turn raw input (str or bytes in any encoding) into text, and tell HTML from plain text."""

from __future__ import annotations

import codecs
import re
from enum import StrEnum
from functools import lru_cache

import regex

from cleaner.compiled import unbuilt
from cleaner.errors import InputError

try:
    from cleaner._utf8 import (
        control_characters,
        holds_misread_characters,
        holds_misread_utf8,
        holds_nul_or_surrogate,
        utf8_unless_surrogates,
    )
except ImportError as error:  # a source tree without its build, or a dependency missing
    raise unbuilt("cleaner._utf8", "UTF-8 encoder", error) from error

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab, newline, carriage return and form feed: text never has
# many of them, binary formats (images, archives, PDFs' streams) always do.
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
_BINARY_SAMPLE_CHARS = 4096
_MAX_CONTROL_SHARE = 0.05
_MAX_BROKEN_UTF8_CHARS = 8
# What browsers assume for undeclared 8-bit pages (WHATWG Encoding: latin-1 means windows-1252).
_WEB_DEFAULT_ENCODING = "cp1252"
_CHAOS_MARGIN = 0.1
# A document starts like HTML when its first tag (after white space and comments) is one
# that only HTML documents open with; fragments are recognised by a few block tags. A comment
# ends at its first "-->" and the quantifiers are possessive: a lazy comment free to run on
# past one "-->" to the next would try every way of grouping a row of comments (exponential).
_HTML_START = regex.compile(
    r"\A\s*+(?:<!--.*?-->\s*+)*+<(?:!doctype\s+html|html|head|body|meta|title|base|link|script|style)\b",
    regex.IGNORECASE | regex.DOTALL,
)
# A charset declared in the document itself (HTML's <meta charset> and http-equiv forms, or an
# XML declaration), read from the first bytes as ASCII, the way browsers prescan. A tag's
# attributes stop at the next "<" too, so that no tag left open is read to the end of the prescan.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^<>]+?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^<>]+encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_PRESCAN_BYTES = 4096
# UTF-32 and UTF-16 without a BOM: (codec, bytes a code unit, the lanes of bytes that are zero
# for Latin characters, the lane that holds them), UTF-32 first (its text looks like UTF-16's too).
_WIDE_LANES = (
    ("utf-32-le", 4, (2, 3), 0),
    ("utf-32-be", 4, (0, 1), 3),
    ("utf-16-le", 2, (1,), 0),
    ("utf-16-be", 2, (0,), 1),
)
_MIN_WIDE_ZERO_SHARE = 0.5
_MAX_WIDE_ZERO_SHARE = 0.05
# UTF-8's multi-byte characters read as windows-1252 or latin-1 ("donâ€™t", "EspaÃ±ol"): a lead
# byte (Â to ô) and the continuation bytes 0x80 to 0xBF, each shown as windows-1252's character
# for it or, where it has none, latin-1's.
_CONTINUATION_CHARS = {
    bytes((byte,)).decode(_WEB_DEFAULT_ENCODING, errors="ignore") or chr(byte): byte for byte in range(0x80, 0xC0)
} | {chr(byte): byte for byte in range(0x80, 0xC0)}
_CONTINUATION = "[" + re.escape("".join(_CONTINUATION_CHARS)) + "]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
_MOJIBAKE_MIN_CHARACTERS = 5
_MOJIBAKE_MIN_SHARE = 0.5
_HTML_TAG = regex.compile(r"</?(?:p|div|span|a|br|li|ul|td|tr|table|h[1-6]|section|article)\b", regex.I)
_MIN_FRAGMENT_TAGS = 3


class Format(StrEnum):
    """The input forms the pipeline can segment."""

    AUTO = "auto"
    HTML = "html"
    TEXT = "text"


def parse_format(value: str | Format) -> Format:
    """Read a format name, naming the valid ones when it is not one of them."""
    try:
        return Format(value)
    except ValueError:
        valid = ", ".join(repr(f.value) for f in Format)
        raise InputError(f"unknown format {value!r}: expected one of {valid}") from None


def decode(raw: str | bytes, charset: str | None = None) -> str:
    """Decode bytes (BOM, then UTF-8, then the declared charsets, then detection) and refuse binary data.

    `charset` is the one the page's transport declared (HTTP's ``Content-Type``): it comes
    before the document's own declaration, and an unknown label is ignored, as browsers do; a
    str is decoded already and ignores it. Invalid bytes inside an otherwise UTF-8 page
    become U+FFFD rather than failing the page, and so do NUL characters (which no text
    holds, and which C strings and databases refuse) and the halves of UTF-16 surrogate
    pairs left alone in a str (a str from a lenient JSON reader may hold them; they cannot
    be written out as UTF-8).

    A str that holds neither a NUL nor a surrogate is not encoded, as `decode_with_utf8` encodes it:
    only the HTML parser wants its UTF-8.
    """
    if isinstance(raw, str) and not holds_nul_or_surrogate(raw):
        _refuse_binary(raw)
        return _repair_mojibake(raw)
    return decode_with_utf8(raw, charset)[0]


def decode_with_utf8(raw: str | bytes, charset: str | None = None) -> tuple[str, bytes | None]:
    """`decode`'s text, and its UTF-8 encoding where decoding made it on the way, else None.

    A str is encoded to find its surrogates; bytes that are valid UTF-8 are that encoding
    already. Where nothing changes the text after that, the encoding is the HTML parser's
    input, which then need not encode the page again (a twentieth of an HTML page's
    instructions, for a page of text beyond Latin-1).
    """
    if isinstance(raw, str):
        text, utf8 = _join_surrogates(raw)
    elif isinstance(raw, (bytes, bytearray, memoryview)):
        text, utf8 = _decode_bytes(bytes(raw), charset)
    else:
        raise InputError(f"raw page must be str or bytes, got {type(raw).__name__}")
    _refuse_binary(text)
    repaired = _repair_mojibake(text, utf8)
    if repaired is not text:
        utf8 = None  # the repair changed the text: its encoding is not the text's any more
    # In bytes the search for a NUL is a memchr.
    if (b"\0" in utf8) if utf8 is not None else ("\0" in repaired):
        return repaired.replace("\0", "\ufffd"), None
    return repaired, utf8


def _join_surrogates(text: str) -> tuple[str, bytes | None]:
    """`text` with its surrogate pairs made the characters they stand for and lone surrogates U+FFFD,
    and its UTF-8 encoding when it held none (else None).

    Surrogates are the only characters UTF-8 cannot encode, so the encoding finds them on its way
    (`utf8_unless_surrogates`, which tests and copies runs of ASCII sixteen bytes of the str at a time where CPython's
    encoder reads a str of two bytes a character one at a time).
    """
    utf8 = utf8_unless_surrogates(text)
    if utf8 is not None:
        return text, utf8
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), None


def _repair_mojibake(text: str, utf8: bytes | None = None) -> str:
    """`text` with UTF-8 read as windows-1252 or latin-1 read again as UTF-8, where that is most of its non-ASCII text.

    A page stored after decoding with the wrong charset (its UTF-8 bytes taken for latin-1)
    writes every curly quote as "â€™" and every accent as two letters ("EspaÃ±ol"), and its words
    split there. Where at least `_MOJIBAKE_MIN_CHARACTERS` such characters hold at least
    `_MOJIBAKE_MIN_SHARE` of the page's non-ASCII characters, the whole page was misread, and each
    one is read again (a sequence that is not UTF-8 stays as it is). A page that quotes a few as
    examples ("é shows as Ã©") is left as it is, and so is one whose other accents are right.
    Pages of WCXB-dev stored so (16 of 1,358) gained up to 0.12 F1, text and HTML alike; the gold
    of five of them is misread too, and those lost up to 0.08 (F1 on WCXB-dev: text +0.00032,
    HTML +0.00031; ScrapingHub and the fixtures, one of which quotes "Ã©", unchanged). The work
    is done by the regular expression engine, without a list of the matches: a page of 10 million
    misread characters is repaired in 1.5 s. `utf8` is the text's UTF-8 encoding, where the caller
    has it.
    """
    if text.isascii():
        return text
    # A first sieve, on the UTF-8 bytes where they are at hand, which skips from one C3 byte to the
    # next (Â to ô, with which each misread character opens) with memchr, else on the code points:
    # most pages hold too few for the pattern on the str to run at all.
    if not (
        holds_misread_utf8(utf8, _MOJIBAKE_MIN_CHARACTERS)
        if utf8 is not None
        else holds_misread_characters(text, _MOJIBAKE_MIN_CHARACTERS)
    ):
        return text
    misread_chars = len(text) - len(_MOJIBAKE.sub("", text))
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if misread_chars < _MOJIBAKE_MIN_SHARE * non_ascii:
        return text
    return _MOJIBAKE.sub(_reread, text)


def _reread(match: re.Match[str]) -> str:
    return _reread_sequence(match.group())


@lru_cache(maxsize=4096)
def _reread_sequence(misread: str) -> str:
    """The character whose UTF-8 bytes `misread` shows one by one, or `misread` if they are not UTF-8."""
    try:
        return bytes((ord(misread[0]), *map(_CONTINUATION_CHARS.__getitem__, misread[1:]))).decode("utf-8")
    except UnicodeDecodeError:
        return misread


def _decode_bytes(data: bytes, charset: str | None) -> tuple[str, bytes | None]:
    """BOM, then valid UTF-8, then the transport's charset, then the document's, then detection; and `data`
    where it is the text's UTF-8 encoding (valid UTF-8 without a BOM), else None.

    Valid UTF-8 wins over a declaration because pages converted to UTF-8 often keep their old
    ``<meta charset>`` and servers often declare latin-1 for UTF-8 pages; bytes that are not
    UTF-8 follow the declarations, as browsers do. The transport's charset counts only where
    it reads every byte: a wrong one (bytes it has no character for) leaves the page to the
    document's declaration and detection.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), None
    wide = _wide_encoding(data[:_BINARY_SAMPLE_CHARS])
    if wide is not None:
        return data.decode(wide, errors="replace"), None
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    return _decode_other(data, charset), None


def _decode_other(data: bytes, charset: str | None) -> str:
    """Bytes that are not valid UTF-8: the transport's charset, then the document's, then detection."""
    transport = web_codec(charset) if charset is not None else None
    if transport is not None:
        try:
            return data.decode(transport)
        except UnicodeDecodeError:
            pass
    declared = declared_encoding(data)
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")
    lenient = data.decode("utf-8", errors="replace")
    if _is_broken_utf8(lenient):
        return lenient
    return _detect_and_decode(data)


def _wide_encoding(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM, told by where the zero bytes fall; else None.

    Markup and Latin text in those encodings put a zero byte beside nearly every character:
    in UTF-16LE at every odd offset and almost never at an even one, and so on. Binary data
    that happens to look so is still refused afterwards, for its control characters.
    """
    for encoding, width, zero_lanes, char_lane in _WIDE_LANES:
        lane = len(sample) // width
        if (
            lane
            and all(sample[zero::width].count(0) >= _MIN_WIDE_ZERO_SHARE * lane for zero in zero_lanes)
            and sample[char_lane::width].count(0) <= _MAX_WIDE_ZERO_SHARE * lane
        ):
            return encoding
    return None


def declared_encoding(data: bytes) -> str | None:
    """The Python codec of the charset the document declares near its start, if it names a known one.

    Latin-1 and ASCII declarations mean windows-1252, as in browsers (WHATWG Encoding); a
    UTF-16 or UTF-32 declaration found by an ASCII scan cannot be true and is ignored.
    """
    found = _DECLARED_CHARSET.search(data[:_PRESCAN_BYTES])
    if found is None:
        return None
    name = web_codec((found.group(1) or found.group(2)).decode("ascii"))
    if name is None or name.startswith(("utf-16", "utf-32")):
        return None
    return name


def web_codec(label: str) -> str | None:
    """The Python codec of a charset label as browsers read it, or None for a label that names no charset.

    Latin-1 and ASCII labels mean windows-1252 (WHATWG Encoding). Python's other codecs
    (``base64``, ``zlib``, ``rot13``, ``undefined``) name no charset: they cannot encode
    the letter "a", which every charset can.
    """
    try:
        name = codecs.lookup(label.strip().lower()).name
        "a".encode(name)
    except (LookupError, ValueError):  # ValueError: a NUL in the label, or the `undefined` codec
        return None
    return _WEB_DEFAULT_ENCODING if name in {"latin-1", "iso8859-1", "ascii"} else name


def _is_broken_utf8(lenient: str) -> bool:
    """UTF-8 with a few bad bytes: valid multi-byte characters and only a handful of invalid ones.

    A page in a legacy 8-bit encoding has no valid multi-byte sequences at all, so it goes to
    detection instead of losing its accented letters.
    """
    invalid = lenient.count("\ufffd")
    non_ascii = sum(1 for char in lenient if ord(char) > 0x7F) - invalid
    return non_ascii > 0 and invalid <= max(_MAX_BROKEN_UTF8_CHARS, non_ascii // 10)


def _detect_and_decode(data: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = data[:_BINARY_SAMPLE_CHARS].decode("latin-1")
    if _looks_binary(sample):
        raise InputError(f"raw page of {len(data)} bytes looks binary: expected text or HTML")
    matches = from_bytes(data[:65536])
    best = matches.best()
    if best is None:
        return data.decode(_WEB_DEFAULT_ENCODING, errors="replace")
    # On short pages detection hesitates between the Latin code pages; the web's own default
    # wins whenever it reads the bytes about as cleanly as the detector's favourite.
    near_best = {match.encoding for match in matches if match.chaos <= best.chaos + _CHAOS_MARGIN}
    encoding = _WEB_DEFAULT_ENCODING if _WEB_DEFAULT_ENCODING in near_best else best.encoding
    return data.decode(encoding, errors="replace")


def _looks_binary(sample: str) -> bool:
    return _control_chars(sample) > _MAX_CONTROL_SHARE * max(len(sample), 1)


def _control_chars(sample: str) -> int:
    """How many control characters `sample` holds."""
    return control_characters(sample, _CONTROL_BYTES)


def _refuse_binary(text: str) -> None:
    sample = text[:_BINARY_SAMPLE_CHARS]
    if _looks_binary(sample):
        raise InputError(
            f"raw page looks binary ({_control_chars(sample)} control characters in its first "
            f"{len(sample)}): expected text or HTML"
        )


def detect_format(text: str) -> Format:
    """HTML when the document opens like one or carries several block tags early on; else text."""
    head = text[:65536]
    if _HTML_START.match(head):
        return Format.HTML
    for tags, _ in enumerate(_HTML_TAG.finditer(head), start=1):
        if tags >= _MIN_FRAGMENT_TAGS:
            return Format.HTML
    return Format.TEXT
