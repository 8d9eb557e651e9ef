import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Alias, Article, DatePrecision, Quote, date_span, unique_entity_slug
from tests.factories import make_article, make_entity, make_quote

pytestmark = pytest.mark.django_db


def test_content_hash_is_unique():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(sha256=article.sha256)
    assert Article.objects.count() == 1


def test_month_precision_keeps_the_whole_month():
    article = make_article(published=datetime.date(2022, 12, 17), date_precision="month")
    article.refresh_from_db()
    assert article.published == datetime.date(2022, 12, 1)
    assert article.published_until == datetime.date(2022, 12, 31)
    assert article.published_label == "2022-12"


@pytest.mark.parametrize(
    ("day", "precision", "first", "last"),
    [
        (datetime.date(2024, 2, 10), "month", datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
        (datetime.date(2023, 2, 10), "month", datetime.date(2023, 2, 1), datetime.date(2023, 2, 28)),
        (datetime.date(2023, 7, 4), "year", datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)),
        (datetime.date(2023, 7, 4), "day", datetime.date(2023, 7, 4), datetime.date(2023, 7, 4)),
        (None, "unknown", None, None),
    ],
)
def test_date_span(day, precision, first, last):
    assert date_span(day, precision) == (first, last)


def test_unknown_date_has_no_day_and_a_known_one_needs_one():
    article = make_article(published=None, date_precision=DatePrecision.UNKNOWN)
    assert article.published_label == ""
    assert article.published_until is None
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(published=None, date_precision=DatePrecision.DAY)


def test_alias_keys_ignore_case_accents_and_elision():
    otan = make_entity("OTAN", "organisation", aliases=["OTAN"])
    assert Alias.objects.get(entity=otan).key == "otan"
    for clash in ["Otan", "l'OTAN", "L’Otan"]:
        with pytest.raises(IntegrityError), transaction.atomic():
            Alias.objects.create(entity=otan, name=clash)
    alias = Alias(entity=make_entity("Autre"), name="otan")
    with pytest.raises(ValidationError):
        alias.full_clean()


def test_one_entity_has_many_aliases():
    jens = make_entity("Jens Stoltenberg", aliases=[
        "Jens Stoltenberg", "Stoltenberg", "le secrétaire général de l'OTAN"])
    assert sorted(jens.aliases.values_list("key", flat=True)) == [
        "jens stoltenberg", "le secretaire general de l'otan", "stoltenberg"]


def test_entity_slugs_are_unique_and_readable():
    first = make_entity("Jens Stoltenberg")
    assert first.slug == "jens-stoltenberg"
    assert unique_entity_slug("Jens Stoltenberg") == "jens-stoltenberg-2"
    with pytest.raises(IntegrityError), transaction.atomic():
        make_entity("Other", slug="jens-stoltenberg")


def test_wikidata_id_must_look_like_one():
    make_entity("Jens Stoltenberg", wikidata_id="Q57643")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_entity("Bad", wikidata_id="57643")


def test_quote_span_is_ordered_and_unique_per_article():
    article = make_article()
    make_quote(article, start=10, end=20, text="x" * 10)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_quote(article, start=10, end=20, text="x" * 10)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_quote(article, start=30, end=30, text="")


def test_quote_curation_flags():
    article = make_article()
    automatic = make_quote(article, start=0)
    verified = make_quote(article, start=100, status="verified")
    chosen = make_quote(article, start=200, speaker_curated=True)
    assert not automatic.is_curated
    assert verified.is_curated and chosen.is_curated
    assert set(Quote.objects.curated()) == {verified, chosen}


def test_statements_exclude_fragments_and_rejected_quotes():
    article = make_article()
    full = make_quote(article, start=0)
    make_quote(article, start=100, kind="fragment", text="décisive")
    make_quote(article, start=200, status="rejected")
    assert list(Quote.objects.statements()) == [full]


def test_speaker_deletion_keeps_the_quote():
    article = make_article()
    speaker = make_entity("Jens Stoltenberg")
    quote = make_quote(article, speaker)
    speaker.delete()
    quote.refresh_from_db()
    assert quote.speaker is None


def test_mark_curated_is_sorted_and_unique():
    article = make_article()
    article.mark_curated(["title"])
    article.mark_curated(["published", "title"])
    assert article.curated_fields == ["published", "title"]
