"""Turn a file's bytes into text, exactly as written, or say in plain words why not."""

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes


class RejectedInput(ValueError):  # noqa: N818 - a user-facing verdict, not a programming error
    """A file or page that cannot be imported; `reason` is a sentence a user can read."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name: `text.encode(encoding)` gives back the original bytes


# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one. The `-le`/`-be` codecs
# keep U+FEFF in the text and write it back, so the bytes round-trip exactly.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Enough to judge binary content and to let charset-normalizer decide; a 20 MB file is never
# analysed whole (it only decodes it once, strictly, with the chosen codec).
_SAMPLE = 64 * 1024
# C0 controls other than tab, LF, VT, FF, CR, plus DEL. ESC (0x1b) and SUB (0x1a) included.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r") + b"\x7f"
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_VISIBLE = re.compile(r"[^\s\ufeff]")
# What charset-normalizer names for Western text that cp1252 reads the same or better
# (a `latin_1` file almost never means the C1 controls at 0x80-0x9f).
_WESTERN = {"cp1252", "latin_1", "ascii"}
# What non-ASCII cp1252 text in French, English, German, Spanish, Italian or Portuguese uses.
_WESTERN_CHARS = re.compile(
    "[À-ÖØ-öø-ÿŒœŸŠšŽž"  # letters
    "\u00a0«»°§©®·ºª¿¡£‘’“”–—…€•™]"  # no-break space and punctuation
)
_C1 = {"\x81", "\x8d", "\x8f", "\x90", "\x9d"}
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]")
# Accented letters are a few percent of French letters; Cyrillic or Greek code pages read as
# cp1252 turn almost every letter into one.
_MAX_ACCENTED_SHARE = 0.3
_MIN_LETTERS = 20  # below this the share says nothing: `été` is 2/3 accented


def decode_bytes(data: bytes) -> Decoded:
    """Return the text of `data` and the codec that reproduces `data` from it exactly."""
    if not data:
        raise RejectedInput("empty file")
    decoded = _decode_with_bom(data) or _decode_utf8(data) or _decode_utf16_without_bom(data)
    if decoded is None:
        _reject_binary_bytes(data[:_SAMPLE])
        decoded = _decode_legacy(data)
    if _CONTROL_CHARS.search(decoded.text, 0, _SAMPLE) and _too_many_controls(
        decoded.text[:_SAMPLE]
    ):
        raise RejectedInput("not text (binary content)")
    if not _VISIBLE.search(decoded.text):
        raise RejectedInput("empty file")
    return decoded


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data.decode(encoding), encoding=encoding)
            except UnicodeDecodeError:
                raise RejectedInput("could not determine the text encoding") from None
    return None


def _decode_utf8(data: bytes) -> Decoded | None:
    # Strict UTF-8 first: fast, and a legacy file almost never happens to be valid UTF-8.
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError:
        return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    # Mostly-Latin UTF-16 has a NUL in every other byte, on one side only.
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even == 0:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return Decoded(text=data.decode(encoding), encoding=encoding)
    except UnicodeDecodeError:
        return None


def _reject_binary_bytes(sample: bytes) -> None:
    if b"\x00" in sample:
        raise RejectedInput("not text (binary content)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise RejectedInput("not text (binary content)")


def _too_many_controls(text: str) -> bool:
    return "\x00" in text or len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text)


def _decode_legacy(data: bytes) -> Decoded:
    sample = data[:_SAMPLE]
    if len(data) > _SAMPLE:
        # Cut on a line end so a multi-byte code page is not judged on half a character.
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    western = _western_code_page(sample)
    if western is not None:
        # French legacy files are cp1252, and charset-normalizer often names cp1250, a Mac code
        # page or even EBCDIC for a short one; it decides for everything else.
        candidates = [western]
    else:
        best = from_bytes(sample).best()
        guess = best.encoding if best is not None else None
        candidates = ["cp1252", "latin_1"] if guess in _WESTERN else []
        candidates += [guess] if guess is not None else []
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Strict single-byte cp1252/latin-1 always encode back; other code pages may not.
        if encoding in _WESTERN or text.encode(encoding) == data:
            return Decoded(text=text, encoding=encoding)
    raise RejectedInput("could not determine the text encoding")


def _western_code_page(sample: bytes) -> str | None:
    try:
        text, encoding = sample.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined: a stray one in Western text means latin-1.
        text, encoding = sample.decode("latin_1"), "latin_1"
    non_ascii = _NON_ASCII.findall(text)
    if not all(_WESTERN_CHARS.match(ch) or ch in _C1 for ch in set(non_ascii)):
        return None
    accented = sum(ch.isalpha() for ch in non_ascii)
    letters = len(_LETTERS.findall(text))
    if letters < _MIN_LETTERS or accented <= _MAX_ACCENTED_SHARE * letters:
        return encoding
    return None
