"""Pull the article out of a web page: main text and the metadata the page itself declares."""

import logging
import re
from dataclasses import dataclass

from htmldate import find_date
from trafilatura import bare_extraction
from trafilatura.utils import load_html

from articles.text.decoding import RejectedInput
from articles.text.language import detect_language

# trafilatura logs every page it discards at WARNING; a RejectedInput already says so.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_NO_TEXT = "no article text found in the HTML page"
# trafilatura's own date lookup overrides the URL we give it with the page's canonical URL and
# then trusts a date found in that URL before the page's metadata (a /2021/03/04/ path beat an
# article:published_time of 2022-11-29 in our tests), so its date is not used (see
# _find_published); these settings only keep that wasted lookup cheap.
_TRAFILATURA_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 3
_LANG = re.compile(r"^([a-z]{2})(?:[-_]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    title: str | None
    text: str  # paragraphs separated by one blank line
    published: str | None  # YYYY-MM-DD as the page declares it; None when the page does not say
    author: str | None
    site_name: str | None
    url: str | None
    language: str  # ISO 639-1, or "und"


def extract_html(*, html: str | bytes, url: str | None = None) -> HtmlArticle:
    """Return the page's article text and metadata; raise RejectedInput when there is no text."""
    # Any page at all can arrive here, and parsers fail in odd ways on odd input: whatever
    # goes wrong, the caller gets one plain-words rejection, never a traceback.
    try:
        tree = load_html(html)
        if tree is None:
            raise RejectedInput(_NO_TEXT)
        document = _extract(tree, url=url, fast=True) or _extract(tree, url=url, fast=False)
        if document is None:
            raise RejectedInput(_NO_TEXT)
        title = _clean(document.title)
        text = _paragraphs(document.text or "", title=title)
        if not _has_a_sentence(text):
            raise RejectedInput(_NO_TEXT)
        language = detect_language(text)
        if language == "und":
            language = _declared_language(tree) or "und"
        return HtmlArticle(
            title=title,
            text=text,
            published=_find_published(tree),
            author=_clean(document.author),
            site_name=_clean(document.sitename),
            url=_clean(document.url) or url,
            language=language,
        )
    except RejectedInput:
        raise
    except Exception as error:
        raise RejectedInput(_NO_TEXT) from error


def _extract(tree, *, url: str | None, fast: bool):
    # Fast mode skips the readability/jusText comparison; it is only worth its cost when the
    # main extractor found nothing.
    document = bare_extraction(
        tree,
        url=url,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        date_extraction_params=_TRAFILATURA_DATE_PARAMS,
    )
    if document is None or not (document.text or "").strip():
        return None
    return document


def _find_published(tree) -> str | None:
    # url="" stops htmldate from reading a date out of the URL or the canonical link, and
    # extensive_search=False from guessing one out of loose text (a copyright year, "today"):
    # what is left is the page's metadata, JSON-LD, <time> and date-labelled elements.
    try:
        return find_date(tree, extensive_search=False, original_date=True, url="")
    except Exception:
        return None  # an unreadable date must not cost us the article


def _paragraphs(text: str, *, title: str | None) -> str:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    # trafilatura keeps the page's <h1>; the title is stored apart, so drop the repeat.
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _has_a_sentence(text: str) -> bool:
    # Menus and stray markup come out as one-word lines ("Accueil", "<<<>>>"); an article has
    # at least one paragraph of several words.
    return any(len(_WORD.findall(paragraph)) >= _MIN_WORDS for paragraph in text.split("\n\n"))


def _declared_language(tree) -> str | None:
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    match = _LANG.match(declared.strip())
    return match[1].lower() if match else None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None
