"""Find the quotations of a French news text: all mark styles, nesting, continuation, unclosed.

One linear pass per paragraph with a stack of open marks.  Paragraphs are runs of text between
newlines (a single "\\n" of scraped text counts as a break too).  Rules, in the order they bite:

* « », “ ”, „ “ (or „ ”), ‹ › pair as expected, and so do doubled single quotes ‘’ ’’ (some
  newsrooms' copy: `‘’Sirat’’`, `‘’Un simple accident”`); straight quotes `"` open or close
  according to the characters around them (`d'"imprudentes"` opens after an apostrophe, `mot",`
  closes).
* A closed quotation inside an open one is nested: only the outermost one is emitted.
* A mark still open at the end of its paragraph is *unclosed*: it runs to the paragraph's end,
  unless another quotation opens later in the same paragraph, in which case it stops at the last
  sentence end before that one (seed 003: `« aborder … l'Ukraine. Il a salué … « Nous ne …`).  A
  « … » nested in an unclosed « is read the same way: French nests with “ ”, so a second « while
  one is open is almost always a new quotation after a lost ».
* A paragraph ending inside a quotation and followed by one opening with the same mark is the
  continuation of that quotation (French press convention): one span over both paragraphs.
* An unclosed straight quote is kept only when it opens its paragraph or follows a colon: a lone
  `"` in mid-sentence is more often an inch mark or a typo than a lost quotation.
* A » that closes nothing and is glued to the word after it opens (`Eslami.»Notre travail…»`,
  `d'alarme: »Il faut…»`: scraped copy with a reversed mark), and so does a ” set between spaces
  when nothing is open, which a “ then closes (`” fascinant “`); a » that closes nothing else
  closes an open “ or „, and a ” closes an open « (`“Au sortir … même », a déclaré`: mismatched
  marks).
* Apostrophes (’ and ') are never marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

__all__ = ["QuoteSpan", "extract_quotes", "FULL_QUOTE_WORDS"]

FULL_QUOTE_WORDS = 5  # five words or more make a "full" quotation, fewer a "fragment"

_PARAGRAPH = re.compile(r"[^\n\r]+")
# Doubled single quotes stand for double ones in some newsrooms' copy: ‘’Sirat’’ (an apostrophe
# is never doubled, so the pairs are unambiguous).
# (one leading class, for the regex engine's first-character scan in C: the same matches as
# `‘’|’’|[«»“”„‹›"]`, a ‘ or ’ counting only when a ’ follows it)
_MARK = re.compile(r"[‘’«»“”„‹›\"](?:(?<=[‘’])’|(?<![‘’]))")
_WORD = re.compile(r"\S*\w\S*")
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"»”]*\s\S)")
_SPACE = " \t\u00a0\u202f\u2009\u2007\u200b"

# (a ” opened is closed by a ” or, reversed marks set with French spaces, by a “: `” fascinant “`)
_OPENERS = {"«": "»", "“": "”’“", "„": "“”", "‹": "›", '"': '"', "”": "”“", "‘’": "’”", "»": "»"}
_BEFORE_OPEN = set(" \t\u00a0\u202f\u2009([{«“'’-—–/:;,")
_AFTER_CLOSE = set(" \t\u00a0\u202f\u2009.,;:!?)]}»”…'’-—–/")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: `text == source[start:end]`, marks and their inner spaces excluded."""

    start: int
    end: int
    text: str
    kind: str  # "full" (FULL_QUOTE_WORDS words or more) or "fragment"
    unclosed: bool
    mark: str  # the opening mark


class _Open:
    __slots__ = ("mark", "pos", "children", "end")

    def __init__(self, mark: str, pos: int) -> None:
        self.mark = mark
        self.pos = pos  # index of the opening mark
        self.children: list[tuple[int, int, str]] = []  # closed quotations nested in this one
        self.end = 0  # end of the last paragraph seen, for quotations continued over paragraphs


def extract_quotes(text: str) -> list[QuoteSpan]:
    """Return the quotations of `text` in reading order (outermost ones only)."""
    found: list[tuple[int, int, str, bool]] = []  # (mark position, end, mark, unclosed)
    carried: _Open | None = None
    for p_start, p_end in _paragraph_spans(text):
        stack: list[_Open] = []
        skip = -1
        if carried is not None:
            first = _first_visible(text, p_start, p_end)
            if first is not None and text[first] == carried.mark:
                stack.append(carried)  # the mark opening a continuation paragraph
                skip = first
            else:
                _finish_unclosed(text, [carried], carried.end, found)
            carried = None
        for match in _MARK.finditer(text, p_start, p_end):
            if match.group() == "‘’":  # opens; the quotation starts after both characters
                stack.append(_Open("‘’", match.start() + 1))
            elif match.group() == "’’":
                _close(stack, "’", match.start(), found)
            elif match.start() != skip:
                _feed(text, match.start(), p_start, p_end, stack, found)
        carried = _close_paragraph(text, stack, p_start, p_end, found)
    if carried is not None:
        _finish_unclosed(text, [carried], carried.end, found)
    return _build(text, found)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each paragraph of `text`: what `_PARAGRAPH` matches."""
    if "\r" in text:
        return [para.span() for para in _PARAGRAPH.finditer(text)]
    # (a split at each "\n" copies the lines in C; the regex tests every character)
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line:
            spans.append((start, end))
        start = end + 1
    return spans


def _first_visible(text: str, start: int, end: int) -> int | None:
    i = start
    while i < end and text[i] in _SPACE:
        i += 1
    return i if i < end else None


def _feed(text: str, pos: int, p_start: int, p_end: int, stack: list[_Open], found) -> None:
    ch = text[pos]
    prev = text[pos - 1] if pos > p_start else " "
    nxt = text[pos + 1] if pos + 1 < p_end else " "
    # (a mark right before `,` or `.` closes: `à "un peu plus de 5 % ", sur l'année`)
    can_open = nxt not in _SPACE and nxt not in ",.;:!?)]" and (
        prev in _BEFORE_OPEN or pos == p_start)
    can_close = prev not in _SPACE and (nxt in _AFTER_CLOSE or pos + 1 == p_end)
    if ch in "»›":
        if ch == "»" and nxt.isalnum() and not any(e.mark in "«»" for e in stack):
            # `Mohammad Eslami.»Notre travail a été intense…»`, `la sonnette d'alarme: »Il faut
            # que ça cesse!»`: a » that closes nothing, glued to the word after it, opens
            # (scraped copy with a reversed mark)
            stack.append(_Open(ch, pos))
            return
        _close(stack, ch, pos, found)
        return
    if ch == '"':
        if stack and stack[-1].mark == '"' and (can_close or not can_open):
            _close(stack, ch, pos, found)
        elif can_open or not can_close:
            stack.append(_Open(ch, pos))
        elif any(e.mark == '"' for e in stack):
            _close(stack, ch, pos, found)
        elif prev in ",;:(" and _first_visible(text, pos + 1, p_end) is not None:
            # `a réagi sur la Rfm ," Pour des raisons …"`: nothing to close, and a mark after a
            # comma ends no word: it opens, with a space inside as French typesetting has it
            stack.append(_Open(ch, pos))
        return
    if ch == "“":
        # closes „ (German style) and a “ opened with the same glyph when the context says so
        if stack and (stack[-1].mark == "„" or (stack[-1].mark == "“" and can_close)
                      or stack[-1].mark == "”" and not can_open):
            _close(stack, ch, pos, found)
        else:
            stack.append(_Open(ch, pos))
        return
    if ch == "”":
        if any(e.mark in ("“", "„", "”", "‘’") for e in stack) and (can_close or not can_open):
            _close(stack, ch, pos, found)
        elif can_open and not can_close:
            stack.append(_Open(ch, pos))
        elif stack and stack[-1].mark == "«" and not can_open:
            _close(stack, "»", pos, found)  # `« Nous partons ”, dit-il`: mismatched marks
        elif not stack and prev in _SPACE and nxt in _SPACE:
            # `Un système planétaire ” fascinant “, disent-ils`: a reversed mark set with
            # French spaces opens when nothing is open
            stack.append(_Open(ch, pos))
        return
    stack.append(_Open(ch, pos))  # « ‹ „


def _close(stack: list[_Open], ch: str, pos: int, found) -> None:
    for depth in range(len(stack) - 1, -1, -1):
        if ch in _OPENERS[stack[depth].mark]:
            entry = stack[depth]
            del stack[depth:]  # marks opened inside and never closed are dropped with it
            if stack:
                stack[-1].children.append((entry.pos, pos, entry.mark))
                stack[-1].children.extend(entry.children)
            else:
                found.append((entry.pos, pos, entry.mark, False))
            return
    if ch == "»" and stack and stack[-1].mark in "“„":
        # `“Au sortir de la semaine … même », a déclaré`: scraped copy's mismatched marks
        _close(stack, "”", pos, found)
    # any other closing mark that closes nothing: ignore it


def _close_paragraph(text: str, stack: list[_Open], p_start: int, p_end: int, found):
    """Finish the marks left open at a paragraph's end; return the one that may continue."""
    if not stack:
        return None
    kept: list[_Open] = []
    for entry in stack:
        if entry.mark == '"' and not _straight_may_stay_open(text, entry, p_start):
            for child in entry.children:  # its nested quotations stand on their own
                (kept[-1].children if kept else _TopLevel(found)).append(child)
            continue
        kept.append(entry)
    if not kept:
        return None
    last = kept[-1]
    nxt = _next_paragraph_start(text, p_end)
    if nxt is not None and text[nxt] == last.mark and not _has_same_mark_child(last):
        last.end = p_end
        _finish_unclosed(text, kept[:-1], p_end, found, last)
        return last
    _finish_unclosed(text, kept, p_end, found)
    return None


class _TopLevel:
    """Adapter so that promoted children land in `found` as closed quotations."""

    def __init__(self, found) -> None:
        self.found = found

    def append(self, child) -> None:
        self.found.append((child[0], child[1], child[2], False))


def _straight_may_stay_open(text: str, entry: _Open, p_start: int) -> bool:
    before = text[p_start : entry.pos].rstrip(_SPACE)
    return not before or before.endswith(":")


def _has_same_mark_child(entry: _Open) -> bool:
    return any(mark == entry.mark for _, _, mark in entry.children)


def _next_paragraph_start(text: str, p_end: int) -> int | None:
    i = p_end
    n = len(text)
    while i < n and (text[i] in "\n\r" or text[i] in _SPACE):
        i += 1
    return i if i < n else None


def _finish_unclosed(text, entries: list[_Open], p_end: int, found, following=None) -> None:
    """Emit unclosed quotations; each stops before the next quotation opening after it."""
    chain = list(entries) + ([following] if following is not None else [])
    for i, entry in enumerate(entries):
        limit = chain[i + 1].pos if i + 1 < len(chain) else p_end
        same = [c for c in entry.children if c[2] == entry.mark]
        if same and same[0][0] < limit:
            limit = same[0][0]
        end = limit
        if limit != p_end:
            end = _last_sentence_end(text, entry.pos + 1, limit)
        found.append((entry.pos, end, entry.mark, True))
        for child in entry.children:
            if child[0] >= end:
                found.append((child[0], child[1], child[2], False))


def _last_sentence_end(text: str, start: int, limit: int) -> int:
    last = None
    for match in _SENTENCE_END.finditer(text, start, limit):
        last = match.end()
    return last if last is not None else limit


def _build(text: str, found) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    seen: set[int] = set()
    for pos, end, mark, unclosed in sorted(found):
        if pos in seen:
            continue
        seen.add(pos)
        start = pos + 1
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and (text[end - 1] in _SPACE or text[end - 1] in "\n\r"):
            end -= 1
        content = text[start:end]
        if not any(ch.isalnum() for ch in content):
            continue
        kind = "full" if _has_words(content, FULL_QUOTE_WORDS) else "fragment"
        spans.append(QuoteSpan(start, end, content, kind, unclosed, mark))
    return _drop_nested(spans)


def _has_words(content: str, count: int) -> bool:
    """Say whether `content` has `count` words or more: the scan stops at the last one needed,
    not at the end of a long quotation."""
    return next(islice(_WORD.finditer(content), count - 1, None), None) is not None


def _drop_nested(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep outermost spans only (a promoted child may sit inside a span emitted elsewhere)."""
    kept: list[QuoteSpan] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept
