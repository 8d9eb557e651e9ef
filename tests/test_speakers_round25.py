"""Speaker rules of session 25. Sentences of the shape met in French news, paraphrased, with the
names found by the real entity detector."""

import pytest

from tests.test_speakers_names import analysed as speakers_of


@pytest.mark.parametrize("noun", ["l'ONG", "l'organisation", "l'association"])
def test_a_body_made_subject_a_paragraph_before_is_the_one_its_kind_names(noun):
    text = ("Aviation\n\nL'association Greenpeace a publié un rapport jeudi.\n\n"
            f"« Les émissions du secteur aérien ont doublé en vingt ans », souligne {noun}.")
    assert speakers_of(text) == [("Les émissions du sec", "Greenpeace")]


def test_the_outlet_that_asked_is_not_the_body_its_kind_names():
    text = ("Grève\n\nLa compagnie Luxair annule trois vols vendredi, indique-t-elle, interrogée "
            "par L'essentiel.\n\nLa compagnie explique avoir, « dans la mesure du possible, "
            "anticipé la nouvelle de la grève et aménagé son planning ».")
    assert speakers_of(text) == [("dans la mesure du po", "Luxair")]
