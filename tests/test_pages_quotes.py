"""The quotation search (/quotes/) and its twins; the search's CSV and Atom twins; active
filters in words and as chips."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.urls import reverse

from articles.importers import import_paths
from articles.models import Quote
from articles.quote_listing import DatedQuotes, newest_first, oldest_first
from articles.search import index_articles
from tests.factories import add_quoting_articles, make_article, make_entity, make_quote
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def seeds():
    import_paths([str(SEEDS)])


@pytest.fixture
def quotes():
    jens = make_entity("Jens Stoltenberg")
    zelensky = make_entity("Volodymyr Zelensky")
    old = make_article(title="Ancien", published=datetime.date(2022, 11, 29))
    new = make_article(title="Récent", published=datetime.date(2023, 1, 1), date_precision="month")
    undated = make_article(title="Sans date", published=None, date_precision="unknown")
    make_quote(old, jens, text="Les missiles Patriot protègeront la Pologne", start=0)
    make_quote(new, jens, text="Nous livrerons davantage d'armes lourdes à l'Ukraine", start=0)
    make_quote(new, zelensky, text="Nous devons surmonter cet hiver ensemble", start=100)
    make_quote(new, zelensky, text="hiver", kind="fragment", start=200)
    make_quote(undated, zelensky, text="Un texte rejeté par le curateur de garde", start=0,
               status="rejected")
    make_quote(undated, None, text="Une phrase sans locuteur connu du tout", start=100)
    index_articles([old.pk, new.pk, undated.pk])
    return {"jens": jens, "zelensky": zelensky}


def texts(data) -> list[str]:
    return [r["text"] for r in data["results"]]


def test_quotes_newest_first_statements_only(client, quotes):
    data = client.get(reverse("articles:quotes-json")).json()
    assert texts(data) == ["Nous livrerons davantage d'armes lourdes à l'Ukraine",
                           "Nous devons surmonter cet hiver ensemble",
                           "Les missiles Patriot protègeront la Pologne",
                           "Une phrase sans locuteur connu du tout"]
    assert data["count"] == 4 and data["count_is_exact"]
    first = data["results"][0]
    assert set(first) == {"id", "text", "kind", "status", "url", "speaker", "article"}
    assert first["article"]["published"] == "2023-01" and first["speaker"]["slug"] == \
        "jens-stoltenberg"
    oldest = client.get(reverse("articles:quotes-json"), {"sort": "oldest"}).json()
    assert texts(oldest)[0] == "Les missiles Patriot protègeront la Pologne"
    assert texts(oldest)[-1] == "Une phrase sans locuteur connu du tout"


def test_words_speakers_dates_and_fragments(client, quotes):
    found = client.get(reverse("articles:quotes-json"), {"q": "missile"}).json()
    assert texts(found) == ["Les missiles Patriot protègeront la Pologne"]
    with_fragments = client.get(reverse("articles:quotes-json"),
                                {"q": "hiver", "fragments": "1"}).json()
    assert sorted(texts(with_fragments)) == ["Nous devons surmonter cet hiver ensemble", "hiver"]
    by_jens = client.get(reverse("articles:quotes-json"), {"speaker": "jens-stoltenberg"}).json()
    assert len(by_jens["results"]) == 2
    either = client.get(reverse("articles:quotes-json"),
                        {"speaker": ["jens-stoltenberg", "volodymyr-zelensky"]}).json()
    assert either["count"] == 3
    november = client.get(reverse("articles:quotes-json"),
                          {"date_from": "2022-11", "date_to": "2022-11"}).json()
    assert texts(november) == ["Les missiles Patriot protègeront la Pologne"]
    bad = client.get(reverse("articles:quotes-json"), {"date_to": "demain"})
    assert bad.status_code == 400 and "date_to" in bad.json()["errors"]
    assert client.get(reverse("articles:quotes"), {"date_to": "demain"}).status_code == 400


def test_facets_count_speakers_and_periods_and_toggle(client, quotes):
    facets = client.get(reverse("articles:quotes-json")).json()["facets"]
    assert [(f["value"], f["count"]) for f in facets["speakers"]] == [
        ("jens-stoltenberg", 2), ("volodymyr-zelensky", 1)]
    assert [(f["value"], f["count"]) for f in facets["months"]] == [("2023-01", 2),
                                                                    ("2022-11", 1)]
    assert facets["date_unknown"] == 1
    toggled = client.get(reverse("articles:quotes-json"), {"speaker": "jens-stoltenberg"}).json()
    jens = toggled["facets"]["speakers"][0]
    assert jens["selected"] and jens["toggle_url"] == "?"


def test_quotes_page_says_what_it_shows(client, quotes):
    body = client.get(reverse("articles:quotes"), {"speaker": "jens-stoltenberg",
                                                   "date_from": "2022-11"},
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "2 quotations by Jens Stoltenberg since November 2022" in body
    assert 'href="?date_from=2022-11"' in body  # the chip that removes the speaker
    assert 'href="?speaker=jens-stoltenberg"' in body  # the chip that removes the date
    assert "/speakers/jens-stoltenberg/" in body
    french = client.get(reverse("articles:quotes"), {"speaker": "jens-stoltenberg",
                                                     "date_from": "2022-11"}).content.decode()
    assert "2 citations de Jens Stoltenberg depuis novembre 2022" in french
    empty = client.get(reverse("articles:quotes"), {"q": "zzzzzz"},
                       HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "No quotation matches." in empty


def test_quotes_csv_streams_every_row(client, quotes):
    response = client.get(reverse("articles:quotes-csv"), {"speaker": "jens-stoltenberg"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["id", "text", "kind", "speaker", "speaker_slug", "article_id",
                       "article_title", "published", "date_precision", "source", "url"]
    assert [(r[1], r[3], r[7]) for r in rows[1:]] == [
        ("Nous livrerons davantage d'armes lourdes à l'Ukraine", "Jens Stoltenberg", "2023-01"),
        ("Les missiles Patriot protègeront la Pologne", "Jens Stoltenberg", "2022-11-29")]


def test_dated_pages_match_a_full_sort(db):
    speakers = [make_entity(f"Orateur {i}") for i in range(3)]
    for i in range(12):
        article = make_article(published=datetime.date(2020, 1 + i % 12, 1 + i),
                               date_precision="day" if i % 5 else "month")
        for j in range(i % 3 + 1):
            make_quote(article, speakers[j], start=j * 100, text=f"Une phrase complète {i} {j}")
    undated = make_article(published=None, date_precision="unknown")
    make_quote(undated, speakers[0], text="Une phrase complète sans date")
    quotes = Quote.objects.statements()
    for newest, full_sort in ((True, newest_first), (False, oldest_first)):
        paged = DatedQuotes(quotes, newest=newest)
        expected = [q.pk for q in full_sort(quotes)]
        got = [q.pk for start in range(0, 30, 7) for q in paged[start:start + 7]]
        assert got == expected and len(got) == 25
        assert got[-1] == quotes.get(article__published__isnull=True).pk  # undated last


def test_search_csv_has_every_matching_article(client, seeds):
    response = client.get(reverse("articles:search-csv"), {"q": "otan", "sort": "newest"})
    assert response["Content-Disposition"] == 'attachment; filename="verbatim-search.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["id", "url", "title", "published", "date_precision", "source", "language",
                       "speakers"]
    assert len(rows) == 1 + client.get(reverse("articles:search-json"), {"q": "otan"}).json()[
        "count"]
    assert [r[3] for r in rows[1:]] == sorted((r[3] for r in rows[1:] if r[3]),
                                              reverse=True) + [r[3] for r in rows[1:] if not r[3]]
    assert any("Jens Stoltenberg" in r[7] for r in rows[1:])
    assert client.get(reverse("articles:search-csv"), {"date_from": "x"}).status_code == 400


def test_search_atom_follows_a_search(client, seeds):
    response = client.get(reverse("articles:search-atom"), {"q": "Patriot"})
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM}title").text == "Verbatim : Patriot"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    updated = [e.find(f"{ATOM}published").text for e in entries if e.find(f"{ATOM}published")
               is not None]
    assert updated == sorted(updated, reverse=True)
    assert all("<mark>" not in (e.find(f"{ATOM}summary").text or "") for e in entries)
    assert any("Patriot" in (e.find(f"{ATOM}summary").text or "") for e in entries)


def test_search_states_its_filters_in_words_with_removable_chips(client, seeds):
    body = client.get(reverse("articles:search"), {"q": "otan", "entity": "roumanie",
                                                   "date_from": "2022-11"},
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 article matching “otan” mentioning Roumanie since November 2022" in body
    assert 'href="?q=otan&amp;date_from=2022-11"' in body
    assert 'href="?q=otan&amp;entity=roumanie"' in body
    assert 'href="?q=otan"' in body  # remove every filter, keep the words
    french = client.get(reverse("articles:search"), {"entity": "roumanie", "date_from": "2022-11",
                                                     "date_to": "2022-11"}).content.decode()
    assert "1 article mentionnant Roumanie en novembre 2022" in french


@pytest.mark.parametrize("name, params", [
    ("articles:quotes", {}), ("articles:quotes", {"q": "nous", "speaker": "jens-stoltenberg"}),
    ("articles:quotes-json", {"date_from": "2020"}),
    ("articles:search-atom", {"q": "nous"}),
])
def test_queries_do_not_grow_with_the_archive(client, quotes, name, params,
                                              django_assert_max_num_queries):
    url = reverse(name)
    before = count_queries(client, url, params)
    index_articles(add_quoting_articles(quotes["jens"], 30))
    with django_assert_max_num_queries(8):
        client.get(url, params)
    assert count_queries(client, url, params) == before
