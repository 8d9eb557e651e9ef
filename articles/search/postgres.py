"""PostgreSQL backend: weighted tsvectors built from our own terms, GIN-indexed."""

from collections import defaultdict

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from articles.text.query import ParsedQuery, to_tsquery

MAX_POSITION = 16383


def tsvector_literal(*parts: tuple[str, str]) -> str:
    """Return a tsvector literal for (terms, weight) parts, positions counted across parts.

    Positions are ours, not PostgreSQL's parser's, so a phrase matches exactly where FTS5 would;
    a gap between parts keeps a phrase from running from the title into the body.
    """
    positions: dict[str, list[str]] = defaultdict(list)
    position = 0
    for terms, weight in parts:
        suffix = "" if weight == "D" else weight
        for term in terms.split():
            position += 1
            if position > MAX_POSITION:
                break
            positions[term].append(f"{position}{suffix}")
        position += 10
    return " ".join(f"'{term}':{','.join(p[:256])}" for term, p in positions.items())


def write(*, articles, quotes, article_ids) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM article_search WHERE article_id = ANY(%s)", [article_ids])
        cursor.execute("DELETE FROM quote_search WHERE quote_id IN (SELECT id FROM articles_quote "
                       "WHERE article_id = ANY(%s))", [article_ids])
        cursor.executemany(
            "INSERT INTO article_search (article_id, document) VALUES (%s, %s::tsvector)",
            [(pk, tsvector_literal((title, "A"), (said, "B"), (body, "D")))
             for pk, title, said, body in articles])
        cursor.executemany(
            "INSERT INTO quote_search (quote_id, document) VALUES (%s, %s::tsvector)",
            [(pk, tsvector_literal((text, "A"), (speaker, "B"))) for pk, text, speaker in quotes])


def clear() -> None:
    with connection.cursor() as cursor:
        # DELETE, not TRUNCATE: the foreign keys are deferred and may have pending checks.
        cursor.execute("DELETE FROM quote_search")
        cursor.execute("DELETE FROM article_search")


def _match(queryset: QuerySet, table: str, key: str, parsed: ParsedQuery, order: str
           ) -> QuerySet:
    tsquery = to_tsquery(parsed)
    if not tsquery:
        return queryset.none()
    # A self-contained subquery: it composes with any filter and inside other subqueries.
    sql = f"SELECT {key} FROM {table} WHERE document @@ to_tsquery('simple', %s)"  # noqa: S608
    matching = RawSQL(sql, [tsquery])  # noqa: S611 (the user's words are a bound parameter)
    queryset = queryset.filter(pk__in=matching)
    if order == "relevance":
        # Normalisation 1 divides by the log of the length: denser matches rank higher.
        queryset = queryset.extra(  # noqa: S610
            tables=[table],
            where=[f"{table}.{key} = {queryset.model._meta.db_table}.id"],
            select={"rank": f"ts_rank({table}.document, to_tsquery('simple', %s), 1)"},
            select_params=[tsquery],
        )
    return queryset


def search_articles(queryset: QuerySet, parsed: ParsedQuery, *, order: str) -> QuerySet:
    return _match(queryset, "article_search", "article_id", parsed, order)


def search_quotes(queryset: QuerySet, parsed: ParsedQuery, *, order: str) -> QuerySet:
    return _match(queryset, "quote_search", "quote_id", parsed, order)


PROBE = 1000


def _array(ids: list[int]) -> str:
    """An array literal of ids: psycopg's list adapter costs ~0.4 ms per 1,000 ids, a string
    nothing (the ids are ints from our own queries; the literal is still a bound parameter)."""
    return "{" + ",".join(str(int(pk)) for pk in ids) + "}"


def _newest_first(cursor, tsquery: str) -> str:
    """Return the ORDER BY key that reads the newest matches fastest.

    Walking the primary key backwards evaluates `@@` on every row it passes (each a compressed
    ~3 KB tsvector): cheap when most rows match, as it stops early, ruinous for a rarer word,
    for which the GIN index hands over the matching rows alone (`article_id + 0` keeps the planner
    off the key). The planner cannot tell the two apart, so the newest rows are probed first.
    """
    cursor.execute("SELECT count(*) FILTER (WHERE document @@ to_tsquery('simple', %s)), count(*) "
                   "FROM (SELECT document FROM article_search ORDER BY article_id DESC LIMIT %s) "
                   "AS newest", [tsquery, PROBE])
    matching, probed = cursor.fetchone()
    return "article_id" if probed and 2 * matching >= probed else "article_id + 0"


def rank(parsed: ParsedQuery, window: list[int], *, offset: int, limit: int) -> list[int]:
    """Return the ids of `window` (the most recently added matches) best first (ts_rank on the
    index table alone)."""
    tsquery = to_tsquery(parsed)
    if not tsquery or not window:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT article_id FROM article_search WHERE article_id = ANY(%s::bigint[]) "
            "ORDER BY ts_rank(document, to_tsquery('simple', %s), 1) DESC, article_id DESC "
            "LIMIT %s OFFSET %s", [_array(window), tsquery, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def recent_ids(parsed: ParsedQuery, *, limit: int, offset: int = 0) -> list[int]:
    """Return the ids of the most recently added matching articles (index table only)."""
    tsquery = to_tsquery(parsed)
    if not tsquery:
        return []
    with connection.cursor() as cursor:
        key = _newest_first(cursor, tsquery)
        cursor.execute("SELECT article_id FROM article_search WHERE document @@ "  # noqa: S608
                       f"to_tsquery('simple', %s) ORDER BY {key} DESC LIMIT %s OFFSET %s",
                       [tsquery, limit, offset])
        return [row[0] for row in cursor.fetchall()]


def scores(parsed: ParsedQuery, ids: list[int]) -> dict[int, float]:
    tsquery = to_tsquery(parsed)
    if not tsquery:
        return {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT article_id, ts_rank(document, to_tsquery('simple', %s), 1) "
                       "FROM article_search WHERE article_id = ANY(%s::bigint[]) "
                       "AND document @@ to_tsquery('simple', %s)", [tsquery, _array(ids), tsquery])
        return dict(cursor.fetchall())


def id_set(ids: list[int]) -> RawSQL:
    """Return a subquery yielding `ids`, bound as one array parameter."""
    return RawSQL("SELECT unnest(%s::bigint[])", [_array(ids)])  # noqa: S611
