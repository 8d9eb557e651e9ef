"""Entities: the list and its twins, an entity's page (articles, companions, timeline), JSON."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from articles.models import SlugRedirect
from tests.factories import make_article, make_entity, make_mention, make_quote
from tests.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    romania = make_entity("Roumanie", "place", aliases=["la Roumanie"])
    nato = make_entity("OTAN", "organisation", aliases=["Organisation du traité de l'Atlantique nord"])
    jens = make_entity("Jens Stoltenberg")
    make_entity("Jamais Mentionné")
    old = make_article(title="Bucarest", published=datetime.date(2022, 11, 29))
    new = make_article(title="Kiev", published=datetime.date(2022, 12, 1), date_precision="month")
    other = make_article(title="Ailleurs", published=datetime.date(2021, 3, 2))
    for article in (old, new):
        make_mention(article, romania, 2)
        make_mention(article, nato)
    make_mention(old, jens)
    make_mention(other, nato)
    make_quote(old, jens, text="La porte de l'Otan est ouverte à l'Ukraine")
    return {"romania": romania, "nato": nato, "jens": jens, "old": old, "new": new}


def test_list_ranks_the_most_mentioned_lately(client, archive):
    data = client.get(reverse("articles:entities-json")).json()
    assert data["order"] == "recent"
    assert [(r["slug"], r["recent"], r["articles"]) for r in data["results"]] == [
        ("otan", 3, 3), ("roumanie", 2, 2), ("jens-stoltenberg", 1, 1)]
    places = client.get(reverse("articles:entities-json"), {"kind": "place"}).json()
    assert [r["slug"] for r in places["results"]] == ["roumanie"]


def test_list_counts_articles_and_filters_by_kind_and_name(client, archive):
    data = client.get(reverse("articles:entities-json"), {"sort": "name"}).json()
    assert [(r["name"], r["articles"]) for r in data["results"]] == [
        ("Jens Stoltenberg", 1), ("OTAN", 3), ("Roumanie", 2)]
    assert set(data["results"][0]) == {"name", "slug", "kind", "url", "articles", "counts_exact"}
    places = client.get(reverse("articles:entities-json"),
                        {"kind": "place", "sort": "name"}).json()
    assert [r["slug"] for r in places["results"]] == ["roumanie"]
    named = client.get(reverse("articles:entities-json"), {"q": "traite atlantique"}).json()
    assert [r["slug"] for r in named["results"]] == ["otan"]
    bad = client.get(reverse("articles:entities-json"), {"kind": "planet"})
    assert bad.status_code == 400 and "kind" in bad.json()["errors"]
    assert client.get(reverse("articles:entities"), {"kind": "planet"}).status_code == 400


def test_list_page_and_csv(client, archive):
    body = client.get(reverse("articles:entities")).content.decode()
    assert archive["romania"].get_absolute_url() in body and "Jamais Mentionné" not in body
    response = client.get(reverse("articles:entities-csv"), {"kind": "organisation"})
    assert "Jamais Mentionné" not in client.get(reverse("articles:entities"),
                                                {"sort": "name"}).content.decode()
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows == [["name", "slug", "kind", "url", "articles"],
                    ["OTAN", "otan", "organisation", "http://testserver/entities/otan/", "3"]]


def test_entity_page_lists_articles_companions_and_a_timeline(client, archive):
    response = client.get(archive["romania"].get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert body.index("Kiev") < body.index("Bucarest") and "Ailleurs" not in body
    assert "2 articles mentionnent Roumanie" in body
    seen = body.split('id="seen-with-h"')[1]
    assert seen.index("OTAN") < seen.index("Jens Stoltenberg")
    # Each bar of the timeline is a search for that month, among the articles mentioning it.
    assert 'href="/search/?entity=roumanie&amp;date_from=2022-11&amp;date_to=2022-11"' in body
    jens = client.get(archive["jens"].get_absolute_url()).content.decode()
    assert reverse("articles:speaker", args=["jens-stoltenberg"]) in jens


def test_entity_json(client, archive):
    data = client.get(reverse("articles:entity-json", args=["roumanie"])).json()
    assert data["name"] == "Roumanie" and data["kind"] == "place"
    assert data["aliases"] == ["la Roumanie"] and data["speaker_url"] is None
    assert [a["title"] for a in data["articles"]["results"]] == ["Kiev", "Bucarest"]
    assert data["articles"]["results"][0]["published"] == "2022-12"
    assert data["articles"]["count"] == 2
    assert data["seen_with"][0] == {"name": "OTAN", "slug": "otan", "kind": "organisation",
                                    "url": "http://testserver/entities/otan/", "articles": 2}
    assert data["timeline"][-2:] == [{"period": "2022-11", "count": 1},
                                     {"period": "2022-12", "count": 1}]
    nato = client.get(reverse("articles:entity-json", args=["otan"])).json()
    assert nato["aliases"] == ["Organisation du traité de l'Atlantique nord"]


def test_merged_and_unknown_slugs(client, archive):
    SlugRedirect.objects.create(old_slug="romania", entity=archive["romania"])
    moved = client.get(reverse("articles:entity-json", args=["romania"]))
    assert moved.status_code == 301 and moved["Location"] == "/entities/roumanie.json"
    assert client.get(reverse("articles:entity", args=["nowhere"])).status_code == 404
    assert client.get(reverse("articles:entity", args=["x" * 300])).status_code == 404
    assert client.get(reverse("articles:entity", args=["roumanie"]),
                      {"page": "99999999"}).status_code == 200


@pytest.mark.parametrize("name, args, params", [
    ("articles:entities", [], {}), ("articles:entities-json", [], {}),
    ("articles:entities", [], {"sort": "name", "kind": "place"}),
    ("articles:entity", ["roumanie"], {}), ("articles:entity-json", ["roumanie"], {}),
])
def test_queries_do_not_grow_with_the_archive(client, archive, name, args, params,
                                              django_assert_max_num_queries):
    url = reverse(name, args=args)
    before = count_queries(client, url, params)
    for i in range(30):
        article = make_article(title=f"Encore {i}", published=datetime.date(2020, 1 + i % 12, 3))
        make_mention(article, archive["romania"])
        make_mention(article, make_entity(f"Lieu {i}", "place"))
    with django_assert_max_num_queries(10):
        client.get(url, params)
    assert count_queries(client, url, params) == before


def test_list_counts_stop_at_a_cap(archive):
    from articles.entities import add_article_counts

    nato, jens = add_article_counts([archive["nato"], archive["jens"]], cap=2)
    assert (nato.n_articles, nato.counts_exact) == (2, False)
    assert (jens.n_articles, jens.counts_exact) == (1, True)
