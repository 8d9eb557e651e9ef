"""Timelines: how many articles (or quotations) per month, drawn as server-side SVG bars.

Counting is one grouped query on the articles' date span columns (`published`,
`published_until`, both in the `article_date_span` index): a day or a month counts in its month,
an article known only to the year is counted apart, undated ones too. The drawing is plain
geometry for the `articles/_timeline.html` template: each bar is a link to its period, so the
chart works without JavaScript. Spans longer than MAX_MONTHS months are drawn per year.
"""

import datetime
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.utils.formats import date_format

from articles.facets import LIMIT

MAX_MONTHS = 120
SAMPLE = 10_000  # a timeline reads at most this many rows: the most recently added ones
MAX_TICKS = 12
MIN_MONTHS = 12  # a short span is drawn over a year, so a few bars do not fill the chart
MONTH_FACETS = LIMIT * 4  # how many months the search facet lists (articles/facets.py)
WIDTH, HEIGHT = 1000, 100  # the SVG's viewBox; the template stretches it to the page width


@dataclass(frozen=True)
class Bar:
    period: str  # "2022-11", or "2022" on a per-year timeline
    label: str  # "novembre 2022", in the active language
    count: int
    url: str | None  # None for an empty period: nothing to filter to
    selected: bool
    x: float
    width: float
    height: float

    @property
    def y(self) -> float:
        return HEIGHT - self.height


@dataclass(frozen=True)
class Tick:
    left: float  # percent of the width
    label: str

    @property
    def align(self) -> str:
        """Where the label sits on its bar: near the edges it must not spill out of the chart."""
        return "start" if self.left < 4 else "end" if self.left > 96 else "middle"


@dataclass
class Timeline:
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    per_year: bool = False
    peak: int = 0
    year_only: int = 0  # counted items known only to their year (not on a monthly chart)
    undated: int = 0
    sample: int | None = None  # set when only the `sample` most recently added were counted

    @property
    def first(self) -> Bar | None:
        """The first period with something in it (the chart may start earlier)."""
        return next((bar for bar in self.bars if bar.count), None)

    @property
    def last(self) -> Bar | None:
        return next((bar for bar in reversed(self.bars) if bar.count), None)

    @property
    def single(self) -> bool:
        """Whether a single period holds everything drawn (the note then names it once)."""
        return self.first is self.last

    @property
    def total(self) -> int:
        return sum(bar.count for bar in self.bars)

    def __bool__(self) -> bool:
        return bool(self.bars)


def count_months(rows: Iterable[tuple]) -> tuple[Counter, Counter, int]:
    """Return (per-month counts, per-year counts of year-only dates, undated) from
    (published, published_until, count) rows."""
    months, years, undated = Counter(), Counter(), 0
    for first, last, n in rows:
        if first is None:
            undated += n
        elif (first.year, first.month) == (last.year, last.month):
            months[(first.year, first.month)] += n
        else:
            years[first.year] += n
    return months, years, undated


def article_rows(articles: QuerySet) -> QuerySet:
    """Return (published, published_until, count) rows of `articles`, one per distinct span."""
    return (articles.order_by().values("published", "published_until")
            .annotate(n=Count("pk")).values_list("published", "published_until", "n"))


def quote_rows(quotes: QuerySet) -> QuerySet:
    """Return (published, published_until, count) rows of `quotes`, by their article's date."""
    return (quotes.order_by().values("article__published", "article__published_until")
            .annotate(n=Count("pk"))
            .values_list("article__published", "article__published_until", "n"))


def period_label(year: int, month: int | None) -> str:
    if month is None:
        return str(year)
    return date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT")


def sampled(queryset: QuerySet, order: str, *, field: str = "pk", limit: int = SAMPLE):
    """Return a subquery of `field` over the first `limit` rows of queryset in `order`."""
    return queryset.order_by(order).values(field)[:limit]


def build_timeline(rows: Iterable[tuple], *, url_for: Callable[[str], str | None],
                   selected: str | None = None, limit: int | None = None) -> Timeline:
    """Return the timeline of (published, published_until, count) rows.

    `url_for(period)` gives the link of a period ("2022-11" or "2022"); `selected` is the period
    shown as chosen; `limit` is the sample size the rows were read from, if any.
    """
    months, year_only, undated = count_months(rows)
    timeline = draw(months, year_only, url_for=url_for, selected=selected)
    timeline.undated = undated
    if limit is not None and timeline.total + timeline.year_only + undated >= limit:
        timeline.sample = limit
    return timeline


def timeline_from_facets(facets, params) -> Timeline:
    """Return the timeline of a search page, drawn from its (sampled) period facets."""
    months, years, urls = Counter(), Counter(), {}
    for facet in facets.months:
        year, month = facet.value.split("-")
        months[(int(year), int(month))] = facet.count
        urls[facet.value] = facet.url
    for facet in facets.years:
        years[int(facet.value)] = facet.count
        urls[facet.value] = facet.url
    if len(facets.months) >= MONTH_FACETS:
        # The month facet keeps only the newest months: draw the years instead.
        months = Counter({(year, 1): n for year, n in years.items()})
        year_only = Counter()
    else:
        year_only = Counter(years)
        for (year, _), n in months.items():
            year_only[year] -= n
        year_only = +year_only
    timeline = draw(months, year_only, url_for=urls.get, selected=periods_selected(params),
                    force_years=len(facets.months) >= MONTH_FACETS)
    timeline.undated = facets.undated
    if not facets.exact:
        timeline.sample = facets.sample_size
    return timeline


def draw(months: Counter, year_only: Counter, *, url_for: Callable[[str], str | None],
         selected: str | None = None, force_years: bool = False) -> Timeline:
    """Return the bars of per-month counts (per-year ones when the span is long)."""
    timeline = Timeline(year_only=sum(year_only.values()))
    trailing = 0  # empty slots drawn after the last period
    years = {year for year, _ in months} | {year for year, n in year_only.items() if n}
    if not years:
        return timeline
    per_year = force_years or not months
    if months:
        first, last = min(months), max(months)
        span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
        per_year = per_year or span > MAX_MONTHS
    if per_year:
        counts = Counter()
        for (year, _), n in months.items():
            counts[year] += n
        counts.update(year_only)
        periods = [((year, None), counts[year]) for year in range(min(years), max(years) + 1)]
        timeline.per_year, timeline.year_only = True, 0
    else:
        periods = []
        if span < MIN_MONTHS:
            back = MIN_MONTHS - span
            year, month = first[0] + (first[1] - 1 - back) // 12, (first[1] - 1 - back) % 12 + 1
            first, span = (year, month), MIN_MONTHS
            # Room after the last bar, so a short span sits inside the chart, not flush against
            # its right edge (the periods, and the JSON made of them, stay the same).
            trailing = back // 2
        year, month = first
        for _ in range(span):
            periods.append(((year, month), months[(year, month)]))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    timeline.peak = max(n for _, n in periods)
    slots = len(periods) + trailing
    step = WIDTH / slots
    gap = step * 0.15 if slots > 1 else step * 0.3
    for i, ((year, month), n) in enumerate(periods):
        period = str(year) if month is None else f"{year}-{month:02d}"
        height = 0.0 if n == 0 else max(2.0, (HEIGHT - 4) * n / timeline.peak)
        timeline.bars.append(Bar(
            period=period, label=period_label(year, month), count=n,
            url=url_for(period) if n else None, selected=period == selected,
            x=round(i * step + gap / 2, 2), width=round(step - gap, 2), height=round(height, 2),
        ))
    timeline.ticks = _ticks(periods, slots)
    return timeline


def _ticks(periods: list[tuple], slots: int) -> list[Tick]:
    """Year labels under the bars: each January (or each year), thinned to MAX_TICKS; the chart
    has `slots` places, the periods the first ones."""
    n = slots
    ticks = [Tick(round(100 * (i + 0.5) / n, 2), str(year))
             for i, ((year, month), _) in enumerate(periods)
             if month in (None, 1) or i == 0]
    # A partial first year: its label would crowd the next January's.
    if len(ticks) > 1 and periods[0][0][1] not in (None, 1) and (
            ticks[1].left - ticks[0].left < 150 / MAX_TICKS):
        ticks = ticks[1:]
    every = -(-len(ticks) // MAX_TICKS)
    return ticks[::every]


def periods_selected(params) -> str | None:
    """Return the period (2022-11, 2022) chosen by date_from == date_to, if any."""
    value = params.get("date_from")
    return value if value and value == params.get("date_to") else None
