"""The curators' admin: every page loads, in a bounded number of queries, and curation sticks."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Entity, Quote, SlugRedirect
from tests.factories import make_article, make_entity, make_mention, make_quote

pytestmark = pytest.mark.django_db


def populate(n: int, offset: int = 0):
    """Build n articles, each with two quotes by distinct speakers and two mentions."""
    speakers = [make_entity(f"Speaker {i}", aliases=[f"Speaker {i}", f"S{i}"])
                for i in range(offset, offset + n)]
    for i in range(n):
        article = make_article(outlet=f"Outlet {i % 3}")
        make_quote(article, speakers[i], start=0)
        make_quote(article, speakers[(i + 1) % n], start=100, kind="fragment", text="décisive")
        make_mention(article, speakers[i], 2)
        make_mention(article, speakers[(i + 1) % n], 1)
    return speakers


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def admin_urls():
    article = Article.objects.order_by("pk").first()
    entity = Entity.objects.order_by("pk").first()
    quote = Quote.objects.order_by("pk").first()
    return [
        reverse("admin:index"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_changelist") + "?has_quotes=yes&date_precision=day",
        reverse("admin:articles_article_changelist") + "?q=Article",
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_entity_changelist"),
        reverse("admin:articles_entity_changelist") + "?q=S1",
        reverse("admin:articles_entity_change", args=[entity.pk]),
        reverse("admin:articles_entity_add"),
        reverse("admin:articles_quote_changelist"),
        reverse("admin:articles_quote_changelist") + f"?status=automatic&speaker={entity.pk}",
        reverse("admin:articles_quote_change", args=[quote.pk]),
        reverse("admin:autocomplete") + "?app_label=articles&model_name=quote&field_name=speaker&term=Spe",
    ]


def test_every_admin_page_loads_in_bounded_queries(admin_client):
    populate(3)
    small = {url: count_queries(admin_client, url) for url in admin_urls()}
    populate(30, offset=3)
    large = {url: count_queries(admin_client, url) for url in admin_urls()}
    for url in small:
        # Pages listing related rows may vary by a constant, never with the number of rows.
        assert large[url] <= small[url] + 2, (url, small[url], large[url])
        assert large[url] <= 25, (url, large[url])


def test_admin_is_for_staff_only(client, django_user_model):
    url = reverse("admin:articles_article_changelist")
    assert client.get(url).status_code == 302
    django_user_model.objects.create_user("reader", password="pw-reader-123")
    client.login(username="reader", password="pw-reader-123")
    response = client.get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_editing_an_article_marks_fields_curated(admin_client):
    article = make_article(title="Titre extrait", date_precision="month")
    url = reverse("admin:articles_article_change", args=[article.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data.update({"title": "Titre corrigé par la rédaction", "published": "2022-12-30",
                 "date_precision": "day"})
    for prefix in ("quotes", "mentions"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Titre corrigé par la rédaction"
    assert article.curated_fields == ["date_precision", "published", "title"]
    assert article.published_label == "2022-12-30"


def test_changing_a_quote_speaker_marks_it_curated(admin_client):
    article = make_article()
    wrong, right = make_entity("Mikhaïlo Podoliak"), make_entity("Jens Stoltenberg")
    quote = make_quote(article, wrong)
    url = reverse("admin:articles_quote_change", args=[quote.pk])
    response = admin_client.post(url, {"speaker": right.pk, "status": "automatic"})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.speaker == right and quote.speaker_curated


def test_bulk_verify_and_reject(admin_client):
    article = make_article()
    quotes = [make_quote(article, start=i * 100) for i in range(3)]
    url = reverse("admin:articles_quote_changelist")
    admin_client.post(url, {"action": "verify_selected",
                            "_selected_action": [quotes[0].pk, quotes[1].pk]})
    admin_client.post(url, {"action": "reject_selected", "_selected_action": [quotes[2].pk]})
    assert dict(Quote.objects.values_list("pk", "status")) == {
        quotes[0].pk: "verified", quotes[1].pk: "verified", quotes[2].pk: "rejected"}


def test_merge_action_asks_which_entity_to_keep_then_merges(admin_client):
    full = make_entity("Jens Stoltenberg")
    short = make_entity("Stoltenberg")
    article = make_article()
    make_quote(article, short)
    make_mention(article, full, 2)
    make_mention(article, short, 1)
    url = reverse("admin:articles_entity_changelist")
    selected = {"action": "merge_selected", "_selected_action": [full.pk, short.pk]}
    confirm = admin_client.post(url, selected)
    assert confirm.status_code == 200
    assert "Jens Stoltenberg" in confirm.content.decode()
    assert Entity.objects.count() == 2  # nothing happens before the curator confirms
    done = admin_client.post(url, {**selected, "apply": "1", "target": full.pk})
    assert done.status_code == 302
    assert list(Entity.objects.values_list("name", flat=True)) == ["Jens Stoltenberg"]
    assert Quote.objects.get().speaker == full
    assert article.mentions.get().count == 3
    assert SlugRedirect.objects.get().old_slug == "stoltenberg"


def test_merge_action_needs_two_entities(admin_client):
    entity = make_entity("OTAN", "organisation")
    url = reverse("admin:articles_entity_changelist")
    response = admin_client.post(url, {"action": "merge_selected", "_selected_action": [entity.pk]},
                                 follow=True)
    assert response.status_code == 200
    assert Entity.objects.count() == 1


def test_entity_list_counts_quotes_and_mentions(admin_client):
    speaker = make_entity("Volodymyr Zelensky")
    for _ in range(2):
        article = make_article()
        make_quote(article, speaker, start=0)
        make_quote(article, speaker, start=200)
        make_mention(article, speaker, 4)
    response = admin_client.get(reverse("admin:articles_entity_changelist"))
    entity = response.context["cl"].result_list[0]
    assert (entity.n_quotes, entity.n_mentions) == (4, 2)


def test_entity_search_finds_aliases_once(admin_client):
    make_entity("Organisation du traité de l'Atlantique nord", "organisation",
                aliases=["OTAN", "NATO", "Alliance atlantique"])
    response = admin_client.get(reverse("admin:articles_entity_changelist") + "?q=A")
    names = [e.name for e in response.context["cl"].result_list]
    assert names == ["Organisation du traité de l'Atlantique nord"]


def test_admin_search_uses_the_french_engine(admin_client):
    from pathlib import Path

    from articles.importers import import_paths

    import_paths([str(Path(__file__).resolve().parents[1] / "fixtures" / "seeds")])
    response = admin_client.get(reverse("admin:articles_article_changelist") + "?q=defense+aerienne")
    origins = sorted(a.origin[15:18] for a in response.context["cl"].result_list)
    assert origins == ["000", "001", "003", "004"]
    response = admin_client.get(reverse("admin:articles_quote_changelist") + "?q=hiver")
    assert [q.text[:20] for q in response.context["cl"].result_list] == ["Nous devons surmonte"]
