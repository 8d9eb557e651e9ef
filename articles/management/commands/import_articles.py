import sys

from django.core.management.base import BaseCommand, CommandError

from articles.importers import import_paths
from articles.models import Article


class Command(BaseCommand):
    help = "Import articles from files, directories (recursively) or glob patterns."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--if-empty", action="store_true",
                            help="Do nothing when the archive already holds articles.")

    def handle(self, *args, paths, if_empty, verbosity, **options):
        if if_empty and Article.objects.exists():
            if verbosity > 1:
                self.stdout.write("The archive is not empty: nothing imported.")
            return
        show_progress = verbosity > 0 and self.stderr.isatty()
        report = import_paths(paths, progress=self._progress if show_progress else None)
        if show_progress:
            self.stderr.write("")
        self.stdout.write(report.summary())
        for rejection in report.rejected:
            self.stderr.write(f"rejected {rejection.name}: {rejection.reason}")
        if report.rejected:
            raise CommandError(f"{len(report.rejected)} file(s) rejected", returncode=1)

    def _progress(self, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
