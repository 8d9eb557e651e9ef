"""Search-result snippets: the best passage or two of an article, matching words marked."""

import html
import re
from collections.abc import Callable

from articles.text.query import ParsedQuery, highlight_terms
from articles.text.stemming import TOKEN_PATTERN, stemming_language, token_terms

ELLIPSIS = "…"
# Bounded work on huge texts: matches are looked for in the first MAX_SCAN_CHARS characters
# only, and the passages are chosen among the first MAX_MATCHES matches.
MAX_SCAN_CHARS = 100_000
MAX_MATCHES = 64
_SPACE = re.compile(r"\s")

Matcher = Callable[[str], str | None]

# Accented letters that unaccent() folds onto each plain letter (uppercase comes from IGNORECASE).
_FOLDS = {"a": "aàâäáãå", "c": "cç", "e": "eéèêë", "i": "iîïíì", "n": "nñ",
          "o": "oôöóòõø", "u": "uùûüú", "y": "yÿý"}
# Single characters that fold into two letters.
_MULTI = {"oe": "œ", "ae": "æ", "ss": "ß", "th": "þ"}
_WINDOW = 80


def _candidates(marked: set[str]) -> re.Pattern | None:
    """Return a regex finding the places where a marked term may start, or None to scan all.

    A stem keeps the first letters of its (unaccented) word, so a word can only match where its
    first three letters, accents aside, are those of a term: far fewer places than words.
    """
    heads = {term.rstrip("*")[:3] for term in marked}
    if "" in heads:
        return None
    patterns = []
    for head in sorted(heads):
        before = r"(?<!\d)" if head[0].isdigit() else r"(?<![^\W\d_])"
        patterns.append(before + _letters(head))
    return re.compile("|".join(patterns), re.IGNORECASE)


def _letters(head: str) -> str:
    """Return a regex for `head` that accepts its accented forms and œ, æ, ß, þ."""
    if not head:
        return ""
    single = f"[{re.escape(_FOLDS.get(head[0], head[0]))}]" + _letters(head[1:])
    folded = _MULTI.get(head[:2])
    if folded is None:
        return single
    # The pair may also be written as one character (œuvre, Ægypte, Straße).
    return f"(?:{single}|{re.escape(folded)}{_letters(head[2:])})"


def _matcher(parsed: ParsedQuery, language: str) -> Matcher | None:
    """Return a function giving the matched stem of a token (or None), or None if no terms."""
    marked = highlight_terms(parsed)
    if not marked:
        return None
    exact = {term for term in marked if not term.endswith("*")}
    prefixes = tuple(term[:-1] for term in marked if term.endswith("*"))

    def match(token: str) -> str | None:
        for term in token_terms(token, language):
            if term in exact or (prefixes and term.startswith(prefixes)):
                return term
        return None

    match.candidates = _candidates(marked)
    return match


def _find(text: str, match: Matcher, start: int, end: int, limit: int):
    """Return up to `limit` (start, end, stem) spans of matching words in text[start:end]."""
    candidates = getattr(match, "candidates", None)
    if candidates is None:
        tokens = TOKEN_PATTERN.finditer(text, start, end)
    else:
        tokens = _tokens_at(text, candidates, start, end)
    found = []
    for token in tokens:
        word = token.group(1)
        if word and (stem := match(word)) is not None:
            found.append((token.start(), token.end(), stem))
            if len(found) >= limit:
                break
    return found


def _tokens_at(text: str, candidates: re.Pattern, start: int, end: int):
    """Yield, once each and in order, the tokens containing a candidate position."""
    last_end = start
    for candidate in candidates.finditer(text, start, end):
        position = candidate.start()
        if position < last_end:
            continue
        # Tokenise a little around the candidate, as a full scan would have cut it.
        window_start = max(last_end, position - _WINDOW)
        for token in TOKEN_PATTERN.finditer(text, window_start, min(end, position + _WINDOW)):
            if token.start() <= position < token.end():
                last_end = token.end()
                yield token
                break


def _best_window(matches, width: int, taken: list[tuple[int, int]]):
    """Return (first, last) indexes of the matches in the best window of `width` characters."""
    best = None
    best_score = None
    for first, (start, _, _) in enumerate(matches):
        if any(a <= first <= b for a, b in taken):
            continue
        last = first
        while (
            last + 1 < len(matches)
            and matches[last + 1][1] - start <= width
            and not any(a <= last + 1 <= b for a, b in taken)
        ):
            last += 1
        score = (len({m[2] for m in matches[first : last + 1]}), last - first)
        if best_score is None or score > best_score:
            best, best_score = (first, last), score
    return best


def _place(text: str, left: int, right: int, width: int) -> tuple[int, int]:
    """Return a range of about `width` characters around text[left:right], cut between words."""
    spare = max(width - (right - left), 0)
    start = max(left - spare // 3, 0)
    end = min(start + max(width, right - left), len(text))
    start = max(min(start, end - width), 0)
    if start > 0 and not text[start - 1].isspace():
        space = _SPACE.search(text, start, left)
        start = space.end() if space else left
    if end < len(text) and not text[end].isspace():
        spaces = [m.start() for m in _SPACE.finditer(text, right, end)]
        if spaces:  # else a hard cut: one very long word
            end = spaces[-1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _render(text: str, start: int, end: int, match: Matcher | None) -> str:
    """Return text[start:end] HTML-escaped, with matching words in <mark>."""
    if match is None:
        return html.escape(text[start:end])
    out = []
    position = start
    for word_start, word_end, _ in _find(text, match, start, end, end - start + 1):
        out.append(html.escape(text[position:word_start]))
        out.append(f"<mark>{html.escape(text[word_start:word_end])}</mark>")
        position = word_end
    out.append(html.escape(text[position:end]))
    return "".join(out)


def _join(text: str, ranges: list[tuple[int, int]], match: Matcher | None) -> str:
    body = f" {ELLIPSIS} ".join(_render(text, start, end, match) for start, end in ranges)
    head = ELLIPSIS if ranges[0][0] > 0 else ""
    tail = ELLIPSIS if ranges[-1][1] < len(text) else ""
    return head + body + tail


def make_snippet(
    text: str, parsed: ParsedQuery, *, language: str, max_chars: int = 300, passages: int = 2
) -> str:
    """Return HTML: the best passages of `text` for the query, matching words in <mark>."""
    max_chars = max(max_chars, 20)
    passages = max(passages, 1)
    match = _matcher(parsed, stemming_language(language))
    matches = _find(text, match, 0, MAX_SCAN_CHARS, MAX_MATCHES) if match else []
    if not matches:
        return _join(text, [_place(text, 0, 0, max_chars)], None)
    if len(text) <= max_chars:
        return _join(text, [_place(text, 0, len(text), max_chars)], match)

    # One passage when the densest window of max_chars holds every matched stem; otherwise
    # up to `passages` windows, greedily, densest first.
    first, last = _best_window(matches, max_chars * 3 // 4, [])
    if passages == 1 or {m[2] for m in matches[first : last + 1]} == {m[2] for m in matches}:
        windows = [(first, last)]
        width = max_chars
    else:
        width = max_chars // passages
        windows = []
        while len(windows) < passages:
            window = _best_window(matches, width * 3 // 4, windows)
            if window is None:
                break
            windows.append(window)
    ranges = sorted(_place(text, matches[a][0], matches[b][1], width) for a, b in windows)
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return _join(text, merged, match)
