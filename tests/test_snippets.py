import html
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.text.query import parse_query
from articles.text.snippets import ELLIPSIS, make_snippet

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"

FILLER = "Par ailleurs, la météo était clémente et les marchés ont peu bougé. "
NEWS = ("Le secrétaire général de l’OTAN, Jens Stoltenberg, a demandé que les livraisons de "
        "missiles de défense aérienne à l’Ukraine s’accélèrent. ")
TEXT = FILLER * 5 + NEWS + FILLER * 8 + "Un missile Patriot a été tiré depuis Kiev. " + FILLER * 5


def snippet(text, query, **kwargs):
    return make_snippet(text, parse_query(query), language="fr", **kwargs)


def plain(output):
    return html.unescape(output.replace("<mark>", "").replace("</mark>", ""))


def test_short_text_is_whole_with_marks():
    assert snippet("Des missiles et un missile.", "missile") == (
        "Des <mark>missiles</mark> et un <mark>missile</mark>."
    )


def test_accents_prefixes_and_elisions_are_marked():
    text = "La défense aérienne de l'Ukraine et les négociations."
    assert snippet(text, "defense aerienne ukraine negoc*") == (
        "La <mark>défense</mark> <mark>aérienne</mark> de l&#x27;<mark>Ukraine</mark> "
        "et les <mark>négociations</mark>."
    )


def test_excluded_words_are_not_marked():
    assert snippet("Stoltenberg et Zelensky", "Stoltenberg -Zelensky") == (
        "<mark>Stoltenberg</mark> et Zelensky"
    )


def test_one_passage_when_the_matches_are_close():
    assert snippet(TEXT, "Stoltenberg missiles", max_chars=120) == (
        "…de l’OTAN, Jens <mark>Stoltenberg</mark>, a demandé que les livraisons de "
        "<mark>missiles</mark> de défense aérienne à l’Ukraine…"
    )


def test_two_passages_for_matches_far_apart():
    assert snippet(TEXT, "Stoltenberg Kiev", max_chars=160) == (
        "…de l’OTAN, Jens <mark>Stoltenberg</mark>, a demandé que les livraisons de missiles de"
        " … a été tiré depuis <mark>Kiev</mark>. Par ailleurs, la météo était clémente et les…"
    )


def test_no_match_gives_the_opening():
    expected = "Par ailleurs, la météo était clémente et les marchés ont peu bougé. Par…"
    assert snippet(TEXT, "zzz", max_chars=80) == expected
    assert snippet(TEXT, "-missile", max_chars=80) == expected
    assert snippet(TEXT, '" AND (', max_chars=80) == expected
    assert snippet("", "missile") == ""


def test_everything_else_is_escaped():
    text = 'Un <script>alert("missile")</script> & <b>missile</b>'
    output = snippet(text, "<script> missile")
    assert output == (
        "Un &lt;<mark>script</mark>&gt;alert(&quot;<mark>missile</mark>&quot;)"
        "&lt;/<mark>script</mark>&gt; &amp; &lt;b&gt;<mark>missile</mark>&lt;/b&gt;"
    )
    assert "<script>" not in snippet("<script>" * 100, "zzz")


def test_huge_text_completes():
    huge = "mot " * 5_000_000 + "missile"
    assert snippet(huge, "zzz").startswith("mot mot")
    assert snippet(huge, "mot").count("<mark>") > 10
    assert snippet("x" * 20_000_000, "x").endswith(ELLIPSIS)


def _assert_taken_from(output, text):
    for piece in plain(output).split(ELLIPSIS):
        assert piece.strip() in text


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=600),
    st.text(max_size=40),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=4),
)
def test_any_text_and_query_give_escaped_pieces_of_the_text(text, query, max_chars, passages):
    output = make_snippet(text, parse_query(query), language="fr", max_chars=max_chars,
                          passages=passages)
    _assert_taken_from(output, text)
    assert "<" not in output.replace("<mark>", "").replace("</mark>", "")


WORDS = st.sampled_from(["missile", "missiles", "défense", "aérienne", "<b>", "&", "l'Ukraine",
                         "Kiev", "\n", "zzz", "—", "«", "»", "OTAN", "négociations"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=200).map(" ".join), st.lists(WORDS, max_size=4).map(" ".join))
def test_news_like_text_marks_what_the_query_finds(text, query):
    output = make_snippet(text, parse_query(query), language="fr", max_chars=120)
    _assert_taken_from(output, text)
    assert "<" not in output.replace("<mark>", "").replace("</mark>", "")


@pytest.mark.parametrize("query", ["police", "défense aérienne", "président*", "Etats-Unis",
                                   "l'Ukraine", "2017", "été", "nego*"])
def test_candidate_scan_finds_what_a_full_scan_finds(query):
    """The fast path (regex on the terms' first letters) marks exactly the same words."""
    from articles.text import snippets

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "text"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    match = snippets._matcher(parse_query(query), "fr")
    assert match.candidates is not None
    fast = [snippets._find(text, match, 0, len(text), 10**6) for text in texts]
    regex, match.candidates = match.candidates, None
    full = [snippets._find(text, match, 0, len(text), 10**6) for text in texts]
    match.candidates = regex
    assert fast == full
    assert sum(map(len, full)) > 0
