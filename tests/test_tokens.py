"""The one split of an article that the entity detector and the speaker rules share."""

from articles.text.analysis import analyse
from articles.text.entities import default_detector
from articles.text.tokens import Tokens


def test_tokens_tile_the_text_with_words_and_single_marks():
    text = "« Nous partirons », a-t-il dit à Saint‐Denis (93).\n\nFin"
    t = Tokens(text)
    assert t.words == ["«", "Nous", "partirons", "»", ",", "a-t-il", "dit", "à", "Saint‐Denis",
                       "(", "93", ")", ".", "Fin"]
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)] == t.words
    assert t.gaps[-1] == "\n\n" and t.gaps[0] == ""


def test_invisible_characters_separate_tokens_and_belong_to_none():
    # scraped text carries zero-width spaces and byte-order marks between words
    text = "\ufeffJens\u200bStoltenberg a\u2060déclaré"
    t = Tokens(text)
    assert t.words == ["Jens", "Stoltenberg", "a", "déclaré"]
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)] == t.words


def test_a_zero_width_space_changes_neither_names_nor_speakers():
    plain = "« Nous ne céderons pas », a déclaré Jens Stoltenberg à Bruxelles."
    scraped = plain.replace(" a déclaré", "\u200b a\u200b déclaré")
    for text in (plain, scraped):
        result = analyse(text, detector=default_detector())
        assert [a.speaker for _, a in result.quotes] == ["Jens Stoltenberg"]
        assert {(e.canonical, e.kind) for e in result.entities} >= {
            ("Jens Stoltenberg", "person"), ("Bruxelles", "place")}
