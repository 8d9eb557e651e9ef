"""Rules of the thirteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def canonicals(text):
    return [(m.surface, m.canonical) for m in EntityDetector().find(text)]


def test_every_regnal_title_names_a_sovereign_by_title_and_given_name():
    # one list (roles.txt [regnal]) for the speakers' and the entities' rules: the entity
    # finder now reads `patriarche` from it, the speakers' `sultan` and `empereur`
    assert canonicals("Le patriarche Kirill a béni les troupes. Kirill a prié.") == [
        ("Kirill", "patriarche Kirill"), ("Kirill", "patriarche Kirill")]


def test_a_surname_after_a_title_is_no_given_name_to_complete():
    # `le cardinal Parolin`: a surname, which the archive links to the full name elsewhere
    assert canonicals("Le cardinal Parolin est arrivé à Kiev.")[0] == ("Parolin", "Parolin")


def test_a_sovereign_said_to_be_quoted_speaks():
    text = ("Le sultan Haïtham a reçu le ministre à Mascate.\n\n"
            "Le sultan Haïtham « souhaite que les négociations reprennent très vite ».")
    assert speakers_of(text) == [("souhaite que les nég", "sultan Haïtham")]


def test_a_regnal_title_that_is_also_a_given_name_stays_one():
    # émir now announces a name (`l'émir Tamim`), yet Emir is still a given name
    assert canonicals("Selon Emir Kusturica, le film est fini.") == [
        ("Emir Kusturica", "Emir Kusturica")]
    assert canonicals("L'émir Tamim a reçu le ministre.") == [("Tamim", "émir Tamim")]
