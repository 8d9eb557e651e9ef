"""Entities: the people, organisations and places the articles mention, and who they meet.

Bounded work, as for speakers: lists are read a page at a time, alphabetically, and only the
shown entities are counted (one grouped query on the mention index).
"""

from django.db.models import Count, Exists, OuterRef, QuerySet
from django.db.models.functions import Lower

from articles.models import Article, Entity, EntityKind, Mention
from articles.pagination import COUNT_CAP
from articles.speakers import RANKED, CappedCount, name_matches, recent_articles
from articles.timeline import SAMPLE, Timeline, article_rows, build_timeline, sampled

KINDS = (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.PLACE, EntityKind.OTHER)
# The entities seen with an entity are counted over its most recent articles, at most this many.
COMPANION_SAMPLE = 1000
COMPANIONS = 15


def entities(*, q: str = "", kind: str = "") -> QuerySet:
    """Return the entities some article mentions, by name; filtered by kind and name."""
    queryset = (Entity.objects.filter(Exists(Mention.objects.filter(entity_id=OuterRef("pk"))))
                .only("id", "name", "slug", "kind").order_by(Lower("name"), "id"))
    if kind:
        queryset = queryset.filter(kind=kind)
    if q and q.strip():
        queryset = queryset.filter(name_matches(q))
    return queryset


def most_mentioned(*, kind: str = "", limit: int = RANKED) -> list[Entity]:
    """Return the entities most mentioned in the recent articles, best first; each carries
    `n_recent`, the number of those articles mentioning it."""
    # Counted on the mention table alone (the sample bounds it), the kind checked afterwards.
    counts = dict(Mention.objects.filter(article_id__in=recent_articles()).order_by()
                  .values("entity_id").annotate(n=Count("pk")).values_list("entity_id", "n"))
    found = Entity.objects.filter(pk__in=counts).only("id", "name", "slug", "kind")
    if kind:
        found = found.filter(kind=kind)
    found = list(found)
    for entity in found:
        entity.n_recent = counts[entity.pk]
    return sorted(found, key=lambda e: (-e.n_recent, e.name.casefold()))[:limit]


def add_article_counts(found: list[Entity], *, cap: int = COUNT_CAP) -> list[Entity]:
    """Set `n_articles` (how many articles mention each, counted no further than `cap`;
    `counts_exact` is False beyond) on these entities, in one query on the mention index."""
    mentions = Mention.objects.filter(entity_id=OuterRef("pk")).order_by().values("pk")
    counts = dict(Entity.objects.filter(pk__in=[e.pk for e in found])
                  .annotate(n=CappedCount(mentions[:cap + 1])).values_list("pk", "n"))
    for entity in found:
        n = counts.get(entity.pk, 0)
        entity.counts_exact, entity.n_articles = n <= cap, min(n, cap)
    return found


FEW = 2000  # below this many mentions, read them all; above, walk the newest articles


def articles_mentioning(entity: Entity, *, mentions: int | None = None) -> QuerySet:
    """Return the articles that mention `entity`, without duplicates.

    Given how many do (`mentions`), a frequent entity is tested article by article along the
    date index (the newest page comes at once), a rare one read from its few mentions.
    """
    if mentions is not None and mentions > FEW:
        return Article.objects.filter(Exists(Mention.objects.filter(
            entity=entity, article_id=OuterRef("pk"))))
    return Article.objects.filter(pk__in=Mention.objects.filter(entity=entity)
                                  .values("article_id"))


def mention_count(entity: Entity, *, cap: int = COUNT_CAP) -> int:
    """Return how many articles mention `entity`, counting no further than cap + 1."""
    return Mention.objects.filter(entity=entity).order_by()[:cap + 1].count()


def companions(entity: Entity, *, limit: int = COMPANIONS) -> list[tuple[Entity, int]]:
    """Return the entities most often mentioned in the same articles, with how many articles.

    Counted over the entity's COMPANION_SAMPLE most recent articles: bounded work however
    often it is mentioned.
    """
    sample = (articles_mentioning(entity).order_by("-published", "-id")
              .values("pk")[:COMPANION_SAMPLE])
    counts = dict(Mention.objects.filter(article_id__in=sample).exclude(entity=entity)
                  .values("entity_id").annotate(n=Count("pk")).order_by("-n", "entity_id")
                  .values_list("entity_id", "n")[:limit])
    found = Entity.objects.filter(pk__in=counts).only("name", "slug", "kind")
    return sorted(((e, counts[e.pk]) for e in found), key=lambda pair: (-pair[1], pair[0].name))


def entity_timeline(entity: Entity, *, url_for) -> Timeline:
    """Return the articles mentioning `entity` per month, over the SAMPLE most recently added."""
    recent = sampled(Mention.objects.filter(entity=entity), "-article_id", field="article_id")
    return build_timeline(article_rows(Article.objects.filter(pk__in=recent)), url_for=url_for,
                          limit=SAMPLE)
