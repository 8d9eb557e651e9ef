from django.core.management.base import BaseCommand, CommandError

from articles.extraction import extract_articles
from articles.models import Article
from articles.search import index_articles

BATCH = 200


class Command(BaseCommand):
    help = ("Rerun quote, speaker and entity extraction after the rules or the gazetteer change. "
            "Curated quotes, speakers, mentions, entities and aliases are kept.")

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Every article in the archive.")

    def handle(self, *args, ids, all, verbosity, **options):
        if bool(ids) == bool(all):
            raise CommandError("Give article ids or --all (not both).")
        articles = Article.objects.order_by("pk")
        if ids:
            articles = articles.filter(pk__in=ids)
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, missing))}.")
        done = 0
        batch = []
        for article in articles.only("id", "text").iterator(chunk_size=BATCH):
            batch.append(article)
            if len(batch) == BATCH:
                done += self._extract(batch)
                batch = []
        if batch:
            done += self._extract(batch)
        self.stdout.write(f"re-extracted {done} article(s)")

    def _extract(self, batch) -> int:
        extract_articles(batch)
        index_articles([article.pk for article in batch])
        return len(batch)
