import pytest

from articles.curation import CurationError, merge_entities, set_quote_status
from articles.models import Alias, Entity, Mention, Quote, SlugRedirect
from tests.factories import make_article, make_entity, make_mention, make_quote

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_stoltenbergs():
    full = make_entity("Jens Stoltenberg", aliases=["Jens Stoltenberg"])
    short = make_entity("Stoltenberg", aliases=["Stoltenberg", "le patron de l'OTAN"])
    a1, a2, a3 = make_article(), make_article(), make_article()
    make_quote(a1, full, start=0)
    make_quote(a2, short, start=0)
    make_quote(a3, short, start=50, status="verified")
    make_mention(a1, full, 3)
    make_mention(a1, short, 2)  # both mentioned in a1: counts must add up
    make_mention(a2, short, 1)
    return full, short, (a1, a2, a3)


def test_merge_keeps_every_quote_mention_and_alias(two_stoltenbergs):
    full, short, (a1, a2, a3) = two_stoltenbergs
    quotes_before = Quote.objects.count()
    moved = merge_entities(target=full, sources=[short])
    assert moved == {"quotes": 2, "mentions": 2, "aliases": 2}
    assert not Entity.objects.filter(pk=short.pk).exists()
    assert Quote.objects.count() == quotes_before
    assert Quote.objects.filter(speaker=full).count() == 3
    assert Quote.objects.get(article=a3).status == "verified"
    counts = dict(Mention.objects.filter(entity=full).values_list("article_id", "count"))
    assert counts == {a1.pk: 5, a2.pk: 1}
    assert sorted(full.aliases.values_list("name", flat=True)) == [
        "Jens Stoltenberg", "Stoltenberg", "le patron de l'OTAN"]
    assert set(Alias.objects.filter(entity=full).values_list("curated", flat=True)) == {True}
    assert SlugRedirect.objects.get(old_slug="stoltenberg").entity == full
    full.refresh_from_db()
    assert full.curated


def test_merge_chains_redirects(two_stoltenbergs):
    full, short, _ = two_stoltenbergs
    merge_entities(target=full, sources=[short])
    nato_chief = make_entity("NATO chief")
    merge_entities(target=nato_chief, sources=[full])
    assert set(SlugRedirect.objects.values_list("old_slug", "entity__slug")) == {
        ("stoltenberg", "nato-chief"), ("jens-stoltenberg", "nato-chief")}


def test_merge_three_entities_mentioned_in_the_same_article():
    target, b, c = make_entity("Zelensky"), make_entity("Volodymyr Zelensky"), make_entity("Zelenski")
    article = make_article()
    make_mention(article, b, 2)
    make_mention(article, c, 4)
    merge_entities(target=target, sources=[b, c])
    assert list(Mention.objects.values_list("entity_id", "count")) == [(target.pk, 6)]


def test_merge_into_itself_is_refused():
    entity = make_entity("OTAN")
    with pytest.raises(CurationError):
        merge_entities(target=entity, sources=[entity])


def test_merge_is_all_or_nothing(two_stoltenbergs, monkeypatch):
    full, short, _ = two_stoltenbergs

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(SlugRedirect.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        merge_entities(target=full, sources=[short])
    assert Entity.objects.filter(pk=short.pk).exists()
    assert Quote.objects.filter(speaker=short).count() == 2
    assert Mention.objects.filter(entity=short).count() == 2


def test_set_quote_status_counts_changes():
    article = make_article()
    q1, q2 = make_quote(article, start=0), make_quote(article, start=100, status="verified")
    assert set_quote_status(quotes=Quote.objects.all(), status="verified") == 1
    assert set(Quote.objects.values_list("status", flat=True)) == {"verified"}
    with pytest.raises(CurationError):
        set_quote_status(quotes=Quote.objects.all(), status="automatic")
    assert q1.pk and q2.pk
