"""Entity rules and lexicon data of version 3: spelt-out acronyms, companies, bodies named after a
lowercase head, titles that need their article, appositions, world and French places.

Sentences come from the Wikinews texts of ../shared/corpus (CC BY 2.5) or follow French news
copy closely."""

import pytest

from articles.text.entities import EntityDetector, count_mentions


@pytest.fixture(scope="module")
def detector():
    return EntityDetector()


def found(detector, text):
    return [(m.surface, m.canonical, m.kind) for m in detector.find(text)]


# --- organisations ---------------------------------------------------------------------------


def test_words_spelling_the_acronym_in_brackets_are_one_body(detector):
    text = (
        "la fille de François Fillon, entrée à l' école de formation du barreau (EFB) en "
        "janvier 2012. Certains de ses anciens camarades de l'EFB ont confié au Parisien"
    )
    school = "école de formation du barreau"
    assert found(detector, text) == [
        ("François Fillon", "François Fillon", "person"),
        (school, school, "organisation"),
        ("EFB", school, "organisation"),
        ("EFB", school, "organisation"),
        ("Parisien", "Le Parisien", "organisation"),
    ]


def test_acronym_before_its_long_form_in_brackets(detector):
    text = (
        "Les agents de la DSPAP (Direction de la sécurité de proximité de l'agglomération "
        "parisienne) sont intervenus."
    )
    long_form = "Direction de la sécurité de proximité de l'agglomération parisienne"
    assert found(detector, text) == [
        ("DSPAP", long_form, "organisation"),
        (long_form, long_form, "organisation"),
    ]


def test_initials_of_a_person_or_a_known_place_are_no_body(detector):
    text = "Jean-Luc Mélenchon (JLM) a parlé en Provence-Alpes-Côte d'Azur (PACA)."
    assert found(detector, text) == [
        ("Jean-Luc Mélenchon", "Jean-Luc Mélenchon", "person"),
        ("Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", "place"),
        ("PACA", "Provence-Alpes-Côte d'Azur", "place"),
    ]


def test_companies_end_with_a_trade_word(detector):
    text = (
        "Selon un sondage Odoxa-Dentsu Consulting, le chauffeur de l'entreprise de transport "
        "Stef Transport a été blessé."
    )
    assert found(detector, text) == [
        ("Odoxa-Dentsu Consulting", "Odoxa-Dentsu Consulting", "organisation"),
        ("Stef Transport", "Stef Transport", "organisation"),
    ]


def test_a_given_name_does_not_make_a_company_a_person(detector):
    assert found(detector, "Il a rejoint Pierre Fabre Pharma en 2019.") == [
        ("Pierre Fabre Pharma", "Pierre Fabre Pharma", "organisation"),
    ]


def test_after_a_lowercase_head_the_proper_name_is_the_body(detector):
    assert found(detector, "Ils sont conduit à l’hôpital Bichat.") == [
        ("Bichat", "Bichat", "organisation"),
    ]
    assert found(detector, "le ministère de la Justice a réagi") == [
        ("ministère de la Justice", "ministère de la Justice", "organisation"),
    ]


def test_a_name_goes_on_after_et_but_not_into_another_name(detector):
    assert found(detector, "au sein de la Fondation Culture et Diversité depuis 2015") == [
        ("Fondation Culture et Diversité", "Fondation Culture et Diversité", "organisation"),
    ]
    text = "la Commission européenne et Frontex, le ministère de l'Intérieur et Gérald Darmanin"
    assert [m[0] for m in found(detector, text)] == [
        "Commission européenne",
        "Frontex",
        "ministère de l'Intérieur",
        "Gérald Darmanin",
    ]


def test_national_branch_of_a_known_company(detector):
    text = "Business France a confié un événement à Havas France sans appel d'offres."
    assert found(detector, text) == [
        ("Business France", "Business France", "organisation"),
        ("Havas France", "Havas France", "organisation"),
    ]


def test_title_without_its_article_needs_one(detector):
    text = (
        "Il pourrait se sentir exclu du débat en tant que Parisien, selon des propos confiés "
        "au Parisien. Deux Républicains ont voté contre, a écrit le Figaro."
    )
    assert found(detector, text) == [
        ("Parisien", "Le Parisien", "organisation"),
        ("Figaro", "Le Figaro", "organisation"),
    ]


def test_security_council_is_not_the_un(detector):
    text = "Le Conseil de sécurité de l'ONU se réunit, a annoncé l'ONU."
    assert count_mentions(detector.find(text))[0].canonical == "Conseil de sécurité"
    assert ("ONU", "ONU", "organisation") in found(detector, text)


# --- people ----------------------------------------------------------------------------------


def test_a_civility_makes_a_person_of_a_known_word(detector):
    assert found(detector, "M. Orange a démissionné de son poste chez Orange.") == [
        ("Orange", "Orange", "person"),
        ("Orange", "Orange", "organisation"),
    ]


def test_apposition_after_two_unknown_capitalised_words(detector):
    assert found(detector, "Jacline Mouraud, 51 ans, a lancé une pétition.") == [
        ("Jacline Mouraud", "Jacline Mouraud", "person"),
    ]
    text = "Selon Jacline Mouraud, l'ancienne porte-parole du collectif, rien n'est réglé."
    assert found(detector, text) == [("Jacline Mouraud", "Jacline Mouraud", "person")]


def test_glued_capital_and_apostrophe_stay_in_the_name(detector):
    text = "Vers 15h35, Dieudonné M'Bala M'Bala est arrivé avec Massimo D'Alema."
    assert [m[0] for m in found(detector, text)] == [
        "Dieudonné M'Bala M'Bala",
        "Massimo D'Alema",
    ]


def test_known_surname_alone_is_the_full_person(detector):
    text = "Vers 10h50, Castaner, le ministre de l’Intérieur, a comptabilisé 10 000 manifestants."
    assert found(detector, text)[0] == ("Castaner", "Christophe Castaner", "person")


# --- places ----------------------------------------------------------------------------------


def test_world_subdivisions_and_french_towns(detector):
    text = (
        "Des manifestations en Bavière, en Andalousie et au Texas, puis à Sevran, "
        "Aulnay-sous-Bois et Villepinte, dans le Val d'Oise."
    )
    assert found(detector, text) == [
        ("Bavière", "Bavière", "place"),
        ("Andalousie", "Andalousie", "place"),
        ("Texas", "Texas", "place"),
        ("Sevran", "Sevran", "place"),
        ("Aulnay-sous-Bois", "Aulnay-sous-Bois", "place"),
        ("Villepinte", "Villepinte", "place"),
        ("Val d'Oise", "Val-d'Oise", "place"),
    ]


def test_former_states_and_place_abbreviations(detector):
    text = "L'URSS et la RFA ont signé ; la RDC et le Haut-Karabakh restent en guerre."
    assert [(m[1], m[2]) for m in found(detector, text)] == [
        ("Union soviétique", "place"),
        ("Allemagne de l'Ouest", "place"),
        ("République démocratique du Congo", "place"),
        ("Haut-Karabakh", "place"),
    ]


def test_title_of_the_justice_minister_is_no_town(detector):
    text = "la colère du Garde des Sceaux et ministre de la Justice Jean-Jacques Urvoas"
    assert [m[2] for m in found(detector, text)] == ["organisation", "person"]


# --- people the quote gold showed missed or misjoined ----------------------------------------


def test_given_name_with_a_two_word_particle(detector):
    # 2017_02_16-003: `Thomas` alone was linked to the article's Thomas Sauret
    text = "Thomas Sauret a été mis en examen. Pour Thomas de la Morlais , l'avocat de la mère"
    assert found(detector, text) == [
        ("Thomas Sauret", "Thomas Sauret", "person"),
        ("Thomas de la Morlais", "Thomas de la Morlais", "person"),
    ]
    # but `de la` before a town the lists know is no particle
    assert ("Pierre de la Rochelle", "Pierre de la Rochelle", "person") not in found(
        detector, "Pierre de la Rochelle est venu.")


def test_place_ends_before_the_person_after_it(detector):
    # 2016_07_26-006
    text = "l'archevêque de Rouen Dominique Lebrun , ordinaire du lieu, a annoncé son retour"
    assert found(detector, text) == [
        ("Rouen", "Rouen", "place"),
        ("Dominique Lebrun", "Dominique Lebrun", "person"),
    ]


def test_two_people_joined_by_de_are_cut_apart(detector):
    # 2017_08_05-001: `Neymar` is named alone elsewhere, so it is no surname of Lionel Messi;
    # the name alone then stands for that person everywhere
    text = (
        "Neymar a signé au PSG. Mercredi, Lionel Messi de Neymar a posté sur Instagram. "
        "L'attaquant a consacré un post à Neymar."
    )
    people = [(s, c) for s, c, kind in found(detector, text) if kind == "person"]
    assert people == [("Neymar", "Neymar"), ("Lionel Messi", "Lionel Messi"),
                      ("Neymar", "Neymar"), ("Neymar", "Neymar")]
    # a real particle surname stays whole
    text = "Charles de Gaulle a parlé. De Gaulle a insisté."
    assert found(detector, text)[0] == ("Charles de Gaulle", "Charles de Gaulle", "person")


def test_unknown_name_with_an_apposition_then_a_reporting_verb(detector):
    # 2018_12_03-001: `Jacline` is in no list and `Gilet jaune` is no role word
    text = (
        "Vers 7h00, Jacline Gouraud, Gilet jaune « modérée » du Morbihan, affirme que suite aux "
        "menaces, sa venue à Matignon nécessite une protection."
    )
    assert found(detector, text)[0] == ("Jacline Gouraud", "Jacline Gouraud", "person")
    # no verb after the apposition: two capitalised words are not enough
    text = "Vers 7h00, Rive Gauche, quartier du Morbihan, était bloqué."
    assert all(kind != "person" for _, _, kind in found(detector, text))


def test_given_name_standing_alone(detector):
    # 2017_02_16-003 and 2018_12_06-001: set off by commas, or followed by the town the
    # person is from
    text = "Il logeait dans l'appartement prêté par une connaissance, Mohammed. Ce dernier"
    assert found(detector, text) == [("Mohammed", "Mohammed", "person")]
    text = "Vers 8h10, sur RMC, Jean-Claude de Privas (Ardèche) dit : « nous voulons »"
    assert ("Jean-Claude", "Jean-Claude", "person") in found(detector, text)
    # a given name after a preposition is no person by itself
    assert all(s != "Pierre" for s, _, _ in found(detector, "la rue de Pierre, au centre."))


def test_role_with_a_lowercase_complement_before_a_name(detector):
    # 2017_02_08-006: `Touraine` alone was read as the region
    text = "La ministre de la santé Marisol Touraine a annoncé avoir saisi les services."
    assert found(detector, text) == [("Marisol Touraine", "Marisol Touraine", "person")]


# --- organisation precision (2026-11): common nouns in capitals and at a sentence's head ------


def test_head_word_opening_a_sentence_with_only_common_words_is_no_body(detector):
    # the capital comes from the sentence, not from a name
    text = "Vers 9h00, l'alerte est levée. Maison de retraite et hôpital ont été évacués."
    assert all(kind != "organisation" for _, _, kind in found(detector, text))
    text = "Les urnes sont prêtes. Bureau de vote fermé à 18 heures, annonce la mairie."
    assert all(kind != "organisation" for _, _, kind in found(detector, text))
    text = "La police surveille. Rassemblement devant la mairie à 14 heures samedi."
    assert all(kind != "organisation" for _, _, kind in found(detector, text))
    # a capitalised word or an adjective still makes a name; mid-sentence capitals still count
    text = "Rien ne change. Commission européenne et États membres ont trouvé un accord."
    assert ("Commission européenne", "Commission européenne", "organisation") in found(
        detector, text)
    text = "Il a rejoint la Brigade de recherche de la gendarmerie."  # (two nouns: one name)
    assert found(detector, text)[0][0] == "Brigade de recherche de la gendarmerie"


def test_unknown_acronym_after_an_indefinite_plural_or_possessive_word_is_a_thing(detector):
    text = "Les EHPAD manquent de personnel, selon un rapport publié mardi."
    assert found(detector, text) == []
    text = "Il a obtenu son BTSA puis un DEUST avant de partir en VIE à Montréal."
    assert all(kind != "organisation" for _, _, kind in found(detector, text))
    text = "La loi LOPPSI a été votée ; le virus HKU1 circule."
    assert all(kind != "organisation" for _, _, kind in found(detector, text))
    # with the definite article, or alone, an unknown acronym still names a body
    text = "Des membres de l'UDE ont réagi. L'UDE a porté plainte contre le maire."
    assert [s for s, _, kind in found(detector, text) if kind == "organisation"] == ["UDE", "UDE"]


def test_common_noun_sigles_and_headline_words_are_no_bodies(detector):
    text = "Le SNU sera généralisé. Le SNU coûte cher, et le RGPD protège les données."
    assert found(detector, text) == []
    text = "Le NON l'emporte avec 55 %. Le OUI perd deux départements."
    assert found(detector, text) == []


def test_people_known_by_their_initials(detector):
    text = "JFK a été assassiné à Dallas en 1963. MLK a marché sur Washington."
    people = [(s, c) for s, c, kind in found(detector, text) if kind == "person"]
    assert people == [("JFK", "John F. Kennedy"), ("MLK", "Martin Luther King")]


def test_a_third_name_glued_before_a_given_name_and_surname_is_the_same_person():
    # news p013: `a déclaré Kobenan Kouassi Adjoumani`; not `du Grand Orient Jean-Philippe
    # Hubsch`, `au Monde Michel Crépu`, `le Français Pierre Moscovici`
    from articles.text.entities import default_detector

    def people(text):
        return [m.surface for m in default_detector().find(text) if m.kind == "person"]

    assert people("« Merci », a déclaré Kobenan Kouassi Adjoumani, ministre.") == [
        "Kobenan Kouassi Adjoumani"
    ]
    assert people("le grand maître du Grand Orient Jean-Philippe Hubsch a parlé") == [
        "Jean-Philippe Hubsch"
    ]
    assert people("affirme même au Monde Michel Crépu, le directeur") == ["Michel Crépu"]
    assert people("le commissaire européen, le Français Pierre Moscovici, a dit") == [
        "Pierre Moscovici"
    ]


def test_transliterated_given_names_and_no_initial_alone():
    # news p001: Serhii Popko
    from articles.text.entities import default_detector

    found = default_detector().find("Le chef de Kiev, Serhii Popko, a parlé. Signé : T.")
    assert [(m.surface, m.kind) for m in found] == [("Kiev", "place"), ("Serhii Popko", "person")]


def test_a_place_name_with_an_elided_article_after_a_hyphen():
    # news p029: `Saint-Jean-d'Illac` was cut at `Saint-Jean-d`
    from articles.text.entities import default_detector

    found = default_detector().find("Le feu de Saint-Jean-d’Illac et Villeneuve-d'Ascq.")
    assert [(m.surface, m.kind) for m in found] == [
        ("Saint-Jean-d’Illac", "place"), ("Villeneuve-d'Ascq", "place")
    ]


def test_a_trade_before_a_name_announces_a_person():
    # news p043: `le rappeur Gazo`, `la chanteuse Zaho de Sagazan`
    from articles.text.entities import default_detector

    found = default_detector().find("Le rappeur Gazo a chanté avec la chanteuse Zaho de Sagazan.")
    assert [(m.surface, m.kind) for m in found] == [
        ("Gazo", "person"), ("Zaho de Sagazan", "person")
    ]


def test_a_nationality_between_a_trade_and_a_name_still_announces_a_person():
    # Wikinews 2017_08_05-001: `pour signer l'attaquant belge Romelu Lukaku`
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Le club a tenté de signer l'attaquant belge Romelu Lukaku et le footballeur suisse "
        "Granit Xhaka, mais pas le club belge Anderlecht.")
    assert [(m.surface, m.kind) for m in found][:2] == [
        ("Romelu Lukaku", "person"), ("Granit Xhaka", "person")
    ]
    assert ("Anderlecht", "person") not in [(m.surface, m.kind) for m in found]


def test_a_national_army_in_lower_case_is_an_organisation():
    # news5 p405, p409: `Selon l'armée de l'air ukrainienne`, `menées par l'armée israélienne`
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Selon l'armée de l'air ukrainienne, les frappes menées par l'armée israélienne et "
        "l'armée de l'Air ont cessé. L'armée a démenti.")
    assert [(m.surface, m.kind) for m in found] == [
        ("armée de l'air ukrainienne", "organisation"), ("armée israélienne", "organisation"),
        ("armée de l'Air", "organisation")]


def test_places_of_the_wars_french_news_follows_in_any_context():
    # news5 p405, p431: the rules missed them before a reporting verb or after an apposition
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Un drone a frappé la région frontalière de Briansk, a indiqué le gouverneur. Les "
        "troupes ont pris la capitale de la région, Stepanakert, puis Chouchi.")
    assert [(m.surface, m.kind) for m in found if m.kind == "place"] == [
        ("Briansk", "place"), ("Stepanakert", "place"), ("Chouchi", "place")]


def test_a_name_in_apposition_to_a_role_is_a_person_whatever_its_given_name():
    # news5 p401, p439: given names no list holds
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Le ministre des Affaires étrangères de l'Éthiopie, Gedion Timotheos, a parlé. La "
        "hausse est modérée, explique le porte-parole d'Hydro-Québec, Cendrix Bouchard.")
    people = [m.surface for m in found if m.kind == "person"]
    assert people == ["Gedion Timotheos", "Cendrix Bouchard"]
    # a place or a body the gazetteer knows after the comma stays what it is
    found = default_detector().find("Le président de la région, Nouvelle-Aquitaine, a parlé.")
    assert [m.kind for m in found] == ["place"]


def test_a_full_name_said_again_is_one_mention_and_no_name_runs_over_a_line_break():
    # news4 p325: `son second, Bassirou Diomaye Faye` then a heading `Derrière Bassirou Diomaye
    # Faye` and a paragraph opening with `Ousmane Sonko`
    from articles.text.entities import default_detector

    text = ("L'opposant a prédit la victoire de son second, Bassirou Diomaye Faye, mardi.\n\n"
            "Derrière Bassirou Diomaye Faye\n\nOusmane Sonko s'est exprimé.")
    found = default_detector().find(text)
    assert [(m.surface, m.canonical) for m in found if m.kind == "person"] == [
        ("Bassirou Diomaye Faye", "Bassirou Diomaye Faye"),
        ("Bassirou Diomaye Faye", "Bassirou Diomaye Faye"),
        ("Ousmane Sonko", "Ousmane Sonko")]


def test_a_known_army_staff_followed_by_a_nationality_is_another_country_s():
    # news4 p313: `l'État-major des armées maliennes` is not the French one
    from articles.text.entities import default_detector

    found = default_detector().find("Selon l'État-major des armées maliennes, tout est calme. "
                                    "L'État-major des armées a démenti à Paris.")
    assert [m.surface for m in found if m.kind == "organisation"] == [
        "État-major des armées maliennes", "État-major des armées"]


def test_national_forces_teams_and_places_of_the_sahel_and_kivu():
    # news4 p311, p313, p331, p339
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Les forces armées maliennes ont repoussé l'attaque près de Kayes et de Nioro du Sahel. "
        "Les forces russes avancent. Le XV de France affronte l'Argentine. La mission de la "
        "Commission européenne est au Nord-Kivu.")
    assert [(m.surface, m.kind) for m in found] == [
        ("forces armées maliennes", "organisation"), ("Kayes", "place"),
        ("Nioro du Sahel", "place"), ("XV de France", "organisation"), ("Argentine", "place"),
        ("Commission européenne", "organisation"), ("Nord-Kivu", "place")]


def test_the_author_credited_after_a_work_s_title_is_a_person():
    # news5 p407, news4 p321: `‘’Sound of Falling’’, de Mascha Schilinski`, `« Le plafond » de`
    from articles.text.entities import default_detector

    found = default_detector().find(
        "Le prix du jury remis à ‘’Sound of Falling’’, de Mascha Schilinski, et le prix spécial "
        "à « Le plafond » de Teppo Airaksinen. Un reportage « choc » de Paris Match.")
    assert [(m.surface, m.kind) for m in found] == [
        ("Mascha Schilinski", "person"), ("Teppo Airaksinen", "person"),
        ("Paris Match", "organisation")]


def test_nationalities_in_any_gender_and_number_and_african_ones():
    # news4 p339, news5 p431: `l'armée congolaise`, `l'armée azerbaïdjanaise`
    from articles.text.entities import default_detector
    from articles.text.speakers import _nationality

    assert all(_nationality(w) for w in ("marocaine", "marocains", "turque", "grecque",
                                          "congolaise", "burkinabe", "maliennes"))
    assert not any(_nationality(w) for w in ("mai", "guerre", "reine"))
    found = default_detector().find("Vaincu par l'armée congolaise, puis par l'armée "
                                    "azerbaïdjanaise, affilié à al-Qaïda.")
    assert [(m.surface, m.kind) for m in found] == [
        ("armée congolaise", "organisation"), ("armée azerbaïdjanaise", "organisation"),
        ("al-Qaïda", "organisation")]


def test_two_capitalised_words_coordinated_with_a_person_are_a_person():
    # news5 p415: `Alexandre Muller et Harmony Tan` (a given name no list holds)
    from articles.text.entities import default_detector

    def people(text):
        return [m.surface for m in default_detector().find(text) if m.kind == "person"]

    assert people("Les rescapés, Alexandre Muller et Harmony Tan, ont gagné.") == [
        "Alexandre Muller", "Harmony Tan"]
    assert people("Harmony Tan et Alexandre Muller ont gagné.") == [
        "Harmony Tan", "Alexandre Muller"]
    # a place or a body the lists know stays what it is
    found = default_detector().find("Emmanuel Macron et Le Havre ont signé.")
    assert [(m.surface, m.kind) for m in found] == [
        ("Emmanuel Macron", "person"), ("Le Havre", "place")]


def test_a_body_s_name_stops_at_its_verb(detector):
    # news7 p601: `les 15 membres du Conseil de sécurité demandent au M23 …`
    assert [s for s, _, _ in found(detector, "Le Conseil constitutionnel demande la paix.")] == [
        "Conseil constitutionnel"]
    assert [s for s, _, _ in found(
        detector, "Les membres du Conseil de sécurité demandent au M23 de cesser.")] == [
        "Conseil de sécurité", "M23"]
    # adjectives of the name stay in it
    assert [s for s, _, _ in found(
        detector, "Selon le Comité international olympique, tout va bien.")] == [
        "Comité international olympique"]


def test_a_name_without_its_middle_name_is_the_same_person(detector):
    # news7 p627: the headline leaves out the middle name the body gives
    text = ("Wilfried Houngbédji révèle pourquoi.\n\nWilfried Léandre Houngbédji a réfuté les "
            "accusations. Wilfried Houngbédji a ensuite parlé.")
    counts = count_mentions(detector.find(text))
    assert [(c.canonical, c.count) for c in counts] == [("Wilfried Léandre Houngbédji", 3)]
    # two longer names sharing first and last word: nobody can tell which one is meant
    text = ("Jean Paul Martin et Jean Pierre Martin sont frères. Jean Martin a parlé.")
    names = {c.canonical for c in count_mentions(detector.find(text))}
    assert "Jean Martin" in names


def test_a_capitalised_word_after_depuis_is_a_place(detector):
    # news8 p705, news7 p623
    assert found(detector, "Depuis Ziguinchor, l’opposant Ousmane Sonko a parlé.")[0] == (
        "Ziguinchor", "Ziguinchor", "place")
    assert found(detector, "Il est venu depuis Châtelineau pour insister.") == [
        ("Châtelineau", "Châtelineau", "place")]
    # a feast or a platform is no place
    assert found(detector, "Rien n'a bougé depuis Noël.") == []


def test_towns_of_french_speaking_news_outside_france(detector):
    # gazetteer version 5: the communes of Brussels, Romandie, Québec, Africa
    text = ("Fabrice Cumps (Anderlecht/PS) et Sophie de Vos (Auderghem) siègent à Ixelles, "
            "loin de Thiès, de Bouaké et de Trois-Rivières.")
    places = [s for s, _, kind in found(detector, text) if kind == "place"]
    assert places == ["Anderlecht", "Auderghem", "Ixelles", "Thiès", "Bouaké", "Trois-Rivières"]
    # a town that is also a given name starts a person before a surname
    assert found(detector, "Saïda Benali a déclaré que tout va bien.") == [
        ("Saïda Benali", "Saïda Benali", "person")]


def test_a_lower_case_medium_is_found_as_written(detector):
    # news8 p733: `Interrogé par franceinfo`; its other spellings are the same medium
    assert found(detector, "Interrogé par franceinfo, il a parlé.") == [
        ("franceinfo", "franceinfo", "organisation")]
    assert found(detector, "Il a parlé à France Info hier.") == [
        ("France Info", "franceinfo", "organisation")]


def test_bodies_of_french_speaking_news_outside_france(detector):
    # gazetteer version 5: cycling teams, UN missions, African coalitions
    text = ("Tadej Pogacar (Jumbo-Visma) a gagné. Selon la Monusco, la coalition Benno Bokk "
            "Yakaar a parlé.")
    assert [s for s, _, kind in found(detector, text) if kind == "organisation"] == [
        "Jumbo-Visma", "Monusco", "Benno Bokk Yakaar"]
    # common French words stay words: un SDF, la TVA
    assert found(detector, "Un SDF a payé la TVA.") == []


def test_a_name_after_a_capital_elided_article_needs_that_article(detector):
    # seed 004 had `un élément essentiel` read as the Luxembourg paper L'essentiel
    assert found(detector, "un élément essentiel pour les forces nationales.") == []
    assert found(detector, "Selon L'essentiel, la nuit est calme.") == [
        ("L'essentiel", "L'essentiel", "organisation")]


def test_a_sentence_initial_paper_name_that_is_also_a_phrase_needs_more_than_its_capital(
        detector):
    for phrase in ("L'essentiel est de gagner ce soir.", "L’essentiel, c’est la santé.",
                   "Elle a tout perdu. L'essentiel du stock a brûlé.",
                   "L'essentiel était de finir la saison."):
        assert found(detector, phrase) == []
    assert found(detector, "L'essentiel a contacté la police hier soir.") == [
        ("L'essentiel", "L'essentiel", "organisation")]


def test_one_part_of_a_compound_given_name_is_the_same_person(detector):
    # news11 p1037: the credit under the quotation gives half of the given name
    text = ("Le député Jean-Daniel Carrard (PLR) a pris la parole.\n\n« On tourne autour du "
            "pot » Daniel Carrard (PLR)")
    counts = count_mentions(detector.find(text))
    assert [(c.canonical, c.count) for c in counts if c.kind == "person"] == [
        ("Jean-Daniel Carrard", 2)]
    # two compound names sharing that part: nobody can tell which one is meant
    text = ("Jean-Marie Roy et Pierre-Marie Roy sont frères. Marie Roy a parlé.")
    names = {c.canonical for c in count_mentions(detector.find(text))}
    assert "Marie Roy" in names


def test_gazetteer_version_6_bodies_and_places(detector):
    # news11 p1031, p1039
    text = ("Les casques bleus de la Finul ont été visés près de Baalbeck, dans la Bekaa, selon "
            "l'Ani. Le Standard a obtenu l'organisation du match des Diables rouges.")
    kinds = {surface: kind for surface, _, kind in found(detector, text)}
    assert kinds == {"Finul": "organisation", "Baalbeck": "place", "Bekaa": "place",
                     "Ani": "organisation", "Standard": "organisation",
                     "Diables rouges": "organisation"}


def test_roles_and_given_names_of_version_6(detector):
    # news11 p1031: a feminine governor, a coordinator's apposition, Arabic given names
    text = ("Le maire a été tué, a précisé la gouverneure Howaida Turk. Le coordinateur de "
            "l'ONU au Liban, Imran Riza, a dénoncé une attaque.")
    people = [surface for surface, _, kind in found(detector, text) if kind == "person"]
    assert people == ["Howaida Turk", "Imran Riza"]


def test_an_acronym_in_brackets_after_a_lowercase_body_is_that_body(detector):
    text = ("Une grève organisée par le syndicat national des travailleurs de la santé humaine "
            "et animale (SYNTSHA) paralyse les hôpitaux. Le secrétaire général du SYNTSHA "
            "s'est exprimé.")
    assert [m[0] for m in found(detector, text)] == ["SYNTSHA", "SYNTSHA"]
    # lowercase words that open with no body's head word spell a thing
    text = ("Kiev a reçu des lance-roquettes multiples (HIMARS). Les HIMARS frappent loin.")
    assert "HIMARS" not in [m[0] for m in found(detector, text)]


def test_a_surname_with_an_apostrophe_inside_is_one_name(detector):
    text = "Michel Preud'homme était soulagé. Preud'homme a salué ses joueurs."
    assert found(detector, text) == [("Michel Preud'homme", "Michel Preud'homme", "person"),
                                     ("Preud'homme", "Michel Preud'homme", "person")]
    # an English possessive and a sentence-initial elision are no part of a name
    assert [m[0] for m in found(detector, "Selon Jean Dupont's, rien. Lorsqu'il arrive, "
                                          "Marie Curie parle.")] == ["Jean Dupont", "Marie Curie"]


def test_a_given_name_and_an_initial_name_a_person_even_when_the_initial_is_a_word(detector):
    # `A` folds to the key of `à`: as an initial after a given name it is a surname
    text = "Au dernier jour de son procès, vendredi, Fabrice A. a pris la parole."
    assert [m[0] for m in found(detector, text)] == ["Fabrice A"]
    # a sentence-initial `A` is no initial
    assert [m[0] for m in found(detector, "Marie a vu Paul. A Paris, rien.")] == ["Marie",
                                                                                 "Paris"]


def test_a_witness_named_by_given_name_alone_with_an_age_or_a_description(detector):
    text = ("Marie, 34 ans, mère de deux enfants, n'en revient pas. Pour Karim, un habitant du "
            "quartier, c'est fini. Léa (12 ans) pleure.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Marie", "person"), ("Karim", "person"), ("Léa", "person")]
    # an age or a description after a place is not a witness
    assert [(m[0], m[2]) for m in found(detector, "Paris, une ville, brille. Lyon, 500 ans.")
            ] == [("Paris", "place"), ("Lyon", "place")]


def test_a_neighbour_friend_or_trade_before_a_given_name(detector):
    text = "Son voisin Karim est inquiet. Le jeune Nahel a été tué. L'infirmière Nadia témoigne."
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Karim", "person"), ("Nahel", "person"), ("Nadia", "person")]


def test_a_portuguese_particle_joins_a_surname(detector):
    assert found(detector, "Dans un communiqué, Tony do Rio, le directeur, a parlé.") == [
        ("Tony do Rio", "Tony do Rio", "person")]


def test_a_given_name_after_a_verb_addressed_to_the_reporter(detector):
    text = "« Je pouvais les croiser tous les jours », nous dit Léna, qui habite là."
    assert [(m[0], m[2]) for m in found(detector, text)] == [("Léna", "person")]


def test_a_nationality_after_a_trade_or_age_noun_is_no_name(detector):
    text = "Le jeune Afghan accusé d'avoir tué sa petite amie se dit innocent."
    assert found(detector, text) == []


def test_a_capital_particle_opens_or_joins_a_surname(detector):
    text = ("Étape 21 : Van Aert, Pogacar ont brillé. Hommage à De Niro. Les élus : Vincent De "
            "Wolf (MR). De Paris à Lyon, rien.")
    people = [m[0] for m in found(detector, text) if m[2] == "person"]
    assert people == ["Van Aert", "De Niro", "Vincent De Wolf"]


def test_a_newspaper_after_a_contracted_article(detector):
    text = ("Il a confié au Monde que rien ne change. Un journaliste des Échos le confirme. "
            "La Coupe du Monde commence.")
    assert found(detector, text) == [("Monde", "Le Monde", "organisation"),
                                     ("Échos", "Les Échos", "organisation")]


def test_a_place_after_a_contracted_article_and_swiss_canton_codes(detector):
    text = ("Du Caire, il appelle à la paix. Il vit au Havre. Au bord du lac à Yverdon-les-Bains "
            "(VD), rien. Le Grand-Duché attend.")
    assert [(m[0], m[1], m[2]) for m in found(detector, text)] == [
        ("Caire", "Le Caire", "place"), ("Havre", "Le Havre", "place"),
        ("Yverdon-les-Bains", "Yverdon-les-Bains", "place"), ("VD", "Vaud", "place"),
        ("Grand-Duché", "Luxembourg", "place")]
    # a canton's code needs its brackets after a place
    assert found(detector, "Le VD est un sigle.") == []


def test_two_given_names_joined_by_et_are_two_people(detector):
    text = "Le travail commence pour Luca et Christoph, deux minutes plus tard."
    assert [(m[0], m[2]) for m in found(detector, text)] == [("Luca", "person"),
                                                            ("Christoph", "person")]
    # a given name beside a place is no pair
    assert [(m[0], m[2]) for m in found(detector, "Il a vu Marie et Paris.")] == [
        ("Paris", "place")]


def test_a_capitalised_word_after_hommage_a_is_no_town(detector):
    assert found(detector, "Le jury a rendu hommage à Kidman.") == []
    assert found(detector, "Il vit à Kidman.") == [("Kidman", "Kidman", "place")]


# Round 12: bodies named by acronyms in lists and brackets, teams named after their town.

def test_acronyms_said_once_in_a_list_of_bodies(detector):
    text = "Il a répondu à l'invitation lancée par OGBL, LCGB et CGFP pour lundi."
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("OGBL", "organisation"), ("LCGB", "organisation"), ("CGFP", "organisation")]
    # capitals said once, in no list, stay words
    assert found(detector, "Il a crié « GJ décédés » devant un HLM.") == []


def test_a_party_in_brackets_after_a_person(detector):
    text = ("Le Premier ministre Xavier Bettel (DP) et Dan Kersch (LSAP) ont reçu les "
            "syndicats.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Xavier Bettel", "person"), ("DP", "organisation"), ("Dan Kersch", "person"),
        ("LSAP", "organisation")]


def test_towns_that_play_in_a_match_report_are_teams(detector):
    text = ("Guy Novès, entraîneur de Toulouse, a salué la victoire de son équipe face à "
            "La Rochelle en finale du championnat. Le match s'est joué à Bordeaux. "
            "Toulouse recevra Clermont la saison prochaine.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Guy Novès", "person"), ("Toulouse", "organisation"), ("La Rochelle", "organisation"),
        ("Bordeaux", "place"), ("Toulouse", "organisation"), ("Clermont", "organisation")]
    # where the match is played stays a place, even the team's own town
    text = "Le match de la saison contre Bruges se joue à Bruges, dans un stade plein."
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Bruges", "organisation"), ("Bruges", "place")]


def test_towns_outside_a_match_report_stay_places(detector):
    text = "Les habitants de Toulouse ont manifesté contre Paris, a rapporté le maire."
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Toulouse", "place"), ("Paris", "place")]


def test_an_unknown_name_after_a_body_s_head_or_staff_is_the_body(detector):
    text = ("« C'est faux », a promis l'ancien PDG de Renault-Nissan. Benjamin Wattinne, "
            "co-fondateur de Sowefund, le dit aux salariés de Michelin.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Renault-Nissan", "organisation"), ("Benjamin Wattinne", "person"),
        ("Sowefund", "organisation"), ("Michelin", "organisation")]
    # a person after them stays a person, a known place a place
    text = "Il est le directeur de Marie Durand et le patron de Genève."
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Marie Durand", "person"), ("Genève", "place")]


def test_the_confederation_and_a_channel_after_its_trigger(detector):
    text = ("« Merci », a réagi la lauréate auprès de la télévision suédoise SVT. Le président "
            "de la Confédération a salué le prix.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("SVT", "organisation"), ("Confédération", "organisation")]


def test_a_town_that_wins_in_a_match_report_is_a_team(detector):
    text = ("Le championnat reprend. Au stade, Anderlecht s'impose et Charleroi l'emporte, "
            "à Charleroi, devant ses supporters.")
    assert [(m[0], m[2]) for m in found(detector, text)] == [
        ("Anderlecht", "organisation"), ("Charleroi", "organisation"), ("Charleroi", "place")]


def test_an_institution_a_people_s_adjective_names_is_a_body(detector):
    # Wikinews 2018_06_23-002
    text = "Ce mercredi, le parlement hongrois a adopté le projet de loi « Stop Soros »."
    assert ("parlement hongrois", "parlement hongrois", "organisation") in found(detector, text)
    text = ("La police cantonale vaudoise a ouvert une enquête; contactée, la police lausannoise "
            "n'a rien dit.")
    assert [m for m in found(detector, text) if m[2] == "organisation"] == [
        ("police cantonale vaudoise", "police cantonale vaudoise", "organisation"),
        ("police lausannoise", "police lausannoise", "organisation"),
    ]


def test_an_institution_without_a_people_s_adjective_is_no_name(detector):
    text = "La police cantonale est arrivée; la justice sociale attendra, dit le gouvernement."
    assert found(detector, text) == []


def test_natural_features_and_parks_keep_their_lowercase_head(detector):
    # place heads version 2: a river, a hill, plains, a path, a park are named with their head
    # ("la rivière Beauport", not the town Beauport)
    places = {s for s, _, kind in found(detector, (
        "Le pétrole a contaminé la rivière Beauport. Les manifestants se sont rendus sur la "
        "colline du Parlement puis sur les plaines d'Abraham. Un accident a eu lieu au chemin "
        "de Mornex, puis au parc Bourgines.")) if kind == "place"}
    assert {"rivière Beauport", "colline du Parlement", "plaines d'Abraham",
            "chemin de Mornex", "parc Bourgines"} <= places
    assert "Beauport" not in places
    # halfway is no road
    text = "Le cortège s'est arrêté à mi chemin de l'Étoile."
    assert ("chemin de l'Étoile", "chemin de l'Étoile", "place") not in found(detector, text)


def test_an_inverted_cue_names_a_person_no_list_knows(detector):
    # news20 p2105, news15 p1423, news17 p1627: the words after `», s'étonne` are who speaks
    text = ("«Je ne m'attendais pas à autant de monde», s'étonne Blendi Bllaca, au volant. "
            "«Nous sommes déçus, a indiqué Jeb Brovksy. Nous allons travailler.» « Tout est "
            "devenu cher », se plaint Gadji Cécile, une vigile. « Rien ne bouge », rapporte "
            "Noovo Info. « Non », répond Amnesty International.")
    people = {s for s, _, kind in found(detector, text) if kind == "person"}
    assert people == {"Blendi Bllaca", "Jeb Brovksy", "Gadji Cécile"}


def test_the_tail_of_a_longer_name_is_that_person(detector):
    # news19 p1903: `Rabie Khlie` after `Mohamed Rabie Khlie` is one person, also when the cue
    # rule above finds the shorter name on its own
    text = ("« Les blessés sont graves », a déclaré Mohamed Rabie Khlie, directeur général de "
            "l'ONCF. Le chef du train figure parmi les morts, a indiqué Rabie Khlie, rappelant "
            "que les blessés ont été transportés à l'hôpital.")
    people = [(s, c) for s, c, kind in found(detector, text) if kind == "person"]
    assert people == [("Mohamed Rabie Khlie", "Mohamed Rabie Khlie"),
                      ("Rabie Khlie", "Mohamed Rabie Khlie")]


def test_a_town_that_is_a_given_name_speaks_after_an_inverted_cue(detector):
    # news22 p2203: Saïda is a town, but `”, conclut Saida` names the witness
    text = ("Une date qui fait fulminer les voisins. “C'est se moquer du monde”, conclut Saida. "
            "« On attend depuis des mois », s'est agacée Léna.")
    people = {s for s, _, kind in found(detector, text) if kind == "person"}
    assert people == {"Saida", "Léna"}


def test_a_list_of_people_goes_on_between_its_commas(detector):
    # news13 p1823: the names between the commas of a list that names people are people too
    text = ("Ils seront accompagnés par des artistes maliens : Oumar Koité, Toumani Diabaté, "
            "Oumou Sangaré, Bako Dagnon, Neba Solo et Adama Yalomba.")
    people = [s for s, _, kind in found(detector, text) if kind == "person"]
    assert people == ["Oumar Koité", "Toumani Diabaté", "Oumou Sangaré", "Bako Dagnon",
                      "Neba Solo", "Adama Yalomba"]
    # a list of places stays a list of places
    text = "Le festival passe par Bamako, Ségou, Mopti et Tombouctou."
    assert {kind for _, _, kind in found(detector, text)} == {"place"}


def test_a_small_town_after_an_inverted_cue_is_the_witness(detector):
    # news16 p1533: Angy is a GeoNames town, but `», dit Angy` is a witness speaking
    text = "« On veut la bande vidéo », dit Angy. « Ils soient condamnés », renchérit Angy."
    assert [(s, kind) for s, _, kind in found(detector, text)] == [("Angy", "person")] * 2
