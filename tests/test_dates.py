"""Tests for articles/text/dates.py: real seeds, the Wikinews corpus, one rule at a time."""

import datetime
import re
from pathlib import Path

import pytest

from articles.text.cleaning import clean_article
from articles.text.dates import (
    PublicationDate,
    date_bounds,
    find_publication_date,
    format_date_value,
    parse_date_value,
)

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
WIKINEWS = CORPUS / "wikinews" / "text"
WIKINEWS_FILES = sorted(WIKINEWS.glob("*.txt")) if WIKINEWS.is_dir() else []
TODAY = datetime.date(2024, 6, 1)

# Written out here, not imported: the test reads the dateline its own way.
FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"]
DATELINE = re.compile(r"^(\d{1,2})(?:er)? ([a-zéû]+) (\d{4})(?:, [^.\n]+)? \. –", re.MULTILINE)


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def found(raw: str, **kwargs) -> tuple:
    """Return (year, month, day, time, precision) found in `raw`."""
    pd = find_publication_date(raw=raw, today=kwargs.pop("today", TODAY), **kwargs)
    return pd.year, pd.month, pd.day, pd.time, pd.precision


# --- the five seeds -----------------------------------------------------------------------

SEED_DATES = {
    # header 2022-12 refined by "ce vendredi 30 décembre 2022" (a Friday, as it says)
    "000": (2022, 12, 30, None, "day"),
    "001": (2022, 11, 29, datetime.time(13, 23), "day"),
    # header 2023-01; "le 20 janvier prochain" is a future meeting, not the publication day
    "002": (2023, 1, None, None, "month"),
    "003": (2022, 11, None, None, "month"),
    "004": (None, None, None, None, "unknown"),
}


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seed_dates_from_raw(prefix):
    assert found(seed(prefix)) == SEED_DATES[prefix]


@pytest.mark.parametrize("prefix", sorted(SEED_DATES))
def test_seed_dates_with_cleaned_text(prefix):
    raw = seed(prefix)
    assert found(raw, text=clean_article(raw).text) == SEED_DATES[prefix]


def test_seed_evidence_says_which_rule():
    assert find_publication_date(raw=seed("000"), today=TODAY).evidence == (
        "date header: date 2022-12; refined by present-day mention: ce vendredi 30 décembre 2022")
    assert find_publication_date(raw=seed("001"), today=TODAY).evidence == (
        "status line: Statut : 29/11/2022 13h23")
    assert find_publication_date(raw=seed("002"), today=TODAY).evidence == "date header: date 2023-01"
    assert find_publication_date(raw=seed("004"), today=TODAY).evidence == ""


# --- the Wikinews corpus --------------------------------------------------------------------

@pytest.mark.skipif(not WIKINEWS_FILES, reason=f"corpus not found at {WIKINEWS}")
@pytest.mark.parametrize("path", WIKINEWS_FILES, ids=lambda p: p.stem)
def test_wikinews_date_is_the_dateline_day(path):
    raw = path.read_text(encoding="utf-8")
    day, month, year = DATELINE.search(raw).groups()
    expected = (int(year), FRENCH_MONTHS.index(month) + 1, int(day), None, "day")
    assert found(raw) == expected
    assert found(raw, text=clean_article(raw).text) == expected


@pytest.mark.skipif(not WIKINEWS_FILES, reason=f"corpus not found at {WIKINEWS}")
def test_wikinews_update_line_does_not_beat_the_dateline():
    # This page says "Page actualisée : 8 février 2017" above its "28 février 2017 . –".
    raw = (WIKINEWS / "2017_02_08-001.txt").read_text(encoding="utf-8")
    assert "Page actualisée : 8 février 2017" in raw
    assert found(raw) == (2017, 2, 28, None, "day")


# --- rules, one at a time --------------------------------------------------------------------

def test_month_header():
    pd = find_publication_date(raw=" date 2022-12 Le texte commence ici.", today=TODAY)
    assert (pd.year, pd.month, pd.day, pd.precision) == (2022, 12, None, "month")
    assert pd.bounds == (datetime.date(2022, 12, 1), datetime.date(2022, 12, 31))


def test_day_header():
    assert found("date 2022-12-05\nLe texte.") == (2022, 12, 5, None, "day")


@pytest.mark.parametrize(("raw", "expected"), [
    ("Statut : 29/11/2022 13h23\nLe texte.", (2022, 11, 29, datetime.time(13, 23), "day")),
    ("Publié le 3 mars 2021 à 12h30\nLe texte.", (2021, 3, 3, datetime.time(12, 30), "day")),
    ("Stand: 29.11.2022 13:23 Uhr\nDer Text.", (2022, 11, 29, datetime.time(13, 23), "day")),
    ("Published 2022-11-29\nThe text.", (2022, 11, 29, None, "day")),
])
def test_status_lines(raw, expected):
    assert found(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Titre\n\n8 mars 2016 . – Le texte.", (2016, 3, 8)),
    ("Titre\n\n1er janvier 2020\n\nLe texte.", (2020, 1, 1)),
    ("Titre\n\nParis, le 3 mars 2021\n\nLe texte.", (2021, 3, 3)),
    ("Titre\n\n26 juillet 2016, Normandie . –\nLe texte.", (2016, 7, 26)),
    ("Titre\n\nLundi 3 décembre 2018 . – Le texte.", (2018, 12, 3)),
    ("Titre\n\n3 déc. 2018 – Le texte.", (2018, 12, 3)),
])
def test_french_datelines(raw, expected):
    assert found(raw) == (*expected, None, "day")


def test_dateline_wins_over_a_month_header():
    assert found(" date 2016-03 8 mars 2016 . – Le texte.") == (2016, 3, 8, None, "day")


@pytest.mark.parametrize("raw", [
    "Le texte parle du 3 mars 2021 et du 4 avril 2022.",
    "Ce vendredi 30 décembre 2022, rien ne s'est passé.",  # no header to refine
    "Titre\n\nMarch 8, 2016 – The text.",
    "Titre\n\n8. März 2016 – Der Text.",
    "Titre\n\n8 de marzo de 2016 – El texto.",
    "Titre\n\n12 juin 2016 : les éboueurs en grève.",
    "",
])
def test_no_publication_date(raw):
    pd = find_publication_date(raw=raw, today=TODAY)
    assert pd.precision == "unknown"
    assert pd.bounds is None


@pytest.mark.parametrize(("sentence", "day"), [
    ("publiée ce vendredi 30 décembre 2022, par", 30),
    ("publiée ce 30 décembre, par", 30),
    ("Aujourd'hui 30 décembre, la réunion", 30),
    ("aujourd’hui, vendredi 30 décembre 2022, la réunion", 30),
    ("une réunion le 20 décembre prochain", None),  # future: another day
    ("ce 20 décembre prochain", None),
    ("ce 2 décembre dernier", None),
    ("ce vendredi 30 janvier 2023", None),  # disagrees with the header
    ("ce lundi 30 décembre 2022", None),  # 30 December 2022 was a Friday
    ("vendredi 30 décembre 2022", None),  # a weekday alone does not name the present
])
def test_present_day_mention_refines_a_month_header(sentence, day):
    raw = f" date 2022-12 Le texte. {sentence}. La suite."
    expected = (2022, 12, day, None, "day") if day else (2022, 12, None, None, "month")
    assert found(raw) == expected


def test_refinement_reads_the_cleaned_text_when_given():
    raw = " date 2022-12 Le texte."
    assert found(raw, text="Le texte, ce 30 décembre.") == (2022, 12, 30, None, "day")


@pytest.mark.parametrize(("raw", "expected"), [
    ("Le texte.\nTagesschau 12h00, 29.11.2022\nLa suite.", (2022, 11, 29, datetime.time(12, 0))),
    ("Le texte.\n2022-11-29\nLa suite.", (2022, 11, 29, None)),
    ("Le texte.\r\nAFP, 29.11.2022\r\nLa suite.", (2022, 11, 29, None)),
])
def test_date_lines(raw, expected):
    assert found(raw) == (*expected, "day")


def test_a_numeric_date_inside_a_sentence_is_not_a_date_line():
    assert found("Le 29.11.2022, les ministres se sont réunis à Bucarest pour parler.")[4] == "unknown"


@pytest.mark.parametrize("raw", [
    "Titre\n\n31 février 2017 . – Le texte.",
    "Statut : 31/02/2022 13h23\nLe texte.",
    " date 2022-13 Le texte.",
    "Titre\n\n3 mars 1712 . – Le texte.",
    "Titre\n\n3 mars 2026 . – Le texte.",  # more than a year after TODAY
])
def test_impossible_or_absurd_dates_are_rejected(raw):
    assert found(raw)[4] == "unknown"


def test_a_rejected_rule_falls_through_to_the_next():
    assert found(" date 2022-12 Le texte.\nStatut : 31/02/2022 13h23") == (2022, 12, None, None, "month")


def test_today_bounds_the_future():
    raw = "Titre\n\n3 mars 2025 . – Le texte."
    assert found(raw, today=datetime.date(2024, 6, 1))[4] == "day"
    assert found(raw, today=datetime.date(2023, 6, 1))[4] == "unknown"


def test_twenty_megabytes_complete_and_read_the_top():
    raw = seed("001") + "\n" + "Une phrase qui parle du 3 mars 2021. " * 550_000
    assert found(raw) == SEED_DATES["001"]
    assert found("Le texte. " * 2_000_000 + "\nAFP, 29.11.2022") == (2022, 11, 29, None, "day")


# --- bounds, user values, formatting -----------------------------------------------------------

@pytest.mark.parametrize(("parts", "bounds"), [
    ((2022, 11, 29, "day"), (datetime.date(2022, 11, 29), datetime.date(2022, 11, 29))),
    ((2022, 11, None, "month"), (datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))),
    ((2024, 2, None, "month"), (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))),
    ((2023, None, None, "year"), (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))),
    ((None, None, None, "unknown"), None),
])
def test_date_bounds(parts, bounds):
    year, month, day, precision = parts
    assert date_bounds(year=year, month=month, day=day, precision=precision) == bounds


def test_date_bounds_rejects_an_unknown_precision():
    with pytest.raises(ValueError, match="precision"):
        date_bounds(year=2022, month=None, day=None, precision="week")


@pytest.mark.parametrize(("value", "expected"), [
    ("2022", (2022, None, None, "year")),
    ("2022-11", (2022, 11, None, "month")),
    ("2022-11-29", (2022, 11, 29, "day")),
    (" 2024-02-29 ", (2024, 2, 29, "day")),
])
def test_parse_date_value(value, expected):
    pd = parse_date_value(value)
    assert (pd.year, pd.month, pd.day, pd.precision) == expected
    assert pd.time is None
    assert format_date_value(pd) == value.strip()


@pytest.mark.parametrize(("value", "message"), [
    ("", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("22", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2022/11", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("novembre 2022", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2022-11-29T10:00", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2022-13", "month must be between 01 and 12"),
    ("2022-00", "month must be between 01 and 12"),
    ("2023-02-29", "has no day 29"),
    ("2022-11-00", "has no day 0"),
    ("1712", "1800 or later"),
])
def test_parse_date_value_rejects_with_a_clear_message(value, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_date_value(value)


def test_format_date_value():
    assert format_date_value(PublicationDate(2022, 11, 29, datetime.time(13, 23), "day", "")) == (
        "2022-11-29")
    assert format_date_value(PublicationDate(2022, 1, None, None, "month", "")) == "2022-01"
    assert format_date_value(PublicationDate(1987, None, None, None, "year", "")) == "1987"
    assert format_date_value(PublicationDate(None, None, None, None, "unknown", "")) is None


@pytest.mark.parametrize("parts", [
    (2022, 11, None, None, "day"),
    (2022, 11, 29, None, "month"),
    (None, None, None, None, "week"),
    (2022, None, None, datetime.time(1, 0), "year"),
])
def test_publication_date_rejects_inconsistent_parts(parts):
    with pytest.raises(ValueError):
        PublicationDate(*parts, "")


def test_date_bounds_rejects_missing_parts():
    with pytest.raises(ValueError, match="needs a year, a month and a day"):
        date_bounds(year=2022, month=11, day=None, precision="day")
