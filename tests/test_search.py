"""Search on the seeds: the same results on SQLite and PostgreSQL (the suite runs on both)."""

from pathlib import Path

import pytest
from django.core.management import call_command
from django.http import QueryDict

from articles.filters import ArticleFilterSet
from articles.importers import import_paths
from articles.models import Article, Quote
from articles.search import parse, search_articles, search_quotes

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@pytest.fixture
def seeds():
    import_paths([str(SEEDS)])


def found(**params) -> list[str]:
    data = QueryDict(mutable=True)
    for name, value in params.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    filterset = ArticleFilterSet(data, queryset=Article.objects.all())
    assert filterset.is_valid(), filterset.errors
    return sorted(a.origin.split("/")[-1][:3] for a in filterset.qs)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "missile"}, ["000", "003", "004"]),
        ({"q": "defense aerienne"}, ["000", "001", "003", "004"]),
        ({"q": '"défense aérienne"'}, ["001", "003", "004"]),
        ({"q": "Patriot"}, ["000", "001", "003"]),
        ({"q": "Stoltenberg -Zelensky"}, ["001", "002", "003"]),
        ({"q": "otan", "date_from": "2022-12"}, ["000", "002"]),
        ({"date_from": "2022-11-29", "date_to": "2022-11-29"}, ["001", "003"]),
        ({"entity": "roumanie"}, ["003", "004"]),
        ({"speaker": "volodymyr-zelensky"}, ["004"]),
        ({"q": "MISSILES"}, ["000", "003", "004"]),
        ({"q": "négociation"}, ["000"]),
        ({"q": "Ukraine"}, ["000", "001", "002", "003", "004"]),
        ({"q": "missil*"}, ["000", "003", "004"]),
        ({"q": "Bucarest OR Ramstein"}, ["001", "002", "003"]),
        ({"q": "anti"}, ["000", "003"]),
        ({"q": "-zelensky"}, []),
        ({"entity": ["roumanie", "allemagne"]}, ["002", "003", "004"]),
        ({"date_to": "2022"}, ["000", "001", "003"]),
    ],
)
def test_seed_searches(seeds, params, expected):
    assert found(**params) == expected


@pytest.mark.parametrize("query", ['"', "-", "AND", "NOT", "NEAR(", ":", "*", "()", "' OR 1=1 --",
                                   "a\x00b", "x" * 5000, "🙂🙂", 'missile"', "-(", "otan:*"])
def test_hostile_queries_never_fail(seeds, query):
    filterset = ArticleFilterSet(QueryDict(mutable=True) | {"q": query},
                                 queryset=Article.objects.all())
    assert filterset.is_valid()
    list(filterset.qs)


def test_invalid_date_is_a_clear_error(seeds):
    from django.utils import translation

    with translation.override("en"):
        filterset = ArticleFilterSet({"date_from": "2022-13"}, queryset=Article.objects.all())
        assert not filterset.is_valid()
        assert "2022-13 is not a date" in str(filterset.errors["date_from"])


def test_quote_search_by_speaker(seeds):
    quotes = search_quotes(Quote.objects.filter(speaker__slug="jens-stoltenberg"),
                           parse("Moscou armes"))
    assert [q.text[:34] for q in quotes] == ["Moscou pourrait déposer les armes "]


def test_index_follows_deletes_and_rebuild(seeds):
    from tests.test_importers import index_rows

    article = Article.objects.get(origin__contains="004_")
    article.delete()
    assert found(q="Zelensky") == ["000"]
    # the deleted article's quotes leave the quote index too (on SQLite, a trigger that a
    # migration rebuilding the quote table must make again)
    assert sorted(row[0] for row in index_rows()[1]) == sorted(
        Quote.objects.values_list("pk", flat=True))
    call_command("rebuild_search_index")
    assert found(q="Zelensky") == ["000"]
    assert found(q="missile") == ["000", "003"]


def test_rejecting_a_quote_takes_it_out_of_quote_search(seeds):
    from articles.curation import set_quote_status

    parsed = parse("surmonter hiver")
    assert search_quotes(Quote.objects.all(), parsed).count() == 1
    set_quote_status(quotes=Quote.objects.filter(text__startswith="Nous devons surmonter"),
                     status="rejected")
    assert search_quotes(Quote.objects.exclude(status="rejected"), parsed).count() == 0


RANKING_CORPUS = [
    ("Missiles sur Kiev", "Les missiles sont tombés sur la ville. Des missiles encore."),
    ("Réunion de l'OTAN", "Les ministres ont parlé de missiles une fois."),
    ("Météo du jour", "Il fera beau. On a aussi parlé de missiles, de drones, de chars, "
                      "de budgets, de ministres et de beaucoup d'autres choses encore."),
]


def test_ranking_title_hits_first_then_density(tmp_path):
    for i, (title, body) in enumerate(RANKING_CORPUS):
        (tmp_path / f"{i}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    import_paths([str(tmp_path)])
    ranked = search_articles(Article.objects.all(), parse("missile"), order="relevance")
    assert [a.title for a in ranked.order_by("-rank", "-published", "-id")] == [
        "Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]


def _ranking_corpus(tmp_path):
    for i, (title, body) in enumerate(RANKING_CORPUS):
        (tmp_path / f"{i}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    import_paths([str(tmp_path)])
    for day, title in enumerate(["Météo du jour", "Missiles sur Kiev", "Réunion de l'OTAN"], 1):
        Article.objects.filter(title=title).update(published=f"2022-11-{day:02d}",
                                                   published_until=f"2022-11-{day:02d}",
                                                   date_precision="day")


def titles_of(params, start=0, stop=20):
    filterset = ArticleFilterSet(params, queryset=Article.objects.all())
    assert filterset.is_valid(), filterset.errors
    rows, counter = filterset.page_source(lambda qs: qs)
    return [a.title for a in rows[start:stop]], counter


def test_text_only_queries_rank_on_the_index_alone(tmp_path):
    from articles.search import ranked_ids

    _ranking_corpus(tmp_path)
    by_id = dict(Article.objects.values_list("pk", "title"))
    assert [by_id[pk] for pk in ranked_ids(parse("missile"), offset=0, limit=10)] == [
        "Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]
    assert [by_id[pk] for pk in ranked_ids(parse("missile"), offset=1, limit=1)] == [
        "Réunion de l'OTAN"]
    titles, counter = titles_of({"q": "missile"})
    assert titles == ["Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]
    assert counter(10) == 3
    assert titles_of({"q": "missile"}, 1, 2)[0] == ["Réunion de l'OTAN"]


def test_filtered_queries_rank_sort_and_count_from_the_sample(tmp_path):
    _ranking_corpus(tmp_path)
    titles, counter = titles_of({"q": "missile", "language": "fr"})
    assert titles == ["Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]
    assert counter(10) == 3
    assert titles_of({"q": "missile", "language": "fr", "sort": "newest"})[0] == [
        "Réunion de l'OTAN", "Missiles sur Kiev", "Météo du jour"]
    assert titles_of({"q": "missile", "sort": "oldest"})[0] == [
        "Météo du jour", "Missiles sur Kiev", "Réunion de l'OTAN"]
    assert titles_of({"date_from": "2022-11-02"})[0] == ["Réunion de l'OTAN", "Missiles sur Kiev"]
    Article.objects.filter(title="Météo du jour").update(published=None, published_until=None,
                                                        date_precision="unknown")
    # Undated articles come last, newest or oldest first.
    assert titles_of({})[0] == ["Réunion de l'OTAN", "Missiles sur Kiev", "Météo du jour"]
    assert titles_of({"sort": "oldest"})[0] == [
        "Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]


def test_pages_past_the_sample_come_from_the_database(tmp_path, monkeypatch):
    import articles.facets
    import articles.filters

    _ranking_corpus(tmp_path)
    monkeypatch.setattr(articles.filters, "SAMPLE_SIZE", 1)
    monkeypatch.setattr(articles.facets, "SAMPLE_SIZE", 1)
    newest = ["Réunion de l'OTAN", "Missiles sur Kiev", "Météo du jour"]
    titles, counter = titles_of({"language": "fr"}, 0, 1)
    assert titles == newest[:1] and counter is None
    assert titles_of({"language": "fr"}, 1, 3)[0] == newest[1:]
    assert titles_of({"language": "fr", "sort": "oldest"}, 0, 3)[0] == newest[::-1]
    # By relevance, a filtered search ranks its sample (here the newest match alone), then the
    # older matches follow newest first: wider samples rank more, the page is still complete.
    monkeypatch.setattr(articles.filters, "SAMPLE_SIZE", 2)
    assert titles_of({"q": "missile", "language": "fr"}, 0, 3)[0] == [
        "Missiles sur Kiev", "Réunion de l'OTAN", "Météo du jour"]
    assert titles_of({"q": "missile", "language": "fr"}, 2, 3)[0] == ["Météo du jour"]
    assert titles_of({"q": "missile", "language": "fr"}, 1, 3)[0] == [
        "Réunion de l'OTAN", "Météo du jour"]
    monkeypatch.setattr(articles.filters, "SAMPLE_SIZE", 1)
    assert titles_of({"q": "missile", "language": "fr"}, 0, 3)[0] == [
        "Réunion de l'OTAN", "Missiles sur Kiev", "Météo du jour"]
    filterset = ArticleFilterSet({"language": "fr"}, queryset=Article.objects.all())
    assert filterset.is_valid()
    facets = articles.facets.all_facets(filterset.sample_rows(), QueryDict())
    assert not facets.exact and facets.sample_size == 1


def test_ranking_stops_at_the_window_and_goes_on_newest_added_first(tmp_path, monkeypatch):
    import articles.search
    from articles.search import ranked_ids

    _ranking_corpus(tmp_path)
    by_id = dict(Article.objects.values_list("pk", "title"))
    oldest_added = min(by_id)
    monkeypatch.setattr(articles.search, "RANK_WINDOW", 2)
    ranked = [by_id[pk] for pk in ranked_ids(parse("missile"), offset=0, limit=10)]
    assert ranked[2] == by_id[oldest_added]  # outside the window, after the ranked two
    assert set(ranked) == set(by_id.values()) and len(ranked) == 3
    assert ranked_ids(parse("missile"), offset=1, limit=2) == ranked_ids(
        parse("missile"), offset=0, limit=3)[1:]
    assert [by_id[pk] for pk in ranked_ids(parse("missile"), offset=2, limit=5)] == [
        by_id[oldest_added]]
