"""A headline's quotations, from the analysis to the page, the export and re-extraction.

French headlines quote people (`« Nous tiendrons » : Zelensky promet…`, seed 004's
« progressivement »): they are found with their speakers, stored with offsets into the title
(Quote.in_title), set off in the page's heading, kept by re-extraction once curated.
"""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.exporters import iter_lines
from articles.importers import import_paths
from articles.models import Article, Quote
from articles.text.analysis import analyse
from articles.text.entities import default_detector

TITLE = "« Nous tiendrons » : Volodymyr Zelensky promet de résister à Moscou"
BODY = ("Kiev a de nouveau été frappée dans la nuit de lundi à mardi. « Nous ne céderons pas », "
        "a déclaré mardi le président ukrainien Volodymyr Zelensky.")


def import_headline_article(folder) -> None:
    path = folder / "headline.txt"
    path.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
    import_paths([str(path)])


def headline_quotes(title: str, body: str = BODY) -> list[tuple[str, str | None]]:
    result = analyse(body, detector=default_detector(), title=title)
    return [(q.text, who.speaker) for q, who in result.title_quotes]


def test_a_headline_quotation_has_its_speaker_and_offsets_into_the_title():
    result = analyse(BODY, detector=default_detector(), title=TITLE)
    (quote, who), = result.title_quotes
    assert TITLE[quote.start:quote.end] == quote.text == "Nous tiendrons"
    assert who.speaker == "Volodymyr Zelensky"
    # the body's quotations keep their offsets into the body
    assert [BODY[q.start:q.end] for q, _ in result.quotes] == [q.text for q, _ in result.quotes]
    assert [who.speaker for _, who in result.quotes] == ["Volodymyr Zelensky"]
    # names in the headline count
    counts = {(e.canonical, e.kind): e.count for e in result.entities}
    assert counts[("Moscou", "place")] == 1


@pytest.mark.parametrize(("title", "expected"), [
    # the speaker named after the colon, a body among them
    ("« Un désastre » : le Kremlin fustige les sanctions", [("Un désastre", "Kremlin")]),
    ("« Un désastre » : il fustige les sanctions", [("Un désastre", None)]),
    # `pour X, « … »` after the headline's topic
    ("Ukraine : pour Zelensky, « la victoire est proche »",
     [("la victoire est proche", "Volodymyr Zelensky")]),
    ("Volodymyr Zelensky : « Nous tiendrons jusqu'au bout »",
     [("Nous tiendrons jusqu'au bout", "Volodymyr Zelensky")]),
])
def test_headline_forms(title, expected):
    assert headline_quotes(title) == expected


def test_without_a_headline_the_analysis_is_the_body_alone():
    with_title = analyse(BODY, detector=default_detector(), title="Kiev sous les bombes")
    alone = analyse(BODY, detector=default_detector())
    assert with_title.quotes == alone.quotes and not alone.title_quotes


@pytest.mark.django_db
def test_import_stores_headline_quotes_and_reextraction_keeps_a_verified_one(tmp_path):
    import_headline_article(tmp_path)
    article = Article.objects.get()
    headline = Quote.objects.get(in_title=True)
    assert article.title[headline.start:headline.end] == headline.text == "Nous tiendrons"
    assert headline.speaker.name == "Volodymyr Zelensky"
    # title and body quotes may share offsets: the span is unique per part
    assert Quote.objects.filter(in_title=False).count() == 1
    headline.status = "verified"
    headline.save()
    call_command("reextract", "--all")
    assert list(Quote.objects.filter(in_title=True).values_list("pk", "status")) == [
        (headline.pk, "verified")]
    assert Quote.objects.filter(in_title=False).count() == 1


@pytest.mark.django_db
def test_a_derived_title_is_not_read_twice(tmp_path):
    path = tmp_path / "no-headline.txt"
    path.write_text("« Nous tiendrons », a promis Volodymyr Zelensky à Kiev, mardi soir.\n",
                    encoding="utf-8")
    import_paths([str(path)])
    assert Article.objects.get().title_derived
    assert list(Quote.objects.values_list("in_title", "text")) == [(False, "Nous tiendrons")]


@pytest.mark.django_db
def test_the_page_sets_off_the_headline_quote_while_the_title_reads_the_same(client, tmp_path):
    import_headline_article(tmp_path)
    article = Article.objects.get()
    headline = Quote.objects.get(in_title=True)
    html = client.get(article.get_absolute_url()).content.decode()
    heading = html[html.index('<h1 id="article-title"'):html.index("</h1>")]
    assert f'<q id="q{headline.pk}" class="said fragment"' in heading
    assert "Nous tiendrons</q>" in heading
    # a curator rewrote the title: the stale offsets set off nothing, the page still works
    Article.objects.filter(pk=article.pk).update(title="Zelensky <promet> de résister")
    html = client.get(article.get_absolute_url()).content.decode()
    heading = html[html.index('<h1 id="article-title"'):html.index("</h1>")]
    assert "<q" not in heading and "&lt;promet&gt;" in heading


@pytest.mark.django_db
def test_export_and_restore_carry_the_headline_quote(tmp_path):
    import_headline_article(tmp_path)
    record = json.loads(next(iter_lines(Article.objects.all())))
    assert [(q["in_title"], q["text"]) for q in record["quotes"]][0] == (True, "Nous tiendrons")
    Article.objects.all().delete()
    (tmp_path / "export.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    assert import_paths([str(tmp_path / "export.jsonl")]).imported == 1
    assert Quote.objects.get(in_title=True).text == "Nous tiendrons"
    # offsets past the title's end are a clear error, nothing imported
    Article.objects.all().delete()
    record["quotes"][0]["start"], record["quotes"][0]["end"] = 0, len(TITLE) + 5
    (tmp_path / "bad.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    report = import_paths([str(tmp_path / "bad.jsonl")])
    assert report.imported == 0 and "outside the title" in report.rejected[0].reason
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_the_article_json_says_which_quote_is_in_the_headline(client, tmp_path):
    import_headline_article(tmp_path)
    article = Article.objects.get()
    data = client.get(reverse("articles:article-json", args=[article.pk])).json()
    assert [(q["in_title"], q["text"]) for q in data["quotes"]][:2] == [
        (True, "Nous tiendrons"), (False, "Nous ne céderons pas")]


@pytest.mark.django_db
def test_a_curator_s_new_title_is_read_again_at_once_and_verified_quotes_stay(
        admin_client, tmp_path):
    import_headline_article(tmp_path)
    article = Article.objects.get()
    body_quote = Quote.objects.get(in_title=False)
    body_quote.status = "verified"
    body_quote.save()
    url = reverse("admin:articles_article_change", args=[article.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in form.fields}
    data["title"] = "Kiev : « Nous ne partirons jamais », affirme Volodymyr Zelensky"
    for prefix in ("quotes", "mentions"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    assert admin_client.post(url, data).status_code == 302
    headline = Quote.objects.get(in_title=True)
    assert (headline.text, headline.speaker.name) == ("Nous ne partirons jamais",
                                                     "Volodymyr Zelensky")
    assert Quote.objects.get(in_title=False).pk == body_quote.pk  # verified: kept as it was
