"""Speakers: the list and its twins, a speaker's page, JSON and Atom feed."""

import csv
import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from articles import twins
from articles.models import SlugRedirect
from articles.search import index_articles
from articles.speakers import add_counts
from tests.factories import add_quoting_articles, make_article, make_entity, make_quote
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def archive():
    """Jens (3 statements, a fragment, a rejected quote), Zelensky (1), an organisation (1),
    a place that 'speaks' (not a speaker), a person never quoted."""
    jens = make_entity("Jens Stoltenberg", aliases=["Stoltenberg", "le Norvégien"])
    zelensky = make_entity("Volodymyr Zelensky")
    nato = make_entity("OTAN", "organisation")
    moscow = make_entity("Moscou", "place")
    make_entity("Personne Jamais Citée")
    old = make_article(title="Bruxelles", published=datetime.date(2022, 11, 29))
    new = make_article(title="Kiev", published=datetime.date(2022, 12, 30))
    undated = make_article(title="Sans date", published=None, date_precision="unknown")
    make_quote(old, jens, text="La porte de l'Otan est ouverte à l'Ukraine", start=0)
    make_quote(new, jens, text="Chaque mètre regagné par les forces ukrainiennes compte", start=0)
    make_quote(new, jens, text="Nous devons aider l'Ukraine à tenir cet hiver", start=100)
    make_quote(new, jens, text="décisive", kind="fragment", start=200)
    make_quote(new, jens, text="Une phrase rejetée par un curateur ici", status="rejected",
               start=300)
    make_quote(undated, zelensky, text="Nous devons surmonter cet hiver ensemble", start=0)
    make_quote(undated, nato, text="L'Alliance restera unie face à la Russie", start=100)
    make_quote(old, moscow, text="Moscou ne reculera pas sur ce point précis", start=100)
    index_articles([old.pk, new.pk, undated.pk])
    return {"jens": jens, "zelensky": zelensky, "nato": nato, "moscow": moscow, "old": old,
            "new": new}


def get_json(client, name, status=200, **kwargs):
    response = client.get(reverse(name, kwargs=kwargs.pop("url_kwargs", None)), kwargs)
    assert response.status_code == status, response.content[:300]
    return response.json()


def test_list_counts_statements_of_people_and_organisations(client, archive):
    only_a_fragment = make_entity("Ana Fragment")
    make_quote(archive["old"], only_a_fragment, text="vite", kind="fragment", start=500)
    data = get_json(client, "articles:speakers-json", sort="name")
    assert data["order"] == "name"
    assert [(r["name"], r["quotes"], r["counts_exact"]) for r in data["results"]] == [
        ("Ana Fragment", 0, True), ("Jens Stoltenberg", 3, True), ("OTAN", 1, True),
        ("Volodymyr Zelensky", 1, True)]
    assert data["count"] == 4 and data["next"] is None and data["previous"] is None
    first = data["results"][1]
    assert set(first) == {"name", "slug", "kind", "url", "quotes", "counts_exact"}
    assert first["url"] == "http://testserver/speakers/jens-stoltenberg/"
    assert data["facets"] == {}


def test_list_finds_speakers_by_alias_without_accents(client, archive):
    found = get_json(client, "articles:speakers-json", q="norvegien")
    assert [r["slug"] for r in found["results"]] == ["jens-stoltenberg"]
    both = get_json(client, "articles:speakers-json", q="le  NORVÉGIEN")
    assert [r["slug"] for r in both["results"]] == ["jens-stoltenberg"]
    page = client.get(reverse("articles:speakers"), {"q": "zel"})
    body = page.content.decode()
    assert page.status_code == 200 and "/speakers/volodymyr-zelensky/" in body
    assert "/speakers/otan/" not in body and "/speakers/jens-stoltenberg/" not in body


def test_list_ranks_the_most_quoted_lately_by_default(client, archive):
    data = get_json(client, "articles:speakers-json")
    assert data["order"] == "recent" and data["ranked_over_articles"] == 1000
    assert [(r["slug"], r["recent"], r["quotes"]) for r in data["results"]] == [
        ("jens-stoltenberg", 3, 3), ("otan", 1, 1), ("volodymyr-zelensky", 1, 1)]
    body = client.get(reverse("articles:speakers"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "the most quoted in the archive" in body and 'href="?sort=name"' in body


def test_list_names_its_sample_once_the_archive_outgrows_it(client, archive, monkeypatch):
    import articles.views

    monkeypatch.setattr(articles.views, "SAMPLE_SIZE", 1)
    body = client.get(reverse("articles:speakers"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "the most quoted in the 1 latest articles" in body
    assert "the most quoted in the archive" not in body


def test_list_counts_stop_at_a_cap(archive):
    jens, nato = add_counts([archive["jens"], archive["nato"]], cap=2)
    assert (jens.n_quotes, jens.counts_exact) == (2, False)
    assert (nato.n_quotes, nato.counts_exact) == (1, True)


def test_list_explains_a_name_too_long(client, archive):
    assert "q" in get_json(client, "articles:speakers-json", status=400, q="x" * 101)["errors"]
    page = client.get(reverse("articles:speakers"), {"q": "x" * 101}, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 400 and 'role="alert"' in page.content.decode()


def test_list_pages_and_csv_streams_every_row(client, db):
    article = make_article()
    for i in range(55):
        make_quote(article, make_entity(f"Orateur {i:02d}"), start=i * 100,
                   text=f"Voici une déclaration complète numéro {i}")
    data = get_json(client, "articles:speakers-json", q="orateur")
    assert data["order"] == "name"
    assert data["count"] == 55 and len(data["results"]) == 50
    assert data["next"] == "http://testserver/speakers.json?q=orateur&page=2"
    response = client.get(reverse("articles:speakers-csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "X-Verbatim-Truncated" not in response
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0] == ["name", "slug", "kind", "url", "quotes"]
    assert len(rows) == 56 and rows[1][0] == "Orateur 00" and rows[-1][0] == "Orateur 54"
    assert rows[1][4:] == ["1"]


def test_csv_stops_at_its_cap_and_says_so(client, db, monkeypatch):
    article = make_article()
    for i in range(4):
        make_quote(article, make_entity(f"Orateur {i}"), start=i * 100,
                   text=f"Voici une déclaration complète numéro {i}")
    monkeypatch.setattr(twins, "CSV_CAP", 3)
    response = client.get(reverse("articles:speakers-csv"))
    rows = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert len(rows) == 4 and response["X-Verbatim-Truncated"] == "3"


def test_speaker_page_lists_statements_newest_first_with_their_articles(client, archive):
    response = client.get(reverse("articles:speaker", args=["jens-stoltenberg"]))
    body = response.content.decode()
    assert response.status_code == 200
    positions = [body.index(words) for words in ("Chaque mètre regagné", "Nous devons aider",
                                                 "La porte de l&#x27;Otan")]
    assert positions == sorted(positions)
    assert "décisive" not in body.split('id="quotes-h"')[1]  # the fragment is not a statement
    assert "rejetée" not in body
    assert "Nous devons surmonter" not in body  # someone else's
    assert "le Norvégien" in body and "Stoltenberg" in body  # aliases
    assert archive["new"].get_absolute_url() in body
    assert reverse("articles:speaker-atom", args=["jens-stoltenberg"]) in body


def test_fragments_on_request_and_search_within_the_quotes(client, archive):
    url_kwargs = {"slug": "jens-stoltenberg"}
    data = get_json(client, "articles:speaker-json", url_kwargs=url_kwargs, fragments="1")
    assert [q["text"] for q in data["quotes"]["results"]][-1] != "décisive"
    assert "décisive" in [q["text"] for q in data["quotes"]["results"]]
    found = get_json(client, "articles:speaker-json", url_kwargs=url_kwargs, q="metres")
    assert [q["text"] for q in found["quotes"]["results"]] == [
        "Chaque mètre regagné par les forces ukrainiennes compte"]
    dated = get_json(client, "articles:speaker-json", url_kwargs=url_kwargs,
                     date_from="2022-11", date_to="2022-11")
    assert [q["article"]["title"] for q in dated["quotes"]["results"]] == ["Bruxelles"]
    bad = get_json(client, "articles:speaker-json", status=400, url_kwargs=url_kwargs,
                   date_from="2022-13")
    assert "date_from" in bad["errors"]


def test_speaker_json_carries_counts_aliases_timeline_and_quotes(client, archive):
    data = get_json(client, "articles:speaker-json", url_kwargs={"slug": "jens-stoltenberg"})
    assert data["name"] == "Jens Stoltenberg" and data["kind"] == "person"
    assert (data["statements"], data["fragments"], data["articles"]) == (3, 1, 2)
    assert data["aliases"] == ["le Norvégien", "Stoltenberg"]
    assert {"period": "2022-12", "count": 2} in data["timeline"]
    assert {"period": "2022-11", "count": 1} in data["timeline"]
    quote = data["quotes"]["results"][0]
    assert quote["speaker"]["url"] == "http://testserver/speakers/jens-stoltenberg/"
    assert quote["article"]["published"] == "2022-12-30"
    assert quote["url"].endswith(f"/articles/{archive['new'].pk}/#q{quote['id']}")


def test_timeline_bars_filter_the_page_to_their_month(client, archive):
    body = client.get(reverse("articles:speaker", args=["jens-stoltenberg"])).content.decode()
    assert 'href="?date_from=2022-12&amp;date_to=2022-12"' in body
    chosen = client.get(reverse("articles:speaker", args=["jens-stoltenberg"]),
                        {"date_from": "2022-12", "date_to": "2022-12"}).content.decode()
    assert 'aria-current="true" class="selected"' in chosen
    assert "La porte de l&#x27;Otan" not in chosen


def test_unknown_places_and_merged_speakers(client, archive):
    assert client.get(reverse("articles:speaker", args=["nobody"])).status_code == 404
    assert client.get(reverse("articles:speaker", args=["moscou"])).status_code == 404
    assert client.get(reverse("articles:speaker-json", args=["nobody"])).status_code == 404
    SlugRedirect.objects.create(old_slug="stoltenberg", entity=archive["jens"])
    moved = client.get(reverse("articles:speaker", args=["stoltenberg"]), {"q": "otan"})
    assert moved.status_code == 301
    assert moved["Location"] == "/speakers/jens-stoltenberg/?q=otan"
    feed = client.get(reverse("articles:speaker-atom", args=["stoltenberg"]))
    assert feed["Location"] == "/speakers/jens-stoltenberg.atom"


def test_a_person_never_quoted_has_an_empty_but_helpful_page(client, archive):
    response = client.get(reverse("articles:speaker", args=["personne-jamais-citee"]),
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "No full quotation is recorded for this speaker." in response.content.decode()


def test_atom_feed_follows_a_speaker(client, archive):
    response = client.get(reverse("articles:speaker-atom", args=["jens-stoltenberg"]))
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    summaries = [e.find(f"{ATOM}summary").text for e in entries]
    assert "Chaque mètre regagné par les forces ukrainiennes compte" in summaries
    assert "décisive" not in summaries
    assert feed.find(f"{ATOM}title").text == "Jens Stoltenberg dans Verbatim"
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.startswith("http://testserver/articles/") and "#q" in link


def test_pages_speak_english_too(client, archive):
    body = client.get(reverse("articles:speaker", args=["jens-stoltenberg"]),
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in body and "3 quotations" in body and "Follow (Atom feed)" in body
    french = client.get(reverse("articles:speaker", args=["jens-stoltenberg"])).content.decode()
    assert "3 citations" in french and "Suivre (flux Atom)" in french


@pytest.mark.parametrize("name, args, params", [
    ("articles:speakers", [], {}),
    ("articles:speakers", [], {"sort": "name"}),
    ("articles:speakers", [], {"q": "stolt"}),
    ("articles:speakers-json", [], {}),
    ("articles:speaker", ["jens-stoltenberg"], {}),
    ("articles:speaker", ["jens-stoltenberg"], {"q": "ukraine", "fragments": "1"}),
    ("articles:speaker-json", ["jens-stoltenberg"], {}),
    ("articles:speaker-atom", ["jens-stoltenberg"], {}),
])
def test_queries_do_not_grow_with_the_archive(client, archive, name, args, params,
                                              django_assert_max_num_queries):
    url = reverse(name, args=args)
    before = count_queries(client, url, params)
    index_articles(add_quoting_articles(archive["jens"], 30))
    with django_assert_max_num_queries(12):
        client.get(url, params)
    assert count_queries(client, url, params) == before
