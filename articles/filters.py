"""Query parameters of lists and exports, validated in one place (django-filter FilterSets)."""

from collections.abc import Callable
from datetime import date

import django_filters
from django import forms
from django.db.models import F, QuerySet
from django.utils.translation import gettext_lazy as _

from articles.facets import FIELDS, SAMPLE_SIZE
from articles.models import Article, Mention, Quote, QuoteStatus
from articles.pagination import COUNT_CAP, IdListing
from articles.search import (
    id_set,
    parse,
    ranked_ids,
    recent_ids,
    scores,
    search_articles,
)
from articles.text.dates import parse_date_value


class PartialDateField(forms.CharField):
    """A date written as 2022, 2022-11 or 2022-11-29; cleans to (first_day, last_day)."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            return parse_date_value(value).bounds
        except ValueError as exc:
            raise forms.ValidationError(
                _("%(value)s is not a date: write YYYY, YYYY-MM or YYYY-MM-DD."),
                code="invalid", params={"value": value[:40]},
            ) from exc


class PartialDateFilter(django_filters.Filter):
    field_class = PartialDateField


class QueryField(forms.CharField):
    """Free text for the search engine: never invalid (the parser reads anything)."""

    def to_python(self, value):
        text = super().to_python(value)
        # NUL and other control characters are not words; drop them rather than refuse the query.
        return "".join(ch for ch in text if ch >= " " or ch in "\t\n")


class QueryFilter(django_filters.CharFilter):
    field_class = QueryField


SORTS = [("relevance", _("relevance")), ("newest", _("newest first")),
         ("oldest", _("oldest first"))]


class SearchFilters:
    """What the article and quotation searches share: the words parsed once and looked up in
    their index, partial dates, repeatable slugs, and the matching rows before any ordering."""

    parsed = None  # the parsed query, once filter_q has run (snippets need it)
    search = staticmethod(search_articles)  # the index the words are looked up in
    article_path = ""  # from the filtered rows to their article ("article__" for quotes)

    def filter_q(self, queryset, name, value):
        self.parsed = parse(value)
        if self.parsed.is_empty:
            return queryset.none() if value.strip() else queryset
        return self.search(queryset, self.parsed, order="date")

    def filter_noop(self, queryset, name, value):
        return queryset

    @property
    def matching(self):
        """The matching rows, unordered and free of ranking joins (counts and facets use them)."""
        self.qs  # noqa: B018 (running the filters sets it)
        return self._matching

    # An article known only to the month or year matches a range that overlaps its period;
    # undated articles never match a date filter.
    def filter_date_from(self, queryset, name, bounds):
        if not bounds:
            return queryset
        return queryset.filter(**{f"{self.article_path}published_until__gte": bounds[0]})

    def filter_date_to(self, queryset, name, bounds):
        if not bounds:
            return queryset
        return queryset.filter(**{f"{self.article_path}published__lte": bounds[1]})

    def _slugs(self, name: str) -> list[str]:
        """Return every value of a repeatable parameter (several values mean OR)."""
        values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name)]
        return [v.strip()[:120] for v in values if v and v.strip()]



class ArticleFilterSet(SearchFilters, django_filters.FilterSet):
    q = QueryFilter(label=_("search"), method="filter_q")
    sort = django_filters.ChoiceFilter(label=_("sort"), choices=SORTS, method="filter_noop",
                                       empty_label=None)
    date_from = PartialDateFilter(label=_("from"), method="filter_date_from")
    date_to = PartialDateFilter(label=_("to"), method="filter_date_to")
    entity = django_filters.CharFilter(label=_("entity"), method="filter_entity")
    speaker = django_filters.CharFilter(label=_("speaker"), method="filter_speaker")
    source = django_filters.CharFilter(label=_("source"), field_name="outlet")
    language = django_filters.CharFilter(label=_("language"), field_name="language")

    class Meta:
        model = Article
        fields = []

    @property
    def sort_order(self) -> str:
        default = "relevance" if (self.data.get("q") or "").strip() else "newest"
        value = self.form.cleaned_data.get("sort") if hasattr(self.form, "cleaned_data") else None
        return value or default

    @property
    def text_only(self) -> bool:
        """True when a query is the only restriction (the index alone can count and rank)."""
        self.qs  # noqa: B018 (running the filters parses the query)
        data = self.form.cleaned_data
        return (self.parsed is not None and not self.parsed.is_empty
                and not any(data.get(name) for name in ("date_from", "date_to", "entity",
                                                         "speaker", "source", "language")))

    def page_source(self, listing: Callable[[QuerySet], QuerySet]):
        """Return (rows to paginate, count function or None) for the results page.

        `listing` adds what the shown rows need (columns, prefetches). A query with no other
        filter, sorted by relevance, is ranked and counted on the search index alone. Otherwise
        the facet sample (the newest matches) is read first: when it holds every match, the page
        is sorted, ranked and counted from it; when it does not, its articles are the first
        pages, newest first or ranked among themselves.
        """
        shown = listing(Article.objects.all())
        if self.sort_order == "relevance" and self.text_only:
            return (IdListing(lambda start, stop: ranked_ids(self.parsed, offset=start,
                                                             limit=stop - start,
                                                             recent=self._recent()), shown),
                    lambda cap: min(len(self._recent()), cap + 1))
        rows = self.sample_rows()
        if len(rows) <= SAMPLE_SIZE:
            ids = self._ordered_ids(rows)
            return IdListing(lambda start, stop: ids[start:stop], shown), lambda cap: len(ids)
        if self.sort_order == "oldest":
            return listing(self.qs), None
        # Newest first, or by relevance among the SAMPLE_SIZE newest matches; later pages go on
        # with the older matches, newest first (bounded work, like a plain query's window).
        ids = self._ordered_ids(rows[:SAMPLE_SIZE])
        newest = self.matching.order_by(F("published").desc(nulls_last=True), "-id")
        return IdListing(lambda start, stop: ids[start:stop], shown,
                         fallback=listing(newest)), None

    def sample_rows(self) -> list[tuple]:
        """Up to SAMPLE_SIZE + 1 matching articles as `facets.FIELDS` rows: the newest ones, or
        for a plain text query ranked by relevance the most recently added (picked on the index)."""
        if getattr(self, "_sample", None) is None:
            if self.sort_order == "relevance" and self.text_only:
                ids = self._recent()[:SAMPLE_SIZE + 1]
                sample = Article.objects.filter(pk__in=id_set(ids)) if ids else self.matching.none()
            else:
                sample = self.matching.order_by(F("published").desc(nulls_last=True), "-id")
            self._sample = list(sample.values_list(*FIELDS)[:SAMPLE_SIZE + 1])
        return self._sample

    def _recent(self) -> list[int]:
        """The most recently added matches of a plain text query, up to the count's cap + 1:
        one read of the index gives the count and the facet sample."""
        if getattr(self, "_recent_ids", None) is None:
            self._recent_ids = recent_ids(self.parsed, limit=COUNT_CAP + 1)
        return self._recent_ids

    def _ordered_ids(self, rows: list[tuple]) -> list[int]:
        """Sort sample rows (id, published, …) as the page asks; undated articles come last."""
        def newest(row):
            return (row[1] is not None, row[1] or date.min, row[0])

        if self.sort_order == "oldest":
            rows = sorted(rows, key=lambda row: (row[1] is None, row[1] or date.min, row[0]))
        elif self.sort_order == "relevance" and self.parsed and not self.parsed.is_empty:
            score = scores(self.parsed, [row[0] for row in rows])
            rows = sorted(rows, key=lambda row: (score.get(row[0], 0.0), *newest(row)),
                          reverse=True)
        else:
            rows = sorted(rows, key=newest, reverse=True)
        return [row[0] for row in rows]

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        self._matching = queryset
        if self.sort_order == "relevance" and self.parsed is not None and not self.parsed.is_empty:
            ranked = search_articles(queryset, self.parsed, order="relevance")
            return ranked.order_by("-rank", "-published", "-id")
        if self.sort_order == "oldest":
            return queryset.order_by(F("published").asc(nulls_last=True), "id")
        return queryset.order_by(F("published").desc(nulls_last=True), "-id")

    # Subqueries rather than joins: no duplicate rows, so no DISTINCT to fight the ranking.
    def filter_entity(self, queryset, name, value):
        slugs = self._slugs("entity")
        if not slugs:
            return queryset
        return queryset.filter(pk__in=Mention.objects.filter(entity__slug__in=slugs)
                               .values("article_id"))

    def filter_speaker(self, queryset, name, value):
        slugs = self._slugs("speaker")
        if not slugs:
            return queryset
        return queryset.filter(pk__in=Quote.objects.filter(speaker__slug__in=slugs)
                               .exclude(status=QuoteStatus.REJECTED).values("article_id"))
