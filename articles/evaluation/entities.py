"""Score the entity detector against the hand-made WiNER-fr gold of 60 French Wikinews articles.

Gold: ``../shared/corpus/wikinews/ner/*.ann`` (BRAT standoff, Python offsets into ``text/*.txt``;
texts from fr.wikinews.org, CC BY 2.5; annotations from WiNER-fr, CC BY 4.0). Types Person,
Organization and Location map to person, organisation and place; Date, Hour, Product and Event
are ignored.

Matching rules (per type):
- Nested gold: recall is counted on the *outermost* gold spans (a P/O/L span inside another
  P/O/L span, like "Paris" in "tribunal correctionnel de Paris", is not required), but a
  prediction equal to *any* gold span of its type, nested or not, is not a false positive.
  The few spans the annotators gave two types count as found with either type.
- Exact: same start, same end, same type.
- Lenient: same type and overlapping characters (a reported span may be shorter or longer).

Honesty split: files are sorted by name; even positions (0, 2, ...) are the tuning half, odd
positions the held-out half, never looked at while writing rules or lists.
Run: ``python -m articles.evaluation.entities``; add ``--errors`` to list the tuning half's false
positives (by category: wrong type, boundary, other type, spurious) and misses.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path

from articles.text.entities import KINDS, EntityDetector

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews"
GOLD_TYPES = {"Person": "person", "Organization": "organisation", "Location": "place"}
# Blind annotations of the news texts (texts outside the repository: VERBATIM_NEWS_TEXTS):
# 43 texts of the first news set, 40 of the fourth and 40 of the fifth (session 4), 40 of the
# seventh and 40 of the eighth (session 5), 40 of the eleventh (session 6), split odd/even; the
# 30 of the ninth and the 40 of the tenth are all held out; news14 to news25 (sessions 8 to 21)
# are split odd/even too.
NEWS_NER = [Path(__file__).resolve().parents[2] / "tests" / "data" / name
            for name in ("news_ner", "news4_ner", "news5_ner", "news7_ner", "news8_ner",
                         "news9_ner", "news10_ner", "news11_ner", "news14_ner", "news15_ner",
                         "news16_ner", "news17_ner", "news18_ner", "news19_ner", "news20_ner",
                         "news21_ner", "news22_ner", "news23_ner", "news24_ner",
                         "news25_ner")]
HELDOUT_NER = {"news9_ner", "news10_ner"}

Span = tuple[int, int, str]


def read_gold(path: Path) -> list[Span]:
    """Return the (start, end, kind) person/organisation/place spans of one .ann file."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, middle, _surface = line.split("\t", 2)
        label, *offsets = middle.replace(";", " ").split()
        if label in GOLD_TYPES:
            spans.append((int(offsets[0]), int(offsets[-1]), GOLD_TYPES[label]))
    return spans


def outermost(spans: list[Span]) -> list[list[Span]]:
    """Group gold spans into required items: outermost spans, one item per distinct extent."""
    extents: dict[tuple[int, int], list[Span]] = defaultdict(list)
    for span in spans:
        extents[(span[0], span[1])].append(span)
    items = []
    for (start, end), group in extents.items():
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e in extents)
        if not inside:
            items.append(group)
    return items


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _new_tally() -> dict[str, dict[str, int]]:
    return {kind: {"gold": 0, "predicted": 0, "exact_found": 0, "exact_correct": 0,
                   "lenient_found": 0, "lenient_correct": 0} for kind in KINDS}


def _score(tally: dict[str, int]) -> dict[str, float]:
    out = {}
    for mode in ("exact", "lenient"):
        recall = tally[f"{mode}_found"] / tally["gold"] if tally["gold"] else 0.0
        precision = tally[f"{mode}_correct"] / tally["predicted"] if tally["predicted"] else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        out[mode] = {"recall": round(recall, 4), "precision": round(precision, 4),
                     "f1": round(f1, 4)}
    return out


def wikinews_files(corpus: Path = CORPUS) -> list[tuple[Path, Path, str]]:
    """(text, gold, half) of the WiNER-fr files: even positions tune, odd ones are held out."""
    names = sorted(p.stem for p in (corpus / "ner").glob("*.ann"))
    return [(corpus / "text" / f"{name}.txt", corpus / "ner" / f"{name}.ann",
             "tuning" if position % 2 == 0 else "held_out") for position, name in enumerate(names)]


def news_files() -> list[tuple[Path, Path, str]]:
    """(text, gold, half) of the news texts annotated blind (tests/data/news*_ner/pNNN.ann, texts
    outside the repository in VERBATIM_NEWS_TEXTS): odd numbers tune, even ones are held out,
    like the quotation sets, and a set of HELDOUT_NER is held out whole. Empty when the texts are
    absent."""
    from articles.evaluation.quotes import NEWS_TEXTS

    if not NEWS_TEXTS.is_dir():
        return []
    files = []
    for ann in sorted(ann for folder in NEWS_NER for ann in folder.glob("*.ann")):
        text = NEWS_TEXTS / f"{ann.stem}.txt"
        if text.exists():
            number = int("".join(filter(str.isdigit, ann.stem)) or 0)
            tuning = number % 2 and ann.parent.name not in HELDOUT_NER
            files.append((text, ann, "tuning" if tuning else "held_out"))
    return files



def evaluate_entities(*, corpus: Path = CORPUS, detector: EntityDetector | None = None,
                      files: list[tuple[Path, Path, str]] | None = None) -> dict:
    """Return per-type recall/precision/F1 (exact, lenient) on all, tuning and held-out files
    (the WiNER-fr files of `corpus` unless `files` are given)."""
    detector = detector or EntityDetector()
    files = wikinews_files(corpus) if files is None else files
    names = [text_path.stem for text_path, _, _ in files]
    halves = {"all": _new_tally(), "tuning": _new_tally(), "held_out": _new_tally()}
    elapsed = 0.0
    characters = 0
    for text_path, gold_path, half in files:
        text = text_path.read_text(encoding="utf-8")
        gold = read_gold(gold_path)
        began = time.perf_counter()
        mentions = detector.find(text)
        elapsed += time.perf_counter() - began
        characters += len(text)
        predicted = [(m.start, m.end, m.kind) for m in mentions]
        gold_set = set(gold)
        items = outermost(gold)
        for tally in (halves["all"], halves[half]):
            for item in items:
                kinds = {s[2] for s in item}
                kind = item[0][2]
                tally[kind]["gold"] += 1
                if any(p in item for p in predicted):
                    tally[kind]["exact_found"] += 1
                if any(p[2] in kinds and _overlaps(p, item[0]) for p in predicted):
                    tally[kind]["lenient_found"] += 1
            for p in predicted:
                tally[p[2]]["predicted"] += 1
                if p in gold_set:
                    tally[p[2]]["exact_correct"] += 1
                if any(g[2] == p[2] and _overlaps(g, p) for g in gold):
                    tally[p[2]]["lenient_correct"] += 1
    result: dict = {"files": len(names)}
    for half, tally in halves.items():
        result[half] = {kind: {**_score(tally[kind]), "gold": tally[kind]["gold"],
                               "predicted": tally[kind]["predicted"]} for kind in KINDS}
    result["ms_per_article"] = round(1000 * elapsed / max(len(names), 1), 3)
    result["ms_per_3kb"] = round(1000 * elapsed / max(characters, 1) * 3000, 3)
    return result


def tuning_errors(*, corpus: Path = CORPUS, detector: EntityDetector | None = None,
                  files: list[tuple[Path, Path, str]] | None = None) -> list[str]:
    """Return one line per false positive or miss on the tuning half (never the held-out one)."""
    detector = detector or EntityDetector()
    files = wikinews_files(corpus) if files is None else files
    lines = []
    for text_path, gold_path, half in files:
        if half != "tuning":
            continue
        name = text_path.stem
        text = text_path.read_text(encoding="utf-8")
        gold = read_gold(gold_path)
        predicted = [(m.start, m.end, m.kind) for m in detector.find(text)]
        gold_set = set(gold)
        for p in predicted:
            if p in gold_set:
                continue
            near = [g for g in gold if _overlaps(g, p)]
            why = ("wrong-type" if any(g[:2] == p[:2] for g in near)
                   else "boundary" if any(g[2] == p[2] for g in near)
                   else "other-type" if near else "spurious")
            hint = "; ".join(f"{g[2]}:{text[g[0]:g[1]]!r}" for g in near)
            lines.append(f"FP {p[2]:<12} {why:<10} {text[p[0]:p[1]]!r} {hint}  [{name}]")
        for item in outermost(gold):
            if any(p in item for p in predicted):
                continue
            g = item[0]
            near = [p for p in predicted if _overlaps(p, g)]
            hint = "; ".join(f"{p[2]}:{text[p[0]:p[1]]!r}" for p in near)
            context = text[max(0, g[0] - 30):g[0]].replace("\n", " ")
            lines.append(f"MISS {g[2]:<12} {text[g[0]:g[1]]!r} <- ...{context!r} {hint}  [{name}]")
    return lines


def main() -> None:
    """Print the scores as a small table (with ``--errors``: the tuning-half errors)."""
    import sys

    if "--errors" in sys.argv:
        files = news_files() if "--news" in sys.argv else None
        print("\n".join(sorted(tuning_errors(files=files))))
        return
    began = time.perf_counter()
    detector = EntityDetector()
    build_ms = 1000 * (time.perf_counter() - began)
    result = evaluate_entities(detector=detector)
    print(f"{result['files']} WiNER-fr Wikinews articles; targets: person R>=0.85, "
          "place R>=0.80, organisation R>=0.70, P>=0.80")
    _print_table(result)
    news = news_files()
    if news:
        print(f"\n{len(news)} French news texts from other outlets, annotated blind "
              "(tuning: odd numbers; held_out: even numbers)")
        _print_table(evaluate_entities(detector=detector, files=news))
        print("\nheld-out half of each set, exact R / P:")
        for folder in NEWS_NER:
            files = [f for f in news if f[1].parent == folder and f[2] == "held_out"]
            if files:
                held = evaluate_entities(detector=detector, files=files)["held_out"]
                print(f"  {folder.name:<10} {len(files):>3} texts  " + "  ".join(
                    f"{kind} {held[kind]['exact']['recall']:.1%} / "
                    f"{held[kind]['exact']['precision']:.1%}" for kind in KINDS))
    print(f"\nbuild {build_ms:.1f} ms; find {result['ms_per_article']:.2f} ms per article, "
          f"{result['ms_per_3kb']:.2f} ms per 3 KB")


def _print_table(result: dict) -> None:
    for half in ("all", "tuning", "held_out"):
        print(f"\n[{half}]  {'type':<13}{'gold':>6}{'pred':>6}   exact R    P    F1"
              "    lenient R    P    F1")
        for kind in KINDS:
            row = result[half][kind]
            ex, le = row["exact"], row["lenient"]
            print(f"{'':>{len(half) + 4}}{kind:<13}{row['gold']:>6}{row['predicted']:>6}"
                  f"   {ex['recall']:6.1%} {ex['precision']:6.1%} {ex['f1']:6.1%}"
                  f"   {le['recall']:6.1%} {le['precision']:6.1%} {le['f1']:6.1%}")


if __name__ == "__main__":
    main()
