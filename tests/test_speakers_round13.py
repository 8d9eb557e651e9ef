"""Rules of the thirteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def canonicals(text):
    return [(m.surface, m.canonical) for m in EntityDetector().find(text)]


def test_every_regnal_title_names_a_sovereign_by_title_and_given_name():
    # one list (roles.txt [regnal]) for the speakers' and the entities' rules: the entity
    # finder now reads `patriarche` from it, the speakers' `sultan` and `empereur`
    assert canonicals("Le patriarche Kirill a béni les troupes. Kirill a prié.") == [
        ("Kirill", "patriarche Kirill"), ("Kirill", "patriarche Kirill")]


def test_a_surname_after_a_title_is_no_given_name_to_complete():
    # `le cardinal Parolin`: a surname, which the archive links to the full name elsewhere
    assert canonicals("Le cardinal Parolin est arrivé à Kiev.")[0] == ("Parolin", "Parolin")


def test_a_sovereign_said_to_be_quoted_speaks():
    text = ("Le sultan Haïtham a reçu le ministre à Mascate.\n\n"
            "Le sultan Haïtham « souhaite que les négociations reprennent très vite ».")
    assert speakers_of(text) == [("souhaite que les nég", "sultan Haïtham")]


def test_a_regnal_title_that_is_also_a_given_name_stays_one():
    # émir now announces a name (`l'émir Tamim`), yet Emir is still a given name
    assert canonicals("Selon Emir Kusturica, le film est fini.") == [
        ("Emir Kusturica", "Emir Kusturica")]
    assert canonicals("L'émir Tamim a reçu le ministre.") == [("Tamim", "émir Tamim")]


def test_a_role_with_a_portfolio_names_the_holder_after_it():
    assert canonicals("Une enquête est ouverte, indique le conseiller d'Etat Vassilis "
                      "Venizelos. Venizelos a estimé que la police devait changer.") == [
        ("Vassilis Venizelos", "Vassilis Venizelos"), ("Venizelos", "Vassilis Venizelos")]
    assert canonicals("selon le conseiller d'État vaudois Vassilis Venizelos") == [
        ("Vassilis Venizelos", "Vassilis Venizelos")]


def test_a_minister_s_portfolio_ends_before_the_minister_s_name():
    found = EntityDetector().find("le ministre de l'Intérieur Bassirou Diomaye a répondu")
    assert [(m.surface, m.kind) for m in found] == [
        ("Intérieur", "organisation"), ("Bassirou Diomaye", "person")]


def test_a_place_a_person_or_a_party_after_a_role_is_no_portfolio():
    assert canonicals("la présidente de Verviers Music Festival, l'asbl qui l'organise") == [
        ("Verviers", "Verviers")]
    assert canonicals("la compagne d'Amedy Coulibaly, Hayat Boumedienne, était partie") == [
        ("Hayat Boumedienne", "Hayat Boumedienne")]
    assert canonicals("a insisté le conseiller d'Etat Vert. Il quitte le gouvernement") == []


def test_a_councillor_of_state_named_after_his_portfolio_speaks():
    text = ("Une enquête interne a été ouverte, indique le conseiller d'Etat Vassilis "
            "Venizelos.\n\n"
            "« Je ne connais pas son degré d'implication dans cette affaire », a assuré le "
            "conseiller d'Etat.")
    assert speakers_of(text) == [("Je ne connais pas so", "Vassilis Venizelos")]


def test_a_given_name_alone_after_a_title_is_the_one_person_who_has_it():
    assert canonicals("Penelope Fillon a été entendue. Selon son épouse Penelope, rien "
                      "n'était caché.")[-1] == ("Penelope", "Penelope Fillon")


def test_a_given_name_alone_is_the_speaker_named_in_full_before():
    text = ("« Il faisait des 9 °C la nuit, c'était tellement difficile », raconte Farmata "
            "Dabo, locataire.\n\n"
            "« Je les ai appelés plusieurs fois, j'ai écrit au directeur », insiste Farmata.")
    assert speakers_of(text) == [("Il faisait des 9 °C ", "Farmata Dabo"),
                                 ("Je les ai appelés pl", "Farmata Dabo")]


def test_two_offices_joined_by_a_hyphen_are_a_role():
    text = ("Des milliers de manifestants ont défilé samedi.\n\n"
            "\"L'accès aux soins doit être aussi permis à L'Aigle\", a affirmé devant les "
            "manifestants la députée-maire de la commune, Véronique Louwagie (Les Républicains).")
    assert speakers_of(text) == [("L'accès aux soins do", "Véronique Louwagie")]


def test_a_civility_after_a_complement_opens_the_subject():
    text = ("L'acte de vente a été signé avec Camil Bouchard et Joël Depré, curé de la "
            "paroisse.\n\n"
            "« Le test est concluant, c'est un lieu qui se prête très bien aux spectacles » "
            "déclare par communiqué M. Bouchard qui précise la suite.")
    assert speakers_of(text) == [("Le test est concluan", "Camil Bouchard")]


def test_retracer_reports_speech():
    text = ("Le projet de rénovation de l'église vient d'être retenu.\n\n"
            "« Nous avons commencé en 2020 et nous avons créé une association », retrace "
            "Jacques Samson, conseiller municipal.")
    assert speakers_of(text) == [("Nous avons commencé ", "Jacques Samson")]


def test_a_given_name_opening_a_clause_with_an_aside_is_a_person():
    assert canonicals("Ils sont à cran.\n\nSylvain, de son côté, a perdu un tiers de ses "
                      "brebis.\n\nNathalie, elle, tient surtout aux normes.") == [
        ("Sylvain", "Sylvain"), ("Nathalie", "Nathalie")]


def test_a_name_opening_a_clause_after_a_lone_quotation_is_no_caption():
    text = ("Yvan est bien décidé à interpeller le Premier ministre.\n\n"
            "\"Maintenant qu'on approche de la fin des récoltes, la colère revient\"\n\n"
            "Nathalie, elle, tient surtout à ce que les normes soient simplifiées.\n\n"
            "\"Quand on demande un truc, c'est direct des dossiers de 50 pages\", souffle-t-elle.")
    assert speakers_of(text)[1] == ("Quand on demande un ", "Nathalie")
    assert speakers_of(text)[0][1] != "Nathalie"


def test_a_person_the_words_are_addressed_to_does_not_speak_them():
    text = ("Les agriculteurs envoient un avertissement à Michel Barnier : \"La colère n'a "
            "jamais cessé de monter dans les campagnes\"\n\n"
            "Le Premier ministre, Michel Barnier, tend la main aux agriculteurs.")
    assert speakers_of(text) == [("La colère n'a jamais", None)]
