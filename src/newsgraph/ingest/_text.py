"""Plain text: decode bytes in the encodings Japanese news comes in, refuse binary data.

The order of the checks matters:

1. a byte-order mark decides (UTF-8, UTF-16 or UTF-32);
2. NUL bytes in the first few kilobytes mean UTF-16 without a BOM when they fall on one byte
   parity (ASCII-range text), and binary data otherwise;
3. UTF-8, strict, or with U+FFFD for the few invalid bytes of mostly valid UTF-8 (a truncated or
   patched file): legacy Japanese bytes almost never decode as UTF-8 by accident;
4. Shift_JIS (cp932) and EUC-JP, both tried, the one that reads as more plausible Japanese wins
   (EUC-JP bytes often decode as cp932 half-width katakana, not the other way round);
5. charset-normalizer for everything else.

Whatever decoded the bytes, text that is mostly replacement, unassigned, private-use or control
characters is noise (BOM-less UTF-16 or binary read as something else) and is refused.
"""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import charset_normalizer

from newsgraph.errors import DecodeError, UnsupportedInput
from newsgraph.ingest._common import IngestOptions, canonical_text, make_document
from newsgraph.model import Document

SNIFF_BYTES = 4096
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_REASON = "binary file (NUL bytes); only text, HTML, JSON Lines and feeds can be read"
UNDECODABLE_REASON = (
    "binary file (undecodable as UTF-8, UTF-16, Shift_JIS or EUC-JP); convert it to UTF-8 text first"
)


# At most this share of invalid bytes still reads as UTF-8 (with U+FFFD for each).
UTF8_INVALID_SHARE = 0.05
# Above this share of junk characters decoded text is noise, not a document.
JUNK_SHARE = 0.1
JAPANESE_SHARE = 0.6
_JUNK_CATEGORIES = frozenset(("Cc", "Cn", "Co", "Cs"))  # control, unassigned, private use, surrogate
NOISE_REASON = (
    "decodes to noise ({share:.0%} replacement, unassigned or control characters); "
    "convert it to UTF-8 text first"
)


def junk_share(text: str) -> float:
    """The share of `text` that is U+FFFD or control (but line ends and tabs), unassigned,
    private-use or surrogate code points: what bytes read in the wrong encoding turn into."""
    if not text:
        return 0.0
    junk = sum(
        1
        for ch in text
        if ch == "\ufffd" or (ch not in "\n\r\t" and unicodedata.category(ch) in _JUNK_CATEGORIES)
    )
    return junk / len(text)


def _mostly_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 with U+FFFD for invalid bytes when they are at most `UTF8_INVALID_SHARE` of it."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    return text if invalid <= UTF8_INVALID_SHARE * len(data) else None


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    return sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t") / len(text)


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """`data` decoded as BOM-less UTF-16 when its NULs sit on one byte parity, else None.

    ASCII-range characters (and a few CJK ones, such as the ideographic space U+3000) have a zero
    byte in UTF-16: mostly on odd positions in little-endian, even ones in big-endian. Binary data
    scatters NULs over both, or decodes to control characters.
    """
    head = data[:SNIFF_BYTES]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    few = even + odd < 16  # a few CJK characters with a zero byte (U+8A00 言) say nothing of the order
    for codec, share in (("utf-16-le", odd), ("utf-16-be", even)):
        if few or share >= 0.9 * (even + odd):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _printable_share(text[:SNIFF_BYTES]) >= 0.95:
                return text
    return None


def _japanese_score(text: str) -> float:
    """Share of characters that are common in Japanese text (kana, kanji, ASCII, full-width forms).

    Unlike `detect_language`, half-width katakana do not count: they are what EUC-JP bytes turn into
    when misread as cp932.
    """
    if not text:
        return 0.0
    common = 0
    for ch in text:
        code = ord(ch)
        if (
            0x20 <= code < 0x7F
            or ch in "\n\r\t"
            or 0x3000 <= code <= 0x30FF  # CJK punctuation, hiragana, katakana
            or 0x4E00 <= code <= 0x9FFF
            or 0xFF01 <= code <= 0xFF5E  # full-width ASCII forms
        ):
            common += 1
    return common / len(text)


def _decode_japanese(data: bytes) -> str | None:
    best: tuple[float, str] | None = None
    for codec in ("cp932", "euc_jp"):  # cp932 first: it wins ties, being the more common one
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(text)
        if best is None or score > best[0]:
            best = (score, text)
    # Below this the bytes were not Japanese: legacy Japanese text is mostly kana, kanji and ASCII.
    return best[1] if best and best[0] >= JAPANESE_SHARE else None


def decode_bytes(data: bytes, source: str = "", charset: str | None = None) -> str:
    """Decode `data` to canonical text (no BOM, `\\n` line ends).

    `charset` (from an HTTP header or a meta tag) is tried first when given and known. Raises
    `UnsupportedInput` for binary data and `DecodeError` for bytes no supported encoding reads or
    that decode to noise (see `junk_share`).
    """
    text = _decode(data, source, charset)
    share = junk_share(text[: SNIFF_BYTES * 4])
    if share > JUNK_SHARE:
        raise DecodeError(NOISE_REASON.format(share=share), source)
    return text


def _decode(data: bytes, source: str, charset: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                # Decoded with its BOM, which canonical_text removes: exactly one, never a second
                # U+FEFF that belongs to the text.
                return canonical_text(data.decode(codec))
            except UnicodeDecodeError as exc:
                reason = f"invalid {codec} after its byte-order mark ({exc.reason})"
                raise DecodeError(reason, source) from exc
    if charset:
        try:
            return canonical_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: detect instead
    if 0 in data[:SNIFF_BYTES]:
        utf16 = _decode_utf16_without_bom(data)
        if utf16 is None:
            raise UnsupportedInput(BINARY_REASON, source)
        return canonical_text(utf16)
    text = _mostly_utf8(data)
    if text is not None:
        return canonical_text(text)
    text = _decode_japanese(data)
    if text is not None:
        return canonical_text(text)
    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise DecodeError(UNDECODABLE_REASON, source)
    return canonical_text(str(match))


def read_bytes(path: Path, options: IngestOptions) -> bytes:
    """The bytes of a regular file, refusing files over `options.max_bytes` before reading them."""
    if not path.is_file():
        raise UnsupportedInput("not a regular file", str(path))
    size = path.stat().st_size
    if size > options.max_bytes:
        raise UnsupportedInput(
            f"larger than {options.max_bytes} bytes ({size}); raise max_bytes to read it", str(path)
        )
    return path.read_bytes()


def read_text_file(path: Path, options: IngestOptions) -> Document:
    """Read one plain-text file; its id is the file name without extension."""
    source = str(path)
    return make_document(id=path.stem, text=decode_bytes(read_bytes(path, options), source), source=source)
