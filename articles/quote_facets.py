"""Facets of the quotation search: speakers, years and months, counted like the article facets.

Work is bounded the same way (articles/facets.py): counts are taken over at most SAMPLE_SIZE
matching quotations, the most recently added, and the page says when they are a sample. Values,
labels and toggle URLs are the article facets' own (`Facet`, `toggle_url`, `period_url`).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import QueryDict

from articles.facets import LIMIT, SAMPLE_SIZE, Facet, period_url, toggle_url
from articles.models import Entity


@dataclass
class QuoteFacets:
    speakers: list[Facet] = field(default_factory=list)
    years: list[Facet] = field(default_factory=list)
    months: list[Facet] = field(default_factory=list)
    undated: int = 0
    sample_size: int = 0
    exact: bool = True


def _periods(counter: Counter, params: QueryDict, limit: int) -> list[Facet]:
    facets = []
    for value, count in sorted(counter.items(), reverse=True)[:limit]:
        selected, url = period_url(params, value)
        facets.append(Facet(value, value, count, selected, url))
    return facets


def quote_facets(quotes: QuerySet, params: QueryDict) -> QuoteFacets:
    """Return the speaker and period facets of (a bounded sample of) the matching quotes."""
    rows = list(quotes.order_by("-pk").values_list(
        "speaker_id", "article__published", "article__date_precision")[:SAMPLE_SIZE + 1])
    facets = QuoteFacets(exact=len(rows) <= SAMPLE_SIZE)
    rows = rows[:SAMPLE_SIZE]
    facets.sample_size = len(rows)
    speakers, years, months = Counter(), Counter(), Counter()
    for speaker_id, published, precision in rows:
        if speaker_id is not None:
            speakers[speaker_id] += 1
        if published is None:
            facets.undated += 1
            continue
        years[f"{published:%Y}"] += 1
        if precision != "year":
            months[f"{published:%Y-%m}"] += 1
    top = dict(sorted(speakers.items(), key=lambda kv: -kv[1])[:LIMIT * 2])
    selected = params.getlist("speaker")
    named = sorted(Entity.objects.filter(pk__in=top).only("slug", "name"),
                   key=lambda e: (-top[e.pk], e.name))[:LIMIT]
    facets.speakers = [Facet(e.slug, e.name, top[e.pk], e.slug in selected,
                             toggle_url(params, "speaker", e.slug)) for e in named]
    facets.years = _periods(years, params, LIMIT * 2)
    facets.months = _periods(months, params, LIMIT * 4)
    return facets
