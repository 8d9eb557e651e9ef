"""Quotations listed by their article's date, read a page at a time.

Sorting every quotation of a large archive by its article's date costs a sort of all of them.
A page of the newest (or oldest) quotations only needs the quotes of the first articles in that
order: every article holding a matching quote holds at least one, so the first N quotes lie in
the first N such articles, found by walking the article date index.
"""

from django.db.models import Exists, F, OuterRef, QuerySet

from articles.models import Article
from articles.search import id_set


def newest_first(quotes: QuerySet) -> QuerySet:
    """Return quotes newest article first (undated last), in reading order within an article."""
    return quotes.order_by(F("article__published").desc(nulls_last=True), "-article_id", "start")


def oldest_first(quotes: QuerySet) -> QuerySet:
    """Return quotes oldest article first (undated last), in reading order within an article."""
    return quotes.order_by(F("article__published").asc(nulls_last=True), "article_id", "start")


def with_articles(quotes: QuerySet) -> QuerySet:
    """Return quotes with the few article columns a list shows, joined in the same query."""
    return quotes.select_related("article", "speaker").only(
        "id", "text", "kind", "status", "start", "end", "unclosed", "speaker_id",
        "speaker__name", "speaker__slug", "speaker__kind",
        "article__id", "article__title", "article__published", "article__date_precision",
        "article__outlet", "article__language", "article__updated_at", "article__published_time",
    )


class DatedQuotes:
    """The matching quotes by article date, for the paginator: each page sorts only the quotes
    of as many articles as the page reaches (see the module docstring)."""

    ordered = True

    def __init__(self, quotes: QuerySet, *, newest: bool = True) -> None:
        self.quotes, self.newest = quotes.order_by(), newest

    def count(self) -> int:
        return self.quotes.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key: slice) -> list:
        start, stop = key.start or 0, key.stop
        published = F("published")
        order = (published.desc(nulls_last=True), "-id") if self.newest else (
            published.asc(nulls_last=True), "id")
        holding = Exists(self.quotes.filter(article_id=OuterRef("pk")))
        ids = list(Article.objects.filter(holding).order_by(*order)
                   .values_list("pk", flat=True)[:stop])
        window = self.quotes.filter(article_id__in=id_set(ids))
        ordered = newest_first(window) if self.newest else oldest_first(window)
        return list(with_articles(ordered)[start:stop])
