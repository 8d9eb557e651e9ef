"""Publication dates of imported articles, read from the raw text, never from the import date.

`find_publication_date` works from the raw text itself (cleaning keeps no state for it), and
optionally the cleaned text for the present-day refinement. Rules, first that applies wins:

1. a status line near the top, `Statut : 29/11/2022 13h23`, `Publié le 3 mars 2021 à 12h30`:
   day and time;
2. a French dateline opening one of the first lines: `8 mars 2016 . –`, `26 juillet 2016,
   Normandie . –`, `Paris, le 3 mars 2021`, `1er janvier 2020` alone on its line: day;
3. the scraper's leading ` date 2022-12` header: month (day when it carries one), refined to the
   day only by a mention naming the present (`ce vendredi 30 décembre 2022`, `aujourd'hui
   30 décembre`) that agrees with it (same year and month) and is not `prochain`/`dernier`;
4. a short date metadata line anywhere, such as a broadcast credit `Tagesschau 12h00,
   29.11.2022` or a bare `2022-11-29`: day (and time).

Anything else (`le 20 janvier prochain`, a date inside a sentence) is not a publication date:
articles talk about other days. Dates are validated (no 31 février) and years before 1800 or
more than a year after `today` are rejected. Nothing found -> precision "unknown".

`match_date_header`, `match_dateline` and `DATE_LINE_PATTERN` are shared with cleaning.py, so
the lines cleaning removes are exactly the lines this module reads.
"""

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year", "unknown"]
PRECISIONS = ("day", "month", "year", "unknown")

MIN_YEAR = 1800
# Only this much of the raw text is read for headers and datelines: they sit at the top, and
# a 20 MB file must not be scanned line by line for them.
_HEAD_CHARS = 10_000
_HEAD_LINES = 12
_REFINE_CHARS = 5_000
_MAX_DATE_LINE = 100

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
    "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
# "3 mars 2021", "1er janvier 2020", "lundi 3 décembre 2018", "3 déc. 2018"
_TEXT_DATE = (rf"(?:{_WEEKDAY}[ \t]+)?(?P<day>\d{{1,2}})(?:er)?[ \t]+{_MONTH}"
              r"[ \t]+(?P<year>\d{4})\b")
# "29/11/2022", "29.11.2022", "2022-11-29" (the ISO form may carry a "T13:23" time)
_NUM_DATE = (r"(?:(?P<nday>\d{1,2})[./](?P<nmonth>\d{1,2})[./](?P<nyear>\d{4})"
             r"|(?P<iyear>\d{4})-(?P<imonth>\d{2})-(?P<iday>\d{2}))\b")
# "13h23", "13 h 23", "13h", "13:23", "13:23 Uhr" (translated German pages keep "Uhr")
_TIME = (r"(?P<hour>[01]?\d|2[0-3])[ \t]?(?:h[ \t]?(?P<hmin>[0-5]\d)?|:(?P<cmin>[0-5]\d))"
         r"(?::[0-5]\d)?(?:[ \t]?Uhr)?\b")

# Seeds 000, 002, 003 start with " date 2022-12 " and the text follows on the same line.
_DATE_HEADER = re.compile(
    r"\A[\s\ufeff]*date[ \t]+(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?(?![\d-])[ \t]*",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    # "Paris, le " before the date; the place starts with a letter and is a few words long
    r"(?:(?P<place>[^\W\d_][\w’'.\- ]{0,40}?),[ \t]*(?:le[ \t]+)?)?"
    + _TEXT_DATE
    # "26 juillet 2016, Normandie . –": a place may follow the date too
    + r"(?:[ \t]*,[ \t]*(?P<after>[^\n,.–—]{1,40}?))?"
    # the dateline ends with a dash (Wikinews writes " . –") or with the line itself
    + r"[ \t]*\.?[ \t]*(?:[–—-]+[ \t]*|(?=\n|\Z))",
    re.IGNORECASE,
)
_STATUS_LINE = re.compile(
    r"(?:Statut|Stand|Publiée|Publié|Mis en ligne(?: le)?|Date de publication"
    r"|Publication|Published(?: on)?|Posted(?: on)?|Veröffentlicht(?: am)?)"
    rf"[ \t]*:?[ \t]*(?:le[ \t]+)?(?:{_NUM_DATE}|{_TEXT_DATE})"
    rf"(?:[ \t]*(?:à|,|-|–)?[ \t]*{_TIME})?"
    # an update clause may follow on the same line ("| mis à jour le ...")
    r"(?:[ \t]*[|,–-]?[ \t]*(?:mis à jour|modifié|actualisé|updated|aktualisiert)"
    r"[^\n]{0,60})?[ \t]*",
    re.IGNORECASE,
)
_NUM_DATE_RE = re.compile(_NUM_DATE)
# A credit or metadata line: up to four label words, an optional time, a numeric date.
_DATE_LINE = re.compile(
    r"(?:[^\W\d_][\w’'.&-]{0,30}(?:[ \t]+[^\W\d_][\w’'.&-]{0,30}){0,3})?[ \t,:|-]*"
    rf"(?:{_TIME.replace('(?P<', '(?P<l')}[ \t,]+)?"
    + _NUM_DATE
    + rf"(?:(?:[ \t,]+(?:à[ \t]+)?|T){_TIME})?[ \t]*",
    re.IGNORECASE,
)
# A date naming the present: "ce vendredi 30 décembre 2022", "aujourd'hui 30 décembre".
# Not "ce 20 janvier prochain" / "dernier": those name another day.
_PRESENT_DAY = re.compile(
    rf"\b(?:ce|aujourd['’]hui,?)\s+(?:{_WEEKDAY}\s+)?(?P<day>\d{{1,2}})(?:er)?\s+{_MONTH}"
    r"(?:\s+(?P<year>\d{4})\b)?(?!\s*,?\s*(?:prochain|dernier|passé))",
    re.IGNORECASE,
)
_USER_VALUE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?")


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """A publication date known to the day, month or year, or not at all."""

    year: int | None
    month: int | None
    day: int | None
    time: datetime.time | None
    precision: Precision
    evidence: str  # the rule and the text it read, e.g. "status line: Statut : 29/11/2022 13h23"

    def __post_init__(self):
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        expected = 3 - PRECISIONS.index(self.precision)
        parts = (self.year, self.month, self.day)
        if any(p is None for p in parts[:expected]) or any(p is not None for p in parts[expected:]):
            raise ValueError(f"{self.precision!r} precision needs exactly {expected} date parts")
        if self.time is not None and self.precision != "day":
            raise ValueError("a time needs a day-precision date")

    @property
    def bounds(self) -> tuple[datetime.date, datetime.date] | None:
        """Return the first and last day this date stands for, or None when unknown."""
        return date_bounds(year=self.year, month=self.month, day=self.day,
                           precision=self.precision)


UNKNOWN = PublicationDate(None, None, None, None, "unknown", "")


def date_bounds(*, year: int | None, month: int | None, day: int | None, precision: str
                ) -> tuple[datetime.date, datetime.date] | None:
    """Return (first_day, last_day) of the span a date stands for, or None when unknown."""
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}")
    needed = (year, month, day)[:3 - PRECISIONS.index(precision)]
    if None in needed:
        raise ValueError(f"a {precision!s} date needs a year{', a month' * (len(needed) > 1)}"
                         f"{' and a day' * (len(needed) > 2)}")
    if precision == "day":
        first = datetime.date(year, month, day)
        return first, first
    if precision == "month":
        return (datetime.date(year, month, 1),
                datetime.date(year, month, calendar.monthrange(year, month)[1]))
    if precision == "year":
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return None


def parse_date_value(value: str) -> PublicationDate:
    """Return the date a user wrote as 2022, 2022-11 or 2022-11-29; raise ValueError otherwise."""
    text = value.strip()
    m = _USER_VALUE.fullmatch(text)
    if not m:
        raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m["year"])
    month = int(m["month"]) if m["month"] else None
    day = int(m["day"]) if m["day"] else None
    if year < MIN_YEAR:
        raise ValueError(f"{value!r}: the year must be {MIN_YEAR} or later")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r}: the month must be between 01 and 12")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{value!r}: {year}-{month:02d} has no day {day}")
    precision = "day" if day else "month" if month else "year"
    return PublicationDate(year, month, day, None, precision, text)


def format_date_value(value: PublicationDate) -> str | None:
    """Return the date written at its precision (2022-11-29, 2022-11, 2022), None when unknown."""
    if value.precision == "day":
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if value.precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if value.precision == "year":
        return f"{value.year:04d}"
    return None


def match_date_header(text: str) -> re.Match | None:
    """Return the match of a leading ` date 2022-12` scraper header, or None."""
    return _DATE_HEADER.match(text)


def match_dateline(line: str) -> re.Match | None:
    """Return the match of a French dateline opening `line` (its end is where the text starts)."""
    m = _DATELINE.match(line)
    if m and m["place"] and m["after"]:
        return None  # "Paris, le 3 mars 2021, Lyon" is a sentence, not a dateline
    return m


# A whole status or credit line as a pattern without group names, for cleaning.py to find and
# drop them in one pass over the text (anchor it with ^...$, re.MULTILINE, re.IGNORECASE).
DATE_LINE_PATTERN = re.sub(
    r"\(\?P<\w+>", "(?:",
    # the look-ahead (a digit early in the line) lets a line of prose fail at once
    rf"(?=[^\d\n]{{0,60}}+\d)(?:{_STATUS_LINE.pattern}"
    rf"|(?=.{{0,{_MAX_DATE_LINE}}}$)(?:{_DATE_LINE.pattern}))",
)


def find_publication_date(*, raw: str, text: str | None = None,
                          today: datetime.date | None = None) -> PublicationDate:
    """Return the publication date the article states, at the precision it is known."""
    today = today or datetime.date.today()
    head = raw[:_HEAD_CHARS]
    header = match_date_header(head)
    lines = _head_lines(head[header.end():] if header else head)

    for line in lines:
        m = _STATUS_LINE.match(line)
        found = m and _from_match(m, today, f"status line: {m.group(0).strip()}")
        if found:
            return found
    for line in lines:
        m = match_dateline(line)
        found = m and _from_match(m, today, f"dateline: {_dateline_text(m)}")
        if found:
            return found
    if header:
        found = _from_header(header, today)
        if found:
            if found.precision == "month":
                refined = _refine(found, text if text is not None else raw, today)
                return refined or found
            return found
    return _from_date_lines(raw, today) or UNKNOWN


def _head_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            lines.append(line)
            if len(lines) == _HEAD_LINES:
                break
    return lines


def _dateline_text(m: re.Match) -> str:
    return m.group(0).strip().rstrip(" .–—-")


def _make(year: int, month: int, day: int | None, time: datetime.time | None,
          precision: str, evidence: str, today: datetime.date) -> PublicationDate | None:
    """Return a PublicationDate when the parts make a real, plausible date, else None."""
    try:
        first, _ = date_bounds(year=year, month=month, day=day, precision=precision)
    except ValueError:
        return None  # 31 février, month 13
    if year < MIN_YEAR or first > today + datetime.timedelta(days=366):
        return None  # a typo or an OCR slip, not a publication date
    return PublicationDate(year, month, day, time, precision, evidence)


def _from_match(m: re.Match, today: datetime.date, evidence: str) -> PublicationDate | None:
    """Return the day (and time) read from a match of _TEXT_DATE, _NUM_DATE and _TIME groups."""
    groups = m.groupdict()
    if groups.get("month"):
        year, month, day = int(m["year"]), MONTHS[m["month"].lower()], int(m["day"])
    elif groups.get("nyear"):
        year, month, day = int(m["nyear"]), int(m["nmonth"]), int(m["nday"])
    else:
        year, month, day = int(m["iyear"]), int(m["imonth"]), int(m["iday"])
    found = _make(year, month, day, _time_of(groups), "day", evidence, today)
    if found and groups.get("weekday") and not _weekday_agrees(found, m["weekday"]):
        return None  # "lundi 30 décembre 2022" was a Friday: something is off, trust neither
    return found


def _time_of(groups: dict) -> datetime.time | None:
    for prefix in ("", "l"):
        hour = groups.get(prefix + "hour")
        if hour is not None:
            minute = groups.get(prefix + "hmin") or groups.get(prefix + "cmin") or 0
            return datetime.time(int(hour), int(minute))
    return None


def _weekday_agrees(found: PublicationDate, weekday: str) -> bool:
    return datetime.date(found.year, found.month, found.day).weekday() == WEEKDAYS[
        weekday.lower()]


def _from_header(m: re.Match, today: datetime.date) -> PublicationDate | None:
    year, month = int(m["year"]), int(m["month"])
    evidence = f"date header: {m.group(0).strip()}"
    if m["day"]:
        return _make(year, month, int(m["day"]), None, "day", evidence, today)
    return _make(year, month, None, None, "month", evidence, today)


def _refine(found: PublicationDate, text: str, today: datetime.date) -> PublicationDate | None:
    """Return the day named as the present when it agrees with the month header, else None."""
    for m in _PRESENT_DAY.finditer(text[:_REFINE_CHARS]):
        year = int(m["year"]) if m["year"] else found.year
        if (year, MONTHS[m["month"].lower()]) != (found.year, found.month):
            continue  # disagrees with the header: the header wins, the mention is another day
        evidence = f"{found.evidence}; refined by present-day mention: {m.group(0).strip()}"
        day = _make(year, found.month, int(m["day"]), None, "day", evidence, today)
        if day and (not m["weekday"] or _weekday_agrees(day, m["weekday"])):
            return day
    return None


def _from_date_lines(raw: str, today: datetime.date) -> PublicationDate | None:
    """Return the date of the first short line that is only a label, a time and a date."""
    for m in _NUM_DATE_RE.finditer(raw):
        # Bounded look-arounds find the line: a date inside a long line is never a credit line.
        low, high = max(0, m.start() - _MAX_DATE_LINE), m.end() + _MAX_DATE_LINE
        start = raw.rfind("\n", low, m.start())
        end = raw.find("\n", m.end(), high)
        if (start == -1 and low > 0) or (end == -1 and high < len(raw)):
            continue
        start, end = start + 1, len(raw) if end == -1 else end
        line = raw[start:end].strip()
        match = _DATE_LINE.fullmatch(line) if len(line) <= _MAX_DATE_LINE else None
        found = match and _from_match(match, today, f"date line: {line}")
        if found:
            return found
    return None
