"""Entity detection: gazetteer, rules, in-article linking, curator aliases (no database)."""

from pathlib import Path

import pytest

from articles.text.entities import (
    EntityCount,
    EntityDetector,
    EntityMention,
    KnownAlias,
    count_mentions,
)

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"


@pytest.fixture(scope="module")
def detector():
    return EntityDetector()


def seed(prefix):
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def found(detector, text):
    return [(m.surface, m.canonical, m.kind) for m in detector.find(text)]


def counts(detector, text):
    return {(c.canonical, c.kind): c.count for c in count_mentions(detector.find(text))}


# --- counts per article (seeds) ------------------------------------------------------------


def test_seed_000_counts(detector):
    assert counts(detector, seed("000")) == {
        ("Ukraine", "place"): 8,
        ("OTAN", "organisation"): 4,
        ("Jens Stoltenberg", "person"): 2,
        ("Washington", "place"): 2,
        ("Russie", "place"): 2,
        ("DPA", "organisation"): 1,
        ("Vladimir Poutine", "person"): 1,
        ("Volodymyr Zelensky", "person"): 1,
        ("États-Unis", "place"): 1,
        ("Kiev", "place"): 1,
        ("Mikhaïlo Podoliak", "person"): 1,
        ("Twitter", "organisation"): 1,
        ("présidence ukrainienne", "organisation"): 1,  # (conseiller de la présidence …)
    }


def test_seed_004_people_and_places(detector):
    result = counts(detector, seed("004"))
    assert result[("Jens Stoltenberg", "person")] == 9
    assert result[("Volodymyr Zelensky", "person")] == 8
    assert result[("Maria Zakharova", "person")] == 1
    assert result[("Moscou", "place")] == 4
    assert result[("mer Noire", "place")] == 1
    assert result[("Crimée", "place")] == 1
    assert result[("Roumanie", "place")] == 1
    assert result[("Reuters", "organisation")] == 1
    assert result[("AFP", "organisation")] == 2
    assert result[("ministère russe des Affaires étrangères", "organisation")] == 1


def test_seed_003_regions_seas_and_us_spellings(detector):
    result = count_mentions(detector.find(seed("003")))
    by_name = {c.canonical: c for c in result}
    assert by_name["Europe de l'Est"].kind == "place"
    assert by_name["mer Noire"].count == 2
    assert by_name["mer Baltique"].surfaces == ("Baltique",)
    assert by_name["États-Unis"].surfaces == ("États-Unis", "US")
    assert by_name["Bucarest"].count == 1


def test_seed_001_agencies_and_german_name(detector):
    result = counts(detector, seed("001"))
    assert result[("ARD", "organisation")] == 1
    assert result[("Tagesschau", "organisation")] == 1
    assert result[("Markus Preiß", "person")] == 1
    assert result[("Jens Stoltenberg", "person")] == 3


# --- linking and identity ------------------------------------------------------------------


def test_surname_links_to_full_name_even_before_it(detector):
    text = "Stoltenberg à Kiev. Le secrétaire général Jens Stoltenberg a parlé. Stoltenberg a ri."
    people = [m for m in detector.find(text) if m.kind == "person"]
    assert [(m.surface, m.canonical) for m in people] == [
        ("Stoltenberg", "Jens Stoltenberg"),
        ("Jens Stoltenberg", "Jens Stoltenberg"),
        ("Stoltenberg", "Jens Stoltenberg"),
    ]


def test_unknown_person_surname_links_inside_article(detector):
    text = "Mikhaïlo Podoliak, conseiller de la présidence, a parlé. Selon Podoliak, rien."
    assert found(detector, text) == [
        ("Mikhaïlo Podoliak", "Mikhaïlo Podoliak", "person"),
        ("Podoliak", "Mikhaïlo Podoliak", "person"),
    ]


def test_otan_spellings_are_one_organisation(detector):
    text = "L'OTAN se réunit. Le chef de l’Otan parle. Les membres de l'Otan et de l’OTAN."
    assert count_mentions(detector.find(text)) == [
        EntityCount("OTAN", "organisation", 4, ("OTAN", "Otan")),
    ]


def test_accents_and_case_do_not_split_a_person(detector):
    text = "Éric Drouet appelle. Eric Drouet insiste. Drouet répète."
    result = count_mentions(detector.find(text))
    assert len(result) == 1
    assert result[0].kind == "person"
    assert result[0].count == 3
    assert result[0].canonical == "Éric Drouet"


def test_etats_unis_without_accent(detector):
    assert found(detector, "Les Etats-Unis et les États-Unis.") == [
        ("Etats-Unis", "États-Unis", "place"),
        ("États-Unis", "États-Unis", "place"),
    ]


def test_long_form_and_acronym_are_one_organisation(detector):
    text = (
        "La Fédération nationale des transports routiers (FNTR) proteste. La FNTR a dit non."
    )
    result = count_mentions(detector.find(text))
    assert result == [
        EntityCount(
            "Fédération nationale des transports routiers",
            "organisation",
            3,
            ("Fédération nationale des transports routiers", "FNTR"),
        )
    ]


def test_long_form_of_a_known_acronym_takes_its_name(detector):
    text = "L’Union nationale des étudiants de France (UNEF) proteste. L’UNEF a dit non."
    assert counts(detector, text) == {("Unef", "organisation"): 3}


# --- curator aliases -----------------------------------------------------------------------


def test_curator_alias_is_used_at_the_next_call():
    text = "a déclaré le Norvégien au début des consultations à Bucarest."
    assert found(EntityDetector(), text) == [("Bucarest", "Bucarest", "place")]
    curated = EntityDetector([KnownAlias("le Norvégien", "Jens Stoltenberg", "person")])
    assert found(curated, text) == [
        ("Norvégien", "Jens Stoltenberg", "person"),
        ("Bucarest", "Bucarest", "place"),
    ]
    assert counts(curated, seed("001"))[("Jens Stoltenberg", "person")] == 4


def test_curator_organisation_and_surname_alone():
    curated = EntityDetector([
        KnownAlias("Bonnets verts", "Bonnets verts", "organisation"),
        KnownAlias("Priscillia Ludosky", "Priscillia Ludosky", "person"),
    ])
    text = "Les bonnets verts manifestent. Ludosky a parlé aux Bonnets Verts."
    # A capitalised alias needs a capital in the text (as "Orange" must not match "orange").
    assert found(curated, text) == [
        ("Ludosky", "Priscillia Ludosky", "person"),
        ("Bonnets Verts", "Bonnets verts", "organisation"),
    ]
    # A curator who adds the lowercase spelling makes every spelling match.
    curated = EntityDetector([KnownAlias("bonnets verts", "Bonnets verts", "organisation")])
    assert [m.surface for m in curated.find(text)] == ["bonnets verts", "Bonnets Verts"]


def test_curator_alias_beats_gazetteer_kind():
    curated = EntityDetector([KnownAlias("Orange", "Orange", "place")])
    assert found(curated, "Il vit à Orange.") == [("Orange", "Orange", "place")]
    assert found(EntityDetector(), "Il travaille chez Orange.") == [
        ("Orange", "Orange", "organisation")
    ]


# --- rule families ------------------------------------------------------------------------


def test_no_entity_from_sentence_initial_words(detector):
    text = (
        "Cependant, il a dit non. Lors de la réunion, rien. Selon lui, oui. "
        "Le ministre parle. Pour rappel, non. Après cela, Notons enfin."
    )
    assert detector.find(text) == []


def test_no_person_from_months_or_weekdays(detector):
    text = "Lundi, la réunion a eu lieu. Mardi Soir, rien. Le 3 Janvier Martin arrive. Dimanche Matin."
    assert [m for m in detector.find(text) if m.kind == "person"] == []


def test_acronym_case_rules(detector):
    assert found(detector, "Selon l'AP et l’AFP.") == [
        ("AP", "Associated Press", "organisation"),
        ("AFP", "AFP", "organisation"),
    ]
    assert found(detector, "une ap de trop") == []
    # Unknown all-capital words are organisations, common-noun acronyms are not.
    assert found(detector, "La CGT et le PDG ont signé un CDI.") == [
        ("CGT", "CGT", "organisation")
    ]


def test_first_name_and_title_rules(detector):
    text = "Thierry et Véronique Roy ont écrit à M. Gatignon, maire de Sevran (Seine-Saint-Denis)."
    assert found(detector, text) == [
        ("Thierry", "Thierry", "person"),
        ("Véronique Roy", "Véronique Roy", "person"),
        ("Gatignon", "Gatignon", "person"),
        ("Sevran", "Sevran", "place"),
        ("Seine-Saint-Denis", "Seine-Saint-Denis", "place"),
    ]


def test_particles_and_initials_in_person_names(detector):
    text = "Amélie de Montchalin, George W. Bush et Bruno Le Maire."
    assert found(detector, text) == [
        ("Amélie de Montchalin", "Amélie de Montchalin", "person"),
        ("George W. Bush", "George W. Bush", "person"),
        ("Bruno Le Maire", "Bruno Le Maire", "person"),
    ]


def test_organisation_head_words(detector):
    text = (
        "Le ministère de l’Économie et des Finances, le tribunal correctionnel de Paris et la "
        "Commission européenne. L'armée de l'air a tiré."
    )
    assert found(detector, text) == [
        ("ministère de l’Économie et des Finances", "ministère de l'Économie et des Finances",
         "organisation"),
        ("tribunal correctionnel de Paris", "tribunal correctionnel de Paris", "organisation"),
        ("Commission européenne", "Commission européenne", "organisation"),
    ]


def test_lone_capitalised_head_needs_a_name_or_a_listed_body(detector):
    assert found(detector, "Il a parlé devant l'Assemblée hier.") == [
        ("Assemblée", "Assemblée", "organisation")
    ]
    assert found(detector, "Il a rejoint l'Ordre hier, puis le Club.") == []


def test_place_rules(detector):
    text = "Il était rue de Rivoli, puis sur l’A7 vers Saint-Ouen et à La Ciotat."
    assert found(detector, text) == [
        ("rue de Rivoli", "rue de Rivoli", "place"),
        ("A7", "A7", "place"),
        ("Saint-Ouen", "Saint-Ouen", "place"),
        ("La Ciotat", "La Ciotat", "place"),
    ]


def test_figure_of_speech_is_not_a_street(detector):
    assert found(detector, "« La porte de l’Otan est ouverte »") == [
        ("Otan", "OTAN", "organisation")
    ]


def test_mentions_carry_offsets_into_the_text(detector):
    text = "Le président ukrainien Volodymyr Zelensky à Kiev."
    assert detector.find(text) == [
        EntityMention(23, 41, "Volodymyr Zelensky", "Volodymyr Zelensky", "person"),
        EntityMention(44, 48, "Kiev", "Kiev", "place"),
    ]


def test_count_mentions_orders_by_count_then_first_appearance():
    mentions = [
        EntityMention(0, 4, "Kiev", "Kiev", "place"),
        EntityMention(10, 14, "OTAN", "OTAN", "organisation"),
        EntityMention(20, 24, "Otan", "OTAN", "organisation"),
    ]
    assert count_mentions(mentions) == [
        EntityCount("OTAN", "organisation", 2, ("OTAN", "Otan")),
        EntityCount("Kiev", "place", 1, ("Kiev",)),
    ]


def test_gilets_jaunes_in_both_cases_but_not_as_a_head_count(detector):
    text = (
        "Les gilets jaunes manifestent. Le mouvement des Gilets jaunes et des Bonnets rouges. "
        "À Paris, 4 000 Gilets jaunes et une centaine de Gjs."
    )
    assert found(detector, text) == [
        ("gilets jaunes", "Gilets jaunes", "organisation"),
        ("Gilets jaunes", "Gilets jaunes", "organisation"),
        ("Bonnets rouges", "Bonnets rouges", "organisation"),
        ("Paris", "Paris", "place"),
    ]


def test_ministry_portfolios_trigger_words_and_clubs(detector):
    text = (
        "Selon la ministre de la Justice, le ministre de l'Économie et des Finances et la "
        "ministre du Travail Muriel Pénicaud. La boutique Sephora, la société Transalp et le "
        "sondage Ifop. La Juventus FC bat le FC Nantes."
    )
    assert [(surface, kind) for surface, _, kind in found(detector, text)] == [
        ("Justice", "organisation"),
        ("Économie et des Finances", "organisation"),
        ("Travail", "organisation"),
        ("Muriel Pénicaud", "person"),
        ("Sephora", "organisation"),
        ("Transalp", "organisation"),
        ("Ifop", "organisation"),
        ("Juventus FC", "organisation"),
        ("FC Nantes", "organisation"),
    ]


def test_people_with_a_title_alone_or_an_unknown_given_name(detector):
    text = (
        "Le pape François a reçu Mme Ludosky et son épouse Brigitte. Jacline Mouraud a déclaré "
        "qu'elle partait. Kheops Lara affirme le contraire."
    )
    assert [(surface, kind) for surface, _, kind in found(detector, text)] == [
        ("François", "person"),
        ("Ludosky", "person"),
        ("Brigitte", "person"),
        ("Jacline Mouraud", "person"),
        ("Kheops Lara", "person"),
    ]
    # Two capitalised words a list knows are not a speaker's name.
    assert found(detector, "Amnesty International affirme le contraire.") == [
        ("Amnesty International", "Amnesty International", "organisation")
    ]


def test_capitalised_a_and_role_triggers_announce_places(detector):
    assert found(detector, "28 février 2017 . – À Orvault, le préfet de Grasse a parlé.") == [
        ("Orvault", "Orvault", "place"),
        ("Grasse", "Grasse", "place"),
    ]


def test_tokens_keep_offsets_sentence_starts_and_line_breaks():
    from articles.text.entities import _Tokens
    from articles.text.tokens import Tokens

    text = "« L’OTAN »\n\nM. Dupont  a dit: l'Otan."
    tokens = _Tokens(Tokens(text))
    assert tokens.words == ["«", "L", "’", "OTAN", "»", "M", ".", "Dupont", "a", "dit", ":",
                            "l", "'", "Otan", "."]
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert [i for i in range(len(tokens.words)) if tokens.newline[i]] == [5]
    assert [i for i in range(len(tokens.words)) if tokens.opens(i)] == [0, 1, 5, 7, 11]


# --- boundaries, particles, roads, brackets (2026 round) --------------------------------------


def test_portfolio_stops_before_another_body_and_never_ends_on_a_link(detector):
    text = ("Les ministres des Affaires étrangères de l'OTAN pour l'Ukraine se réunissent à "
            "Bruxelles.")
    assert found(detector, text) == [
        ("Affaires étrangères", "Affaires étrangères", "organisation"),
        ("OTAN", "OTAN", "organisation"),
        ("Ukraine", "Ukraine", "place"),
        ("Bruxelles", "Bruxelles", "place"),
    ]


def test_portfolio_stops_before_a_person(detector):
    text = "le ministre de l'Europe et des Affaires étrangères Jean-Yves Le Drian a déclaré"
    assert [(s, k) for s, _, k in found(detector, text)] == [
        ("Europe et des Affaires étrangères", "organisation"),
        ("Jean-Yves Le Drian", "person"),
    ]


def test_foreign_particles_keep_the_name_whole(detector):
    text = ("Selon Gauri van Gulik, directrice pour l'Europe d'Amnesty International, le "
            "codex de Leonardo da Vinci et Omar el-Béchir.")
    people = [(s, k) for s, _, k in found(detector, text) if k == "person"]
    assert people == [("Gauri van Gulik", "person"), ("Leonardo da Vinci", "person"),
                      ("Omar el-Béchir", "person")]


def test_organisation_names_with_de_inside(detector):
    text = ("La Banque de France et la Cour de cassation ont reçu des membres de l'Ordre de "
            "Malte.")
    assert [(s, k) for s, _, k in found(detector, text)] == [
        ("Banque de France", "organisation"),
        ("Cour de cassation", "organisation"),
        ("Ordre de Malte", "organisation"),
    ]


def test_acronym_after_long_form_is_the_same_body(detector):
    text = ("La fondation Open Society Foundations (OSF), qui finance des ONG, a quitté le pays. "
            "En mai, l'OSF a déclaré qu'elle partait.")
    orgs = [(s, c) for s, c, k in found(detector, text) if k == "organisation"]
    assert orgs == [("Open Society Foundations", "Open Society Foundations"),
                    ("OSF", "Open Society Foundations"), ("OSF", "Open Society Foundations")]


def test_title_with_capital_l_apostrophe_keeps_it(detector):
    text = "Nicolas Beytout, directeur du journal L'Opinion, affirme que rien n'est joué."
    assert ("L'Opinion", "L'Opinion", "organisation") in found(detector, text)


def test_lone_unknown_acronym_without_article_is_dropped(detector):
    text = "Les pancartes disaient Justice, Démocratie, ou encore « GJ décédés »."
    assert [m for m in detector.find(text) if m.kind == "organisation"] == []
    assert ("PGHM", "PGHM", "organisation") in found(
        detector, "Une enquête a été confiée au PGHM de Briançon.")


def test_road_numbers_are_places_not_parties(detector):
    text = ("Entre 10h et 11h, sur la RN 106, puis à l'intersection des routes D 905 et D900. "
            "Le RN a réagi.")
    assert [(s, k) for s, _, k in found(detector, text)] == [
        ("RN 106", "place"), ("D 905", "place"), ("D900", "place"), ("RN", "organisation"),
    ]


def test_airliner_is_not_a_motorway(detector):
    assert [k for _, _, k in found(detector, "un Airbus A380 et l'A7")] == [
        "organisation", "place"]


def test_department_in_brackets_after_a_place(detector):
    text = ("À Nogent-le-Rotrou (Eure-et-Loir), une trentaine de manifestants, comme à Paris "
            "(Tolbiac et Cuvier).")
    places = [s for s, _, k in found(detector, text) if k == "place"]
    assert places == ["Nogent-le-Rotrou", "Eure-et-Loir", "Paris", "Tolbiac", "Cuvier"]


def test_toll_station_and_region_after_en(detector):
    text = "Des blocages ont eu lieu au péage de Lézignan et en Haute-Normandie."
    assert [(s, k) for s, _, k in found(detector, text)] == [
        ("Lézignan", "place"), ("Haute-Normandie", "place")]


def test_elysee_is_the_palace(detector):
    text = "Vers 13h45, à l’Élysée, le président a reçu les syndicats."
    assert ("Élysée", "Élysée", "place") in found(detector, text)


# --- quality -------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.exists(), reason="shared Wikinews corpus not available")
def test_wikinews_held_out_half_does_not_regress():
    """Guard the held-out figures measured in 2025 (not the VISION targets, see the report)."""
    from articles.evaluation.entities import evaluate_entities

    held_out = evaluate_entities()["held_out"]
    assert held_out["person"]["exact"]["recall"] >= 0.80
    assert held_out["person"]["exact"]["precision"] >= 0.90
    assert held_out["place"]["exact"]["recall"] >= 0.78
    assert held_out["place"]["exact"]["precision"] >= 0.85
    assert held_out["organisation"]["lenient"]["precision"] >= 0.78
    assert held_out["organisation"]["exact"]["recall"] >= 0.65
