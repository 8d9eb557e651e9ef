"""Facets: small functions over the filtered articles, each capped, each with toggle URLs.

Each returns a list of Facet values (value, label, count, selected, url): the URL adds the value
to the current filters, or removes it when it is already selected, and always drops `page`.
"""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.db.models.functions import ExtractMonth, ExtractYear
from django.http import QueryDict

from articles.models import EntityKind, Mention, Quote

LIMIT = 15


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int
    selected: bool
    url: str


def toggle_url(params: QueryDict, name: str, value: str, *, single: bool = False) -> str:
    """Return the query string with `value` added to (or removed from) parameter `name`."""
    query = params.copy()
    query.pop("page", None)
    values = query.getlist(name)
    if value in values:
        values.remove(value)
    elif single:
        values = [value]
    else:
        values.append(value)
    query.setlist(name, values)
    return "?" + query.urlencode()


def _ids(articles: QuerySet) -> QuerySet:
    return articles.order_by().values("pk")


def _period_facets(values: list[tuple[str, int]], params: QueryDict) -> list[Facet]:
    """Facets for periods (2022, 2022-11): selecting one sets date_from and date_to to it."""
    facets = []
    for value, count in values:
        selected = params.get("date_from") == value and params.get("date_to") == value
        query = params.copy()
        query.pop("page", None)
        if selected:
            query.pop("date_from", None)
            query.pop("date_to", None)
        else:
            query["date_from"] = query["date_to"] = value
        facets.append(Facet(value, value, count, selected, "?" + query.urlencode()))
    return facets


def month_facet(articles: QuerySet, params: QueryDict) -> list[Facet]:
    """Months with articles known at least to the month, newest first."""
    rows = (articles.order_by().exclude(date_precision__in=["year", "unknown"])
            .annotate(y=ExtractYear("published"), m=ExtractMonth("published"))
            .values("y", "m").annotate(n=Count("pk")).order_by("-y", "-m")[:LIMIT * 4])
    return _period_facets([(f"{r['y']:04d}-{r['m']:02d}", r["n"]) for r in rows], params)


def year_facet(articles: QuerySet, params: QueryDict) -> list[Facet]:
    """Years with dated articles, newest first."""
    rows = (articles.order_by().exclude(date_precision="unknown")
            .annotate(y=ExtractYear("published")).values("y").annotate(n=Count("pk"))
            .order_by("-y")[:LIMIT * 2])
    return _period_facets([(f"{r['y']:04d}", r["n"]) for r in rows], params)


def undated_count(articles: QuerySet) -> int:
    """How many of the articles have no known date (left out of date-filtered results)."""
    return articles.order_by().filter(date_precision="unknown").count()


def speaker_facet(articles: QuerySet, params: QueryDict) -> list[Facet]:
    """The most quoted speakers in these articles (full quotations, not rejected)."""
    selected = params.getlist("speaker")
    rows = (Quote.objects.filter(article__in=_ids(articles), speaker__isnull=False)
            .statements().values("speaker__slug", "speaker__name")
            .annotate(n=Count("article", distinct=True)).order_by("-n", "speaker__name")[:LIMIT])
    return [Facet(r["speaker__slug"], r["speaker__name"], r["n"], r["speaker__slug"] in selected,
                  toggle_url(params, "speaker", r["speaker__slug"])) for r in rows]


def entity_facets(articles: QuerySet, params: QueryDict) -> dict[str, list[Facet]]:
    """The most mentioned people, organisations and places in these articles."""
    selected = params.getlist("entity")
    result = {}
    for kind in (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.PLACE):
        rows = (Mention.objects.filter(article__in=_ids(articles), entity__kind=kind)
                .values("entity__slug", "entity__name").annotate(n=Count("article"))
                .order_by("-n", "entity__name")[:LIMIT])
        result[kind] = [Facet(r["entity__slug"], r["entity__name"], r["n"],
                              r["entity__slug"] in selected,
                              toggle_url(params, "entity", r["entity__slug"])) for r in rows]
    return result


def field_facet(articles: QuerySet, params: QueryDict, field: str, name: str) -> list[Facet]:
    """Values of a plain article field (outlet, language) with counts."""
    selected = params.get(name)
    rows = (articles.order_by().exclude(**{field: ""}).values(field).annotate(n=Count("pk"))
            .order_by("-n", field)[:LIMIT])
    return [Facet(r[field], r[field], r["n"], r[field] == selected,
                  toggle_url(params, name, r[field], single=True)) for r in rows]


def all_facets(articles: QuerySet, params: QueryDict) -> dict:
    """Every facet of a search page, computed on the filtered articles."""
    return {
        "years": year_facet(articles, params),
        "months": month_facet(articles, params),
        "speakers": speaker_facet(articles, params),
        "entities": entity_facets(articles, params),
        "sources": field_facet(articles, params, "outlet", "source"),
        "languages": field_facet(articles, params, "language", "language"),
        "undated": undated_count(articles),
    }
