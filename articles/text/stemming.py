"""Index terms of a text: the one analyzer behind full-text search on SQLite and PostgreSQL.

Both databases index the strings built here (SQLite in an FTS5 table with a whitespace
`unicode61` tokenizer, PostgreSQL as `to_tsvector('simple', ...)`), so the same words match on
both. A term is lowercase ASCII letters only or digits only: `[a-z]+|[0-9]+`. Letters and digits
are split apart (`covid19` -> `covid 19`, like `covid-19`) because PostgreSQL's parser reads
mixed strings such as `1e1e1` as several tokens, which would shift phrase positions.

Words are unaccented *before* stemming: the French Snowball stemmer treats `é` as a vowel that
may end a suffix, so `sécurité` -> `secur` but `securite` -> `securit`, and `réfugiés` ->
`refugi` but `refugies` -> `refug`; stemming the unaccented word gives one stem whatever the
user types. (Measured on the examples in tests/test_stemming.py: no pair that stemming the
accented word merges is split by stemming the unaccented one.)
"""

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator

import snowballstemmer

# Snowball algorithm of each language we detect (articles.text.language); others: no stemming.
STEMMERS = {
    "fr": "french",
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
}
UNSTEMMED = "und"
# Longer runs are cut so that PostgreSQL (2047-byte lexemes) and FTS5 see the same term.
MAX_TERM_CHARS = 60
_CACHE_SIZE = 100_000

# French elisions: the article or pronoun before the apostrophe is dropped, the word kept.
_ELISIONS = "l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu"
_APOSTROPHES = "'\u2019\u02bc\u2018\uff07"
# Combining marks (decomposed accents) and invisible joiners (soft hyphen...) stay inside words.
_INSIDE_WORD = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u00ad\u200c\u200d\u2060"
)
# One pass over the text: an elision (group 1 empty) or a word (group 1). A word starts with a
# letter or digit; underscores and marks inside it are sorted out per word, below.
TOKEN_PATTERN = re.compile(
    rf"(?<![^\W_])(?i:{_ELISIONS})[{_APOSTROPHES}](?=[^\W\d_])|([^\W_][\w{_INSIDE_WORD}]*)"
)
_TERM_PARTS = re.compile(r"[a-z]+|[0-9]+")
# Letters that NFKD does not decompose (casefold already turned ß into ss); joiners go.
_LETTERS = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "ı": "i", "þ": "th",
     "ŀ": "l", "ħ": "h", "ŧ": "t", "ĸ": "k", "ŋ": "n", "ſ": "s",
     "\u00ad": None, "\u200c": None, "\u200d": None, "\u2060": None}
)

_stemmers: dict[str, snowballstemmer.stemmer] = {}
_stem_lock = threading.Lock()
_caches: dict[str, dict[str, tuple[str, ...]]] = {}


def stemming_language(language: str | None) -> str:
    """Return the language code whose stemmer applies (`fr`, `en`...), or `und` for none."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in STEMMERS else UNSTEMMED


def _stem(word: str, language: str) -> str:
    if language == UNSTEMMED or not word.isalpha():
        return word
    stemmer = _stemmers.get(language)
    if stemmer is None:
        stemmer = _stemmers[language] = snowballstemmer.stemmer(STEMMERS[language])
    with _stem_lock:  # a Snowball stemmer object keeps its state between calls
        stem = stemmer.stemWord(word)
    return stem if _TERM_PARTS.fullmatch(stem) else word


def unaccent(word: str) -> str:
    """Return `word` in NFKC, casefolded, without accents (é -> e, œ -> oe, ß -> ss)."""
    word = unicodedata.normalize("NFKC", word).casefold()
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word)
        word = "".join(ch for ch in word if not unicodedata.combining(ch)).translate(_LETTERS)
    return word


def _compute_terms(token: str, language: str) -> tuple[str, ...]:
    parts = _TERM_PARTS.findall(unaccent(token))
    return tuple(_stem(part[:MAX_TERM_CHARS], language) for part in parts)


def token_terms(token: str, language: str) -> tuple[str, ...]:
    """Return the index terms of one token of TOKEN_PATTERN (`language` from stemming_language)."""
    cache = _caches.get(language)
    if cache is None:
        cache = _caches[language] = {}
    terms = cache.get(token)
    if terms is None:
        if len(cache) >= _CACHE_SIZE:
            cache.clear()
        terms = cache[token] = _compute_terms(token, language)
    return terms


def iter_tokens(text: str) -> Iterator[re.Match]:
    """Yield the word matches of `text` (elisions skipped); analyze() reads the same tokens."""
    for match in TOKEN_PATTERN.finditer(text):
        if match.group(1):
            yield match


def analyze(text: str, *, language: str) -> list[str]:
    """Return the index terms of `text`, in order, stemmed for `language`."""
    language = stemming_language(language)
    terms: list[str] = []
    extend = terms.extend
    cached = _caches.setdefault(language, {}).get  # the hot path: skip a call per known token
    for token in TOKEN_PATTERN.findall(text):
        if token:
            found = cached(token)
            extend(found if found is not None else token_terms(token, language))
    return terms


def term_string(text: str, language: str) -> str:
    """Return the index terms of `text` joined by spaces, as stored by both databases."""
    return " ".join(analyze(text, language=language))


def query_languages(languages: Iterable[str]) -> tuple[str, ...]:
    """Return the distinct stemming languages of `languages`, in order (`fr` when none)."""
    result = tuple(dict.fromkeys(stemming_language(code) for code in languages))
    return result or ("fr",)


def query_positions(word: str, *, languages: Iterable[str]) -> list[tuple[str, ...]]:
    """Return, for each term position of `word`, its stem under each language (aligned)."""
    codes = query_languages(languages)
    per_language = [analyze(word, language=code) for code in codes]
    return [tuple(stems) for stems in zip(*per_language, strict=True)]


def query_terms(word: str, *, languages: Iterable[str]) -> list[str]:
    """Return the distinct stems of a word typed by the user, under each language."""
    stems = (stem for position in query_positions(word, languages=languages) for stem in position)
    return list(dict.fromkeys(stems))
