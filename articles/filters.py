"""Query parameters of lists and exports, validated in one place (django-filter FilterSets)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Article
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


class ArticleFilterSet(django_filters.FilterSet):
    date_from = PartialDateFilter(label=_("from"), method="filter_date_from")
    date_to = PartialDateFilter(label=_("to"), method="filter_date_to")
    entity = django_filters.CharFilter(label=_("entity"), method="filter_entity")
    speaker = django_filters.CharFilter(label=_("speaker"), method="filter_speaker")
    source = django_filters.CharFilter(label=_("source"), field_name="outlet")
    language = django_filters.CharFilter(label=_("language"), field_name="language")

    class Meta:
        model = Article
        fields = []

    # An article known only to the month or year matches a range that overlaps its period;
    # undated articles never match a date filter.
    def filter_date_from(self, queryset, name, bounds):
        return queryset.filter(published_until__gte=bounds[0]) if bounds else queryset

    def filter_date_to(self, queryset, name, bounds):
        return queryset.filter(published__lte=bounds[1]) if bounds else queryset

    def filter_entity(self, queryset, name, value):
        slugs = self._slugs("entity")
        return queryset.filter(mentions__entity__slug__in=slugs).distinct() if slugs else queryset

    def filter_speaker(self, queryset, name, value):
        slugs = self._slugs("speaker")
        return queryset.filter(quotes__speaker__slug__in=slugs).distinct() if slugs else queryset

    def _slugs(self, name: str) -> list[str]:
        """Return every value of a repeatable parameter (several values mean OR)."""
        values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name)]
        return [v.strip()[:120] for v in values if v and v.strip()]
