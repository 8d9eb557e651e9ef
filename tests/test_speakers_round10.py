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


def test_a_trade_names_the_person_the_report_is_about():
    text = ("Lionel Astier, propriétaire d'un troupeau de 800 têtes, a fait la découverte samedi. "
            "« Chaque matin, je vais donner du maïs aux bêtes dans les collines », témoigne "
            "l'éleveur.\n\nVingt-cinq bêtes ont été retrouvées mortes ou blessées.\n\n« C'est la "
            "quatrième attaque depuis que je suis installé ici », explique l'agriculteur de 23 ans.")
    assert speakers_of(text) == [("Chaque matin, je vai", "Lionel Astier"),
                                 ("C'est la quatrième a", "Lionel Astier")]


def test_a_trade_is_nobody_when_another_person_was_named_since():
    text = ("Lionel Astier a fait la découverte samedi. La préfecture a ensuite prévenu le "
            "vétérinaire Paul Martin.\n\nLes bêtes ont été retrouvées mortes.\n\n« C'est la "
            "quatrième attaque depuis le printemps dernier », explique l'agriculteur.")
    assert speakers_of(text) == [("C'est la quatrième a", None)]


def test_a_subheading_quoting_a_few_words_of_a_later_quotation():
    text = ("Le loup a encore frappé dans la vallée.\n\n« J'en ai pleuré »\n\n« Mon père était "
            "éleveur ici. Ce sont ses agnelles qui se sont faites dévorer. J'en ai pleuré », "
            "souffle Lionel Astier.")
    assert speakers_of(text) == [("J'en ai pleuré", "Lionel Astier"),
                                 ("Mon père était éleve", "Lionel Astier")]


def test_a_relative_clause_after_a_name_is_said_of_that_person():
    text = ("René Bastien, un membre du groupe, a pris la parole. Il a vilipendé le maire Marcel "
            "Parent « qui n'a jamais mis les pieds » dans le quartier.")
    assert speakers_of(text) == [("qui n'a jamais mis l", "René Bastien")]


def test_a_participle_after_a_speech_noun_is_the_subject_s():
    text = ("Le maire Marcel Parent a demandé une minute de silence. Il a ensuite fait une "
            "déclaration disant qu'il ne faudrait pas pratiquer « la politique de l'autruche ».")
    assert speakers_of(text) == [("la politique de l'au", "Marcel Parent")]


def test_a_given_name_in_an_incise_inside_the_quotation_is_the_full_name():
    text = ("Les ouvriers sont venus : « Nous avons besoin de nous retrouver, explique Alain "
            "Nelles, employé. Nous avons très mal dormi. »\n\nLes questions débordent, elles "
            "concernent la procédure Renault et l'usine : « On dit toujours que c'est une "
            "grande famille, décrit Alain. Mais aujourd'hui la famille est détruite. »")
    assert speakers_of(text) == [("Nous avons besoin de", "Alain Nelles"),
                                 ("On dit toujours que ", "Alain Nelles")]


def test_a_name_opening_its_sentence_before_any_verb_is_a_pronoun_s_antecedent():
    text = ("Frank Lampard, Petr Čech et Joe Cole ont tous été recrutés pendant son règne. Mais "
            "Claudio Ranieri préfère la jouer modeste. « Je n'ai pas marqué l'histoire du club "
            "mais j'ai passé quatre années merveilleuses », se souvient-il.")
    assert speakers_of(text) == [("Je n'ai pas marqué l", "Claudio Ranieri")]
