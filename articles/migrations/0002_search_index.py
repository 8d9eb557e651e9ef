"""The full-text indexes of articles and quotes, one kind per database vendor.

Both index the same Python-computed terms (articles/text/stemming.py), so both match the same
articles. SQLite: an FTS5 table keyed by the article id, plus a trigger that drops an article's row
when the article is deleted. PostgreSQL: a table holding a weighted tsvector per article, with a
GIN index, kept inline (STORAGE MAIN) because reading ~3 KB vectors back from TOAST made ranking
and counting about 3x slower at 100,000 articles.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE article_fts USING fts5(
        title, quotes, body, detail=full, prefix='2 3 4', tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TRIGGER article_fts_delete AFTER DELETE ON articles_article BEGIN
        DELETE FROM article_fts WHERE rowid = old.id;
    END""",
    """CREATE VIRTUAL TABLE quote_fts USING fts5(
        text, speaker, detail=full, prefix='2 3 4', tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TRIGGER quote_fts_delete AFTER DELETE ON articles_quote BEGIN
        DELETE FROM quote_fts WHERE rowid = old.id;
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS quote_fts_delete",
    "DROP TABLE IF EXISTS quote_fts",
    "DROP TRIGGER IF EXISTS article_fts_delete",
    "DROP TABLE IF EXISTS article_fts",
]

POSTGRES_FORWARD = [
    """CREATE TABLE article_search (
        article_id bigint PRIMARY KEY
            REFERENCES articles_article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        document tsvector NOT NULL
    )""",
    "ALTER TABLE article_search ALTER COLUMN document SET STORAGE MAIN",
    "CREATE INDEX article_search_document ON article_search USING gin (document)",
    """CREATE TABLE quote_search (
        quote_id bigint PRIMARY KEY
            REFERENCES articles_quote (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        document tsvector NOT NULL
    )""",
    "ALTER TABLE quote_search ALTER COLUMN document SET STORAGE MAIN",
    "CREATE INDEX quote_search_document ON quote_search USING gin (document)",
]
POSTGRES_BACKWARD = ["DROP TABLE IF EXISTS quote_search", "DROP TABLE IF EXISTS article_search"]


def forward(apps, schema_editor):
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}
    for sql in statements[schema_editor.connection.vendor]:
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    statements = {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}
    for sql in statements[schema_editor.connection.vendor]:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
