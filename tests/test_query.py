import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.text.query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    And,
    Not,
    Or,
    ParsedQuery,
    Phrase,
    Term,
    highlight_terms,
    parse_query,
    to_fts5,
    to_tsquery,
)
from articles.text.stemming import term_string

# What the compilers may emit: our operators, and [a-z0-9] stems inside quotes.
FTS5_OUTPUT = re.compile(r'(?:[()]|"[a-z0-9]+(?: [a-z0-9]+)*"(?: \*)?|AND|OR|NOT| )*')
TSQUERY_OUTPUT = re.compile(r"(?:[()&|!]|<->|'[a-z0-9]+'(?::\*)?| )*")


def T(*stems, prefix=False, original=""):
    return Term(tuple(stems), prefix, original)


@pytest.mark.parametrize(
    ("query", "root"),
    [
        ("missile", T("missil", original="missile")),
        ("defense aerienne",
         And((T("defens", original="defense"), T("aerien", original="aerienne")))),
        ('"défense aérienne"',
         Phrase((T("defens", original="défense"), T("aerien", original="aérienne")),
                "défense aérienne")),
        ("Stoltenberg -Zelensky",
         And((T("stoltenberg", original="Stoltenberg"), Not(T("zelensky", original="Zelensky"))))),
        ("otan OR nato", Or((T("otan", original="otan"), T("nato", original="nato")))),
        ("missil*", T("missil", prefix=True, original="missil")),
        ("l'Ukraine", T("ukrain", original="l'Ukraine")),
        ("anti-aérienne",
         Phrase((T("anti", original="anti"), T("aerien", original="aérienne")), "anti-aérienne")),
        ('-"défense aérienne" patriot',
         And((T("patriot", original="patriot"),
              Not(Phrase((T("defens", original="défense"), T("aerien", original="aérienne")),
                         "défense aérienne"))))),
        ('" AND NOT (', None),
        ("", None),
    ],
)
def test_tree(query, root):
    assert parse_query(query).root == root


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("missile", '"missil"', "'missil'"),
        ("defense aerienne", '"defens" AND "aerien"', "'defens' & 'aerien'"),
        ('"défense aérienne"', '"defens aerien"', "('defens' <-> 'aerien')"),
        ("«défense aérienne»", '"defens aerien"', "('defens' <-> 'aerien')"),
        ("Stoltenberg -Zelensky", '"stoltenberg" NOT "zelensky"', "'stoltenberg' & !'zelensky'"),
        ("-Zelensky Stoltenberg", '"stoltenberg" NOT "zelensky"', "'stoltenberg' & !'zelensky'"),
        ("otan OR nato", '("otan" OR "nato")', "('otan' | 'nato')"),
        ("missil*", '"missil" *', "'missil':*"),
        ("négociations*", '"negoci" *', "'negoci':*"),
        ("m*", '"m"', "'m'"),
        ("l'Ukraine", '"ukrain"', "'ukrain'"),
        ("anti-aérien*", '"anti aerien" *', "('anti' <-> 'aerien':*)"),
        ('-"défense aérienne" patriot', '"patriot" NOT "defens aerien"',
         "'patriot' & !('defens' <-> 'aerien')"),
        ("a b -c -d", '("a" AND "b") NOT "c" NOT "d"', "'a' & 'b' & !'c' & !'d'"),
        ("kiev OR kyiv missile", '("kiev" OR "kyiv") AND "missil"',
         "('kiev' | 'kyiv') & 'missil'"),
        ("a OR b OR c", '("a" OR "b" OR "c")', "('a' | 'b' | 'c')"),
        ("OR a OR", '"a"', "'a'"),
        ("a OR -b", '"a" NOT "b"', "'a' & !'b'"),
        ("or gold", '"or" AND "gold"', "'or' & 'gold'"),
        ("a AND b NEAR c", '"a" AND "b" AND "c"', "'a' & 'b' & 'c'"),
        ('" AND NOT (', "", ""),
        ("-x -y", "", ""),
    ],
)
def test_compiled(query, fts5, tsquery):
    parsed = parse_query(query)
    assert (to_fts5(parsed), to_tsquery(parsed)) == (fts5, tsquery)


def test_several_languages_are_alternatives():
    parsed = parse_query('aérienne "défense aérienne" -Zelensky', languages=["fr", "en"])
    assert to_fts5(parsed) == (
        '(("aerien" OR "aerienn") AND ("defens aerien" OR "defens aerienn"))'
        ' NOT ("zelensky" OR "zelenski")'
    )
    assert to_tsquery(parsed) == (
        "('aerien' | 'aerienn') & (('defens' <-> 'aerien') | ('defens' <-> 'aerienn'))"
        " & !('zelensky' | 'zelenski')"
    )
    assert parsed.languages == ("fr", "en")
    assert highlight_terms(parsed) == {"aerien", "aerienn", "defens"}


def test_fields():
    parsed = parse_query('Stoltenberg "défense aérienne" missil* -Zelensky')
    assert parsed == ParsedQuery(parsed.root, ("fr",), False, False,
                                 ("Stoltenberg", "défense aérienne", "missil"))
    assert not parsed.is_empty
    assert highlight_terms(parsed) == {"stoltenberg", "defens", "aerien", "missil*"}


@pytest.mark.parametrize("query", ["-x", '-"a b"', "-x -y OR -z"])
def test_only_exclusions(query):
    parsed = parse_query(query)
    assert parsed.only_negative and parsed.is_empty
    assert parsed.words == ()
    assert highlight_terms(parsed) == set()


@pytest.mark.parametrize(
    "query",
    ['"', '"missile', 'missile"', "-", "- -", ":", "*", "**", "(", "()", "AND", "NOT", "NEAR",
     "OR", "'; DROP TABLE articles; --", "a:b", "\x00missile\x00", "\x07\x1b[31m", "🚀🚀",
     "x" * 5000, "missile " * 1000, "NEAR(a b)", "title:missile", "^missile", "+missile",
     "'missile'", "a & b | !c <-> d:*", '""', '-""', "\\", "\\\""],
)
def test_odd_input_never_breaks(query):
    parsed = parse_query(query)
    assert FTS5_OUTPUT.fullmatch(to_fts5(parsed))
    assert TSQUERY_OUTPUT.fullmatch(to_tsquery(parsed))


def test_odd_input_shapes():
    assert parse_query('"missile').root == T("missil", original="missile")
    assert parse_query("\x00missile\x00").root == T("missil", original="missile")
    assert parse_query("a:b").root == Phrase((T("a", original="a"), T("b", original="b")), "a:b")
    assert parse_query("'; DROP TABLE articles; --").root == And(
        (T("drop", original="DROP"), T("tabl", original="TABLE"), T("articl", original="articles;"))
    )
    assert parse_query("🚀 -").root is None


def test_long_queries_are_cut_and_say_so():
    parsed = parse_query("missile " * 1000)
    assert parsed.truncated
    assert len(parsed.root.children) == MAX_TERMS
    parsed = parse_query("x" * 5000)
    assert parsed.truncated and parsed.root == T("x" * 60, original="x" * MAX_QUERY_CHARS)
    # Cut between words, not in the middle of the last one.
    parsed = parse_query("ab " * 66 + "missile")
    assert parsed.truncated and "missil" not in to_fts5(parsed)
    parsed = parse_query('"' + " ".join(["mot"] * 20) + '"')
    assert parsed.truncated and len(parsed.root.terms) == MAX_TERMS
    assert not parse_query("a b c").truncated


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300), st.sampled_from([("fr",), ("fr", "en"), ("de", "und")]))
def test_any_query_compiles_to_our_own_syntax(query, languages):
    parsed = parse_query(query, languages=languages)
    fts5, tsquery = to_fts5(parsed), to_tsquery(parsed)
    assert FTS5_OUTPUT.fullmatch(fts5), fts5
    assert TSQUERY_OUTPUT.fullmatch(tsquery), tsquery
    assert fts5.count("(") == fts5.count(")")
    assert tsquery.count("(") == tsquery.count(")")
    assert (fts5 == "") == (tsquery == "") == parsed.is_empty
    assert all(re.fullmatch(r"[a-z0-9]+\*?", term) for term in highlight_terms(parsed))


QUERY_PIECES = st.sampled_from(
    ["missile", "missiles", "défense", "aérienne", "OR", "-", '"', "*", "AND", "NOT", "(", ")",
     ":", "l'Ukraine", "-Zelensky", "otan", "ab*", "2,4", "’", "«", "»", " ", "  "]
)
QUERIES = st.one_of(st.text(max_size=80), st.lists(QUERY_PIECES, max_size=12).map(" ".join))

# A tiny literal corpus, indexed with each article's language, searched on both databases.
CORPUS = [
    (1, "fr", "Jens Stoltenberg appelle à renforcer la défense aérienne de l'Ukraine."),
    (2, "fr", "Les livraisons de missiles Patriot se poursuivent, selon Zelensky."),
    (3, "fr", "Volodymyr Zelensky et Jens Stoltenberg ont discuté des négociations."),
    (4, "en", "The NATO summit discussed air defence and missile deliveries."),
    (5, "fr", "La défense de Kiev reste aérienne et terrestre ; l’OTAN hésite."),
    (6, "fr", "Le système anti-aérien a intercepté 2,4 missiles."),
]
SEARCHES = [
    ("missile", {2, 4, 6}),
    ("MISSILES", {2, 4, 6}),
    ("defense aerienne", {1, 5}),
    ('"défense aérienne"', {1}),
    ("Stoltenberg -Zelensky", {1}),
    ("-Zelensky Stoltenberg", {1}),
    ("otan OR nato", {4, 5}),
    ("missil*", {2, 4, 6}),
    ("l'Ukraine", {1}),
    ("ukraine", {1}),
    ('-"défense aérienne" défense', {5}),
    ("négociation", {3}),
    ("anti-aérien", {6}),
    ('"2,4"', {6}),
    ("delivery", {4}),
    ('" AND NOT (', set()),
    ("zelensky OR -stoltenberg", {2}),
]


def _sqlite():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE doc USING fts5(body, tokenize='unicode61')")
    connection.executemany(
        "INSERT INTO doc (rowid, body) VALUES (?, ?)",
        [(pk, term_string(text, language)) for pk, language, text in CORPUS],
    )
    return connection


def _search_sqlite(connection, parsed):
    expression = to_fts5(parsed)
    if not expression:
        return set()
    rows = connection.execute("SELECT rowid FROM doc WHERE doc MATCH ?", [expression])
    return {row[0] for row in rows}


@pytest.fixture(scope="module")
def sqlite():
    connection = _sqlite()
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def postgres():
    psycopg = pytest.importorskip("psycopg")
    try:
        connection = psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3, autocommit=True
        )
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    connection.execute("CREATE TEMP TABLE doc (id int PRIMARY KEY, body tsvector)")
    for pk, language, text in CORPUS:
        connection.execute(
            "INSERT INTO doc VALUES (%s, to_tsvector('simple', %s))",
            [pk, term_string(text, language)],
        )
    yield connection
    connection.close()


def _search_postgres(connection, parsed):
    expression = to_tsquery(parsed)
    if not expression:
        return set()
    rows = connection.execute(
        "SELECT id FROM doc WHERE body @@ to_tsquery('simple', %s)", [expression]
    )
    return {row[0] for row in rows}


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_on_sqlite(sqlite, query, expected):
    assert _search_sqlite(sqlite, parse_query(query, languages=["fr", "en"])) == expected


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_on_postgres(postgres, query, expected):
    assert _search_postgres(postgres, parse_query(query, languages=["fr", "en"])) == expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_fts5_accepts_every_compiled_query(sqlite, query):
    _search_sqlite(sqlite, parse_query(query, languages=["fr", "en"]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_both_databases_find_the_same_articles(sqlite, postgres, query):
    parsed = parse_query(query, languages=["fr", "en"])
    assert _search_sqlite(sqlite, parsed) == _search_postgres(postgres, parsed)
