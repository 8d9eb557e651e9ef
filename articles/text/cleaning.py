"""Clean scraped article text into a title and a body that quote offsets can point into.

`clean_article(raw)` never alters `raw`; it returns a new text where:

- invisible characters (BOM, zero-width space, word joiner, soft hyphen) are dropped; CRLF, CR
  and Unicode line separators become "\\n"; tabs and Unicode spaces (no-break, narrow no-break,
  thin...) become " "; runs of spaces collapse and lines are stripped. Nothing else inside a line
  changes: words, punctuation and French spacing (`l’OTAN`, `« … »`, `Montpellier ,`) stay.
- scraper debris goes: the leading ` date 2022-12` header, `[ad_1]` markers, `Source link`
  trailers, photo captions and agency credits (`photo_camera …`, `NAME / AFP - …`, `© Reuters`),
  status lines (`Statut : 29/11/2022 13h23`), broadcast credits (`Tagesschau 12h00, 29.11.2022`),
  `Lire aussi :` links and trailing navigation (`Plus dans Politique`).
- paragraphs are separated by exactly one blank line. When the text has blank lines they
  delimit paragraphs and a single newline stays a line break inside its paragraph (Wikinews
  keeps several lines per paragraph); when it has none (seed 001) every line is a paragraph.
- the title is the given headline when the text opens with one, and that line leaves the body;
  otherwise it is derived from the first sentence (cut at a word boundary, ≤ 120 characters,
  "…" when cut), `title_derived` is True and the body stays whole.
- a French dateline (`8 mars 2016 . –`) opening one of the first paragraphs leaves the body.

`header_lines` keeps what was removed ahead of the body (date header, ad marker, status line,
dateline), for display and debugging only: dates.py reads the raw text itself, with the same
patterns (`match_date_header`, `match_dateline`, `DATE_LINE_PATTERN`), so nothing depends on
it.
An empty `text` means nothing was left after cleaning (the importer rejects the file).
"""

import re
from dataclasses import dataclass

from articles.text.dates import DATE_LINE_PATTERN, match_date_header, match_dateline

TITLE_MAX = 120
_HEADLINE_MAX = 200
_STANDFIRST_MIN = 120  # a first line longer than this reads as a standfirst, not a headline
_DATELINE_PARAGRAPHS = 4  # Wikinews puts up to three short paragraphs before its dateline
_TITLE_SCAN = 1_000

_INVISIBLE = "\x00\ufeff\u200b\u2060\u00ad"
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"
# Only what needs changing matches (a run, or one tab or Unicode space): a 20 MB text has
# millions of single spaces, and replacing each by itself costs seconds.
# Tab and Unicode spaces, one by one: `_collapse_spaces` looks for each with a `str in` scan,
# cheaper than a regex testing every character against the class the same string makes.
_ODD_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACE_CHARS = re.escape(_ODD_SPACES)
# (one leading class, so that the regex engine skips to candidates in C: a run of two spaces or
# more, or a lone tab or Unicode space; the same matches as `[ …]{2,}|[…]`)
_SPACES = re.compile(f"[ {_SPACE_CHARS}](?:[ {_SPACE_CHARS}]+|(?<=[{_SPACE_CHARS}]))")
_LINE_EDGES = re.compile(r" \n ?|\n ")

# After normalisation the only spaces are single " " and lines end with "\n", so the debris
# patterns below use " " and never cross a line.
_AD_MARKER = re.compile(r"\[ad_\d+\]", re.IGNORECASE)
_AD_LINE = r"(?:\[ad_\d+\] ?)+"
_SOURCE_LINK = r"Source ?link\b[ \d:–—-]*"
_TRAILING_SOURCE_LINK = re.compile(r" ?Source link(?: ?-? ?\d+)? ?\Z")
# Icon names that leak into the text when a page's icon font is scraped as words.
_ICON_CAPTION = r"(?:photo_camera|camera_alt|photo_library|videocam|play_circle\w*)\b.*"
_AGENCIES = (
    r"(?:AFP|Reuters|AP|EPA(?:-EFE)?|EFE|Getty(?: Images)?|dpa|ANSA|Sipa|Maxppp|Abaca|Belga"
    r"|ANP|Xinhua|TASS|Anadolu|Bloomberg|Shutterstock|iStock|Keystone|Associated Press"
    r"|Europa Press|NurPhoto|SOPA Images|ZUMA(?: Press)?|Hans Lucas|AAP|PA Images"
    r"|Pool|Kyodo|Yonhap|Ukrinform|Sputnik|Wikimedia(?: Commons)?)"
)
# "Sergei SUPINSKY / AFP - El presidente…": up to six name words, a slash, an agency.
_SLASH_CREDIT = (
    r"(?:(?:©|\(c\)|Photos?|Crédits?(?: photos?)?|Illustration|Image) ?:? ?)?"
    rf"(?=[^\n/]{{0,120}}+/)(?:[^\W\d_][\w’'.-]* ){{0,6}}/ ?{_AGENCIES}\b(?: ?[-–—:|,(].{{0,400}})?"
)
# "© AFP", "Photo : Reuters", "Crédit photo : Jean Dupont": a label with a colon or ©.
_LABELED_CREDIT = (
    r"(?:©|\(c\)|Copyright\b|(?:Crédits?(?: photos?)?|Photos?|Illustration|Légende) ?:).{0,200}"
)
# "REUTERS/Gonzalo Fuentes", "AFP": an agency alone on its line.
_AGENCY_LINE = rf"{_AGENCIES}(?: ?/ ?[\w .'’-]{{1,60}})?"
_READ_ALSO = r"(?:À |A )?lire (?:aussi|également) ?[:>»-].{0,200}"
# Every debris line in one pattern, found in one pass over the text. Status lines and
# broadcast credits ("Tagesschau 12h00, 29.11.2022") are debris: a video player's programme
# name, air time and date, not words of the article. Kept, they would be a paragraph of their
# own and hand the speaker finder a fake name; dates.py still reads their date from raw text.
_DEBRIS_LINE = re.compile(
    "^(?:" + "|".join(f"(?:{p})$" for p in (
        _AD_LINE, _SOURCE_LINK, _ICON_CAPTION, _SLASH_CREDIT, _LABELED_CREDIT, _AGENCY_LINE,
        _READ_ALSO, DATE_LINE_PATTERN)) + ")",
    re.IGNORECASE | re.MULTILINE,
)
_NAVIGATION = re.compile(
    r"(?:Plus dans|Voir aussi|Lire aussi|À lire aussi|Sur le même sujet|Dans la même rubrique"
    r"|Partager(?: cet article)?|Suivez-nous|Share(?: this(?: article)?)?|Read more|More in"
    r"|More from|Mehr zum Thema|Más en|Más noticias)\b[^.!?\n]{0,80}",
    re.IGNORECASE,
)

# A sentence ends at . ! ? … (and a closing quote) before a capital or a digit.
_SENTENCE_END = re.compile(
    r"[.!?…]+(?:\s*[»”\"’)\]])?(?=\s+[«“\"(\[¿¡]?\s*[A-ZÀ-ÖØ-Þ0-9])"
)
_ABBREVIATIONS = frozenset({
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Sts",
    "Cie", "Jr", "Sr", "Gén", "Col", "Lt", "Cdt", "Cne", "etc", "cf", "av", "apr", "J.-C",
    "art", "p", "vol", "n°", "no", "env", "coll", "éd", "chap", "fig", "tél", "hab", "Mr",
    "Mrs", "Ms", "Prof", "Sen", "Rep", "Gov", "Gen", "Sgt", "vs",
})
_INITIALS = re.compile(r"(?:[A-Z]\.-?)+[A-Z]")
_TITLE_TRIM = " ,;:–—-«(\"'“‘"


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """The cleaned body, its title and what was removed ahead of the body."""

    text: str
    title: str
    title_derived: bool
    header_lines: tuple[str, ...]


def clean_article(raw: str) -> CleanedArticle:
    """Return the cleaned body and title of a raw article; text is "" when nothing is left."""
    text = _normalize(raw)
    header_lines: list[str] = []
    header = match_date_header(text)
    if header:
        header_lines.append(header.group(0).strip())
        text = text[header.end():]
    paragraphs = _paragraphs(text.strip("\n "), header_lines)
    _drop_trailer(paragraphs)

    title = _take_title(paragraphs)
    _drop_dateline(paragraphs, header_lines)
    if not paragraphs:
        return CleanedArticle("", "", False, tuple(header_lines))
    derived = title is None
    if derived:
        title = _derive_title(paragraphs[0])
    return CleanedArticle("\n\n".join(paragraphs), title, derived, tuple(header_lines))


def _derive_title(text: str) -> str:
    """Return a title made of the first sentence of `text`, cut with "…" past 120 characters."""
    head = " ".join(text[:_TITLE_SCAN].split())
    end = _first_sentence_end(head)
    sentence = head[:end].strip() if end else head
    if len(sentence) <= TITLE_MAX:
        # A title carries no full stop; "?" and "!" are part of its meaning and stay.
        return sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
    limit = TITLE_MAX - 1  # one character is kept for the ellipsis
    cut = sentence[:limit]
    if not sentence[limit].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # never end inside a word
    return cut.rstrip(_TITLE_TRIM) + "…"


def _normalize(raw: str) -> str:
    """Return `raw` with one kind of line break and of space, and no space around line breaks."""
    # str.replace behind an `in` test: a C-speed scan when, as usual, there is nothing to do.
    text = raw
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _LINE_BREAKS:
        if char in text:
            text = text.replace(char, "\n")
    return _trim_line_edges(_collapse_spaces(text))


def _collapse_spaces(text: str) -> str:
    """Return `text` with each run of spaces, tab or Unicode space one " "."""
    # Two `in`-speed scans find nothing to do in most texts; a substitution walks every space.
    if "  " in text or _has_odd_space(text):
        return _SPACES.sub(" ", text)
    return text


def _has_odd_space(text: str) -> bool:
    """Say whether `text` holds a tab, a no-break or another Unicode space."""
    return any(map(text.__contains__, _ODD_SPACES))


def _trim_line_edges(text: str) -> str:
    """Return `text` without the spaces around its line breaks."""
    if " \n" in text or "\n " in text:
        return _LINE_EDGES.sub("\n", text)
    return text


def _paragraphs(text: str, header_lines: list[str]) -> list[str]:
    """Return the paragraphs left once debris lines are dropped, each a string of lines."""
    # Blank lines delimit paragraphs when the text has any; otherwise each line is one.
    blocks = "\n\n" in text
    top = [0, True]  # end of the debris seen at the top, and whether the body has not begun

    def drop(m: re.Match) -> str:
        if top[1] and not text[top[0]:m.start()].strip():
            header_lines.append(m.group(0).strip())
            top[0] = m.end()
        else:
            top[1] = False  # past the first line of text, debris is no longer header
        return ""

    # A dropped line leaves an empty line: a debris line (a caption, a credit) ends the
    # paragraph it interrupts.
    text = _drop_lines(text, drop)
    if _AD_MARKER.search(text):
        text = _trim_line_edges(_collapse_spaces(_AD_MARKER.sub("", text)))
    if not blocks:
        return [line for line in text.split("\n") if line]
    return [p.strip("\n") for p in text.split("\n\n") if p.strip("\n")]


def _drop_lines(text: str, drop) -> str:
    """Return `_DEBRIS_LINE.sub(drop, text)`, the pattern tried at line starts only.

    Its `^` matches nowhere else and no match holds a line break, so the matches are the same;
    `sub` would try (and fail) at every character of the text.
    """
    pieces = []
    kept = 0  # end of the last match
    pos = 0
    while True:
        m = _DEBRIS_LINE.match(text, pos)
        if m:
            pieces.append(text[kept:m.start()])
            pieces.append(drop(m))
            kept = m.end()
        pos = text.find("\n", pos) + 1
        if not pos:
            break
    pieces.append(text[kept:])
    return "".join(pieces)


def _drop_trailer(paragraphs: list[str]) -> None:
    """Remove a `Source link` glued to the last line and trailing navigation lines."""
    while paragraphs:
        head, _, last = paragraphs[-1].rpartition("\n")
        line = _TRAILING_SOURCE_LINK.sub("", last) if "Source link" in last else last
        if line and not _NAVIGATION.fullmatch(line):
            paragraphs[-1] = f"{head}\n{line}" if head else line
            return
        if head:
            paragraphs[-1] = head
        else:
            paragraphs.pop()


def _first_sentence_end(text: str) -> int | None:
    """Return the offset just past the first sentence of `text`, None when it has one only."""
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            before = text[max(0, m.start() - 12):m.start()].split()
            word = before[-1].lstrip("(«\"“") if before else ""
            if word in _ABBREVIATIONS or _INITIALS.fullmatch(word) or (
                    len(word) == 1 and word.isupper()):
                continue  # "M. Macron", "J.-C. Decaux": not the end of a sentence
        return m.end()
    return None


def _is_headline(line: str) -> bool:
    """Return True when `line` reads like a headline: short, one sentence, not a dateline."""
    return (
        3 <= len(line) <= _HEADLINE_MAX
        and (line[0].isupper() or line[0].isdigit() or line[0] in "«\"“'‘(¿¡")
        and line[-1] not in ",;:–—-"
        and _first_sentence_end(line) is None
        and match_dateline(line) is None
    )


def _take_title(paragraphs: list[str]) -> str | None:
    """Remove and return the headline the text opens with, or None when it has none."""
    if not paragraphs:
        return None
    first, newline, rest = paragraphs[0].partition("\n")
    if newline:
        # A headline on the first line of a block: only when it ends like no sentence does.
        if _is_headline(first) and first[-1] not in ".!?…»":
            paragraphs[0] = rest
            return first
        return None
    if len(paragraphs) < 2 or not _is_headline(first):
        return None  # a lone paragraph is the article, not its title
    if first.endswith(".") and not first.endswith("..") and "," in first and " : " not in first:
        # `Le premier ministre X a invité ses députés …, mardi, et à éviter … .`: a sentence
        # with its commas and full stop is the standfirst, kept in the body (a headline may end
        # with a full stop too, but reads `Guerre en Ukraine : …`)
        return None
    second = paragraphs[1]
    if (len(first) > _STANDFIRST_MIN and len(paragraphs) > 2 and "\n" not in second
            and _is_headline(second) and len(second) < len(first)
            and not second.endswith(".")):
        # Seed 004 shape: a long standfirst, then the short headline. The headline is the
        # title; the standfirst is newsroom prose (it may carry quotes) and stays in the body.
        return paragraphs.pop(1)
    return paragraphs.pop(0)


def _drop_dateline(paragraphs: list[str], header_lines: list[str]) -> None:
    """Remove a dateline (`8 mars 2016 . –`) opening one of the first paragraphs."""
    for index, paragraph in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]):
        m = match_dateline(paragraph)
        if not m:
            continue
        header_lines.append(paragraph[:m.end()].strip())
        rest = paragraph[m.end():].strip("\n ")
        if rest:
            paragraphs[index] = rest
        else:
            del paragraphs[index]
        return
