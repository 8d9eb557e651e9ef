"""Speaker rules of the twelfth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.analysis import analyse
from articles.text.entities import EntityDetector, default_detector
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


def test_a_date_between_the_verb_and_the_speaker_is_skipped():
    text = ("Un TGV a déraillé vendredi soir en gare.\n\n"
            "« Les premières constatations ont été faites, il y en a d'autres à faire », a "
            "commenté samedi 25 août sur franceinfo Jean-François Trestard, directeur de la "
            "communication.")
    assert speakers_of(text) == [("Les premières consta", "Jean-François Trestard")]


def test_a_pronoun_incise_ending_its_sentence_inside_the_quotation():
    text = ("Le maire est arrivé sur place. Odile Civitello faisait des courses dans le "
            "quartier.\n\n"
            "« Oh la vache, a-t-elle dit. Moi j'étais derrière et je ne voyais rien. »\n\n"
            "« Oh la la !, s'est-elle exclamée. Ça brûlait comme du papier, du papier. »")
    assert speakers_of(text) == [("Oh la vache, a-t-ell", "Odile Civitello"),
                                 ("Oh la la !, s'est-el", "Odile Civitello")]


def test_a_body_s_acronym_after_du_is_no_part_of_a_name():
    text = ("Le feu a pris vers 13 h 30, a indiqué George Bele, du Service de sécurité "
            "incendie de Montréal (SIM).\n\n"
            "« Deux familles ont été évacuées et personne n'est blessé », a dit George Bele "
            "du SIM.")
    assert speakers_of(text) == [("Deux familles ont ét", "George Bele")]


def test_fait_etat_de_introduces_a_quotation():
    text = ("Le docteur Paul Martin a pris la parole.\n\n"
            "Paul Martin fait état de 18 cas déjà recensés : « Nous avons déjà eu 18 "
            "signalements dans la région depuis le mois de mai ».")
    [(quote, attribution)] = analyse(text, detector=default_detector()).quotes
    assert (attribution.speaker, attribution.cue) == ("Paul Martin", "fait état")
