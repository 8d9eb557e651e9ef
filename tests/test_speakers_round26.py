"""Speaker rules of session 26. Sentences of the shape met in French news, paraphrased, with the
names found by the real entity detector."""

import pytest

from articles.text.entities import default_detector
from tests.test_speakers_names import analysed as speakers_of


@pytest.mark.parametrize("opening", ["Selon un communiqué du M23", "D'après le M23"])
def test_the_source_a_sentence_opens_with_says_the_words_naming_its_object(opening):
    text = (f"Kivu\n\n{opening}, l'armée congolaise a lancé des « offensives massives contre nos "
            "positions civiles » dans la nuit.")
    assert speakers_of(text) == [("offensives massives ", "M23")]


def test_a_verb_whose_words_are_quoted_still_speaks_after_a_source():
    text = ("Réforme\n\nSelon Jean Dupont, la ministre Anne Roy a déclaré : « Nous irons jusqu'au "
            "bout de cette réforme des retraites. »")
    assert speakers_of(text) == [("Nous irons jusqu'au ", "Anne Roy")]


def test_a_body_a_description_ends_with_is_the_one_its_kind_names_later():
    text = ("Prix\n\nL'association de défense des consommateurs UFC-Que Choisir alerte sur la "
            "hausse des prix. « Les ménages modestes sont les premières victimes de l'inflation "
            "alimentaire », déplore l'association.")
    assert speakers_of(text) == [("Les ménages modestes", "UFC-Que Choisir")]


def test_capitals_that_complete_a_body_s_head_keep_the_whole_name():
    text = ("Manifestation\n\nIls étaient « moins de 3 000 manifestants dans les rues de la "
            "capitale », selon la préfecture de Police de Paris.")
    assert speakers_of(text) == [("moins de 3 000 manif", "préfecture de Police de Paris")]


def test_an_unnamed_witness_before_a_colon_is_not_the_last_speaker():
    text = ("École\n\nLa directrice de l'école, Nathalie Gagnon, a rassuré les parents. « Tous les "
            "élèves sont en sécurité et les cours reprendront demain », a-t-elle indiqué. Une "
            "habitante, rencontrée devant l'établissement, reste sceptique : « On nous dit "
            "toujours que tout va bien. »")
    assert speakers_of(text) == [("Tous les élèves sont", "Nathalie Gagnon"),
                                 ("On nous dit toujours", None)]


def test_a_named_witness_before_a_colon_still_speaks():
    text = ("École\n\nLa directrice de l'école, Nathalie Gagnon, a rassuré les parents. « Tous les "
            "élèves sont en sécurité et les cours reprendront demain », a-t-elle indiqué. Paul "
            "Morel, rencontré devant l'établissement, reste sceptique : « On nous dit toujours "
            "que tout va bien. »")
    assert speakers_of(text)[1] == ("On nous dit toujours", "Paul Morel")


def test_a_surname_after_an_inverted_cue_is_the_name_no_list_knows_the_given_name_of():
    text = ("Cyclisme\n\nRemco Evenepoel ne pensait pas vivre une après-midi aussi intense.\n\n"
            "« J'ai réalisé quand je suis monté sur le balcon, je ne m'attendais pas à autant de "
            "monde », a raconté Evenepoel au micro de Nicolas Lowyck. « J'étais un peu gêné au "
            "début, mais je me suis lâché à la fin », a-t-il poursuivi.")
    assert speakers_of(text) == [("J'ai réalisé quand j", "Remco Evenepoel"),
                                 ("J'étais un peu gêné ", "Remco Evenepoel")]


def test_a_role_with_two_complements_is_taught_by_its_apposition():
    text = ("Cajou\n\nLa ministre de la Santé, Marie Dupont, a ouvert la saison. La cérémonie a "
            "été l'occasion pour la ministre de l'Industrie et du Commerce, Shadiya Alimatou "
            "Assouman, de faire un bilan.\n\nLa campagne a connu des difficultés.\n\nElle a été "
            "marquée par « la non-réalisation de l'étude de structuration des coûts », explique "
            "la ministre du Commerce.")
    assert speakers_of(text) == [("la non-réalisation d", "Shadiya Alimatou Assouman")]


COUNCIL = ("Budget\n\nPour Axel Marion, du groupe Le Centre, une commune ne peut pas accepter ce "
           "déficit : « On doit viser les chiffres noirs ou l'équilibre. »{} Faisant allusion "
           "aux économies prévues, {} note que « la municipalité n'a pas encore fait les fonds "
           "de tiroir ».")


def test_a_role_nobody_was_given_is_the_person_who_just_spoke():
    text = COUNCIL.format("", "le conseiller")
    assert speakers_of(text) == [("On doit viser les ch", "Axel Marion"),
                                 ("la municipalité n'a ", "Axel Marion")]


def test_a_role_nobody_was_given_is_not_the_last_speaker_once_another_is_named():
    text = COUNCIL.format(" Mathieu Carrel, chef de groupe, partage cet avis.", "le conseiller")
    assert speakers_of(text)[1] != ("la municipalité n'a ", "Axel Marion")


def test_a_role_nobody_was_given_is_not_the_last_speaker_of_another_sex():
    text = COUNCIL.format("", "la conseillère")
    assert speakers_of(text)[1] == ("la municipalité n'a ", None)


def test_a_role_nobody_was_given_is_the_speaker_above_a_subheading():
    text = ("Rugby\n\nLe XV de France a gagné grâce à une pénalité de Thomas Ramos. « On a vécu un tournoi d'enfer, au sens propre comme au sens figuré », a "
            "rapporté Fabien Galthié après la rencontre.\n\n« Ce n'est pas la fin »\n\n« On ne "
            "termine pas un tournoi, c'est la suite de notre histoire », a rapporté le "
            "sélectionneur de l'équipe de France.")
    assert speakers_of(text)[-1] == ("On ne termine pas un", "Fabien Galthié")


def test_a_given_name_described_by_an_age_after_comme_is_a_person():
    found = default_detector().find("Beaucoup viennent ici. Comme Régine, 70 ans : « Je viens "
                                    "chaque semaine. »")
    assert [(m.canonical, m.kind) for m in found] == [("Régine", "person")]


def test_a_witness_named_by_comme_speaks_through_her_pronoun():
    text = ("Poste\n\nBeaucoup de personnes âgées vivent dans ce bourg. Comme Régine, 70 ans : "
            "« Au moins une fois par semaine, je viens retirer de l'argent pour ma fille », "
            "explique-t-elle.")
    assert speakers_of(text) == [("Au moins une fois pa", "Régine")]


@pytest.mark.parametrize("verb", ["coupe", "interrompt"])
def test_cutting_in_is_speaking(verb):
    text = ("Procès\n\nLe juge Samba Kane appelle les prévenus.\n\nLe procureur demande la "
            "parole et reconnaît que « le juge a omis de mentionner le nom de deux accusés ». Ce "
            "qui provoque une bronca dans la salle. « Nous ne sommes pas dans un meeting "
            f"politique, je ne veux plus d'applaudissements ! », {verb} le juge.")
    assert speakers_of(text)[1] == ("Nous ne sommes pas d", "Samba Kane")


def test_whose_view_a_sentence_gives_says_what_a_person_is_said_to_show():
    text = ("Fespaco\n\nPour Ibrahim Traoré, en dédiant son trophée aux soldats, le réalisateur "
            "Dani Kouyaté a fait montre « d'une reconnaissance légitime au courage et à "
            "l'abnégation ».")
    assert speakers_of(text) == [("d'une reconnaissance", "Ibrahim Traoré")]


def test_a_person_said_to_show_something_stays_the_speaker_without_a_view():
    text = ("Fespaco\n\nEn dédiant son trophée aux soldats, le réalisateur Dani Kouyaté a fait "
            "montre « d'une reconnaissance légitime au courage et à l'abnégation ».")
    assert speakers_of(text) == [("d'une reconnaissance", "Dani Kouyaté")]


@pytest.mark.parametrize("witness", ["une riveraine", "une cliente", "un usager"])
def test_more_unnamed_people_the_press_quotes(witness):
    text = ("Travaux\n\nLe maire Jean Roy défend le chantier. « Les travaux finiront en mai », "
            f"a-t-il assuré. « On paie nos impôts et on n'a même pas de trottoir », s'agace "
            f"{witness}.")
    assert speakers_of(text)[1] == ("On paie nos impôts e", None)


def test_the_tenant_of_a_ministry_is_the_minister_not_an_unnamed_tenant():
    text = ("Violences\n\nLe ministre de l'Intérieur, Gérald Darmanin, a rencontré les maires. "
            "« Nous serons aux côtés des élus face aux violences », a assuré le locataire de la "
            "place Beauvau.")
    assert speakers_of(text) == [("Nous serons aux côté", "Gérald Darmanin")]
