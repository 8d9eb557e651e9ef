"""Rules of the fourteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_body_name_goes_on_over_a_pair_of_nouns():
    assert found("Elle préside l'Association québécoise des juristes et juristes de la "
                 "défense.") == [("Association québécoise des juristes et juristes de la "
                                  "défense", "organisation")]
    assert found("Le Collectif des employés de la santé et de l’action sociale a marché.") == [
        ("Collectif des employés de la santé et de l’action sociale", "organisation")]


def test_a_pair_stops_at_a_verb_or_a_determiner():
    assert found("La Fédération des médecins et demande un geste.") == [
        ("Fédération des médecins", "organisation")]
    assert found("Le Conseil des ministres et la Commission ont parlé.") == [
        ("Conseil des ministres", "organisation"), ("Commission", "organisation")]


def test_a_noun_after_an_adjective_is_no_pair():
    # "français et homme d'affaires": an apposition about the person, not the body's name
    assert found("Il préside le Rassemblement du contribuable français et homme d'affaires "
                 "aisé.")[0] == ("Rassemblement du contribuable français", "organisation")


def test_police_and_church_bodies_named_after_a_place_are_bodies():
    assert found("Un agent de la Sûreté du Québec a témoigné.") == [
        ("Sûreté du Québec", "organisation")]
    assert found("L'économe du Diocèse de Québec a signé.") == [
        ("Diocèse de Québec", "organisation")]
    assert found("La Corporation des parcs industriels de Québec a répondu.") == [
        ("Corporation des parcs industriels de Québec", "organisation")]


def test_a_word_with_capitals_inside_is_a_company():
    assert found("Les chiffres de FranceAgriMer et de CondorFerries sont tombés.") == [
        ("FranceAgriMer", "organisation"), ("CondorFerries", "organisation")]


def test_a_surname_with_a_glued_particle_or_a_hashtag_is_no_company():
    assert found("Votez #AvecDupont. John McCain a parlé. McCain est parti.") == [
        ("John McCain", "person"), ("McCain", "person")]


def test_a_sentence_that_turns_to_another_does_not_give_the_office_to_the_last_speaker():
    text = ("C'est la conseillère Julie Martin qui a mené l'opposition lundi soir.\n\n"
            "« Nous ferons la part des choses », a-t-elle promis.\n\n"
            "De son côté, le maire a invité les élus à « dépasser les intérêts de chacun "
            "pour la ville ».")
    assert speakers_of(text) == [("Nous ferons la part ", "Julie Martin"),
                                 ("dépasser les intérêt", None)]


def test_without_the_turn_the_office_is_still_the_last_speaker():
    text = ("Le maire Paul Girard a ouvert la séance lundi soir.\n\n"
            "« Nous ferons la part des choses », a-t-il promis.\n\n"
            "Le maire a invité les élus à « dépasser les intérêts de chacun pour la ville ».")
    assert [speaker for _, speaker in speakers_of(text)] == ["Paul Girard", "Paul Girard"]


def test_the_speakers_role_nouns_announce_a_name_to_the_entity_finder():
    assert found("Elle l'a dit jeudi, a déclaré son recteur et vice-chancelier, Deep Saini.") == [
        ("Deep Saini", "person")]
    assert speakers_of("« Nous prendrons toutes les mesures nécessaires », a déclaré son "
                       "recteur, Deep Saini. « Ce sont des gens capables de comprendre », a "
                       "dit M. Saini.") == [("Nous prendrons toute", "Deep Saini"),
                                            ("Ce sont des gens cap", "Deep Saini")]


def test_a_rank_is_no_role_before_a_name():
    assert found("Le premier Rang Dong a gagné.") == []


def test_a_complement_ends_at_a_possessive_before_the_speaker():
    assert speakers_of("« Nous allons prendre toutes les mesures », a déclaré en conférence "
                       "de presse jeudi son recteur, Deep Saini.") == [
        ("Nous allons prendre ", "Deep Saini")]


def test_a_relative_clause_ends_at_the_main_verb_before_the_quotation():
    text = ("La politique du gouvernement de François Legault qui prévoit une hausse des droits "
            "est basée « sur des impressions et des émotions », a déclaré jeudi son recteur, "
            "Deep Saini.")
    assert speakers_of(text) == [("sur des impressions ", "Deep Saini")]


def test_a_relative_clause_that_reports_still_speaks():
    text = ("Le ministre Jean Dubois, qui estime que la situation est « grave et très "
            "inquiétante pour tous », a parlé.")
    assert speakers_of(text) == [("grave et très inquié", "Jean Dubois")]


def test_an_employer_named_after_a_role_ends_before_a_given_name():
    assert found("Il l'a dit, souligne le directeur de Lémanis Mario Werren.") == [
        ("Lémanis", "organisation"), ("Mario Werren", "person")]


def test_a_bracketed_aside_between_a_role_and_its_name():
    text = ("« Les chemins de fer ont fait certaines erreurs de planification », souligne le "
            "directeur de Lémanis (société qui exploite le train) Mario Werren dans Forum.")
    assert speakers_of(text) == [("Les chemins de fer o", "Mario Werren")]


def test_the_people_of_a_saints_town_are_named_like_a_nationality():
    text = ("La conseillère fédérale Karin Keller-Sutter a parlé à New York. Mme Keller-Sutter "
            "a appelé à la paix. « La douleur immense doit enfin cesser », a déclaré la "
            "Saint-Galloise.")
    assert speakers_of(text) == [("La douleur immense d", "Karin Keller-Sutter")]


def test_a_named_bodys_management_speaks_for_it():
    text = ("« Cet outil interroge fortement les acteurs de l'éducation », estime la direction "
            "de Sciences Po dans une lettre.")
    assert speakers_of(text) == [("Cet outil interroge ", "Sciences Po")]


def test_a_management_of_no_named_body_stays_unnamed():
    text = ("« Nous sommes tous très choqués par ce drame », a expliqué la direction de "
            "l'établissement.")
    assert speakers_of(text) == [("Nous sommes tous trè", None)]
