"""Who said what in one article: quotations with their speakers, and the entities mentioned.

The headline is read with the body, as its first paragraph: headlines quote people too
(`« Nous tiendrons » : Zelensky promet…`), and the names in them count.  The quotations found
there are given apart, with offsets into the title; all others have offsets into the body.
"""

from bisect import bisect_right
from dataclasses import dataclass

from articles.text.entities import EntityCount, EntityDetector, count_mentions
from articles.text.quotes import QuoteSpan, extract_quotes
from articles.text.speakers import Attribution, NameMention, attribute_speakers
from articles.text.tokens import Tokens


@dataclass(frozen=True, slots=True)
class Analysis:
    quotes: tuple[tuple[QuoteSpan, Attribution], ...]
    entities: tuple[EntityCount, ...]
    title_quotes: tuple[tuple[QuoteSpan, Attribution], ...] = ()


# Between the headline and the body: a paragraph break, so no sentence runs from one to the other.
TITLE_BREAK = "\n\n"


def read_texts(doc) -> tuple[str, str]:
    """The (headline, body) the analysis reads of anything with `title`, `title_derived` and
    `text` (a cleaned text, an article being imported, a saved one): a title derived from the
    body's first sentence is not read twice."""
    return ("" if doc.title_derived else doc.title), doc.text


def analyse(text: str, *, detector: EntityDetector, title: str = "") -> Analysis:
    """Return the quotations (with speakers) and entity counts of an article's cleaned body
    `text` and its headline `title` (leave it empty when the title was derived from the body)."""
    title = title.strip() if title else ""
    if title:
        whole = analyse(title + TITLE_BREAK + text, detector=detector)
        shift = len(title) + len(TITLE_BREAK)
        in_title = tuple(pair for pair in whole.quotes if pair[0].start < shift)
        in_body = tuple((_shifted(q, shift), who) for q, who in whole.quotes if q.start >= shift)
        return Analysis(in_body, whole.entities, in_title)
    tokens = Tokens(text)  # one split for both passes
    mentions = detector.find(text, tokens)
    quotes = extract_quotes(text)
    # A name inside a quotation is what the speaker talks about, never who is speaking.
    starts = [q.start for q in quotes]
    inside = [_inside(m.start, quotes, starts) for m in mentions]
    outside = [m for m, quoted in zip(mentions, inside, strict=True) if not quoted]
    people = [NameMention(m.start, m.end, m.canonical, "person")
              for m in outside if m.kind == "person"]
    organisations = [NameMention(m.start, m.end, m.canonical, "organisation")
                     for m in outside if m.kind == "organisation"]
    # places inside quotations too: `la « France banale »` is about a place, not a title
    places = [NameMention(m.start, m.end, m.canonical, "place")
              for m in mentions if m.kind == "place"]
    quoted_people = [NameMention(m.start, m.end, m.canonical, "person")
                     for m, quoted in zip(mentions, inside, strict=True)
                     if quoted and m.kind == "person"]
    quoted_orgs = [NameMention(m.start, m.end, m.canonical, "organisation")
                   for m, quoted in zip(mentions, inside, strict=True)
                   if quoted and m.kind == "organisation"]
    attributions = attribute_speakers(text, quotes, people=people, organisations=organisations,
                                      places=places, tokens=tokens, quoted_people=quoted_people,
                                      quoted_orgs=quoted_orgs)
    return Analysis(tuple(zip(quotes, attributions, strict=True)),
                    tuple(count_mentions(mentions)))


def _shifted(quote: QuoteSpan, shift: int) -> QuoteSpan:
    """Return `quote` with its offsets moved back by `shift` (`dataclasses.replace`, without
    its per-call introspection of the fields)."""
    return QuoteSpan(quote.start - shift, quote.end - shift, quote.text, quote.kind,
                     quote.unclosed, quote.mark)


def _inside(pos: int, quotes: list[QuoteSpan], starts: list[int]) -> bool:
    """Return True when `pos` falls within one of `quotes` (sorted by start; `starts` are
    their starts)."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < quotes[i].end
