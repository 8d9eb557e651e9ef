"""The search page and its JSON twin: results, snippets, facets, errors."""

from pathlib import Path

import pytest
from django.urls import reverse

from articles.importers import import_paths

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@pytest.fixture
def seeds():
    import_paths([str(SEEDS)])


def search_json(client, **params):
    response = client.get(reverse("articles:search-json"), params)
    return response.status_code, response.json()


def test_json_results_carry_snippets_and_speakers(client, seeds):
    status, data = search_json(client, q="surmonter hiver")
    assert status == 200
    assert data["count"] == 1 and data["count_is_exact"]
    (result,) = data["results"]
    assert set(result) == {"id", "url", "title", "published", "date_precision", "source",
                           "language", "snippet", "speakers"}
    assert "<mark>surmonter</mark>" in result["snippet"] and "<mark>hiver</mark>" in result["snippet"]
    assert "Volodymyr Zelensky" in result["speakers"]
    assert result["published"] is None and result["date_precision"] == "unknown"
    assert data["next"] is None and data["previous"] is None


def test_facets_toggle_and_combine(client, seeds):
    _, data = search_json(client, q="otan")
    places = {f["value"]: f for f in data["facets"]["entities"]["place"]}
    assert places["roumanie"]["count"] == 2 and not places["roumanie"]["selected"]
    _, narrowed = search_json(client, q="otan", entity="roumanie")
    assert narrowed["count"] == 2
    selected = {f["value"]: f for f in narrowed["facets"]["entities"]["place"]}["roumanie"]
    assert selected["selected"] and "entity=" not in selected["toggle_url"]
    assert data["facets"]["date_unknown"] == 1
    months = {f["value"]: f["count"] for f in data["facets"]["months"]}
    assert months == {"2023-01": 1, "2022-12": 1, "2022-11": 2}


def test_invalid_filters_are_a_400_with_a_message(client, seeds):
    status, data = search_json(client, date_from="2022-13")
    assert status == 400
    assert "date_from" in data["errors"]
    page = client.get(reverse("articles:search"), {"date_to": "yesterday"},
                      HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 400
    assert "yesterday is not a date: write YYYY, YYYY-MM or YYYY-MM-DD." in page.content.decode()
    french = client.get(reverse("articles:search"), {"date_to": "hier"})
    assert "hier n’est pas une date : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ." in french.content.decode()


@pytest.mark.parametrize("params", [{"q": '"'}, {"q": "x" * 5000}, {"q": "a\x00b"},
                                    {"page": "99999999", "q": "otan"}, {"page": "-3"},
                                    {"sort": "sideways"}, {"q": "🙂 NEAR( AND"}])
def test_odd_requests_never_fail(client, seeds, params):
    assert client.get(reverse("articles:search"), params).status_code in (200, 400)
    assert client.get(reverse("articles:search-json"), params).status_code in (200, 400)


def test_snippets_escape_the_article_text(client, tmp_path):
    (tmp_path / "x.txt").write_text("Un titre\n\n<script>alert('missile')</script> missile ici.\n",
                                    encoding="utf-8")
    import_paths([str(tmp_path)])
    body = client.get(reverse("articles:search"), {"q": "missile"}).content.decode()
    assert "<script>alert" not in body
    assert "&lt;script&gt;" in body and "<mark>missile</mark>" in body


def test_search_page_says_what_it_found(client, seeds):
    body = client.get(reverse("articles:search"), {"q": "Patriot"},
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "3 articles" in body
    assert "<mark>Patriot</mark>" in body


def test_search_page_queries_are_bounded(client, seeds, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        client.get(reverse("articles:search"), {"q": "otan", "entity": "roumanie"})


def test_a_language_filter_is_said_in_words_lower_case_mid_sentence(client, seeds):
    # Choosing the language facet used to fail (a lazy language name in a join).
    french = client.get(reverse("articles:search"), {"q": "otan", "language": "fr"})
    assert french.status_code == 200
    body = french.content.decode()
    assert "« otan » en français" in body and "en Français" not in body
    english = client.get(reverse("articles:search"), {"q": "otan", "language": "fr"},
                         HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "“otan” in French" in english


def test_the_error_page_and_the_empty_page_help(client, seeds):
    body = client.get(reverse("articles:search"), {"date_from": "2022-13"}).content.decode()
    assert body.count("<h1") == 1 and 'aria-invalid="true" aria-describedby="errors"' in body
    empty = client.get(reverse("articles:search"), {"q": "zzzxqy"},
                       HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert empty.count("<h1") == 1
    assert 'href="/quotes/?q=zzzxqy"' in empty and "Nothing matches this search." in empty


def test_a_single_month_is_named_once_and_its_bar_sits_inside_the_chart(client, seeds):
    body = client.get(reverse("articles:search"), {"q": "otan", "date_from": "2022-11",
                                                   "date_to": "2022-11"},
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Per month: a single month, November 2022." in body
    assert "lang=\"fr\"" in body  # French titles and snippets are marked as French
