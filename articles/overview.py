"""What the archive holds (the front page), and who is quoted in one article."""

from collections import Counter

from django.db.models import Max, Min
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.facets import SAMPLE_SIZE, period_url, speaker_facet
from articles.models import Article, Entity, Quote
from articles.pagination import COUNT_CAP
from articles.reading import Span
from articles.search import id_set
from articles.speakers import speaker_page
from articles.speakers import speakers as all_speakers
from articles.timeline import article_rows, build_timeline

LATEST = 10
TOP_SPEAKERS = 10


def capped_count(queryset, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """Return (count, exact): the count stops at cap + 1, so it costs at most that many rows."""
    n = queryset.order_by()[:cap + 1].count()
    return min(n, cap), n <= cap


def archive_stats() -> dict:
    """Return the numbers of the front page: articles, statements, speakers, date span.

    Articles are counted exactly (an index-only count); statements and speakers stop at
    COUNT_CAP, as search counts do.
    """
    span = Article.objects.aggregate(first=Min("published"), last=Max("published_until"))
    quotes, quotes_exact = capped_count(Quote.objects.statements())
    speakers, speakers_exact = capped_count(all_speakers())
    return {"articles": Article.objects.count(), "quotes": quotes, "quotes_exact": quotes_exact,
            "speakers": speakers, "speakers_exact": speakers_exact,
            "first": span["first"], "last": span["last"], "cap": COUNT_CAP}


def top_speakers(articles: int) -> tuple[list, bool]:
    """Return (facets of the most quoted speakers, whether counted over every article).

    Counted as the search facets are: over the SAMPLE_SIZE newest articles at most.
    """
    ids = list(Article.objects.order_by("-published", "-id").values_list("pk", flat=True)
               [:SAMPLE_SIZE])
    return speaker_facet(id_set(ids), QueryDict())[:TOP_SPEAKERS], articles <= SAMPLE_SIZE


def home_context() -> dict:
    stats = archive_stats()
    search = reverse("articles:search")
    top, top_exact = top_speakers(stats["articles"])
    return {
        "stats": stats,
        "timeline": build_timeline(
            article_rows(Article.objects.all()),
            url_for=lambda period: search + period_url(QueryDict(), period)[1]),
        "top_speakers": top, "top_exact": top_exact, "sample_size": SAMPLE_SIZE,
        "latest": Article.objects.only("id", "title", "published", "date_precision", "outlet")
        .order_by("-published", "-id")[:LATEST],
    }


def quote_spans(quotes: list[Quote]) -> list[Span]:
    """Return the spans to set off in an article's text (rejected quotes already left out)."""
    spans = []
    for quote in quotes:
        fragment = quote.kind != "full"
        name = quote.speaker.name if quote.speaker else ""
        if fragment:
            title = _("Fragment") + (f" — {name}" if name else "")
        else:
            title = name or _("unknown speaker")
        spans.append(Span(start=quote.start, end=quote.end, anchor=f"q{quote.pk}",
                          speaker=name, speaker_url="" if fragment else speaker_page(quote.speaker),
                          fragment=fragment, title=title))
    return spans


def who_is_quoted(statements: list[Quote]) -> list[tuple[Entity, int, str]]:
    """Return (speaker, statements, page) of an article's speakers, most quoted first."""
    counts = Counter(q.speaker for q in statements if q.speaker)
    return [(entity, n, speaker_page(entity))
            for entity, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].name))]
