"""The check of rebuilt news texts against their gold (articles/evaluation/check_texts.py)."""

from articles.evaluation.check_texts import check_file

TEXT = "Titre\n\nJean Roy a dit « nous partons demain matin ». Puis « rien »."


def test_a_text_that_fits_its_gold_has_no_problem():
    start = TEXT.index("Jean Roy")
    assert check_file(TEXT, ["nous partons demain", "rien"],
                      [(start, start + 8, "Jean Roy")]) == []


def test_missing_and_misordered_quotations_are_told_apart():
    problems = check_file(TEXT, ["rien", "nous partons", "jamais"], [])
    assert problems == ["quotation out of order: 'nous partons'",
                        "quotation missing: 'jamais'"]


def test_offsets_of_a_shorter_headline_come_with_the_shift_that_fixes_them():
    start = TEXT.index("Jean Roy")
    problems = check_file(TEXT, [], [(start + 3, start + 11, "Jean Roy")])
    assert len(problems) == 1
    assert "1 of 1 entity offsets wrong" in problems[0]
    assert "moved by -3 characters" in problems[0]
