"""An article's page and JSON, and the front page."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tests.factories import make_article, make_entity, make_mention, make_quote
from tests.queries import count_queries

pytestmark = pytest.mark.django_db

TEXT = ("Jens Stoltenberg a déclaré : « La porte de l'Otan est ouverte à l'Ukraine ». "
        "Puis il a parlé d'une phase « décisive ».\n\n"
        "« Une citation rejetée par un curateur attentif », a dit quelqu'un. <script>x</script>")


@pytest.fixture
def article():
    jens = make_entity("Jens Stoltenberg")
    moscow = make_entity("Moscou", "place")
    article = make_article(title="Stoltenberg <à> Kiev", text=TEXT, outlet="Le Monde",
                           published=datetime.date(2022, 11, 29))
    start = TEXT.index("La porte")
    make_quote(article, jens, text="La porte de l'Otan est ouverte à l'Ukraine", start=start,
               end=start + len("La porte de l'Otan est ouverte à l'Ukraine"), cue="a déclaré")
    start = TEXT.index("décisive")
    make_quote(article, jens, text="décisive", start=start, end=start + 8, kind="fragment")
    start = TEXT.index("Une citation")
    make_quote(article, None, text="Une citation rejetée par un curateur attentif", start=start,
               end=start + 45, status="rejected")
    make_mention(article, jens, 2)
    make_mention(article, moscow, 1)
    return article


def test_the_text_sets_off_each_quotation_linked_to_its_speaker(client, article):
    response = client.get(article.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    statement = next(q for q in article.quotes.all() if q.kind == "full")
    assert (f'<q id="q{statement.pk}" class="said" title="Jens Stoltenberg">La porte de '
            "l&#x27;Otan est ouverte à l&#x27;Ukraine</q> » <a class=\"said-by\" "
            'href="/speakers/jens-stoltenberg/">Jens Stoltenberg</a>.') in body
    assert 'class="said fragment"' in body  # set off, but not presented as a statement
    assert "rejetée" in body  # still part of the article's text…
    assert "Une citation rejetée par un curateur attentif</q>" not in body  # …but not set off
    assert "&lt;script&gt;x&lt;/script&gt;" in body and "<script>x" not in body
    assert "Stoltenberg &lt;à&gt; Kiev" in body


def test_who_is_quoted_the_quotations_and_the_entities(client, article):
    body = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    who = body.split('id="who-h"')[1].split("</section>")[0]
    assert "/speakers/jens-stoltenberg/" in who and "1 quotation" in who
    quotations = body.split('id="quotes-h"')[1]
    assert quotations.count("<blockquote") == 1 and "décisive" not in quotations
    mentioned = body.split('id="mentions-h"')[1].split("</section>")[0]
    assert "/entities/jens-stoltenberg/" in mentioned and "/entities/moscou/" in mentioned
    assert '<time datetime="2022-11-29">29 November 2022</time>' in body
    french = client.get(article.get_absolute_url()).content.decode()
    assert '<time datetime="2022-11-29">29 novembre 2022</time>' in french


@pytest.mark.parametrize("published, precision, shown", [
    (datetime.date(2022, 12, 1), "month", '<time datetime="2022-12">décembre 2022</time>'),
    (datetime.date(2022, 1, 1), "year", '<time datetime="2022">2022</time>'),
    (None, "unknown", "date inconnue"),
])
def test_dates_are_shown_at_their_precision(client, published, precision, shown):
    article = make_article(published=published, date_precision=precision)
    assert shown in client.get(article.get_absolute_url()).content.decode()


def test_the_admin_link_is_for_staff_only(client, article):
    edit = reverse("admin:articles_article_change", args=[article.pk])
    assert edit not in client.get(article.get_absolute_url()).content.decode()
    client.force_login(User.objects.create_user("reader", password="x" * 12))
    assert edit not in client.get(article.get_absolute_url()).content.decode()
    client.force_login(User.objects.create_user("curator", password="x" * 12, is_staff=True))
    assert edit in client.get(article.get_absolute_url()).content.decode()


def test_any_slug_and_unknown_ids(client, article):
    assert client.get(f"/articles/{article.pk}/stoltenberg-a-kiev/").status_code == 200
    assert client.get("/articles/999999999/").status_code == 404
    assert client.get("/articles/999999999.json").status_code == 404
    assert client.get("/articles/abc/").status_code == 404


def test_article_json(client, article):
    data = client.get(reverse("articles:article-json", args=[article.pk])).json()
    assert data["title"] == "Stoltenberg <à> Kiev" and data["published"] == "2022-11-29"
    assert data["source"] == "Le Monde" and data["text"] == TEXT
    assert [(q["text"], q["kind"]) for q in data["quotes"]] == [
        ("La porte de l'Otan est ouverte à l'Ukraine", "full"), ("décisive", "fragment")]
    assert data["quotes"][0]["speaker"]["url"] == "http://testserver/speakers/jens-stoltenberg/"
    assert [(e["slug"], e["mentions"]) for e in data["entities"]] == [
        ("jens-stoltenberg", 2), ("moscou", 1)]
    assert [s["name"] for s in data["speakers"]] == ["Jens Stoltenberg"]


def test_front_page_shows_what_the_archive_holds(client, article):
    other = make_article(title="Plus ancien", published=datetime.date(2021, 3, 1))
    make_quote(other, make_entity("Volodymyr Zelensky"), text="Nous devons surmonter cet hiver")
    body = client.get(reverse("articles:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "2 articles in the archive" in body
    assert "<strong>2</strong> quotations" in body and "<strong>2</strong> speakers" in body
    assert "from <strong>March 2021</strong> to <strong>November 2022</strong>" in body
    # The timeline: one bar per month from March 2021 to November 2022, linked to a search.
    assert 'href="/search/?date_from=2022-11&amp;date_to=2022-11"' in body
    assert 'aria-label="March 2021: 1 article"' in body
    top = body.split('id="top-speakers-h"')[1].split("</section>")[0]
    assert "/speakers/jens-stoltenberg/" in top and "/speakers/volodymyr-zelensky/" in top
    latest = body.split('id="latest-h"')[1]
    assert latest.index("Stoltenberg &lt;à&gt; Kiev") < latest.index("Plus ancien")


def test_an_empty_archive_says_how_to_fill_it(client, db):
    body = client.get(reverse("articles:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "import_articles" in body


def test_queries_do_not_grow_with_the_archive(client, article, django_assert_max_num_queries):
    urls = [reverse("articles:home"), article.get_absolute_url(),
            reverse("articles:article-json", args=[article.pk])]
    before = [count_queries(client, url) for url in urls]
    jens = article.quotes.first().speaker
    for i in range(30):
        other = make_article(title=f"Encore {i}", published=datetime.date(2020, 1 + i % 12, 3))
        make_quote(other, make_entity(f"Orateur {i}"), text=f"Une déclaration assez longue {i}")
        make_mention(other, jens)
        make_quote(article, jens, text=f"Encore une phrase rapportée {i}", start=1000 + 50 * i)
        make_mention(article, make_entity(f"Lieu {i}", "place"))
    for url in urls:
        with django_assert_max_num_queries(9):
            client.get(url)
    assert [count_queries(client, url) for url in urls] == before
