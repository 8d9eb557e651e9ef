"""Small builders for test data: explicit, no magic."""

import datetime
import hashlib
import itertools

from articles.models import Alias, Article, Entity, Mention, Quote

_counter = itertools.count(1)


def make_article(**fields) -> Article:
    n = next(_counter)
    text = fields.pop("text", f"Texte de l'article numéro {n}.")
    defaults = {
        "title": f"Article {n}",
        "text": text,
        "raw": fields.pop("raw", text),
        "origin": f"tests/article-{n}.txt",
        "sha256": hashlib.sha256(f"{n}:{text}".encode()).hexdigest(),
        "published": datetime.date(2022, 11, 29),
        "date_precision": "day",
        "language": "fr",
    }
    defaults.update(fields)
    article = Article(**defaults)
    article.save()
    return article


def make_entity(name: str, kind: str = "person", *, aliases=(), **fields) -> Entity:
    from articles.models import unique_entity_slug

    entity = Entity.objects.create(name=name, kind=kind, slug=fields.pop("slug", None)
                                   or unique_entity_slug(name), **fields)
    for alias in aliases:
        Alias.objects.create(entity=entity, name=alias)
    return entity


def make_quote(article: Article, speaker: Entity | None = None, **fields) -> Quote:
    start = fields.pop("start", 0)
    text = fields.pop("text", "Nous ferons le nécessaire pour protéger tous les alliés")
    return Quote.objects.create(article=article, speaker=speaker, text=text, start=start,
                                end=fields.pop("end", start + len(text)), **fields)


def make_mention(article: Article, entity: Entity, count: int = 1, **fields) -> Mention:
    return Mention.objects.create(article=article, entity=entity, count=count, **fields)


def add_quoting_articles(speaker: Entity, n: int) -> list[int]:
    """Add n dated articles, each quoting `speaker` and a new speaker; return their ids (for
    the tests that check a page's queries do not grow with the archive)."""
    ids = []
    for i in range(n):
        article = make_article(title=f"Encore {i}", published=datetime.date(2021, 1 + i % 12, 1))
        make_quote(article, speaker, text=f"Nous tiendrons bon cet hiver encore {i}")
        make_quote(article, make_entity(f"Orateur {i}"), start=100,
                   text=f"Une autre déclaration assez longue {i}")
        ids.append(article.pk)
    return ids
