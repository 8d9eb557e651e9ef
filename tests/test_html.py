import pytest

from articles.text.decoding import RejectedInput
from articles.text.html import HtmlArticle, extract_html

PARAGRAPHS = [
    "Le secrétaire général de l’OTAN, Jens Stoltenberg, a appelé mardi les pays membres à livrer "
    "davantage de systèmes de défense aérienne à l’Ukraine, lors d’une réunion des ministres des "
    "Affaires étrangères à Bucarest.",
    "« La Russie vise délibérément les infrastructures civiles, et nous devons aider l’Ukraine à "
    "tenir cet hiver », a déclaré M. Stoltenberg devant la presse.",
    "Les alliés ont promis de fournir des générateurs, des transformateurs et du matériel médical. "
    "« Nous ne laisserons pas tomber l’Ukraine », a ajouté le ministre roumain des Affaires étrangères.",
    "Selon plusieurs diplomates, la question de l’adhésion future de Kiev à l’Alliance reste "
    "toutefois sensible, et aucun calendrier n’a été fixé.",
]
TITLE = "OTAN : Stoltenberg appelle à livrer plus de défense aérienne à l’Ukraine"
DATE_META = '<meta property="article:published_time" content="2022-11-29T13:23:00+01:00">'


def page(*, head_extra: str = DATE_META, lang: str = "fr-FR") -> str:
    body = "\n".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{TITLE} - Le Quotidien</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Claire Dupont">
<link rel="canonical" href="https://www.lequotidien.example/monde/2021/03/04/otan-stoltenberg.html">
{head_extra}
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a></nav>
<article><h1>{TITLE}</h1>
{body}
</article>
<footer>© 2023 Le Quotidien — Mentions légales</footer>
</body></html>"""


def test_french_article_page():
    article = extract_html(html=page(), url="https://www.lequotidien.example/a?utm=x")
    assert article == HtmlArticle(
        title=TITLE,
        text="\n\n".join(PARAGRAPHS),
        published="2022-11-29",
        author="Claire Dupont",
        site_name="Le Quotidien",
        url="https://www.lequotidien.example/monde/2021/03/04/otan-stoltenberg.html",
        language="fr",
    )


def test_bytes_in_a_legacy_encoding():
    html = page().replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    article = extract_html(html=html)
    assert article.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_no_date_stays_none_despite_a_dated_url_and_a_copyright_year():
    article = extract_html(
        html=page(head_extra=""),
        url="https://www.lequotidien.example/monde/2021/03/04/otan-stoltenberg.html",
    )
    assert article.published is None
    assert article.text.split("\n\n") == PARAGRAPHS


def test_json_ld_date():
    json_ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-01-06T08:00:00Z"}</script>'
    assert extract_html(html=page(head_extra=json_ld)).published == "2023-01-06"


def test_declared_language_only_when_the_text_is_too_short_to_tell():
    html = "<html lang='de-AT'><body><article><p>Jens Stoltenberg, Kyjiw, 2023.</p></article></body></html>"
    article = extract_html(html=html)
    assert (article.text, article.language, article.title, article.published) == (
        "Jens Stoltenberg, Kyjiw, 2023.",
        "de",
        None,
        None,
    )
    assert extract_html(html=page(lang="en")).language == "fr"


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "   ",
        "<html><head><title>Vide</title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><nav><a href='/'>Accueil</a></nav></body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "<<<>>><p<p</div></html><!--",
        "<?xml version='1.0'?><rss><channel></channel></rss>",
        "\x00" * 100,
    ],
)
def test_garbage_is_rejected_in_plain_words(html):
    with pytest.raises(RejectedInput) as caught:
        extract_html(html=html)
    assert caught.value.reason == "no article text found in the HTML page"
