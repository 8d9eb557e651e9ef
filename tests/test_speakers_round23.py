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


NEWS = "Le conflit social\n\nLa grève continue mardi à Lyon. "
WORDS = "« Nous ne céderons rien sur ce point précis »"


@pytest.mark.parametrize("subject", ["Celui-ci a déclaré", "Ce dernier lui a répondu",
                                     "Celui-ci lui a répondu"])
def test_a_demonstrative_subject_is_the_person_named_last(subject):
    text = NEWS + f"Anne Roy a écrit au ministre. Paul Martin est arrivé. {subject} : {WORDS}."
    assert speakers_of(text) == [("Nous ne céderons rie", "Paul Martin")]


@pytest.mark.parametrize("cue", ["a seulement indiqué", "a d'abord déclaré",
                                 "a sobrement commenté"])
def test_an_adverb_between_auxiliary_and_participle_keeps_the_cue(cue):
    assert speakers_of(NEWS + f"{WORDS}, {cue} Paul Martin.") == [
        ("Nous ne céderons rie", "Paul Martin")]


def test_the_management_speaks_for_the_body_it_runs_or_as_itself():
    # news16 p1501: no company named near `la direction`, which the annotators keep as is
    assert speakers_of(NEWS + f"En réponse, la direction demande aux grévistes de {WORDS}.") == [
        ("Nous ne céderons rie", "direction")]
    text = NEWS + f"La société Vinci prévoit des retards. {WORDS}, a indiqué la direction de " \
                  "l'entreprise."
    assert speakers_of(text) == [("Nous ne céderons rie", "Vinci")]
    text = NEWS + f"La SNCF prévoit des retards. {WORDS}, a indiqué la direction."
    assert speakers_of(text) == [("Nous ne céderons rie", "SNCF")]
    # Wikinews 2017_01_28-004: the operator named by its kind, `la régie`
    text = ("La RATP face au communautarisme\n\nLa régie autonome des transports parisiens "
            "(RATP) aurait embauché des « grands frères ». La direction de la régie a confirmé "
            "« l'existence de poussées communautaristes circonscrites à certaines unités ».")
    assert speakers_of(text)[-1] == ("l'existence de pouss", "RATP")


@pytest.mark.parametrize("words", ["La quinquagénaire le dit : " + WORDS + ".",
                                   WORDS + ", insiste la représentante des salariés.",
                                   WORDS + ", insiste la militante.",
                                   WORDS + ", insiste la retraitée."])
def test_a_witness_named_again_by_age_condition_or_cause(words):
    # roles v16: the epithets a report uses for the one person the sentence before names
    text = NEWS + "Anne Roy, déléguée CGT, était présente. " + words
    assert speakers_of(text) == [("Nous ne céderons rie", "Anne Roy")]


def test_two_people_joined_by_et_are_no_couple():
    # `Roy` ends Anne Roy's name: `Roy et Paul Martin` is not a couple like `Thierry et
    # Véronique Roy`, and `ils` stands for two people, nobody in particular
    text = NEWS + f"Anne Roy et Paul Martin ont signé l'accord. {WORDS}, ont-ils déclaré."
    assert speakers_of(text) == [("Nous ne céderons rie", None)]
    text = NEWS + f"Thierry et Véronique Roy ont signé l'accord. {WORDS}, ont-ils déclaré."
    assert speakers_of(text) == [("Nous ne céderons rie", "Thierry et Véronique Roy")]


@pytest.mark.parametrize("cue", ["Et de conclure :", "Et d'ajouter :", "Et le ministre de préciser :"])
def test_a_narrative_infinitive_with_de_goes_on_with_the_subject(cue):
    text = NEWS + f"Paul Martin a pris la parole. {cue} {WORDS}."
    assert speakers_of(text) == [("Nous ne céderons rie", "Paul Martin")]


@pytest.mark.parametrize("transition", ["Même constat pour Anne Roy, infirmière.",
                                        "Autre son de cloche chez Anne Roy, infirmière.",
                                        "Un avis que ne partage pas Anne Roy."])
def test_a_transition_naming_one_person_introduces_the_next_voice(transition):
    text = NEWS + ("« Les salariés sont à bout », a déclaré Paul Martin, délégué CGT.\n\n"
                   f"{transition} {WORDS}.")
    assert speakers_of(text)[-1] == ("Nous ne céderons rie", "Anne Roy")


def test_a_surname_before_its_team_in_brackets_labels_the_words_below():
    text = REACTIONS + (
        "Kruijswijk (NED/Jumbo-Visma) - 3e du classement général\n\n"
        "« Je suis très content de ce podium, c'est le résultat de trois semaines dures. »\n\n"
        "Alaphilippe (FRA/Deceuninck) - 5e du classement général\n\n"
        "« J'ai tout donné pendant ces trois semaines, je n'ai aucun regret. »")
    assert speakers_of(text) == [("Je suis très content", "Kruijswijk"),
                                 ("J'ai tout donné pend", "Alaphilippe")]


def test_a_dateline_is_no_label():
    text = ("Grève à la SNCF\n\nPARIS (AFP)\n\n"
            "« Nous ne céderons rien sur ce point précis et nous le ferons savoir. »")
    assert speakers_of(text) == [("Nous ne céderons rie", None)]


def test_a_body_after_a_role_noun_is_the_role_s_complement_not_the_subject():
    text = NEWS + f"Paul Martin, délégué CGT, était là. Le délégué CGT prévient : {WORDS}."
    assert speakers_of(text) == [("Nous ne céderons rie", "Paul Martin")]
    # the body itself still speaks after its own head
    text = NEWS + f"Le syndicat CGT prévient : {WORDS}."
    assert speakers_of(text) == [("Nous ne céderons rie", "CGT")]


def test_the_person_whose_turn_comes_is_the_next_il():
    # Wikinews 2017_01_21-007: `Vient ensuite le tour de Trump … il a prêté serment`
    text = ("Trump devient président\n\nMike Pence a prêté serment à 11 h 52. Vient ensuite le "
            "tour de Donald Trump. Il a prêté serment sur les marches du Capitole.\n\n"
            "« Il s'agit de donner un cap aux États-Unis pour les quatre prochaines années », "
            "a-t-il affirmé.")
    assert speakers_of(text) == [("Il s'agit de donner ", "Donald Trump")]


@pytest.mark.parametrize("body", ["la compagnie ferroviaire", "la société nationale"])
def test_a_company_head_with_adjectives_refers_back_to_the_company(body):
    text = NEWS + f"La SNCF a annoncé des retards. {WORDS}, indique {body}."
    assert speakers_of(text) == [("Nous ne céderons rie", "SNCF")]


@pytest.mark.parametrize("view", ["Aux yeux de Paul Martin,", "De l'avis de Paul Martin,",
                                  "À en croire Paul Martin,"])
def test_a_view_phrase_names_whose_words_follow(view):
    text = NEWS + f"{view} « nous ne céderons rien sur ce point précis »."
    assert speakers_of(text) == [("nous ne céderons rie", "Paul Martin")]
