"""Speaker rules of the tenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from tests.test_speakers_names import analysed as speakers_of


def test_a_venue_after_the_apposition_is_not_the_speaker():
    text = ("Witold Waszczykowski, ministre polonais des Affaires étrangères, sur la chaîne TV "
            "Republika : « C'est une mauvaise nouvelle pour l'Europe et pour la Pologne. »\n\n"
            "Marie Curie, au micro de RTL : « Nous sommes très inquiets pour la suite. »")
    assert speakers_of(text) == [("C'est une mauvaise n", "Witold Waszczykowski"),
                                 ("Nous sommes très inq", "Marie Curie")]


def test_a_name_opening_the_next_paragraph_signs_only_a_quotation_standing_alone():
    text = ("Jean Dupont, maire de Lille : « Nous ne lâcherons rien, ni demain ni après. »\n\n"
            "Marie Curie, présidente du club, a pris la parole ensuite.\n\n"
            "« Nous avons gagné ce match avec le cœur et la tête »\n\n"
            "Paul Martin, entraîneur du club")
    assert speakers_of(text) == [("Nous ne lâcherons ri", "Jean Dupont"),
                                 ("Nous avons gagné ce ", "Paul Martin")]


def test_the_last_words_of_a_paragraph_stay_with_its_speaker():
    text = ("« Il ne faudrait pas que cela devienne une amnistie pour tous », a averti Jean-Luc "
            "Mélenchon. « Il a pris le pays dans des conditions et avec un programme. »\n\n"
            "« Cinq années perdues pour la France », fustige Gérard Larcher sur Twitter.")
    assert speakers_of(text) == [("Il ne faudrait pas q", "Jean-Luc Mélenchon"),
                                 ("Il a pris le pays da", "Jean-Luc Mélenchon"),
                                 ("Cinq années perdues ", "Gérard Larcher")]


def test_a_quotation_ending_a_paragraph_alone_still_runs_into_the_next_cue():
    text = ("Jens Stoltenberg a encouragé les alliés à soutenir l'Ukraine. En effet, « plus "
            "l'Ukraine sera forte, plus la fin de la guerre sera proche ».\n\n"
            "« La paix à tout prix ne serait pas la paix du tout », a-t-il ajouté.")
    assert speakers_of(text) == [("plus l'Ukraine sera ", "Jens Stoltenberg"),
                                 ("La paix à tout prix ", "Jens Stoltenberg")]


def test_quant_a_elle_before_an_inverted_subject():
    text = ("« C'est la meilleure chose qui nous soit arrivée », a témoigné Alexandra Murashko. "
            "« J'ai eu l'impression d'être accueillie comme par ma propre mère », explique "
            "quant à elle Zvierievo Kapitolina.")
    assert speakers_of(text) == [("C'est la meilleure c", "Alexandra Murashko"),
                                 ("J'ai eu l'impression", "Zvierievo Kapitolina")]


def test_a_subject_set_off_by_commas_before_a_negated_verb_is_the_pronoun_s_antecedent():
    text = ("Le conseiller national Jean-Paul Gschwind a dit sa « satisfaction énorme ».\n\n"
            "Le conseiller aux Etats du Centre Charles Juillard, de son côté, n'a pas ménagé ses "
            "efforts. « C'est un sentiment très fort de voir le Jura reconnu », a-t-il confié.")
    assert speakers_of(text)[-1] == ("C'est un sentiment t", "Charles Juillard")


def test_a_participle_after_an_inverted_cue_belongs_to_its_subject():
    text = ("Le maire de la ville, Ahmad Kahil, a été tué dans l'une des frappes, a précisé la "
            "gouverneure Howaida Turk, évoquant « un massacre ».\n\n"
            "Bruno Retailleau, coordinateur de la campagne, a défendu le candidat, affirmant : "
            "« Les choses ont été parfaitement transparentes avec lui. »")
    assert speakers_of(text) == [("un massacre", "Howaida Turk"),
                                 ("Les choses ont été p", "Bruno Retailleau")]
