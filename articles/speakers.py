"""Speakers: the people and organisations that are quoted, and what they said.

A speaker is an entity of kind person or organisation with at least one quote no curator
rejected. Their count of quotations counts statements only (full quotations,
`Quote.objects.statements()`); fragments are shown only on request, rejected quotes never.

Bounded work: lists are read a page (or a CSV chunk) at a time, alphabetically, and the counts
are taken for the shown speakers only, in one grouped query; a speaker page counts at most
COUNT_CAP quotations of each kind.
"""

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Lower
from django.urls import reverse

from articles.facets import SAMPLE_SIZE
from articles.models import Alias, Article, Entity, EntityKind, Quote, QuoteStatus, SlugRedirect
from articles.pagination import COUNT_CAP
from articles.text.normalize import alias_key
from articles.timeline import SAMPLE, Timeline, build_timeline, quote_rows, sampled

SPEAKER_KINDS = (EntityKind.PERSON, EntityKind.ORGANISATION)


def name_matches(q: str) -> Q:
    """Return a filter on entities whose name, or one of whose aliases, holds every word of `q`
    (case, accents and a leading l'/d' ignored, as for aliases)."""
    q = (q or "").strip()[:100]
    condition = Q(name__icontains=q)
    words = alias_key(q).split()[:8]
    if words:
        aliases = Alias.objects.all()
        for word in words:
            aliases = aliases.filter(key__contains=word)
        condition |= Q(pk__in=aliases.values("entity_id"))
    return condition


def speakers(*, q: str = "") -> QuerySet:
    """Return the speakers, by name; `q` keeps those whose name or an alias matches."""
    quoted = Exists(Quote.objects.filter(speaker_id=OuterRef("pk"))
                    .exclude(status=QuoteStatus.REJECTED))
    queryset = (Entity.objects.filter(kind__in=SPEAKER_KINDS).filter(quoted)
                .only("id", "name", "slug", "kind").order_by(Lower("name"), "id"))
    if q and q.strip():
        queryset = queryset.filter(name_matches(q))
    return queryset


LIST_COUNT_CAP = 1000  # a list counts each speaker's quotations no further than this
RANKED = 100  # how many speakers (or entities) a ranked list holds


def recent_articles():
    """Return a subquery of the SAMPLE_SIZE newest articles: lists rank over these, as the
    search facets count over their sample (articles/facets.py)."""
    return (Article.objects.order_by(F("published").desc(nulls_last=True), "-id")
            .values("pk")[:SAMPLE_SIZE])


def most_quoted(*, limit: int = RANKED) -> list[Entity]:
    """Return the speakers most quoted in the recent articles, best first; each carries
    `n_recent`, its number of statements there."""
    # Counted on the quote table alone (the sample bounds it); kinds are checked afterwards,
    # as a join would let the planner walk every quote of every speaker.
    counts = dict(Quote.objects.statements()
                  .filter(article_id__in=recent_articles(), speaker__isnull=False)
                  .order_by().values("speaker_id").annotate(n=Count("pk"))
                  .values_list("speaker_id", "n"))
    found = list(Entity.objects.filter(pk__in=counts, kind__in=SPEAKER_KINDS)
                 .only("id", "name", "slug", "kind"))
    for entity in found:
        entity.n_recent = counts[entity.pk]
    return sorted(found, key=lambda e: (-e.n_recent, e.name.casefold()))[:limit]


class CappedCount(Subquery):
    """The number of rows of a (sliced) subquery: COUNT over at most its LIMIT rows."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) capped)"
    output_field = IntegerField()


def add_counts(entities: list[Entity], *, cap: int = LIST_COUNT_CAP) -> list[Entity]:
    """Set `n_quotes` (their statements, counted no further than `cap`; `counts_exact` is False
    beyond) on these speakers, in one query."""
    statements = Quote.objects.statements().filter(speaker_id=OuterRef("pk")).order_by()
    counts = dict(Entity.objects.filter(pk__in=[e.pk for e in entities])
                  .annotate(n=CappedCount(statements.values("pk")[:cap + 1]))
                  .values_list("pk", "n"))
    for entity in entities:
        n = counts.get(entity.pk, 0)
        entity.counts_exact, entity.n_quotes = n <= cap, min(n, cap)
    return entities


def find_entity(slug: str) -> tuple[Entity | None, Entity | None]:
    """Return (entity, None) for a current slug, (None, entity) for a merged one, else both None."""
    slug = (slug or "")[:120]
    entity = Entity.objects.filter(slug=slug).first()
    if entity is not None:
        return entity, None
    moved = SlugRedirect.objects.select_related("entity").filter(old_slug=slug).first()
    return None, (moved.entity if moved else None)


def speaker_page(entity: Entity | None) -> str:
    """Return the page of whoever said something: their speaker page, else their entity page."""
    if entity is None:
        return ""
    if entity.kind in SPEAKER_KINDS:
        return reverse("articles:speaker", kwargs={"slug": entity.slug})
    return entity.get_absolute_url()


def is_speaker_kind(entity: Entity) -> bool:
    return entity.kind in SPEAKER_KINDS


def quotes_of(entity: Entity, *, fragments: bool = False) -> QuerySet:
    """Return the quotes shown for a speaker: statements, plus fragments when asked."""
    quotes = Quote.objects.filter(speaker=entity).exclude(status=QuoteStatus.REJECTED)
    if not fragments:
        quotes = quotes.statements()
    return quotes


def speaker_summary(entity: Entity) -> dict:
    """Return a speaker's numbers of statements, fragments and articles quoting them, each
    counted no further than COUNT_CAP (`exact` says whether all three are exact)."""
    shown = Quote.objects.filter(speaker=entity).exclude(status=QuoteStatus.REJECTED).order_by()
    statements = shown.statements()
    counts = {
        "statements": statements[:COUNT_CAP + 1].count(),
        "fragments": shown.filter(kind="fragment")[:COUNT_CAP + 1].count(),
        "articles": statements.values("article_id").distinct()[:COUNT_CAP + 1].count(),
    }
    exact = all(n <= COUNT_CAP for n in counts.values())
    return {**{name: min(n, COUNT_CAP) for name, n in counts.items()}, "exact": exact}


def alias_names(entity: Entity) -> list[str]:
    """Return the other names the entity goes by, sorted, without its own name."""
    own = alias_key(entity.name)
    return sorted({a.name for a in entity.aliases.all() if a.key != own}, key=str.casefold)


def speaker_timeline(entity: Entity, *, url_for, selected: str | None = None) -> Timeline:
    """Return the speaker's statements per month, over their SAMPLE most recently added."""
    recent = sampled(quotes_of(entity), "-article_id")
    return build_timeline(quote_rows(Quote.objects.filter(pk__in=recent)), url_for=url_for,
                          selected=selected, limit=SAMPLE)
