import sys

from django.core.management.base import BaseCommand, CommandError, no_translations
from django.http import QueryDict

from articles.exporters import iter_lines
from articles.filters import ArticleFilterSet
from articles.models import Article


class Command(BaseCommand):
    help = "Export articles with their quotes and entities as JSON Lines (one article per line)."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="A file, or - for standard output.")
        parser.add_argument("--q", help='full-text search as on the site: words, "phrase", -word')
        parser.add_argument("--date-from", help="YYYY, YYYY-MM or YYYY-MM-DD")
        parser.add_argument("--date-to", help="YYYY, YYYY-MM or YYYY-MM-DD")
        parser.add_argument("--entity", action="append", default=[],
                            help="entity slug (repeatable)")
        parser.add_argument("--speaker", action="append", default=[],
                            help="speaker slug (repeatable)")
        parser.add_argument("--source", help="source outlet")
        parser.add_argument("--language", help="language code, e.g. fr")

    @no_translations  # command-line messages are in English, like the rest of the CLI
    def handle(self, *args, output, **options):
        params = QueryDict(mutable=True)
        for name in ("q", "date_from", "date_to", "source", "language"):
            if options.get(name):
                params[name] = options[name]
        for name in ("entity", "speaker"):
            params.setlist(name, options[name])
        filterset = ArticleFilterSet(params, queryset=Article.objects.all())
        if not filterset.is_valid():
            raise CommandError("; ".join(
                f"--{field.replace('_', '-')}: {' '.join(errors)}"
                for field, errors in filterset.errors.items()))
        articles = filterset.matching
        count = 0
        stream = sys.stdout if output == "-" else None
        try:
            target = stream or open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror}") from exc
        try:
            for line in iter_lines(articles):
                target.write(line)
                count += 1
        finally:
            if stream is None:
                target.close()
        self.stderr.write(f"exported {count} article(s)")
