"""Timelines (articles/timeline.py) and the article text renderer (articles/reading.py)."""

import datetime
from collections import Counter

from django.utils import translation

from articles.reading import Span, render_text
from articles.timeline import MIN_MONTHS, build_timeline, count_months, draw

D = datetime.date


def test_counts_put_days_and_months_in_their_month_and_keep_years_and_undated_apart():
    rows = [(D(2022, 11, 29), D(2022, 11, 29), 2), (D(2022, 11, 1), D(2022, 11, 30), 1),
            (D(2022, 1, 1), D(2022, 12, 31), 4), (None, None, 3), (D(2023, 1, 5), D(2023, 1, 5), 1)]
    months, years, undated = count_months(rows)
    assert months == Counter({(2022, 11): 3, (2023, 1): 1})
    assert years == Counter({2022: 4}) and undated == 3


def test_bars_cover_every_month_with_links_only_where_something_is():
    rows = [(D(2021, 11, 2), D(2021, 11, 2), 1), (D(2022, 12, 3), D(2022, 12, 3), 4)]
    with translation.override("fr"):
        timeline = build_timeline(rows, url_for=lambda p: f"?m={p}", selected="2022-12")
    periods = [bar.period for bar in timeline.bars]
    assert periods[0] == "2021-11" and periods[-1] == "2022-12" and len(periods) == 14
    linked = [(bar.period, bar.url, bar.count) for bar in timeline.bars if bar.url]
    assert linked == [("2021-11", "?m=2021-11", 1), ("2022-12", "?m=2022-12", 4)]
    last = timeline.bars[-1]
    assert last.selected and last.label == "décembre 2022" and last.height > timeline.bars[0].height
    assert timeline.peak == 4 and timeline.total == 5
    assert [(t.label, t.align) for t in timeline.ticks] == [("2021", "start"), ("2022", "middle")]


def test_a_short_span_is_drawn_over_a_year_ending_with_the_last_month_inside_the_chart():
    timeline = draw(Counter({(2023, 1): 2}), Counter(), url_for=str)
    assert len(timeline.bars) == MIN_MONTHS
    assert timeline.bars[0].period == "2022-02" and timeline.bars[-1].period == "2023-01"
    assert all(bar.x + bar.width <= 1000 for bar in timeline.bars)
    # The lone bar sits inside the chart, well away from both edges, and is wide enough to see.
    (bar,) = [bar for bar in timeline.bars if bar.count]
    assert 500 < bar.x < bar.x + bar.width < 800 and bar.width >= 45
    assert timeline.single and timeline.first is bar


def test_a_long_span_is_drawn_per_year_with_year_only_dates_included():
    months = Counter({(2000, 5): 1, (2015, 3): 2})
    timeline = draw(months, Counter({2015: 3}), url_for=lambda p: p)
    assert timeline.per_year and len(timeline.bars) == 16
    assert timeline.bars[-1].period == "2015" and timeline.bars[-1].count == 5
    assert len(timeline.ticks) <= 12


def test_only_year_known_dates_still_draw_years():
    timeline = build_timeline([(D(2020, 1, 1), D(2020, 12, 31), 2)], url_for=str)
    assert [(b.period, b.count) for b in timeline.bars] == [("2020", 2)]


def test_nothing_to_draw_is_falsy():
    assert not build_timeline([(None, None, 4)], url_for=str)


def span(start, end, name="Jens Stoltenberg", fragment=False, anchor="q1"):
    return Span(start=start, end=end, anchor=anchor, speaker=name,
                speaker_url="" if fragment else "/speakers/jens/", fragment=fragment, title=name)


def test_quotes_are_set_off_with_the_speaker_after_the_closing_mark():
    text = "Il a dit « nous gagnerons ». Puis rien.\n\nUn <b>autre</b> paragraphe."
    start = text.index("nous")
    html = render_text(text, [span(start, start + len("nous gagnerons"))])
    assert html.startswith('<p>Il a dit « <q id="q1" class="said" title="Jens Stoltenberg">'
                           'nous gagnerons</q> » <a class="said-by" href="/speakers/jens/">'
                           "Jens Stoltenberg</a>. Puis rien.</p>")
    assert "<p>Un &lt;b&gt;autre&lt;/b&gt; paragraphe.</p>" in html


def test_a_quote_over_two_paragraphs_is_reopened_and_fragments_have_no_speaker_link():
    text = "« Premier temps.\n\nSecond temps » et « bref » fin."
    html = render_text(text, [span(2, text.index(" »"), anchor="q7"),
                              span(text.index("bref"), text.index("bref") + 4, fragment=True,
                                   anchor="q8")])
    first, second = html.split("\n")
    assert first == '<p>« <q id="q7" class="said" title="Jens Stoltenberg">Premier temps.</q></p>'
    assert second.startswith('<p><q class="said" title="Jens Stoltenberg">Second temps</q> » '
                             '<a class="said-by"')
    assert '<q id="q8" class="said fragment" title="Jens Stoltenberg">bref</q> » fin.' in second


def test_overlapping_or_out_of_range_spans_are_ignored():
    text = "« un deux trois »"
    html = render_text(text, [span(2, 15, anchor="q1"), span(5, 9, anchor="q2"),
                              span(10, 99, anchor="q3")])
    assert html.count("<q ") == 1 and 'id="q1"' in html


def test_search_timeline_is_drawn_from_the_period_facets():
    from articles.facets import Facet, Facets
    from articles.timeline import timeline_from_facets

    facets = Facets(years=[Facet("2022", "2022", 7, False, "?y")],
                    months=[Facet("2022-12", "2022-12", 3, False, "?d"),
                            Facet("2022-11", "2022-11", 3, True, "?n")],
                    undated=2, exact=False, sample_size=1000)
    timeline = timeline_from_facets(facets, {"date_from": "2022-11", "date_to": "2022-11"})
    assert [(b.period, b.count, b.url) for b in timeline.bars if b.count] == [
        ("2022-11", 3, "?n"), ("2022-12", 3, "?d")]
    assert [b.period for b in timeline.bars if b.selected] == ["2022-11"]
    assert (timeline.year_only, timeline.undated, timeline.sample) == (1, 2, 1000)
