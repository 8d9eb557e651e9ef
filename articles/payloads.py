"""The records of the JSON and CSV twins: articles, quotes, speakers and entities as plain data."""

from django.urls import reverse

from articles.models import Article, Entity, Quote
from articles.speakers import speaker_page

SPEAKER_CSV = ["name", "slug", "kind", "url", "quotes"]
ENTITY_CSV = ["name", "slug", "kind", "url", "articles"]
QUOTE_CSV = ["id", "text", "kind", "speaker", "speaker_slug", "article_id", "article_title",
             "published", "date_precision", "source", "url"]
ARTICLE_CSV = ["id", "url", "title", "published", "date_precision", "source", "language",
               "speakers"]


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


def speaker_url(entity: Entity) -> str:
    return speaker_page(entity)


def speaker_record(request, entity: Entity) -> dict:
    """Return a speaker with its number of statements (set by speakers.add_counts)."""
    return {"name": entity.name, "slug": entity.slug, "kind": entity.kind,
            "url": absolute(request, speaker_url(entity)),
            "quotes": entity.n_quotes, "counts_exact": entity.counts_exact,
            **_recent(entity)}


def entity_record(request, entity: Entity) -> dict:
    """Return an entity with how many articles mention it (set by add_article_counts)."""
    return {"name": entity.name, "slug": entity.slug, "kind": entity.kind,
            "url": absolute(request, entity.get_absolute_url()), "articles": entity.n_articles,
            "counts_exact": entity.counts_exact, **_recent(entity)}


def _recent(entity: Entity) -> dict:
    """The count a ranked list is ordered by, when it is ranked."""
    return {"recent": entity.n_recent} if hasattr(entity, "n_recent") else {}


def person_ref(request, entity: Entity | None, *, speaking: bool = False) -> dict | None:
    """Return a short reference to an entity (name, slug, kind, url), or None; `url` is the
    speaker page of someone `speaking`, else the entity page."""
    if entity is None:
        return None
    url = speaker_page(entity) if speaking else entity.get_absolute_url()
    return {"name": entity.name, "slug": entity.slug, "kind": entity.kind,
            "url": absolute(request, url)}


def quote_anchor(quote: Quote) -> str:
    return f"{reverse('articles:article', kwargs={'pk': quote.article_id})}#q{quote.pk}"


def quote_record(request, quote: Quote) -> dict:
    """Return a quotation with its speaker and article (both selected with it)."""
    article = quote.article
    return {
        "id": quote.pk,
        "text": quote.text,
        "kind": quote.kind,
        "status": quote.status,
        "url": absolute(request, quote_anchor(quote)),
        "speaker": person_ref(request, quote.speaker, speaking=True),
        "article": {"id": article.pk, "title": article.title,
                    "url": absolute(request, article.get_absolute_url()),
                    "published": article.published_label or None,
                    "date_precision": article.date_precision, "source": article.outlet},
    }


def quote_row(request, quote: Quote) -> list:
    article, speaker = quote.article, quote.speaker
    return [quote.pk, quote.text, quote.kind, speaker.name if speaker else "",
            speaker.slug if speaker else "", article.pk, article.title,
            article.published_label, article.date_precision, article.outlet,
            absolute(request, quote_anchor(quote))]


def article_row(request, article: Article) -> list:
    """Return a search CSV row of an article whose `statements` are prefetched."""
    speakers = sorted({q.speaker.name for q in article.statements if q.speaker})
    return [article.pk, absolute(request, article.get_absolute_url()), article.title,
            article.published_label, article.date_precision, article.outlet, article.language,
            "; ".join(speakers)]


def article_record(request, article: Article, quotes: list[Quote], mentions: list) -> dict:
    """Return an article with its text, quotations (rejected ones left out) and entities."""
    speakers = {q.speaker.pk: q.speaker for q in quotes if q.speaker and q.kind == "full"}
    return {
        "id": article.pk,
        "url": absolute(request, article.get_absolute_url()),
        "title": article.title,
        "published": article.published_label or None,
        "date_precision": article.date_precision,
        "published_time": (article.published_time.isoformat(timespec="minutes")
                           if article.published_time else None),
        "source": article.outlet,
        "author": article.author,
        "language": article.language,
        "origin": article.origin,
        "text": article.text,
        "quotes": [{"id": q.pk, "text": q.text, "in_title": q.in_title, "start": q.start,
                    "end": q.end, "kind": q.kind,
                    "status": q.status, "speaker": person_ref(request, q.speaker, speaking=True)}
                   for q in quotes],
        "entities": [{**person_ref(request, m.entity), "mentions": m.count} for m in mentions],
        "speakers": [person_ref(request, e, speaking=True)
                     for e in sorted(speakers.values(), key=lambda e: e.name)],
    }


def article_ref(request, article: Article) -> dict:
    """Return an article as a list shows it: id, title, url, date at its precision, source."""
    return {"id": article.pk, "title": article.title,
            "url": absolute(request, article.get_absolute_url()),
            "published": article.published_label or None,
            "date_precision": article.date_precision, "source": article.outlet}


def _timeline(timeline) -> list[dict]:
    return [{"period": bar.period, "count": bar.count} for bar in timeline.bars]


def speaker_document(request, entity: Entity, *, aliases, summary, timeline, quotes) -> dict:
    """Return a speaker page as JSON: who, their counts and timeline, a page of quotations."""
    return {**person_ref(request, entity, speaking=True), "url": request.build_absolute_uri(),
            "description": entity.description, "wikidata_id": entity.wikidata_id,
            "aliases": aliases, **summary, "timeline": _timeline(timeline), "quotes": quotes}


def entity_document(request, entity: Entity, *, aliases, is_speaker, timeline, seen_with,
                    articles) -> dict:
    """Return an entity page as JSON: what, its timeline, companions, a page of articles."""
    return {
        **person_ref(request, entity), "url": request.build_absolute_uri(),
        "description": entity.description, "wikidata_id": entity.wikidata_id,
        "aliases": aliases,
        "speaker_url": absolute(request, speaker_page(entity)) if is_speaker else None,
        "timeline": _timeline(timeline),
        "seen_with": [{**person_ref(request, other), "articles": n} for other, n in seen_with],
        "articles": articles,
    }
