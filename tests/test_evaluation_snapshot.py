"""Saving and comparing evaluation figures (articles/evaluation/snapshot.py, quotes.score)."""

from articles.evaluation import snapshot
from articles.evaluation.quotes import score


def _set(ok, gold, *, held_out=False, errors=(), methods=None):
    return {"articles": 1, "gold": gold, "found": gold, "ok": ok, "precision": 1.0,
            "held_out": held_out, "methods": methods or {}, "errors": list(errors)}


def _snapshot(quotes, entity_errors=()):
    return {"quotes": quotes, "entities": {"errors": list(entity_errors)}}


def test_score_counts_full_quotations_by_method_and_outcome():
    text = ("Titre\n\nJean Roy, maire de Brest, a déclaré : « Nous ouvrirons la piscine dès "
            "lundi prochain. »\n\nLe texte dit « une mesure simple pour tous les habitants ».")
    gold = [{"file": "a", "text": "Nous ouvrirons la piscine", "kind": "full",
             "speaker": "Jean Roy"},
            {"file": "a", "text": "une mesure simple pour", "kind": "full",
             "speaker": "Marie Le Goff"}]
    result = score(gold, {"a": text}, "file")
    outcomes = {}
    for tally in result["methods"].values():
        for outcome, count in tally.items():
            outcomes[outcome] = outcomes.get(outcome, 0) + count
    assert outcomes["ok"] == 1
    assert outcomes["got_null"] + outcomes["wrong"] == 1
    assert sum(outcomes.values()) == 2
    assert (result["full"]["found"], result["full"]["speaker_ok"]) == (2, 1)


def test_score_leaves_out_gold_quotations_the_text_does_not_hold():
    # a rebuilt text stops where its stored page stopped: its last quotation is not there
    text = "Titre\n\nJean Roy a déclaré : « Nous ouvrirons la piscine dès lundi prochain. »"
    gold = [{"file": "a", "text": "Nous ouvrirons la piscine", "kind": "full",
             "speaker": "Jean Roy"},
            {"file": "a", "text": "Les travaux dureront encore", "kind": "full",
             "speaker": "Jean Roy"}]
    full = score(gold, {"a": text}, "file")["full"]
    assert (full["gold"], full["absent"], full["speaker_ok"]) == (1, 1, 1)
    assert full["speaker_accuracy"] == 1.0


def test_held_out_sets_keep_their_counts_but_never_their_errors():
    full = {"gold": 4, "found": 4, "speaker_ok": 3, "recall": 1.0, "precision": 1.0,
            "speaker_accuracy": 0.75}
    result = {"news12-heldout": {"articles": 2, "full": full, "errors": ["p1: SPEAKER x"]},
              "news12-dev": {"articles": 2, "full": full, "errors": ["p2: SPEAKER y"]}}
    sets = snapshot.quote_figures(result)
    assert sets["news12-heldout"]["ok"] == 3
    assert sets["news12-heldout"]["errors"] == []
    assert sets["news12-dev"]["errors"] == ["p2: SPEAKER y"]


def test_pooled_sums_held_out_sets_from_batch_ten():
    sets = {"news9-heldout": _set(1, 10, held_out=True),
            "news12-heldout": _set(3, 4, held_out=True),
            "news24-heldout": _set(5, 10, held_out=True),
            "news24-dev": _set(9, 9)}
    assert snapshot.pooled(sets) == (8, 14)
    assert snapshot.pooled(sets, without=(24,)) == (3, 4)


def test_compare_names_the_fixed_and_new_errors_and_the_moved_sets():
    before = _snapshot({"news12-dev": _set(2, 4, errors=["p1: A", "p3: B"])}, ["FP x"])
    after = _snapshot({"news12-dev": _set(3, 4, errors=["p3: B", "p5: C"])}, ["FP y"])
    lines = snapshot.compare(before, after)
    assert "SET news12-dev: right 50.0% (2/4) -> 75.0% (3/4)" in lines[0]
    assert "  FIXED p1: A" in lines and "  NEW   p5: C" in lines
    assert "ENT- FP x" in lines and "ENT+ FP y" in lines
    assert not any("p3: B" in line for line in lines)


def test_methods_add_up_development_and_held_out_sets_apart():
    tally = {"ok": 2, "wrong": 1, "gold_null": 0, "got_null": 0}
    quotes = {"news12-dev": _set(2, 3, methods={"cue-after": tally}),
              "news13-dev": _set(2, 3, methods={"cue-after": tally}),
              "news12-heldout": _set(1, 1, held_out=True,
                                     methods={"cue-after": {"ok": 1}})}
    lines = snapshot.methods(_snapshot(quotes))
    assert lines[1].split() == ["cue-after", "4/2/0/0", "1/0/0/0"]
