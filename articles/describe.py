"""Active filters in words and as removable chips ("3 articles mentioning Roumanie since
November 2022"), for the article search and the quotation search."""

import datetime
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from articles.facets import toggle_url
from articles.models import Entity
from articles.text.dates import parse_date_value


@dataclass(frozen=True)
class Chip:
    label: str
    url: str  # the same page without this filter


@dataclass
class ActiveFilters:
    chips: list[Chip] = field(default_factory=list)
    sentence: str = ""
    clear_url: str = ""  # the same search with no filter left

    def __bool__(self) -> bool:
        return bool(self.sentence)


def _values(params: QueryDict, name: str) -> list[str]:
    return [v.strip()[:120] for v in params.getlist(name) if v and v.strip()]


def _either(names: list[str]) -> str:
    return _(" or ").join(str(name) for name in names)


def _date(value: str) -> tuple[str, bool]:
    """Return a date value written for people (29 novembre 2022, novembre 2022, 2022) and
    whether it is a day."""
    parsed = parse_date_value(value)
    if parsed.precision == "day":
        return date_format(datetime.date(parsed.year, parsed.month, parsed.day), "j F Y"), True
    if parsed.precision == "month":
        return date_format(datetime.date(parsed.year, parsed.month, 1), "YEAR_MONTH_FORMAT"), False
    return str(parsed.year), False


def _without(params: QueryDict, *names: str) -> str:
    query = params.copy()
    for name in (*names, "page"):
        query.pop(name, None)
    return "?" + query.urlencode()


def _period(params: QueryDict, chips: list[Chip]) -> str:
    """Return the date range in words, adding its chips."""
    start, end = params.get("date_from", "").strip(), params.get("date_to", "").strip()
    if start and start == end:
        label, day = _date(start)
        words = (_("on %(day)s") % {"day": label} if day
                 else _("in %(period)s") % {"period": label})
        chips.append(Chip(words, _without(params, "date_from", "date_to")))
        return words
    parts = []
    if start:
        label, day = _date(start)
        words = (_("since %(day)s") % {"day": label} if day
                 else _("since %(period)s") % {"period": label})
        chips.append(Chip(words, _without(params, "date_from")))
        parts.append((label, words))
    if end:
        label, day = _date(end)
        words = (_("until %(day)s") % {"day": label} if day
                 else _("until %(period)s") % {"period": label})
        chips.append(Chip(words, _without(params, "date_to")))
        parts.append((label, words))
    if len(parts) == 2:
        return _("from %(start)s to %(end)s") % {"start": parts[0][0], "end": parts[1][0]}
    return parts[0][1] if parts else ""


def _language(code: str) -> str:
    """Return a language's name as written mid-sentence (French: "en français")."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def _number(n: int) -> str:
    return number_format(n, force_grouping=True)


def _count(paginator, exact: str, capped: str) -> str:
    """`exact` with the count, or `capped` with the cap when the count stopped there."""
    if paginator.count_is_exact:
        return exact % {"count": _number(paginator.count)}
    return capped % {"count": _number(paginator.cap)}


def _describe(filterset, params: QueryDict, count: str, slugs: dict[str, str],
              extra: list[tuple[str, list[Chip]]] = ()) -> ActiveFilters:
    """Assemble the sentence and chips from the parts each page knows about."""
    active = ActiveFilters()
    clauses = []
    words = (filterset.form.cleaned_data.get("q") or "").strip()
    if words:
        clauses.append(_("matching “%(words)s”") % {"words": words})
    names = dict(Entity.objects.filter(slug__in=[s for name in slugs for s in
                                                 _values(params, name)])
                 .values_list("slug", "name"))
    for name, phrase in slugs.items():
        values = _values(params, name)
        if values:
            clauses.append(phrase % {"names": _either([names.get(v, v) for v in values])})
            active.chips += [Chip(names.get(v, v), toggle_url(params, name, v)) for v in values]
    for clause, chips in extra:
        clauses.append(clause)
        active.chips += chips
    period = _period(params, active.chips)
    if period:
        clauses.append(period)
    if clauses:
        active.sentence = " ".join([count, *clauses])
    active.clear_url = "?" + _keep(params, "q", "sort")
    return active


def _keep(params: QueryDict, *names: str) -> str:
    query = QueryDict(mutable=True)
    for name in names:
        if params.getlist(name):
            query.setlist(name, params.getlist(name))
    return query.urlencode()


def describe_articles(filterset, params: QueryDict, paginator) -> ActiveFilters:
    """Return the active filters of the article search, in words and as chips."""
    count = _count(paginator,
                   ngettext("%(count)s article", "%(count)s articles", paginator.count),
                   _("More than %(count)s articles"))
    extra = []
    sources = _values(params, "source")
    if sources:
        extra.append((_("from %(sources)s") % {"sources": _either(sources)},
                      [Chip(s, toggle_url(params, "source", s)) for s in sources]))
    languages = _values(params, "language")
    if languages:
        extra.append((_("in %(languages)s") % {"languages": _either(
            [_language(code) for code in languages])},
            [Chip(capfirst(_language(code)), toggle_url(params, "language", code))
             for code in languages]))
    return _describe(filterset, params, count, {"entity": _("mentioning %(names)s"),
                                                "speaker": _("quoting %(names)s")}, extra)


def describe_quotes(filterset, params: QueryDict, paginator) -> ActiveFilters:
    """Return the active filters of the quotation search, in words and as chips."""
    count = _count(paginator,
                   ngettext("%(count)s quotation", "%(count)s quotations", paginator.count),
                   _("More than %(count)s quotations"))
    extra = []
    if filterset.with_fragments:
        extra.append((_("fragments included"),
                      [Chip(_("fragments included"), _without(params, "fragments"))]))
    return _describe(filterset, params, count, {"speaker": _("by %(names)s")}, extra)
