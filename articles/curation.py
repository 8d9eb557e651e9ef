"""Curators' operations on the archive, shared by the admin, commands and tests."""

from django.db import transaction
from django.db.models import F

from articles.models import Alias, Entity, Mention, Quote, QuoteStatus, SlugRedirect
from articles.search import index_articles
from articles.text.normalize import alias_key


class CurationError(ValueError):
    """A curation request that cannot be carried out, with a message for the curator."""


@transaction.atomic
def merge_entities(*, target: Entity, sources) -> dict:
    """Merge `sources` into `target`; return counts of moved quotes, mentions and aliases.

    Every quote, mention and alias of a source ends up on the target, the source's name becomes
    a curated alias of the target, its slug redirects to the target, and the source is deleted.
    """
    sources = [s for s in sources if s.pk != target.pk]
    if not sources:
        raise CurationError("Choose at least one entity other than the one kept.")
    source_ids = [s.pk for s in sources]
    moved = {"quotes": 0, "mentions": 0, "aliases": 0}

    moved["quotes"] = Quote.objects.filter(speaker_id__in=source_ids).update(speaker=target)

    # A mention pair is unique per article: add counts where the target is already mentioned.
    target_mentions = {m.article_id: m for m in Mention.objects.filter(entity=target)}
    for mention in Mention.objects.filter(entity_id__in=source_ids).order_by("pk"):
        kept = target_mentions.get(mention.article_id)
        if kept is None:
            mention.entity = target
            mention.save(update_fields=["entity"])
            target_mentions[mention.article_id] = mention
        else:
            Mention.objects.filter(pk=kept.pk).update(
                count=F("count") + mention.count, curated=kept.curated or mention.curated
            )
            mention.delete()
        moved["mentions"] += 1

    moved["aliases"] = Alias.objects.filter(entity_id__in=source_ids).update(entity=target)
    # The curator has now vouched for the identity as a whole: all its names are curated.
    Alias.objects.filter(entity=target).update(curated=True)
    # The merged names stay findable: each becomes a curated alias unless some alias has its key.
    for name in [target.name, *(s.name for s in sources)]:
        key = alias_key(name)
        if key and not Alias.objects.filter(key=key).exists():
            Alias.objects.create(entity=target, name=name, curated=True)

    SlugRedirect.objects.filter(entity_id__in=source_ids).update(entity=target)
    SlugRedirect.objects.bulk_create(
        [SlugRedirect(old_slug=s.slug, entity=target) for s in sources]
    )
    Entity.objects.filter(pk__in=source_ids).delete()
    target.curated = True
    target.save(update_fields=["curated", "updated_at"])
    reindex_speaker(target)
    return moved


def set_quote_status(*, quotes, status: str) -> int:
    """Mark `quotes` verified or rejected by a curator; return how many changed."""
    if status not in (QuoteStatus.VERIFIED, QuoteStatus.REJECTED):
        raise CurationError(f"Unknown review status: {status!r}.")
    changing = quotes.exclude(status=status)
    article_ids = set(changing.values_list("article_id", flat=True))
    changed = changing.update(status=status)
    index_articles(article_ids)  # a rejected quote no longer counts in search
    return changed


def reindex_speaker(entity: Entity) -> None:
    """Reindex the articles in which `entity` is quoted (its name is part of their index)."""
    index_articles(set(Quote.objects.filter(speaker=entity).values_list("article_id", flat=True)))
