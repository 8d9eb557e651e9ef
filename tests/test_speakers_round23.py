"""Speaker rules of session 24. Sentences of the shape met in French news, paraphrased, with the
names found by the real entity detector."""

import pytest

from tests.test_speakers_names import analysed as speakers_of

LEAD = "Le Conseil de Paris\n\n"


@pytest.mark.parametrize("cue", ["a intimé", "riposte", "se justifie", "rabroue", "s'esclaffe",
                                 "bredouille", "s'enquiert", "surenchérit"])
def test_verbs_of_manner_of_speaking_and_scolding_are_cues(cue):
    text = LEAD + (f"La séance a repris mardi. « Il faut arrêter de parler du crack », {cue} "
                   "Rachida Dati devant les élus.")
    assert speakers_of(text) == [("Il faut arrêter de p", "Rachida Dati")]


REACTIONS = ("Tour de France : les réactions après la dernière étape\n\n"
             "Retrouvez les réactions des principaux acteurs de la dernière étape, remportée par "
             "Caleb Ewan.\n\n")


def test_a_label_line_heads_the_quotation_below_it():
    # the layout of a page of reactions (news14 p1307): each label heads the words below it,
    # so the label after a quotation is the next one's, not a signature
    text = REACTIONS + (
        "Egan Bernal (COL/Ineos) - Vainqueur du Tour de France\n\n"
        "« Je ne peux pas y croire. C'est absolument incroyable, je n'ai pas les mots. »\n\n"
        "Caleb Ewan (AUS/Lotto-Soudal) - Vainqueur de l'étape\n\n"
        "« C'est l'étape-reine pour un sprinteur, je suis comblé par cette victoire. »\n\n"
        "Geraint Thomas (GBR/Ineos) - 2e du classement général\n\n"
        "« Egan est jeune mais très talentueux, on le reverra à l'avenir. »")
    assert speakers_of(text) == [("Je ne peux pas y cro", "Egan Bernal"),
                                 ("C'est l'étape-reine ", "Caleb Ewan"),
                                 ("Egan est jeune mais ", "Geraint Thomas")]


def test_a_signature_under_each_quotation_still_signs_it():
    # the other layout: the run of lines opens with a quotation, each name line signs the
    # words above it (seed 001's `« … » Markus Preiß, ARD Bruxelles`)
    text = ("Les réactions au Grand Conseil\n\n"
            "Les députés ont interrogé le Conseil d'Etat mardi.\n\n"
            "« On passe la journée à essayer de comprendre et on n'obtient pas de réponses. »\n\n"
            "Jean-Daniel Carrard (PLR), député\n\n"
            "« Nous attendons des explications claires sur ces mandats externes. »\n\n"
            "Valérie Dittli (Centre), conseillère d'Etat")
    assert speakers_of(text) == [("On passe la journée ", "Jean-Daniel Carrard"),
                                 ("Nous attendons des e", "Valérie Dittli")]
