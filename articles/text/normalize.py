"""Normalised keys for names, so `OTAN`, `Otan` and `l'OTAN` meet on one alias."""

import re
import unicodedata

_ELISION = re.compile(r"^(?:l|d|qu|j|m|n|s|t)['’ʼ]\s*", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-"})
_NON_WORD = re.compile(r"[^\w'-]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """Return `text` without combining marks (é -> e, ß stays ß)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def alias_key(name: str) -> str:
    """Return the lookup key of a name: casefolded, unaccented, leading elision dropped."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).translate(_DASHES)
    text = _SPACES.sub(" ", text).strip()
    text = _ELISION.sub("", text)
    text = strip_accents(text).casefold()
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" -'")
