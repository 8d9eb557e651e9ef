"""Atom feeds: a search to follow (/search.atom?…) and a speaker to follow (/speakers/<slug>.atom).

Entries are dated by their article's publication date (at its precision, the first day of the
period); an undated article is dated by when it entered the archive, so it still reaches readers.
"""

import datetime
from dataclasses import dataclass
from html import unescape

from django.db.models import F
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from articles.payloads import quote_anchor
from articles.quote_listing import with_articles
from articles.speakers import quotes_of
from articles.text.query import parse_query
from articles.text.snippets import make_snippet

FEED_SIZE = 50


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    summary: str  # plain text: the feed generator escapes it
    unique_id: str
    published: datetime.datetime
    updated: datetime.datetime
    author: str = ""


def article_moment(article) -> datetime.datetime:
    """Return when an article was published, as an aware datetime (its import time if unknown)."""
    if article.published is None:
        return article.updated_at
    moment = datetime.datetime.combine(article.published, article.published_time
                                       or datetime.time(0, 0))
    return timezone.make_aware(moment)


def atom_response(*, title: str, link: str, feed_url: str, subtitle: str,
                  entries: list[Entry]) -> HttpResponse:
    """Return an Atom 1.0 document of `entries`."""
    feed = Atom1Feed(title=title, link=link, feed_url=feed_url, description=subtitle,
                     subtitle=subtitle, language=get_language(), feed_guid=feed_url)
    for entry in entries:
        feed.add_item(title=entry.title, link=entry.link, description=entry.summary,
                      unique_id=entry.unique_id, pubdate=entry.published,
                      updateddate=entry.updated, author_name=entry.author or None)
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def _plain_snippet(article, parsed) -> str:
    """Return the article's snippet as plain text (the feed generator escapes it)."""
    html = make_snippet(article.text, parsed, language=article.language or "und")
    return unescape(strip_tags(html))


def search_feed(request, filterset) -> HttpResponse:
    """Return the FEED_SIZE newest articles matching a (valid) search as an Atom feed."""
    articles = filterset.matching.order_by(F("published").desc(nulls_last=True), "-id").only(
        "id", "title", "published", "published_time", "date_precision", "outlet",
        "updated_at", "language", "text")[:FEED_SIZE]
    parsed = filterset.parsed or parse_query("")
    entries = [Entry(title=a.title, link=request.build_absolute_uri(a.get_absolute_url()),
                     summary=_plain_snippet(a, parsed),
                     unique_id=request.build_absolute_uri(a.get_absolute_url()),
                     published=article_moment(a), updated=a.updated_at, author=a.outlet)
               for a in articles]
    query = request.GET.urlencode()
    page_url = reverse("articles:search") + (f"?{query}" if query else "")
    words = (filterset.form.cleaned_data.get("q") or "").strip()
    return atom_response(
        title=_("Verbatim: %(search)s") % {"search": words} if words else _("Verbatim: latest"),
        link=request.build_absolute_uri(page_url), feed_url=request.build_absolute_uri(),
        subtitle=_("The newest articles matching this search."), entries=entries)


def _shorten(text: str, size: int = 90) -> str:
    return text if len(text) <= size else text[:size - 1].rsplit(" ", 1)[0] + "…"


def speaker_feed(request, entity) -> HttpResponse:
    """Return a speaker's FEED_SIZE most recently added statements as an Atom feed."""
    quotes = with_articles(quotes_of(entity).order_by("-article_id", "start"))[:FEED_SIZE]
    entries = [Entry(title=_("%(speaker)s: “%(text)s”") % {
                         "speaker": entity.name, "text": _shorten(q.text)},
                     link=request.build_absolute_uri(quote_anchor(q)), summary=q.text,
                     unique_id=request.build_absolute_uri(quote_anchor(q)),
                     published=article_moment(q.article), updated=q.article.updated_at,
                     author=entity.name)
               for q in quotes]
    page = reverse("articles:speaker", kwargs={"slug": entity.slug})
    return atom_response(
        title=_("%(speaker)s in Verbatim") % {"speaker": entity.name},
        link=request.build_absolute_uri(page), feed_url=request.build_absolute_uri(),
        subtitle=_("The newest quotations of %(speaker)s.") % {"speaker": entity.name},
        entries=entries)
