import pytest
from django.urls import reverse

from articles.models import SlugRedirect
from articles.search import index_articles
from tests.factories import make_article, make_entity, make_mention, make_quote

pytestmark = pytest.mark.django_db


def test_home_lists_and_search_finds_articles(client):
    first = make_article(title="Stoltenberg à Kiev", text="Le secrétaire général de l'OTAN est venu.")
    second = make_article(title="Autre sujet", text="Rien à voir.")
    index_articles([first.pk, second.pk])
    page = client.get(reverse("articles:home"))
    assert page.status_code == 200
    assert page.context["stats"]["articles"] == 2
    assert [a.title for a in page.context["latest"]] == ["Autre sujet", "Stoltenberg à Kiev"]
    found = client.get(reverse("articles:search"), {"q": "secretaire"})
    assert [r["title"] for r in found.context["results"]] == ["Stoltenberg à Kiev"]


@pytest.mark.parametrize("query", ['"', "-", "NEAR(", "' OR 1=1 --", "x" * 5000, "🙂", "a\x00b"])
def test_weird_queries_never_fail(client, query):
    assert client.get(reverse("articles:search"), {"q": query}).status_code == 200


@pytest.mark.parametrize("page", ["999999999", "-1", "abc", "1e9"])
def test_any_page_number_is_answered(client, page):
    make_article()
    assert client.get(reverse("articles:home"), {"page": page}).status_code == 200


def test_titles_are_escaped(client):
    make_article(title="<script>alert(1)</script>")
    body = client.get(reverse("articles:home")).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_article_page_shows_quotes_and_entities(client):
    article = make_article(title="Stoltenberg à Kiev")
    jens = make_entity("Jens Stoltenberg")
    make_quote(article, jens, text="Moscou pourrait déposer les armes")
    make_mention(article, jens, 3)
    response = client.get(article.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert "Moscou pourrait déposer les armes" in body
    assert jens.get_absolute_url() in body
    assert client.get(reverse("articles:article", args=[10**9])).status_code == 404


def test_old_entity_slug_redirects(client):
    jens = make_entity("Jens Stoltenberg")
    SlugRedirect.objects.create(old_slug="stoltenberg", entity=jens)
    response = client.get(reverse("articles:entity", args=["stoltenberg"]))
    assert response.status_code == 301 and response["Location"] == jens.get_absolute_url()
    assert client.get(reverse("articles:entity", args=["nobody"])).status_code == 404


def test_pages_speak_french_by_default_and_english_on_request(client):
    page = client.get(reverse("articles:home"))
    assert '<html lang="fr">' in page.content.decode()
    english = client.get(reverse("articles:home"), HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="en">' in english.content.decode()


def test_the_section_of_a_page_is_marked_current(client):
    jens = make_entity("Jens Stoltenberg", "person")
    make_quote(make_article(), speaker=jens)
    home = client.get("/").content.decode()
    assert "aria-current" not in home.split('class="sections"')[1].split("</nav>")[0]
    listing = client.get(reverse("articles:speakers")).content.decode()
    assert f'href="{reverse("articles:speakers")}" aria-current="page"' in listing
    detail = client.get(reverse("articles:speaker", args=[jens.slug])).content.decode()
    assert f'href="{reverse("articles:speakers")}" aria-current="true"' in detail
