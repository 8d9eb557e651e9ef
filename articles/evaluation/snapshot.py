"""Save the evaluation's figures to a file and compare two such files, to see what a rule changed.

    .venv/bin/python -m articles.evaluation.snapshot save before.json
    (change a rule)
    .venv/bin/python -m articles.evaluation.snapshot save after.json
    .venv/bin/python -m articles.evaluation.snapshot compare before.json after.json
    .venv/bin/python -m articles.evaluation.snapshot methods after.json

A snapshot holds, per quotation set, the full quotations' counts (gold, found, right speaker)
and the count per attribution method; the entity scores (WiNER-fr and the news texts, exact
recall and precision per type). For development sets it also holds the error lines, so that the
comparison can say which quotations a change fixed or broke; for held-out sets (quotes.HELDOUT,
entities' held-out halves) it keeps counts only, so that no rule is tuned on them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from articles.evaluation import entities as E
from articles.evaluation import quotes as Q


def _number(name: str) -> int:
    """The set's batch number (`news17-heldout` → 17, `news-dev` → 1, Wikinews → 0)."""
    found = re.match(r"news(\d*)-", name)
    return (int(found.group(1) or 1)) if found else 0


def quote_figures(result: dict) -> dict:
    """Per set: full quotations' counts, methods, and (development sets only) errors."""
    sets = {}
    for name, r in result.items():
        if name == "speed":
            continue
        full = r["full"]
        sets[name] = {
            "articles": r["articles"], "gold": full["gold"], "found": full["found"],
            "ok": full["speaker_ok"], "absent": full.get("absent", 0),
            "precision": round(full["precision"], 4),
            "held_out": name in Q.HELDOUT, "methods": r.get("methods", {}),
            "errors": [] if name in Q.HELDOUT else r["errors"],
        }
    return sets


def pooled(sets: dict, *, since: int = 10, without: tuple[int, ...] = ()) -> tuple[int, int]:
    """Right speakers and gold full quotations over the held-out news sets from batch `since`."""
    chosen = [s for name, s in sets.items() if s["held_out"] and _number(name) >= since
              and _number(name) not in without]
    return sum(s["ok"] for s in chosen), sum(s["gold"] for s in chosen)


def _exact(half: dict) -> dict:
    return {kind: [round(half[kind]["exact"][measure], 4) for measure in ("recall", "precision")]
            for kind in E.KINDS}


def entity_figures(detector) -> dict:
    """Exact recall and precision per type: WiNER-fr and news (all, tuning, held out), and the
    held-out half of each news folder; the tuning halves' error lines."""
    out: dict = {}
    wiki = E.evaluate_entities(detector=detector)
    out["wikinews"] = {half: _exact(wiki[half]) for half in ("all", "tuning", "held_out")}
    news = E.news_files()
    if news:
        scores = E.evaluate_entities(detector=detector, files=news)
        out["news"] = {half: _exact(scores[half]) for half in ("all", "tuning", "held_out")}
        for folder in E.NEWS_NER:
            files = [f for f in news if f[1].parent == folder]
            if files:
                scores = E.evaluate_entities(detector=detector, files=files)
                out[folder.name] = {"all": _exact(scores["all"]),
                                    "held_out": _exact(scores["held_out"])}
    out["errors"] = sorted(E.tuning_errors(detector=detector)
                           + (E.tuning_errors(detector=detector, files=news) if news else []))
    return out


def save(path: Path) -> dict:
    from articles.text.entities import default_detector

    snapshot = {"quotes": quote_figures(Q.evaluate_quotes(heldout=True)),
                "entities": entity_figures(default_detector())}
    path.write_text(json.dumps(snapshot, ensure_ascii=False, indent=1), encoding="utf-8")
    return snapshot


def _percent(ok: int, gold: int) -> str:
    return f"{ok / gold:.1%} ({ok}/{gold})" if gold else "-"


def compare(before: dict, after: dict) -> list[str]:
    """Lines saying what changed from `before` to `after`: sets whose figures moved, the
    development errors fixed and new, entity scores that moved, entity tuning errors gone and
    new, and the pooled held-out figures."""
    lines: list[str] = []
    qa, qb = before["quotes"], after["quotes"]
    for name in sorted(set(qa) | set(qb), key=lambda n: (_number(n), n)):
        a, b = qa.get(name), qb.get(name)
        if a is None or b is None:
            lines.append(f"SET {name}: only in {'after' if a is None else 'before'}")
            continue
        if (a["ok"], a["found"], a["gold"], a["precision"]) != (b["ok"], b["found"], b["gold"],
                                                                 b["precision"]):
            lines.append(f"SET {name}: right {_percent(a['ok'], a['gold'])} -> "
                         f"{_percent(b['ok'], b['gold'])}, found {a['found']} -> {b['found']}, "
                         f"precision {a['precision']:.1%} -> {b['precision']:.1%}")
        gone = sorted(set(a["errors"]) - set(b["errors"]))
        new = sorted(set(b["errors"]) - set(a["errors"]))
        lines += [f"  FIXED {line}" for line in gone] + [f"  NEW   {line}" for line in new]
    ea, eb = before["entities"], after["entities"]
    for folder in sorted((set(ea) | set(eb)) - {"errors"}):
        for half in sorted(set(ea.get(folder, {})) | set(eb.get(folder, {}))):
            a, b = ea.get(folder, {}).get(half), eb.get(folder, {}).get(half)
            if a != b:
                lines.append(f"ENT {folder} {half}: " + "  ".join(
                    f"{kind} {_rp(a, kind)} -> {_rp(b, kind)}" for kind in E.KINDS
                    if (a or {}).get(kind) != (b or {}).get(kind)))
    lines += [f"ENT- {line}" for line in sorted(set(ea["errors"]) - set(eb["errors"]))]
    lines += [f"ENT+ {line}" for line in sorted(set(eb["errors"]) - set(ea["errors"]))]
    for label, kwargs in (("held-out news10+", {}), ("held-out news10+ without the newest",
                                                       {"without": (_newest(qb),)})):
        ok_a, gold_a = pooled(qa, **kwargs)
        ok_b, gold_b = pooled(qb, **kwargs)
        lines.append(f"POOLED {label}: {_percent(ok_a, gold_a)} -> {_percent(ok_b, gold_b)}")
    return lines


def _newest(sets: dict) -> int:
    return max((_number(name) for name in sets), default=0)


def _rp(figures: dict | None, kind: str) -> str:
    if not figures or kind not in figures:
        return "-"
    recall, precision = figures[kind]
    return f"{recall:.1%}/{precision:.1%}"


def methods(snapshot: dict) -> list[str]:
    """Per attribution method, the outcomes summed over the news development sets and over the
    held-out ones: where each kind of rule errs on text it was not tuned on."""
    totals: dict[str, dict[str, dict[str, int]]] = {}
    for name, s in snapshot["quotes"].items():
        if not name.startswith("news"):
            continue
        half = "held_out" if s["held_out"] else "dev"
        for method, tally in s["methods"].items():
            into = totals.setdefault(method, {}).setdefault(half, {})
            for outcome, count in tally.items():
                into[outcome] = into.get(outcome, 0) + count
    outcomes = ("ok", "wrong", "gold_null", "got_null")
    lines = [f"{'method':<16} {'dev ' + '/'.join(outcomes):<34} held out"]
    for method, halves in sorted(totals.items(),
                                 key=lambda m: -sum(m[1].get("held_out", {}).values())):
        cells = ["/".join(str(halves.get(h, {}).get(o, 0)) for o in outcomes)
                 for h in ("dev", "held_out")]
        lines.append(f"{method:<16} {cells[0]:<34} {cells[1]}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "save":
        snapshot = save(Path(argv[1]))
        ok, gold = pooled(snapshot["quotes"])
        print(f"saved {argv[1]}: held-out news10+ right speaker {_percent(ok, gold)}")
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        print("\n".join(compare(before, after)))
        return 0
    if len(argv) == 2 and argv[0] == "methods":
        print("\n".join(methods(json.loads(Path(argv[1]).read_text(encoding="utf-8")))))
        return 0
    print(__doc__.strip().splitlines()[0],
          "\nusage: snapshot save FILE | compare BEFORE AFTER | methods FILE",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
