"""Rules of the seventeenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_subheading_repeating_a_later_quotation_is_its_speaker_s_not_the_last_one():
    text = ("Titre\n\n« Nous demandons juste un gel des loyers », défend Paul Roux, juriste.\n\n"
            "« J'ai neuf appartements mais ils sont à la banque »\n\n"
            "Les propriétaires voient les choses autrement : « J'ai neuf appartements mais ils "
            "sont à la banque. Je n'ai pas augmenté les loyers », raconte Mickaël, "
            "propriétaire.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Paul Roux", "Mickaël", "Mickaël"]


def test_a_given_name_before_an_apposition_with_its_comma_missing_is_a_person():
    text = "Il dit. A contrario, Ludovic un autre propriétaire, est pour le gel des loyers."
    assert ("Ludovic", "person") in found(text)


def test_a_given_name_after_chez_with_a_description_is_a_person():
    assert ("Claude", "person") in found("Il dit. Même problème chez Claude, un autre voisin.")


def test_a_given_name_subject_of_a_relative_clause_is_a_person():
    text = "Même impuissance à Blendecques, où Alexandre a vu sa maison inondée."
    assert ("Alexandre", "person") in found(text)


def test_a_town_that_is_a_given_name_opening_a_clause_is_a_person():
    assert found("Depuis 1989, Saida habite rue Steyls.")[0] == ("Saida", "person")
    assert found("Il vit à Florence depuis dix ans.") == [("Florence", "place")]
    assert found("Le sommet de Sofia, une ville ancienne.") == [("Sofia", "place")]


def test_a_quotation_standing_alone_after_a_fronted_complement_is_the_clause_subject_s():
    text = ("Titre\n\nBérengère, une voisine, se plaint du bruit. « Ces trams font un vrai "
            "boucan », soupire la commerçante.\n\nSur sa façade et dans son hall, Saida pointe "
            "également de nouvelles fissures. « On vient de réparer la vitre de la porte. »")
    assert speakers_of(text)[1] == ("On vient de réparer ", "Saida")


def test_the_people_of_a_town_stand_for_the_person_of_the_article():
    # (a newspaper named after a town's people stays the newspaper: test_speakers_round7)
    text = ("Titre\n\nDepuis 1989, Saida habite rue Steyls, à Laeken. Un constat partagé par la "
            "voisine Bérengère. « Ces trams font un vrai boucan », soupire la commerçante.\n\n"
            "Sur sa façade, Saida pointe des fissures.\n\n"
            "« Les tout vieux trams ne causaient aucun problème », selon la Laekenoise.")
    assert speakers_of(text)[1] == ("Les tout vieux trams", "Saida")


def test_an_object_pronoun_after_a_body_s_name_is_not_part_of_it():
    text = ("Titre\n\nLes riverains ont été informés et la Stib nous confirme : « Le "
            "renouvellement complet des voies est prévu en 2027 ».")
    assert speakers_of(text) == [("Le renouvellement co", "Stib")]


def test_an_owner_and_a_coordonnateur_are_roles_their_apposition_names():
    text = ("Titre\n\n« Les gens ne veulent pas quitter leur adresse », explique le "
            "propriétaire du Clan Panneton, Pierre-Olivier Cyr.\n\n« Les renforts arriveront "
            "d'ici sept à huit jours », a indiqué le coordonnateur de la société, Stéphane "
            "Caron.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Pierre-Olivier Cyr",
                                                             "Stéphane Caron"]


def test_a_co_president_and_a_geologist_are_roles_their_apposition_names():
    text = ("Titre\n\n« C'est un signe du destin pour nous tous », s'est félicité le co-président "
            "des verts, Samuel Cogolati.\n\n« Il y a un gros point chaud sur la carte », a "
            "expliqué le géologue cantonal, Raphaël Mayaraz.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Samuel Cogolati", "Raphaël Mayaraz"]


def test_an_owner_does_not_announce_the_business_name_as_a_person():
    assert ("Cascade", "person") not in found(
        "« C'est la catastrophe », raconte Stefan, propriétaire du camping Cascade, à Bex.")


def test_the_afternoon_of_a_day_is_skipped_before_an_inverted_subject():
    text = ("Titre\n\nLa situation est « vraiment très critique pour tous », a déclaré samedi "
            "après-midi le ministre fédéral de la Santé, Jean-Yves Duclos.")
    assert speakers_of(text) == [("vraiment très critiq", "Jean-Yves Duclos")]


def test_a_body_s_name_goes_on_to_its_acronym_in_brackets():
    text = ("Il devient impossible pour la Société de protection des forêts contre le feu "
            "(SOPFEU) de tout combattre.")
    assert found(text)[0] == ("Société de protection des forêts contre le feu", "organisation")
    text = "La Fédération française de football contre le racisme (FFF) a parlé."
    assert found(text)[0] == ("Fédération française de football", "organisation")


def test_an_acronym_with_its_article_is_a_subject_elle_can_stand_for():
    text = ("Titre\n\nLa SOPFEU doit désormais prioriser ses interventions. Elle se concentrera "
            "sur « vingt-cinq à vingt-sept feux prioritaires ».")
    assert speakers_of(text) == [("vingt-cinq à vingt-s", "SOPFEU")]


def test_comparer_reports_speech():
    text = ("Titre\n\n« D'habitude, c'est dix fois moins », compare Cédric Gantzer, chef de "
            "département.")
    assert speakers_of(text) == [("D'habitude, c'est di", "Cédric Gantzer")]
