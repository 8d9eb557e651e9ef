"""Check rebuilt news texts against the gold before they are scored.

The news texts are not in the repository (VERBATIM_NEWS_TEXTS); each machine rebuilds them from
their sources' stored pages (tests/data/REBUILDING.md).  A rebuilt text is only worth scoring when
it is the text the annotators read: every gold quotation opening in it, in the gold's order, and
every entity offset of its `.ann` file giving the annotated surface.  This prints, per file, what
does not hold, and a hint when all the entity offsets are off by the same amount (a headline or a
date line of another length than the annotators').

Run: `.venv/bin/python -m articles.evaluation.check_texts news18 [p1801.txt …] [--texts FOLDER]`.
Exit status 1 when a checked file is missing or wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from articles.evaluation.quotes import NEWS_TEXTS, _norm  # the scorer's own comparison

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def set_files(name: str) -> list[str]:
    """The file names of a set, from its sources list (or its gold when it has none)."""
    sources = DATA / f"{name}_sources.json"
    if sources.exists():
        return [entry["file"] for entry in json.loads(sources.read_text(encoding="utf-8"))]
    files: list[str] = []
    for gold in sorted(DATA.glob(f"{name}_quotes_*.json")):
        files += [q["file"] for q in json.loads(gold.read_text(encoding="utf-8"))]
    return sorted(set(files))


def gold_quotes(name: str) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for gold in sorted(DATA.glob(f"{name}_quotes_*.json")):
        for entry in json.loads(gold.read_text(encoding="utf-8")):
            quotes.setdefault(entry["file"], []).append(entry["text"])
    return quotes


def gold_entities(name: str, file: str) -> list[tuple[int, int, str]]:
    ann = DATA / f"{name}_ner" / file.replace(".txt", ".ann")
    if not ann.exists():
        return []
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, kind_span, surface = line.split("\t", 2)
        _, start, end = kind_span.split()[:3]
        spans.append((int(start), int(end), surface))
    return spans


def check_file(text: str, openings: list[str], spans: list[tuple[int, int, str]]) -> list[str]:
    """What is wrong with one text: quotation openings missing or out of order, entity offsets
    that do not give their surface (with the shift that would fix them all, when there is one)."""
    problems = []
    flat = _norm(text)
    position = 0
    for opening in openings:
        found = flat.find(_norm(opening), position)
        if found < 0:
            anywhere = flat.find(_norm(opening))
            where = "out of order" if anywhere >= 0 else "missing"
            problems.append(f"quotation {where}: {opening!r}")
        else:
            position = found
    wrong = [(s, e, surface) for s, e, surface in spans if text[s:e] != surface]
    if wrong:
        shifts: Counter[int] = Counter()
        for start, _end, surface in wrong:
            for shift in sorted(range(-400, 401), key=abs):  # the nearest fit
                if start + shift >= 0 and (
                        text[start + shift:start + shift + len(surface)] == surface):
                    shifts[shift] += 1
                    break
        hint = ""
        if shifts:
            shift, count = shifts.most_common(1)[0]
            hint = f"; {count} of them fit when moved by {shift:+d} characters"
        first = wrong[0]
        problems.append(f"{len(wrong)} of {len(spans)} entity offsets wrong (first: {first[0]}-"
                        f"{first[1]} gives {text[first[0]:first[1]]!r}, not {first[2]!r}){hint}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a set's name, as in tests/data: news18, news17 …")
    parser.add_argument("files", nargs="*", help="only these files of the set")
    parser.add_argument("--texts", type=Path, default=NEWS_TEXTS, help="folder of the texts")
    args = parser.parse_args(argv)
    files = args.files or set_files(args.set)
    quotes = gold_quotes(args.set)
    bad = missing = 0
    for file in files:
        path = args.texts / file
        if not path.exists():
            missing += 1
            print(f"{file}: missing")
            continue
        problems = check_file(path.read_text(encoding="utf-8"), quotes.get(file, []),
                              gold_entities(args.set, file))
        bad += bool(problems)
        for problem in problems:
            print(f"{file}: {problem}")
    print(f"{args.set}: {len(files) - bad - missing} of {len(files)} texts fit the gold"
          f" ({bad} wrong, {missing} missing)")
    return 1 if bad or missing else 0


if __name__ == "__main__":
    sys.exit(main())
