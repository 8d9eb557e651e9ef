"""Quotation extraction: mark styles, nesting, continuation, unclosed marks, robustness."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.text.quotes import QuoteSpan, extract_quotes

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def texts(text):
    return [q.text for q in extract_quotes(text)]


@pytest.mark.parametrize(
    "sentence, expected, mark",
    [
        (
            "Il a dit : « Nous ferons tout pour gagner cette guerre ».",
            "Nous ferons tout pour gagner cette guerre",
            "«",
        ),
        (
            "Il a dit : «Nous ferons tout pour gagner cette guerre».",
            "Nous ferons tout pour gagner cette guerre",
            "«",
        ),
        (
            "Il a dit : «\u00a0Nous ferons tout pour gagner\u00a0».",
            "Nous ferons tout pour gagner",
            "«",
        ),
        (
            "Il a dit : «\u202fNous ferons tout pour gagner\u202f».",
            "Nous ferons tout pour gagner",
            "«",
        ),
        ("Elle a parlé d’un “message clair” à la Russie.", "message clair", "“"),
        ('Il a rappelé que "chaque mètre compte", dit-il.', "chaque mètre compte", '"'),
        ("Er sagte „nicht jetzt“ und ging.", "nicht jetzt", "„"),
        ("Un mot ‹ décisif › ici.", "décisif", "‹"),
    ],
)
def test_each_mark_style(sentence, expected, mark):
    [quote] = extract_quotes(sentence)
    assert quote.text == expected
    assert quote.mark == mark
    assert sentence[quote.start : quote.end] == expected
    assert not quote.unclosed


def test_kind_full_from_five_words_fragment_below():
    quotes = extract_quotes("Une période « décisive » et « nous ferons tout pour gagner ».")
    assert [(q.text, q.kind) for q in quotes] == [
        ("décisive", "fragment"),
        ("nous ferons tout pour gagner", "full"),
    ]


def test_nested_quote_is_not_emitted_separately():
    text = "« Il a parlé d’une “période décisive” pour nous tous », a-t-il dit."
    [quote] = extract_quotes(text)
    assert quote.text == "Il a parlé d’une “période décisive” pour nous tous"


def test_apostrophes_are_never_marks():
    text = "L’OTAN l'a dit : « c’est l'heure d’agir » et d'\"imprudentes\" attaques."
    assert texts(text) == ["c’est l'heure d’agir", "imprudentes"]


def test_straight_quotes_pair_within_paragraph():
    text = 'Il dit "oui". Puis "non, jamais de la vie".\n\nUn écran de 15" seulement.'
    assert texts(text) == ["oui", "non, jamais de la vie"]


def test_unclosed_mark_ends_at_paragraph_end_and_later_quotes_survive():
    text = "Il a dit : « Nous ferons tout pour gagner.\n\nPlus loin, « une autre citation bien fermée »."
    quotes = extract_quotes(text)
    assert [(q.text, q.unclosed) for q in quotes] == [
        ("Nous ferons tout pour gagner.", True),
        ("une autre citation bien fermée", False),
    ]


def test_single_newline_is_a_paragraph_break_for_unclosed_marks():
    text = "« Une citation jamais fermée dans ce texte\nTitre suivant\n« La porte est ouverte »"
    assert [(q.text, q.unclosed) for q in extract_quotes(text)] == [
        ("Une citation jamais fermée dans ce texte", True),
        ("La porte est ouverte", False),
    ]


def test_quotation_continued_over_paragraphs_is_one_span():
    text = "Il a dit : « Premier paragraphe de la citation.\n\n« Deuxième paragraphe, qui se ferme. »\n\nFin."
    [quote] = extract_quotes(text)
    assert (
        quote.text == "Premier paragraphe de la citation.\n\n« Deuxième paragraphe, qui se ferme."
    )
    assert not quote.unclosed


def test_second_opening_while_unclosed_stops_first_at_sentence_end():
    text = "Les membres « aborder les moyens. Il a salué “une aide” à Kiev, tout en insistant « Nous ne pouvons pas."
    quotes = extract_quotes(text)
    assert [(q.text, q.unclosed) for q in quotes] == [
        ("aborder les moyens.", True),
        ("une aide", False),
        ("Nous ne pouvons pas.", True),
    ]


def test_stray_closing_mark_is_ignored():
    assert texts("Texte » puis « une vraie citation ici »") == ["une vraie citation ici"]


def test_seed_003_has_three_unclosed_quotes():
    quotes = extract_quotes((SEEDS / "003_d69e36ab24f11cbc.txt").read_text(encoding="utf-8"))
    unclosed = [q.text[:25] for q in quotes if q.unclosed]
    assert unclosed == [
        "Les avions de chasse du C",
        "aborder les moyens d’inte",
        "Nous ne pouvons pas laiss",
    ]
    assert len(quotes) == 12


def test_seed_004_straight_quotes():
    quotes = extract_quotes((SEEDS / "004_367df188a69f6029.txt").read_text(encoding="utf-8"))
    assert [q.text for q in quotes][:3] == [
        "progressivement",
        "progressivement",
        "chaque mètre regagné par les forces ukrainiennes est un mètre perdu par la Russie",
    ]
    assert len(quotes) == 13


def test_wikinews_spacing():
    text = "« Différentes armes ont été découvertes dans le coffre » de sa voiture , selon le parquet ."
    [quote] = extract_quotes(text)
    assert quote.text == "Différentes armes ont été découvertes dans le coffre"


def test_quote_span_is_frozen():
    quote = QuoteSpan(0, 1, "a", "fragment", False, "«")
    with pytest.raises(AttributeError):
        quote.start = 2


_MARKS = st.sampled_from(list("«»“”„‹›\"'’ \n\u00a0.,:") + ["mot", "Il a dit", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKS, max_size=40).map("".join))
def test_never_raises_and_spans_are_exact(text):
    quotes = extract_quotes(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("full", "fragment")
    starts = [q.start for q in quotes]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    for quote in extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text


@settings(max_examples=200, deadline=None)
@given(st.lists(_MARKS, max_size=30).map("".join))
def test_garbage_never_loses_a_later_quote(prefix):
    text = prefix + "\n\nEnsuite, « une citation propre et fermée »."
    assert extract_quotes(text)[-1].text == "une citation propre et fermée"


def test_a_straight_mark_before_a_comma_closes_even_after_a_space():
    # news-dev p023: `à "un peu plus de 5 % ", sur l'ensemble de l'année`
    text = 'Le ministère évalue la hausse des prix à "un peu plus de 5 % ", sur l\'année. "Bien."'
    assert [q.text for q in extract_quotes(text)] == ["un peu plus de 5 %", "Bien."]


def test_doubled_single_quotes_pair_like_double_ones():
    # news5 p407: an African agency's copy writes ‘’…’’ (and once ‘’…”) for “…”
    text = ("Le Prix du jury remis à ‘’Sirat’’, d’Olivier Laxe. La Palme d’or à ‘’Un simple "
            "accident”. Il s’est adressé ‘’à tous les Iraniens, aux opinions différentes’’.")
    assert [(q.text, q.kind) for q in extract_quotes(text)] == [
        ("Sirat", "fragment"), ("Un simple accident", "fragment"),
        ("à tous les Iraniens, aux opinions différentes", "full")]
    # apostrophes alone are never marks
    assert extract_quotes("L’homme d’État n’a rien dit aujourd’hui.") == []


def test_a_reversed_closing_mark_glued_to_the_next_word_opens():
    # news5 p437: scraped copy writes `Mohammad Eslami.»Notre travail …», a affirmé M. Grossi`
    text = ("Il a rencontré le chef de l'OIEA, Mohammad Eslami.»Notre travail a été intense. "
            "Nous poursuivons nos négociations», a affirmé M. Grossi.")
    assert [(q.text, q.unclosed) for q in extract_quotes(text)] == [
        ("Notre travail a été intense. Nous poursuivons nos négociations", False)]
    # a » that closes an open « stays a closing mark, even glued to the next word
    assert [q.text for q in extract_quotes("« C'est fini.»Il est parti.")] == ["C'est fini."]


def test_a_straight_quote_after_a_comma_with_a_space_inside_opens():
    # news11 p1003: scraped copy `sur la Rfm ," Pour des raisons …".Pour rappel`
    text = ('Selon Me Ba, un de ses avocats qui a réagi sur la Rfm ," Pour des raisons de '
            'sécurité, Ousmane Sonko a quitté la section plus tôt".Pour rappel, il a été arrêté.')
    assert texts(text) == ["Pour des raisons de sécurité, Ousmane Sonko a quitté la section "
                           "plus tôt"]
    # a mark closing a word before a comma still closes nothing and opens nothing
    assert texts('Il mesure 6", dit-il, et pèse peu.') == []
