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

    return match


def _find(text: str, match: Matcher, start: int, end: int, limit: int):
    """Return up to `limit` (start, end, stem) spans of matching words in text[start:end]."""
    found = []
    for token in TOKEN_PATTERN.finditer(text, start, end):
        word = token.group(1)
        if word and (stem := match(word)) is not None:
            found.append((token.start(), token.end(), stem))
            if len(found) >= limit:
                break
    return found


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
