"""Rules of the eighteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_given_name_after_a_reporting_verb_and_a_manner_adverb_is_the_speaker():
    text = ("Titre\n\nDes pancartes partout. « Dans quelques années, mes enfants verront ce que "
            "leur maman a fait », lance fièrement Linda, étudiante en management.")
    assert speakers_of(text) == [("Dans quelques années", "Linda")]
    # an adverb that is itself a reporting verb stays the verb
    assert ("Linda", "person") in found("« Je le savais », dément Linda.")


def test_an_apposition_with_an_acronym_in_brackets_and_no_closing_comma_teaches_the_role():
    text = ("Titre\n\nClaire Moutet, responsable du service de veille sanitaire à l'Agence "
            "régionale de santé (ARS) est très claire : « C'est un animal dangereux qui "
            "transporte des maladies. »\n\nL'épidémie inquiète. La responsable de l'ARS fait "
            "état de 18 cas : « Nous avons déjà eu 18 signalements dans la région depuis mai. »")
    assert [speaker for _, speaker in speakers_of(text)] == ["Claire Moutet", "Claire Moutet"]


def test_a_company_named_after_its_trade_keeps_its_number_and_is_found_again():
    text = ("Des problèmes ont été signalés au bailleur Habitat 77. Selon Habitat 77, des "
            "professionnels interviennent.")
    assert found(text) == [("Habitat 77", "organisation"), ("Habitat 77", "organisation")]
    assert found("L'assureur Axa Belgium paiera.") == [("Axa Belgium", "organisation")]
    # a number that counts something is not part of the name
    assert ("Total", "organisation") in found("La société Total 20 millions d'euros.")


def test_a_quotation_alone_later_in_a_paragraph_is_the_last_speaker_s_of_that_paragraph():
    text = ("Titre\n\nSelon la riveraine Saida Benali, ce sont surtout les vieux trams qui font "
            "du bruit. « Les nouveaux ne causent aucun problème », se rappelle la riveraine. "
            "Les modèles récents ne seraient donc pas en cause. Outre le véhicule, la vitesse "
            "est pointée du doigt. « La zone 30, les trams ne la connaissent pas. »")
    assert speakers_of(text)[1] == ("La zone 30, les tram", "Saida Benali")


def test_a_quotation_alone_later_in_a_paragraph_is_not_carried_past_another_person():
    text = ("Titre\n\n« Les nouveaux ne causent aucun problème », explique Saida Benali. Les "
            "modèles récents ne seraient pas en cause. Le maire Paul Roux a promis une étude. "
            "Outre le véhicule, la vitesse est pointée du doigt. « La zone 30, les trams ne la "
            "connaissent pas. »")
    assert speakers_of(text)[1][1] != "Saida Benali"


def test_a_headline_quotation_signed_by_a_name_in_brackets_is_that_person_s():
    text = ("« Il n'y aura pas de guerre ethnique au pays » (Capitaine Traoré)\n\n"
            "Le capitaine Ibrahim Traoré s'est rendu dans un centre de formation.")
    assert speakers_of(text) == [("Il n'y aura pas de g", "Ibrahim Traoré")]


def test_a_rank_does_not_keep_the_one_person_named_from_being_the_president():
    text = ("Titre\n\nC'est en tenue d'officier que le capitaine Ibrahim Traoré s'est rendu au "
            "camp. L'information a été rendue publique mercredi.\n\n« Nous allons nous battre "
            "et nous allons libérer nos terres », a indiqué le président de la Transition.")
    assert speakers_of(text) == [("Nous allons nous bat", "Ibrahim Traoré")]
    # an office still rules out a person an apposition gave another trade
    text = ("Titre\n\nLe procureur Paul Roux a ouvert une enquête. Les faits datent de mars."
            "\n\n« Nous allons tout reconstruire dans ce quartier », a indiqué le maire.")
    assert speakers_of(text)[0][1] is None
