"""Speaker rules of the twelfth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def test_a_sovereign_speaks_under_his_title_not_his_given_name_alone():
    text = ("Le roi Philippe s'est rendu sur place jeudi.\n\n"
            "« Tous les Belges sont très attristés par ce drame », a déclaré le roi Philippe. "
            "Le pape François a ajouté : « Nous devons prier pour les victimes. »")
    assert speakers_of(text) == [("Tous les Belges sont", "roi Philippe"),
                                 ("Nous devons prier po", "pape François")]


def test_a_given_name_with_no_title_stays_a_name():
    mentions = EntityDetector().find("Philippe a parlé au roi Albert, puis à François Hollande.")
    assert [(m.surface, m.canonical) for m in mentions] == [
        ("Philippe", "Philippe"), ("Albert", "roi Albert"),
        ("François Hollande", "François Hollande")]
