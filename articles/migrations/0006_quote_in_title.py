"""A headline's quotations: Quote.in_title, their offsets pointing into the title.

On SQLite, changing the quote table's constraint rebuilds the table (copy, drop, rename), which
drops the trigger that removes a deleted quote's row from the full-text index: it is made again.
"""

from django.db import migrations, models

RECREATE_TRIGGER = """CREATE TRIGGER IF NOT EXISTS quote_fts_delete AFTER DELETE ON articles_quote
BEGIN
    DELETE FROM quote_fts WHERE rowid = old.id;
END"""


def recreate_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(RECREATE_TRIGGER)


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0005_quote_speaker_article_status"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="quote",
            options={"ordering": ["article", "-in_title", "start"], "verbose_name": "quote",
                     "verbose_name_plural": "quotes"},
        ),
        migrations.RemoveConstraint(
            model_name="quote",
            name="quote_unique_span",
        ),
        migrations.AddField(
            model_name="quote",
            name="in_title",
            field=models.BooleanField(
                default=False,
                help_text="The quote is in the headline: its offsets point into the title.",
                verbose_name="in the title"),
        ),
        migrations.AlterField(
            model_name="quote",
            name="start",
            field=models.PositiveIntegerField(
                help_text="Offset in the cleaned text (in the title for a headline quote).",
                verbose_name="start"),
        ),
        migrations.AddConstraint(
            model_name="quote",
            constraint=models.UniqueConstraint(fields=("article", "in_title", "start", "end"),
                                               name="quote_unique_span"),
        ),
        migrations.RunPython(recreate_trigger, recreate_trigger),
    ]
