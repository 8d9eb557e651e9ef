"""GeoNames' towns (lexicon/entities_towns.txt, `make lexicon`): small towns of the countries
French-language news reports on are places where nothing else claims their words.

Sentences follow French news copy closely, or come from the Wikinews texts of ../shared/corpus
(CC BY 2.5)."""

import pytest

from articles.text.entities import LEXICON_DIR, PACKAGE_TOWNS, EntityDetector, package_towns


@pytest.fixture(scope="module")
def detector():
    return EntityDetector()


def found(detector, text):
    return [(m.surface, m.kind) for m in detector.find(text)]


def test_small_towns_are_places(detector):
    text = ("Le train en provenance de Payerne a percuté un camion. La liaison entre Rabat et "
            "Kénitra a été coupée au niveau de Bouknadel.")
    assert found(detector, text) == [("Payerne", "place"), ("Rabat", "place"),
                                     ("Kénitra", "place"), ("Bouknadel", "place")]


def test_a_town_a_rule_took_for_a_person_is_a_place(detector):
    text = "Mamadou Lamine Bâ, adjoint au préfet de Saint-Louis, a ouvert le panel."
    assert ("Saint-Louis", "place") in found(detector, text)


def test_a_town_touching_a_capitalised_word_is_part_of_a_name(detector):
    text = ("« Elle n'avait que 3 ans », raconte Farmata Dabo. Le parrain, Mamou Daffé, "
            "est arrivé.")
    assert not [m for m in found(detector, text) if m[1] == "place"]


def test_a_town_after_a_particle_keeps_the_person_whole(detector):
    # Wikinews 2017_01_28-007
    text = "Selon Alain de Tonquédec, le pape n'a pas été clair."
    assert found(detector, text) == [("Alain de Tonquédec", "person")]


def test_a_town_inside_a_longer_capitalised_name_is_not_a_place_alone(detector):
    text = "Les conseillers fédéraux se réunissent au Château de Prangins, près de Nyon."
    assert ("Prangins", "place") not in found(detector, text)


def test_a_civility_before_a_town_name_makes_a_person(detector):
    text = "« Nous n'avons reçu aucune plainte », a reconnu M. Reding."
    assert found(detector, text) == [("Reding", "person")]


def _city(name, country, population=5000, alternates=(), admin1="00"):
    return {"geonameid": hash(name) % 10**6, "name": name, "countrycode": country,
            "population": population, "admin1code": admin1, "alternatenames": list(alternates)}


def test_the_towns_list_keeps_rare_names_and_french_spellings_and_skips_words_and_names():
    cities = [
        _city("Payerne", "CH"),
        _city("Kenitra", "MA", 400000, ["Kénitra", "Kenitra", "Port-Lyautey", "Kéniträ"]),
        _city("Gorges", "FR"),           # a French word
        _city("Martin", "FR"),           # a given name and a surname
        _city("Le Pont", "CH"),          # every word a French word
        _city("Algiers", "DZ", 10**6, ["Alger"]),  # known under its French name already
        _city("Daveluyville", "CA", 1000, admin1="10"),  # Québec
        _city("Toronto", "CA", 2600000, admin1="08"),    # Ontario: not read
        _city("Lyon", "DE"),             # not a country the news is written in
    ]
    towns = package_towns(cities=cities, common_words=["gorges", "le", "pont"])
    assert towns == ["Kénitra", "Payerne", "Daveluyville"]


def test_the_generated_list_credits_geonames_and_holds_no_common_word():
    lines = (LEXICON_DIR / PACKAGE_TOWNS).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    names = set(lines) - set(header)
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in header)
    assert {"Payerne", "Kénitra", "Boromo"} <= names
    assert not {"Gorges", "Loué", "Martin", "Paris", "Alger"} & names


def test_quebec_regions_and_burkina_alone_are_places(detector):
    text = ("Les feux de forêt touchent la Côte-Nord et la Jamésie; en Estrie et en Mauricie, "
            "on attend la pluie, comme au Burkina.")
    assert found(detector, text) == [("Côte-Nord", "place"), ("Jamésie", "place"),
                                     ("Estrie", "place"), ("Mauricie", "place"),
                                     ("Burkina", "place")]
