"""Facets: small functions over the filtered articles, each capped, each with toggle URLs.

Work per request is bounded: facets are counted over at most SAMPLE_SIZE matching articles
(the newest ones, or for a plain text query the most recently added). When more articles
match, counts are those of that sample and the page says so; below it, they are exact. Each
facet value carries the URL that adds it to the current filters, or removes it when already
selected, and always drops `page`.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.http import QueryDict

from articles.models import Entity, EntityKind, Mention, Quote
from articles.search import id_set

LIMIT = 15
SAMPLE_SIZE = 1000
ENTITY_CANDIDATES = 200  # most mentioned entities of the sample, split by kind afterwards


@dataclass(frozen=True)
class Facet:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facets:
    years: list[Facet] = field(default_factory=list)
    months: list[Facet] = field(default_factory=list)
    speakers: list[Facet] = field(default_factory=list)
    entities: dict[str, list[Facet]] = field(default_factory=dict)
    sources: list[Facet] = field(default_factory=list)
    languages: list[Facet] = field(default_factory=list)
    undated: int = 0
    sample_size: int = 0  # how many articles were counted
    exact: bool = True  # False when more articles matched than were counted


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


def period_url(params: QueryDict, value: str) -> tuple[bool, str]:
    """Return whether period `value` (2022, 2022-11) is the selected range, and its toggle URL."""
    selected = params.get("date_from") == value and params.get("date_to") == value
    query = params.copy()
    query.pop("page", None)
    if selected:
        query.pop("date_from", None)
        query.pop("date_to", None)
    else:
        query["date_from"] = query["date_to"] = value
    return selected, "?" + query.urlencode()


def _counted(counter: Counter, params: QueryDict, name: str | None, *, newest_first=False,
             limit: int = LIMIT) -> list[Facet]:
    """Facets for counted values: most frequent first, or periods newest first."""
    if newest_first:
        items = sorted(counter.items(), reverse=True)[:limit]
    else:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    facets = []
    for value, count in items:
        if name is None:
            selected, url = period_url(params, value)
        else:
            selected = value in params.getlist(name)
            url = toggle_url(params, name, value, single=True)
        facets.append(Facet(value, value, count, selected, url))
    return facets


def article_facets(rows: list[tuple], params: QueryDict, facets: Facets) -> None:
    """Years, months, sources, languages and undated count from (published, precision,
    outlet, language) rows of the sample: one query, counted here."""
    periods, year_only = Counter(), Counter()
    sources = Counter(outlet for _, _, outlet, _ in rows if outlet)
    languages = Counter(language for _, _, _, language in rows if language)
    for published, precision, _, _ in rows:
        if precision == "unknown" or published is None:
            facets.undated += 1
        elif precision == "year":
            year_only[published.year] += 1
        else:
            periods[published.year, published.month] += 1
    # Labels are formatted once per period, not once per row.
    months = Counter({f"{year:04d}-{month:02d}": n for (year, month), n in periods.items()})
    years = Counter()
    for (year, _), n in periods.items():
        years[f"{year:04d}"] += n
    for year, n in year_only.items():
        years[f"{year:04d}"] += n
    facets.years = _counted(years, params, None, newest_first=True, limit=LIMIT * 2)
    facets.months = _counted(months, params, None, newest_first=True, limit=LIMIT * 4)
    facets.sources = _counted(sources, params, "source")
    facets.languages = _counted(languages, params, "language")


def speaker_facet(sample, params: QueryDict) -> list[Facet]:
    """The most quoted speakers of the sample (articles with a full, not rejected, quotation)."""
    # Count on the quote table alone, then name the few winners: no join over every quote.
    counts = dict(Quote.objects.filter(article_id__in=sample, speaker__isnull=False).statements()
                  .values("speaker_id").annotate(n=Count("article_id", distinct=True))
                  .order_by("-n").values_list("speaker_id", "n")[:LIMIT * 2])
    selected = params.getlist("speaker")
    speakers = sorted(Entity.objects.filter(pk__in=counts).only("slug", "name"),
                      key=lambda e: (-counts[e.pk], e.name))[:LIMIT]
    return [Facet(e.slug, e.name, counts[e.pk], e.slug in selected,
                  toggle_url(params, "speaker", e.slug)) for e in speakers]


def entity_facets(sample, params: QueryDict) -> dict[str, list[Facet]]:
    """The most mentioned people, organisations and places of the sample."""
    counts = dict(Mention.objects.filter(article__in=sample).values("entity_id")
                  .annotate(n=Count("entity_id")).order_by("-n").values_list("entity_id", "n")
                  [:ENTITY_CANDIDATES])
    entities = Entity.objects.filter(pk__in=counts).only("slug", "name", "kind")
    selected = params.getlist("entity")
    result: dict[str, list[Facet]] = {EntityKind.PERSON: [], EntityKind.ORGANISATION: [],
                                      EntityKind.PLACE: []}
    for entity in sorted(entities, key=lambda e: (-counts[e.pk], e.name)):
        items = result.get(entity.kind)
        if items is not None and len(items) < LIMIT:
            items.append(Facet(entity.slug, entity.name, counts[entity.pk],
                               entity.slug in selected, toggle_url(params, "entity", entity.slug)))
    return result


FIELDS = ("pk", "published", "date_precision", "outlet", "language")


def all_facets(rows: list[tuple], params: QueryDict) -> Facets:
    """Every facet of a search page, over a sample of the filtered articles given as FIELDS
    rows (ArticleFilterSet.sample_rows: SAMPLE_SIZE + 1 at most, so we know when it is partial)."""
    exact = len(rows) <= SAMPLE_SIZE
    rows = rows[:SAMPLE_SIZE]
    facets = Facets(sample_size=len(rows), exact=exact)
    article_facets([row[1:] for row in rows], params, facets)
    ids = id_set([row[0] for row in rows])
    facets.speakers = speaker_facet(ids, params)
    facets.entities = entity_facets(ids, params)
    return facets
