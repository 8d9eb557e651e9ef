"""Speaker rules of session 23: a quotation no cue attributes, opening its sentence, in a
paragraph that names one person as a subject, is that person's. Sentences of the shape met in
French news, paraphrased, with the names found by the real entity detector."""

from tests.test_speakers_names import analysed as speakers_of

LEAD = "L'agression de Saint-Jean\n\n"


def test_the_one_person_a_paragraph_names_speaks_its_uncued_quotation():
    text = LEAD + (
        "Le procès en appel s'est poursuivi mardi.\n\n"
        "« Ce qu'ils ont fait, ce n'est pas se battre. C'est chercher l'anéantissement. » Le "
        "procès des deux agresseurs a repris mardi. Le procureur général Olivier Jornot a "
        "plaidé, rappelant les faits.")
    assert speakers_of(text) == [("Ce qu'ils ont fait, ", "Olivier Jornot")]


def test_a_person_named_as_an_object_or_after_a_preposition_does_not_speak():
    text = LEAD + (
        "Un métier qui a fait tiquer le procureur Olivier Jornot. Le prévenu a tenté de "
        "rassurer le magistrat. « J'ai mis en place une structure qui m'empêche d'ouvrir des "
        "comptes. »\n\n"
        "Les agriculteurs ont écrit à Michel Barnier. « La colère n'a jamais cessé depuis "
        "l'hiver dernier. »")
    assert speakers_of(text) == [("J'ai mis en place un", None), ("La colère n'a jamais", None)]


def test_words_in_a_narrative_sentence_stay_unattributed():
    # 2017_03_22-002 (Wikinews): the quotation names a wine merchant, nobody says it
    text = ("Les cadeaux du ministre\n\n"
            "Ces cadeaux ont été faits à M. Moscovici par Laurent Max, négociant en vins et "
            "« fournisseur de l'Élysée, de Matignon et du Quai d'Orsay ».")
    assert speakers_of(text) == [("fournisseur de l'Ély", None)]


def test_a_new_paragraph_s_subject_speaks_rather_than_the_last_speaker():
    text = LEAD + (
        "« On a montré que l'on savait être patient », a déclaré Alain Geiger.\n\n"
        "Auteur du deuxième but, Pierre Mendy a fêté sa réussite en posant un genou à terre. "
        "« C'était pour rappeler que l'on est tous pareils, blancs ou noirs. »")
    assert speakers_of(text) == [("On a montré que l'on", "Alain Geiger"),
                                 ("C'était pour rappele", "Pierre Mendy")]
