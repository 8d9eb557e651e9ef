"""Query parameters of the quotation, speaker and entity lists (django-filter FilterSets).

The date and free-text fields are those of the article search (articles/filters.py), so a value
that is valid there is valid here and is explained with the same words when it is not.
"""

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from articles.filters import SORTS, PartialDateFilter, QueryFilter, SearchFilters
from articles.models import Entity, EntityKind, Quote, QuoteStatus
from articles.quote_listing import DatedQuotes, newest_first, oldest_first, with_articles
from articles.search import search_quotes


class QuoteFilterSet(SearchFilters, django_filters.FilterSet):
    """Quotations: text, speakers (slugs, repeatable), period, fragments on request, order."""

    q = QueryFilter(label=_("search"), method="filter_q")
    speaker = django_filters.CharFilter(label=_("speaker"), method="filter_speaker")
    date_from = PartialDateFilter(label=_("from"), method="filter_date_from")
    date_to = PartialDateFilter(label=_("to"), method="filter_date_to")
    fragments = django_filters.BooleanFilter(label=_("include fragments"), method="filter_noop",
                                             widget=forms.CheckboxInput)
    sort = django_filters.ChoiceFilter(label=_("sort"), choices=SORTS, method="filter_noop",
                                       empty_label=None)

    class Meta:
        model = Quote
        fields = []

    search = staticmethod(search_quotes)
    article_path = "article__"
    default_sort = None  # None: by relevance when there are words, else newest first

    def __init__(self, data=None, queryset=None, *, default_sort: str | None = None, **kwargs):
        self.default_sort = default_sort
        if queryset is None:
            queryset = Quote.objects.all()
        super().__init__(data, queryset.exclude(status=QuoteStatus.REJECTED), **kwargs)

    @property
    def with_fragments(self) -> bool:
        return bool(self.form.cleaned_data.get("fragments")) if self.is_valid() else False

    @property
    def sort_order(self) -> str:
        default = self.default_sort or (
            "relevance" if (self.data.get("q") or "").strip() else "newest")
        value = self.form.cleaned_data.get("sort") if self.is_valid() else None
        return value or default

    def filter_queryset(self, queryset):
        if not self.with_fragments:
            queryset = queryset.statements()
        queryset = super().filter_queryset(queryset)
        self._matching = queryset
        if self.sort_order == "relevance" and self.parsed is not None and not self.parsed.is_empty:
            return search_quotes(queryset, self.parsed, order="relevance").order_by(
                "-rank", F("article__published").desc(nulls_last=True), "-article_id", "start")
        if self.sort_order == "oldest":
            return oldest_first(queryset)
        return newest_first(queryset)

    def page_source(self):
        """Return the rows to paginate: by date with no text or speaker to narrow them, a page
        at a time (articles/quote_listing.py); otherwise the ordered queryset."""
        data = self.form.cleaned_data
        if self.sort_order in ("newest", "oldest") and not (
                (self.parsed and not self.parsed.is_empty) or self._slugs("speaker")):
            return DatedQuotes(self.matching, newest=self.sort_order == "newest")
        return with_articles(self.qs) if data is not None else self.qs

    def filter_speaker(self, queryset, name, value):
        slugs = self._slugs("speaker")
        return queryset.filter(speaker__slug__in=slugs) if slugs else queryset


ENTITY_KINDS = [(value, label) for value, label in EntityKind.choices]


class NameFilterSet(django_filters.FilterSet):
    """A list of speakers or entities: a name or alias to look for, and an order."""

    q = QueryFilter(label=_("name"), method="filter_noop", max_length=100)

    class Meta:
        model = Entity
        fields = []

    def filter_noop(self, queryset, name, value):
        return queryset

    def value(self, name: str, default: str = "") -> str:
        return (self.form.cleaned_data.get(name) or default) if self.is_valid() else default


class SpeakerListFilterSet(NameFilterSet):
    """The speakers list: a name or alias to look for, or an order (most quoted lately or all
    by name)."""

    sort = django_filters.ChoiceFilter(
        label=_("order"), method="filter_noop", empty_label=None,
        choices=[("recent", _("most quoted lately")), ("name", _("all, by name"))])

    @property
    def ranked(self) -> bool:
        """True when the list is ranked (no name looked for, no order by name asked)."""
        return not self.value("q").strip() and self.value("sort", "recent") == "recent"


class EntityListFilterSet(SpeakerListFilterSet):
    """The entities list: a name or alias, a kind, an order."""

    kind = django_filters.ChoiceFilter(label=_("kind"), choices=ENTITY_KINDS,
                                       method="filter_noop", empty_label=_("all kinds"))
    sort = django_filters.ChoiceFilter(
        label=_("order"), method="filter_noop", empty_label=None,
        choices=[("recent", _("most mentioned lately")),
                 ("name", _("every entity, by name"))])
