import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articles.text.stemming import (
    analyze,
    iter_tokens,
    query_positions,
    query_terms,
    stemming_language,
    term_string,
    unaccent,
)

TERM = re.compile(r"[a-z]+|[0-9]+")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("négociation", ["negoci"]),
        ("négociations", ["negoci"]),
        ("missile", ["missil"]),
        ("missiles", ["missil"]),
        ("défense aérienne", ["defens", "aerien"]),
        ("defense aerienne", ["defens", "aerien"]),
        ("aérien aériens aérienne aériennes", ["aerien"] * 4),
        ("Ukraine ukrainien ukrainienne", ["ukrain", "ukrainien", "ukrainien"]),
        ("livraison livraisons", ["livraison", "livraison"]),
        ("armé armée armées arme armes", ["arme"] * 5),
        ("sécurité securite", ["securit", "securit"]),
        ("réfugiés refugies", ["refug", "refug"]),
        ("Élections élection", ["elect", "elect"]),
    ],
)
def test_french_stems(text, terms):
    assert analyze(text, language="fr") == terms


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("l'Ukraine", ["ukrain"]),
        ("d’armes", ["arme"]),
        ("qu'il", ["il"]),
        ("jusqu'à", ["a"]),
        ("Lorsqu’elle L'OTAN", ["elle", "otan"]),
        ("aujourd'hui", ["aujourd", "hui"]),  # not an elision: both parts stay
        ("l' homme", ["l", "homm"]),  # no letter right after the apostrophe
        ("anti-aérienne", ["anti", "aerien"]),
        ("États-Unis", ["etat", "unis"]),
        ("Etats–Unis", ["etat", "unis"]),
        ("120 missiles", ["120", "missil"]),
        ("2,4 milliards", ["2", "4", "milliard"]),
        ("COVID-19 covid19", ["covid", "19", "covid", "19"]),
        ("« Nous ! » (sic) ; — 🚀 ✓ €", ["nous", "sic"]),
        ("Œuvre cœur æther", ["oeuvr", "coeur", "aeth"]),
        ("Straße", ["strass"]),
        ("de\u0301fense", ["defens"]),  # decomposed accent
        ("négo\u00adciation", ["negoci"]),  # soft hyphen
        ("ﬁn ２０２４", ["fin", "2024"]),  # NFKC
        ("Łukaszenko Ørsted Москва", ["lukaszenko", "orsted"]),
        ("snake_case", ["snak", "cas"]),
        ("", []),
    ],
)
def test_tokenization(text, terms):
    assert analyze(text, language="fr") == terms


@pytest.mark.parametrize(
    ("language", "text", "terms"),
    [
        ("en", "The missiles were delivered", ["the", "missil", "were", "deliv"]),
        ("de", "Die Raketen wurden geliefert", ["die", "rak", "wurd", "geliefert"]),
        ("es", "Los misiles", ["los", "misil"]),
        ("it", "I missili", ["i", "missil"]),
        ("pt", "Os mísseis", ["os", "miss"]),
        ("nl", "De raketten", ["de", "raket"]),
        ("und", "Les missiles", ["les", "missiles"]),
        ("fr-FR", "Les missiles", ["le", "missil"]),
        ("FR", "Les missiles", ["le", "missil"]),
        ("xx", "Les missiles", ["les", "missiles"]),
    ],
)
def test_languages(language, text, terms):
    assert analyze(text, language=language) == terms


def test_stemming_language():
    assert [stemming_language(code) for code in ("fr", "en_GB", "", "und", "zz")] == [
        "fr", "en", "und", "und", "und"]


def test_long_runs_are_cut_the_same_way_on_both_sides():
    assert analyze("1" * 5000, language="fr") == ["1" * 60]
    assert analyze("a" * 5000, language="fr") == query_terms("A" * 300, languages=["fr"])
    assert len(analyze("a" * 5000, language="fr")[0]) <= 60


def test_term_string():
    assert term_string("La défense aérienne de l'Ukraine", "fr") == "la defens aerien de ukrain"


def test_unaccent():
    assert unaccent("ÉTATS-Unis Œuvre Straße") == "etats-unis oeuvre strasse"


def test_query_terms_per_language():
    assert query_terms("Missiles", languages=["fr", "en"]) == ["missil"]
    assert query_terms("aérienne", languages=["fr", "en"]) == ["aerien", "aerienn"]
    assert query_terms("anti-aérienne", languages=["fr"]) == ["anti", "aerien"]
    assert query_terms("!!", languages=["fr"]) == []
    assert query_positions("défense-aérienne", languages=["fr", "en"]) == [
        ("defens", "defens"),
        ("aerien", "aerienn"),
    ]


def test_analyze_speed_smoke():
    text = ("Le secrétaire général de l’OTAN, Jens Stoltenberg, a déclaré que les livraisons de "
            "missiles de défense aérienne à l’Ukraine devaient s’accélérer. ") * 40
    assert len(analyze(text[:5000], language="fr")) > 700


FRENCH_WORDS = [
    "négociation", "missile", "défense", "aérienne", "livraison", "armée", "président",
    "élection", "sécurité", "réfugié", "guerre", "char", "frontière", "sanction", "otage",
    "Ukraine", "Kiev", "Zelensky", "Stoltenberg", "OTAN", "ministre", "européen", "été",
    "déclaration", "accord", "cessez-le-feu", "États-Unis", "l'armée", "d'Europe", "énergie",
]
# Regular nouns: the plural is found by typing the singular and the other way round.
REGULAR_NOUNS = ["missile", "négociation", "livraison", "frontière", "sanction", "otage",
                 "guerre", "char", "armée", "élection", "déclaration", "accord", "ministre"]


@pytest.mark.parametrize("noun", REGULAR_NOUNS)
def test_singular_and_plural_meet(noun):
    assert analyze(noun + "s", language="fr") == analyze(noun, language="fr")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRENCH_WORDS), min_size=1, max_size=12))
def test_a_word_of_the_text_is_found_however_it_is_typed(words):
    index = set(analyze(" ".join(words), language="fr"))
    for word in words:
        for typed in (word, word.upper(), word.lower(), unaccent(word), unaccent(word).upper()):
            positions = query_positions(typed, languages=["fr", "en"])
            assert positions
            assert all(set(alternatives) & index for alternatives in positions), typed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["fr", "en", "de", "und"]))
def test_any_text_gives_clean_terms_that_its_own_words_find(text, language):
    terms = analyze(text, language=language)
    assert all(TERM.fullmatch(term) for term in terms)
    index = set(terms)
    for match in iter_tokens(text):
        assert set(query_terms(match.group(1), languages=[language])) <= index


def _postgres():
    psycopg = pytest.importorskip("psycopg")
    try:
        return psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3)
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL unreachable: {exc}")


@pytest.fixture(scope="module")
def postgres():
    connection = _postgres()
    yield connection
    connection.close()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_postgres_reads_our_term_string_term_for_term(postgres, text):
    """to_tsvector('simple', ...) must give each term its own position, as FTS5 does."""
    terms = analyze(text, language="fr")
    rows = postgres.execute(
        "SELECT lexeme, unnest(positions) FROM unnest(to_tsvector('simple', %s))",
        [" ".join(terms)],
    ).fetchall()
    assert sorted((position, lexeme) for lexeme, position in rows) == [
        (position, term) for position, term in enumerate(terms, 1)
    ]
