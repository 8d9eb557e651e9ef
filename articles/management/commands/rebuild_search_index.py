from django.core.management.base import BaseCommand

from articles.search import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text index of every article and quote."

    def handle(self, *args, **options):
        self.stdout.write(f"indexed {rebuild_index()} article(s)")
