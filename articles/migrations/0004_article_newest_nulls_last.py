"""PostgreSQL: an index in the exact order of the newest-first listing.

Lists and facet samples sort by `published DESC NULLS LAST, id DESC` (undated articles last, as
on SQLite). A PostgreSQL DESC index puts NULLs first, so `article_newest` could not serve that
order and every browse sorted the whole table (70 ms at 100,000 articles). SQLite's DESC order
already puts NULLs last and needs nothing.
"""

from django.db import migrations

INDEX = "article_newest_nulls_last"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles_article "
                              "(published DESC NULLS LAST, id DESC)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_article_small_columns_first")]
    operations = [migrations.RunPython(forwards, backwards)]
