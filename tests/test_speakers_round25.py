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


WITNESS = "Hôpital\n\nMarie Dubois, 34 ans, travaille à l'hôpital depuis dix ans.{}\n\n"


@pytest.mark.parametrize("epithet", ["la jeune femme", "cette femme", "la mère de famille",
                                     "la mère de deux enfants"])
@pytest.mark.parametrize("colleague", ["", " Son collègue Paul Morel aussi."])
def test_a_witness_named_again_by_sex_or_condition_is_the_one_named_before(epithet, colleague):
    text = WITNESS.format(colleague) + (
        f"« On nous demande toujours plus avec toujours moins », soupire {epithet}.")
    assert speakers_of(text) == [("On nous demande touj", "Marie Dubois")]


@pytest.mark.parametrize("epithet", ["le père de famille", "ce père de trois enfants",
                                     "le jeune homme"])
def test_a_man_named_again_as_a_father_is_the_one_named_before(epithet):
    text = ("Carburants\n\nPaul Morel, 52 ans, est chauffeur routier depuis trente ans.\n\n"
            f"« Le prix du gazole nous étrangle, on ne s'en sort plus », peste {epithet}.")
    assert speakers_of(text) == [("Le prix du gazole no", "Paul Morel")]


def test_a_bare_woman_or_mother_is_nobody_named():
    # `la femme`, `la mère` alone may be someone's wife or mother: an unnamed speaker
    text = ("Carburants\n\nPaul Morel, 52 ans, a perdu son emploi.\n\n"
            "« On ne sait pas comment on va finir le mois », soupire la femme.")
    assert speakers_of(text) == [("On ne sait pas comme", None)]


def test_a_man_of_another_sex_is_not_the_young_woman():
    text = ("Hôpital\n\nPaul Morel, 34 ans, travaille à l'hôpital depuis dix ans.\n\n"
            "« On nous demande toujours plus avec toujours moins », soupire la jeune femme.")
    assert speakers_of(text) == [("On nous demande touj", None)]


@pytest.mark.parametrize("epithet", ["la soignante", "l'aide-soignante"])
def test_a_carer_named_again_by_her_trade_is_the_one_named_before(epithet):
    text = WITNESS.format("") + (
        f"« On nous demande toujours plus avec toujours moins », soupire {epithet}.")
    assert speakers_of(text) == [("On nous demande touj", "Marie Dubois")]


@pytest.mark.parametrize("cue", ["Comme le dit", "Comme le souligne", "Comme le dit souvent",
                                 "Comme l'explique", "Comme le rappelle volontiers"])
def test_comme_with_an_object_pronoun_then_the_speaker_is_a_cue(cue):
    # `le` before the verb is the object pronoun, not an article (`le dit` is no noun here)
    text = ("Espace\n\n" + cue + " Thomas Pesquet, « la Terre vue de l'espace est d'une "
            "fragilité incroyable ».")
    assert speakers_of(text) == [("la Terre vue de l'es", "Thomas Pesquet")]


@pytest.mark.parametrize("staff", ["l'entourage de la ministre", "le cabinet du ministre",
                                   "l'équipe de l'avocat"])
def test_the_staff_of_a_person_named_with_their_role_is_nobody_named(staff):
    text = ("Éducation\n\nLe texte sera examiné au printemps. "
            f"Selon {staff} Aurore Bergé, « la loi sera présentée avant l'été ».")
    assert speakers_of(text) == [("la loi sera présenté", None)]


def test_a_person_named_after_their_role_still_speaks():
    text = ("Éducation\n\nLe texte sera examiné au printemps. "
            "Selon la ministre Aurore Bergé, « la loi sera présentée avant l'été ».")
    assert speakers_of(text) == [("la loi sera présenté", "Aurore Bergé")]


def test_a_quotation_standing_alone_is_not_said_by_the_person_it_talks_about():
    text = ("Football\n\nL'entraîneur Didier Deschamps a annoncé sa liste jeudi.\n\n"
            "Kylian Mbappé, blessé, n'y figure pas.\n\n"
            "« Il faut être raisonnable avec Kylian, sa santé passe avant tout. »")
    assert speakers_of(text) == [("Il faut être raisonn", None)]


def test_a_name_after_the_verb_of_an_incise_inside_the_marks_still_speaks():
    text = ("Hockey\n\nGenève-Servette a gagné 4-3. Kevin Romy, le capitaine des Genevois, a "
            "apprécié cette journée.\n\n\"C'est vraiment une très bonne nouvelle pour la société, "
            "se réjouissait Romy. Nous, nous étions concentrés sur la glace avant tout.\"")
    assert speakers_of(text) == [("C'est vraiment une t", "Kevin Romy")]


def test_a_civility_picks_the_person_of_its_sex_among_those_sharing_a_surname():
    text = ("Noyade\n\nLe chef des pompiers, Guy St-Pierre, a été témoin de la scène.\n\n"
            "« Il s'est précipité sur le téléphone », raconte sa conjointe, Jeannine St-Pierre."
            "\n\nDe son côté, Guy St-Pierre sait que le temps est compté.\n\n"
            "« Elle portait un manteau vert assez voyant », souligne Mme St-Pierre.")
    assert speakers_of(text) == [("Il s'est précipité s", "Jeannine St-Pierre"),
                                 ("Elle portait un mant", "Jeannine St-Pierre")]


@pytest.mark.parametrize("relative", ["sa voisine, Julie Roy", "sa fille, Julie Roy",
                                      "sa conjointe, Julie Roy", "son épouse, Julie Roy"])
def test_a_possessive_noun_after_an_inverted_cue_is_named_by_its_apposition(relative):
    # `sa` opens the noun phrase; only `pour sa part` is an adverb between cue and subject
    text = ("Noyade\n\nLe chef des pompiers, Guy St-Pierre, a été témoin de la scène.\n\n"
            f"« Il a couru vers le téléphone sans attendre », raconte {relative}.")
    assert speakers_of(text) == [("Il a couru vers le t", "Julie Roy")]


def test_pour_sa_part_between_the_cue_and_its_subject_is_still_skipped():
    text = ("Menace\n\nLe procureur a été avisé.\n\n« Nous sommes face à un niveau de menace "
            "extrêmement élevé », a pour sa part déclaré le Premier ministre Bernard Cazeneuve."
            "\n\n« Il faut rester vigilants partout en France », a déclaré pour sa part Anne Roy.")
    assert speakers_of(text) == [("Nous sommes face à u", "Bernard Cazeneuve"),
                                 ("Il faut rester vigil", "Anne Roy")]


def test_a_subheading_quoting_an_unnamed_speaker_names_nobody():
    text = ("Procès\n\nLe 12 juillet 2022, l'homme a grillé un stop. Hier à l'audience, la "
            "famille de la victime et le conducteur se sont rencontrés.\n\n"
            "\"Je ne pourrai jamais pardonner\"\n\n"
            "La femme de la victime a partagé sa colère. \"Je suis brisée de l'intérieur, je ne "
            "pourrai jamais pardonner\" a-t-elle dit à la barre.\n\n"
            "La procureure, Ariane Boudillon, a requis un an avec sursis. \"Personne n'aime les "
            "affaires d'homicides involontaires\", a-t-elle expliqué.")
    assert speakers_of(text) == [("Je ne pourrai jamais", None),
                                 ("Je suis brisée de l'", None),
                                 ("Personne n'aime les ", "Ariane Boudillon")]


def test_l_homme_is_no_woman():
    # `l'homme` has no article that says its gender: the noun does
    text = ("Procès\n\nLe 12 juillet 2022, l'homme a grillé un stop.\n\n"
            "« Je suis malade, j'ai un fils handicapé et je suis seule. »\n\n"
            "La procureure, Ariane Boudillon, a requis un an avec sursis.")
    assert speakers_of(text) == [("Je suis malade, j'ai", None)]


def test_a_quotation_after_a_sentence_about_an_unnamed_witness_is_nobody_named():
    text = ("Incendie\n\n« Le feu est parti du deuxième étage vers 3 heures », indique le "
            "capitaine Marc Roux, des pompiers.\n\nUne voisine a assisté à la scène. « J'ai vu "
            "les flammes sortir par la fenêtre, c'était terrifiant. »\n\nLes pompiers sont "
            "restés sur place. « Le bâtiment devra être démoli dans les prochains jours. »")
    assert speakers_of(text) == [("Le feu est parti du ", "Marc Roux"),
                                 ("J'ai vu les flammes ", None),
                                 ("Le bâtiment devra êt", "Marc Roux")]


BINET = ("Grève\n\n« Nous voulons une hausse des salaires de 10 % », explique Sophie Binet, "
         "secrétaire générale de la CGT.\n\n")


@pytest.mark.parametrize("reading", [
    "Sur les pancartes des manifestants, on pouvait lire : « {} »",
    "On pouvait lire sur une banderole : « {} »",
    "Sur une banderole était écrit : « {} »",
    "« {} », pouvait-on lire sur une banderole."])
def test_words_read_on_a_banner_are_nobody_named(reading):
    text = BINET + reading.format("Travailler plus pour gagner moins, c'est non !")
    assert speakers_of(text) == [("Nous voulons une hau", "Sophie Binet"),
                                 ("Travailler plus pour", None)]


def test_words_read_in_a_text_are_its_publisher_s():
    text = BINET + ("La CGT a publié un communiqué. « Le gouvernement doit ouvrir des "
                    "négociations sans attendre », peut-on lire dans le texte.")
    assert speakers_of(text)[1] == ("Le gouvernement doit", "CGT")


def test_a_person_who_wrote_still_speaks():
    text = BINET + ("En commentaire de la vidéo, elle a écrit qu'elle combattra « jusqu'au dernier "
                    "souffle pour la République et pour nos salaires ».")
    assert speakers_of(text)[1] == ("jusqu'au dernier sou", "Sophie Binet")


def test_an_opening_pronoun_is_the_person_named_next_in_its_paragraph():
    text = ("Urbanisme\n\n« Nous découvrons ce dossier comme tout le monde », a-t-elle déclaré "
            "à l'AFP. Anne Roy est adjointe au maire depuis 2020.")
    assert speakers_of(text) == [("Nous découvrons ce d", "Anne Roy")]


def test_a_pronoun_after_a_named_person_is_not_the_one_named_next():
    text = ("Urbanisme\n\nPaul Martin préside le conseil. « Nous découvrons ce dossier comme "
            "tout le monde », a-t-il déclaré. Jean Roy est son adjoint depuis 2020.")
    assert speakers_of(text) == [("Nous découvrons ce d", "Paul Martin")]


def test_a_body_s_kind_names_the_one_body_the_article_has_named():
    text = BINET + ("Dans un communiqué, le syndicat écrit : « Le gouvernement doit ouvrir des "
                    "négociations sans attendre. »")
    assert speakers_of(text)[1] == ("Le gouvernement doit", "CGT")


def test_a_body_s_kind_names_nobody_when_the_article_has_named_two():
    text = ("Grève\n\n« Nous voulons une hausse des salaires de 10 % », explique Sophie Binet, "
            "secrétaire générale de la CGT, aux côtés de FO.\n\nDans un communiqué, le syndicat "
            "écrit : « Le gouvernement doit ouvrir des négociations sans attendre. »")
    assert speakers_of(text)[1] == ("Le gouvernement doit", None)


def test_the_opposition_is_no_body_named_before():
    text = ("Référendum\n\nLe « oui » l'emporte, selon le YSK (Haut-Conseil électoral).\n\n"
            "Cette victoire est contestée par l'opposition, qui dénonce des « manipulations "
            "massives dans tout le pays ».")
    assert speakers_of(text)[-1][1] != "YSK"


@pytest.mark.parametrize("outlet", ["Interrogée par Le Parisien", "Dans un entretien au Figaro"])
def test_an_outlet_is_not_the_one_body_a_kind_names(outlet):
    text = (f"Grève\n\n{outlet}, Sophie Binet appelle à la grève jeudi.\n\nDans un communiqué, "
            "le syndicat écrit : « Le gouvernement doit ouvrir des négociations sans attendre. »")
    assert speakers_of(text)[-1] == ("Le gouvernement doit", None)


def test_a_club_joined_is_the_one_body_a_kind_names():
    text = ("Football\n\nLe défenseur a signé au Stade rennais pour quatre ans.\n\n« Nous sommes "
            "très heureux de l'accueillir parmi nous », a indiqué le club dans un communiqué.")
    assert speakers_of(text) == [("Nous sommes très heu", "Stade rennais")]


def test_an_opening_pronoun_after_an_unnamed_subject_is_not_the_person_named_next():
    text = ("Incendie\n\nUne voisine a tout vu. « Les flammes sortaient par la fenêtre du "
            "salon », a-t-elle raconté. Marie Roy, la propriétaire, était absente.")
    assert speakers_of(text) == [("Les flammes sortaien", None)]


@pytest.mark.parametrize("cue", ["a renchéri, également via Twitter, le Premier ministre",
                                 "a renchéri, Premier ministre,", "a renchéri,"])
def test_an_aside_or_a_stray_comma_between_the_cue_and_its_subject_is_skipped(cue):
    text = ("Ukraine\n\nLa Belgique condamne l'attaque. « Ceci est le moment le plus sombre pour "
            f"l'Europe depuis la guerre », {cue} Alexander De Croo.")
    assert speakers_of(text) == [("Ceci est le moment l", "Alexander De Croo")]


def test_a_witness_named_again_by_the_definite_noun_is_the_subject_before():
    text = ("Inondations\n\nLe village est difficile d'accès. Reginald s'est retrouvé bloqué chez "
            "lui hier soir. « L'eau est montée à deux mètres de la maison », témoigne l'habitant.")
    assert speakers_of(text) == [("L'eau est montée à d", "Reginald")]


def test_an_indefinite_witness_is_still_nobody_named():
    text = ("Inondations\n\nLe village est difficile d'accès. Reginald s'est retrouvé bloqué chez "
            "lui hier soir. « L'eau est montée à deux mètres de la maison », témoigne un habitant.")
    assert speakers_of(text) == [("L'eau est montée à d", None)]


@pytest.mark.parametrize("rep", ["Le représentant de la FGTB qui a pris la parole a défendu que",
                                 "Un représentant de la FGTB a déclaré que"])
def test_an_unnamed_representative_speaks_for_the_body(rep):
    text = ("Manifestation\n\nAlexis Deswaef, président d'honneur de la Ligue des droits de "
            "l'Homme, a pris la parole. « Il faut régulariser tous les sans-papiers », a-t-il "
            f"lancé.\n\nLa CSC et la FGTB étaient présentes. {rep} « le seul devoir est "
            "d'accueillir dignement tous ceux qui arrivent ».")
    assert speakers_of(text)[-1] == ("le seul devoir est d", "FGTB")


def test_a_participle_right_after_the_comma_is_no_aside():
    # `, ajoutant, …`: a clause of the speaker's, not an aside before another subject
    text = ("Ukraine\n\nLa Belgique condamne l'attaque. « Ceci est le moment le plus sombre pour "
            "l'Europe depuis la guerre », a déclaré Alexander De Croo. « Nous devons rester unis "
            "face à cette agression », a-t-il ajouté, soulignant, la voix grave, le rôle de l'UE.")
    assert [who for _, who in speakers_of(text)] == ["Alexander De Croo", "Alexander De Croo"]
