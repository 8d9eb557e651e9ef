"""An article's text as HTML: paragraphs, each quotation set off in a <q> linked to its speaker.

Everything from the article is escaped; only the tags written here are HTML. Quote spans are
offsets into the cleaned text (Quote.start, Quote.end), or into the title for a headline's
quotation (Quote.in_title); a quotation running over several paragraphs is closed at each
paragraph's end and reopened in the next one.
"""

import re
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
CLOSING_MARK = re.compile("[ \u00a0\u202f]*[»”\"›“’]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    anchor: str  # the element id, e.g. "q12"
    speaker: str  # the speaker's name, or "" when unknown
    speaker_url: str
    fragment: bool
    title: str  # the tooltip, e.g. "Jens Stoltenberg" or "unknown speaker"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the paragraphs of `text`."""
    spans, position = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _plain(text: str) -> str:
    return escape(text).replace("\n", "<br>\n")


def _open(span: Span, first: bool) -> str:
    classes = "said fragment" if span.fragment else "said"
    anchor = f' id="{escape(span.anchor)}"' if first else ""
    return f'<q{anchor} class="{classes}" title="{escape(span.title)}">'


def _said_by(span: Span) -> str:
    if not span.speaker_url:
        return ""
    return f' <a class="said-by" href="{escape(span.speaker_url)}">{escape(span.speaker)}</a>'


def render_text(text: str, spans: list[Span]) -> SafeString:
    """Return the article's paragraphs as HTML with its quotations set off."""
    blocks = _render(text, spans, _paragraphs(text), said_by=True)
    return mark_safe("\n".join(f"<p>{block}</p>" for block in blocks))  # noqa: S308 (escaped)


def render_title(title: str, spans: list[Span]) -> SafeString:
    """Return the headline as inline HTML with its quotations set off (no speaker links: the
    headline stays one line)."""
    return mark_safe("".join(_render(title, spans, [(0, len(title))], said_by=False)))  # noqa: S308


def _render(text: str, spans: list[Span], blocks: list[tuple[int, int]], *, said_by: bool
            ) -> list[str]:
    """Return the HTML of each (start, end) block of `text`, its quotations set off; every piece
    of `text` is escaped."""
    ordered, reach = [], -1
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start >= reach and 0 <= span.start < span.end <= len(text):
            ordered.append(span)  # nested or overlapping spans: the outer one counts
            reach = span.end
    html, index = [], 0
    for p_start, p_end in blocks:
        parts, position = [], p_start
        while index < len(ordered) and ordered[index].end <= p_start:
            index += 1
        i = index
        while i < len(ordered) and ordered[i].start < p_end:
            span = ordered[i]
            start, end = max(span.start, p_start, position), min(span.end, p_end)
            parts.append(_plain(text[position:start]))
            parts.append(_open(span, first=start == span.start))
            parts.append(_plain(text[start:end]) + "</q>")
            position = end
            if end == span.end:
                # The speaker's name goes after the closing quotation mark, not inside it.
                closing = CLOSING_MARK.match(text, end, p_end)
                position = closing.end() if closing else end
                parts.append(_plain(text[end:position]) + (_said_by(span) if said_by else ""))
            if span.end > p_end:
                break  # continues in the next paragraph
            i += 1
        parts.append(_plain(text[position:p_end]))
        html.append("".join(parts).strip())
    return html
