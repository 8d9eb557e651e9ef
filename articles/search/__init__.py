"""Full-text search behind one small interface; the backend is picked from `connection.vendor`.

Both backends index the same terms, computed here in Python (articles/text/stemming.py: accents
and case folded, elisions and hyphens split, Snowball stems in the article's language), so a query
matches the same articles on SQLite and on PostgreSQL. Views, filters, the admin and commands use
only the functions below.
"""

from collections.abc import Iterable

from django.db import connection
from django.db.models import Prefetch, QuerySet

from articles.models import Article, Quote, QuoteStatus
from articles.search import postgres, sqlite
from articles.text.query import ParsedQuery, parse_query
from articles.text.stemming import analyze

# PostgreSQL keeps term positions up to 16,383; both backends index the same leading terms.
MAX_TERMS = 16000
INDEX_BATCH = 500
# A plain query ranks at most this many matches (the most recently added): bounded work per page.
# Past them, pages go on with the older matches, most recently added first.
RANK_WINDOW = 5_000


def _backend():
    return {"sqlite": sqlite, "postgresql": postgres}[connection.vendor]


# A loose index scan: one index probe per distinct language, where DISTINCT reads the whole
# index (about 10 ms on PostgreSQL at 100,000 articles, on every search).
LANGUAGES_SQL = """
    WITH RECURSIVE found(language) AS (
        SELECT min(language) FROM articles_article
        UNION ALL
        SELECT (SELECT min(language) FROM articles_article WHERE language > found.language)
        FROM found WHERE found.language IS NOT NULL
    )
    SELECT language FROM found WHERE language IS NOT NULL"""


def archive_languages() -> list[str]:
    """Return the languages of the archive's articles; a query is stemmed for each of them."""
    with connection.cursor() as cursor:
        cursor.execute(LANGUAGES_SQL)
        return sorted({row[0] for row in cursor.fetchall()} | {"fr"})


def parse(text: str) -> ParsedQuery:
    """Return the user's query parsed for the languages present in the archive."""
    return parse_query(text or "", languages=archive_languages())


def _terms(text: str, language: str, budget: int = MAX_TERMS) -> str:
    return " ".join(analyze(text, language=language or "und")[:budget])


def document(pk: int, title: str, text: str, language: str,
             quotes: Iterable[tuple[int, str, str, str | None]]) -> tuple[tuple, list[tuple]]:
    """Return the index row of one article and those of its quotes, given as (id, text, status,
    speaker name or None) in index order (by start, then id); each quote is analysed once."""
    language = language or "und"
    said, speakers, quote_rows = [], set(), []
    for quote_pk, quote_text, status, speaker_name in quotes:
        terms = _terms(quote_text, language)
        speaker = _terms(speaker_name, language) if speaker_name is not None else ""
        quote_rows.append((quote_pk, terms, speaker))
        if status != QuoteStatus.REJECTED:
            said.append(terms)
            speakers.add(speaker)
    said_terms = " ".join([*said, *sorted(speakers)]).strip()
    title_terms = _terms(title, language)
    used = len(title_terms.split()) + len(said_terms.split())
    body = _terms(text, language, budget=max(0, MAX_TERMS - used))
    return (pk, title_terms, said_terms, body), quote_rows


def documents(items: Iterable[tuple[int, str, str, str, Iterable[tuple]]]
              ) -> tuple[list[tuple], list[tuple]]:
    """Return the index rows of articles (id, title, quotes and speakers, body terms) and of
    their quotes (id, text, speaker terms), from (id, title, text, language, quotes) items as
    `document` takes them."""
    article_rows, quote_rows = [], []
    for item in items:
        row, rows = document(*item)
        article_rows.append(row)
        quote_rows.extend(rows)
    return article_rows, quote_rows


def index_articles(article_ids: Iterable[int]) -> None:
    """(Re)index these articles and their quotes; call it after any change to them."""
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), INDEX_BATCH):
        chunk = ids[start:start + INDEX_BATCH]
        articles = (Article.objects.filter(pk__in=chunk)
                    .only("id", "title", "text", "language")
                    .prefetch_related(Prefetch("quotes", queryset=Quote.objects.only(
                        "id", "text", "status", "speaker__name", "article_id")
                        .select_related("speaker").order_by("article_id", "start", "id"))))
        article_rows, quote_rows = documents(
            (article.pk, article.title, article.text, article.language,
             [(quote.pk, quote.text, quote.status, quote.speaker.name if quote.speaker else None)
              for quote in article.quotes.all()])
            for article in articles)
        _backend().write(articles=article_rows, quotes=quote_rows, article_ids=chunk)


def index_documents(items: Iterable[tuple[int, str, str, str, list[tuple]]]) -> None:
    """Index articles whose whole content the caller already holds, without reading them back:
    (id, title, text, language, quotes) with quotes as `document` takes them, every quote of the
    article included. The rows are exactly those `index_articles` would write."""
    items = sorted(items, key=lambda item: item[0])
    for start in range(0, len(items), INDEX_BATCH):
        chunk = items[start:start + INDEX_BATCH]
        article_rows, quote_rows = documents(chunk)
        _backend().write(articles=article_rows, quotes=quote_rows,
                         article_ids=[item[0] for item in chunk])


def rebuild_index() -> int:
    """Drop and rebuild the whole index; return the number of articles indexed."""
    _backend().clear()
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    index_articles(ids)
    return len(ids)


def search_articles(queryset: QuerySet, parsed: ParsedQuery, *, order: str = "relevance"
                    ) -> QuerySet:
    """Return `queryset` restricted to the articles matching `parsed`, ordered as asked."""
    return _backend().search_articles(queryset, parsed, order=order)


def search_quotes(queryset: QuerySet, parsed: ParsedQuery, *, order: str = "relevance"
                  ) -> QuerySet:
    """Return the quotes of `queryset` matching `parsed` (in their text or speaker's name)."""
    return _backend().search_quotes(queryset, parsed, order=order)


def ranked_ids(parsed: ParsedQuery, *, offset: int, limit: int,
               recent: list[int] | None = None) -> list[int]:
    """Return the ids of the best matching articles, best first, on the index table alone.

    Only the RANK_WINDOW most recently added matches are ranked, so a word found in every article
    costs the same as one found in RANK_WINDOW of them; past them the list goes on with the older
    matches, most recently added first. `recent` is what `recent_ids` gave for this query (at
    least RANK_WINDOW ids when there are that many matches), if the caller already has it.
    """
    if recent is None:
        recent = recent_ids(parsed, limit=max(RANK_WINDOW, offset + limit))
    window = recent[:RANK_WINDOW]
    ids = []
    if offset < len(window):
        ids = _backend().rank(parsed, window, offset=offset,
                              limit=min(limit, len(window) - offset))
    if offset + limit > RANK_WINDOW:
        start, stop = max(offset, RANK_WINDOW), offset + limit
        known = recent[start:stop]
        ids += known
        if len(known) < stop - start and start + len(known) >= len(recent):
            ids += recent_ids(parsed, limit=stop - start - len(known), offset=start + len(known))
    return ids


def recent_ids(parsed: ParsedQuery, *, limit: int, offset: int = 0) -> list[int]:
    """Return the ids of the most recently added articles matching `parsed` (index only)."""
    return _backend().recent_ids(parsed, limit=limit, offset=offset)


def scores(parsed: ParsedQuery, ids: list[int]) -> dict[int, float]:
    """Return the relevance of each of these articles that matches `parsed` (higher is better),
    read on the index table alone: a filtered search ranks its few matches without a join."""
    return _backend().scores(parsed, ids) if ids else {}


def id_set(ids: list[int]):
    """Return a subquery expression for a list of ids, bound as a single parameter."""
    return _backend().id_set(ids)
