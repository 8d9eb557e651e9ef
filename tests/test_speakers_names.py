"""Who a speaker is: couples, names the detector missed or glued, organisations, pronouns.

Sentences from the Wikinews corpus (file named in each test); people, organisations and places
are given as the entity detector passes them, or found by the detector itself (`analysed`) where
the test is about a name it once missed or misjoined.
"""

from articles.text.analysis import analyse
from articles.text.entities import default_detector
from articles.text.speakers import _first_names
from tests.test_speakers_rules import speaker_of, who


def analysed(text):
    """(first words of each quotation, its speaker), with the entity detector's names."""
    return [(q.text[:20], a.speaker)
            for q, a in analyse(text, detector=default_detector()).quotes]


def test_couple_named_jointly_and_their_pronoun():
    # 2016_03_08-002
    text = (
        "Thierry et Véronique Roy, parents d’un jihadiste tué en Syrie, ont adressé une lettre "
        "ouverte au maire de Sevran.\n\n« Nous, les parents, n'en pouvons plus de voir partir nos "
        "jeunes radicalisés », écrivent les parents de Quentin Roy, jeune homme de 23 ans tué en "
        "Syrie. Le couple y déplore l’ « immobilisme » du premier magistrat de la ville. « Six "
        "jeunes Sevranais ont déjà perdu la vie en Syrie », indiquent-ils."
    )
    people = ["Thierry", "Véronique Roy", "Quentin Roy"]
    assert [s for _, s in who(text, people=people, places=["Syrie", "Sevran"])] == [
        "Thierry et Véronique Roy"
    ] * 3


def test_plural_pronoun_without_a_couple_has_no_speaker():
    # 2016_06_12-011: `Ils` are the strikers, nobody named
    text = (
        "Les personnels ont décidé de reconduire la grève, selon la CGT.\n\nIls s'affirment "
        "cependant « prêts » à suspendre le mouvement."
    )
    assert who(text, orgs=["CGT"]) == [("prêts", None)]


def test_person_after_a_medium_or_a_town():
    # 2017_02_10-003: the detector once read `France Info Jacques Witkowski` as one place
    text = (
        "Selon ce qu'a confié à France Info Jacques Witkowski , préfet de la Manche, « [on] a eu "
        "un début d'incendie sur un réseau de gaines électriques » . Il ajoute qu' « [un] "
        "ventilateur a connu un dysfonctionnement matériel » ."
    )
    assert [s for _, s in analysed(text)] == ["Jacques Witkowski", "Jacques Witkowski"]


def test_given_name_with_a_particle_surname():
    # 2017_02_16-003: the detector once linked `Thomas` to Thomas Sauret
    text = (
        "Thomas Sauret a été mis en examen. Pour Thomas de la Morlais , l'avocat de la mère de "
        "l'adolescente, « Sarah a été manipulée par son compagnon et par d'autres » . Sa mère « "
        "n'avait pas vu de changement. Elle n'a rien vu venir » , ajoute encore de la Morlais."
    )
    assert [s for _, s in analysed(text)] == ["Thomas de la Morlais", "Thomas de la Morlais"]


def test_names_no_list_knows():
    # 2018_12_03-001 (`Jacline` is in no list), 2017_02_10-003 (a subject for `il`),
    # 2018_12_06-001 (a given name and the town the person is from)
    text = (
        "Vers 7h00, Jacline Gouraud, Gilet jaune « modérée » du Morbihan, affirme que suite aux « "
        "menaces » de Gilets jaunes, sa venue à Matignon nécessite une protection policière."
    )
    assert analysed(text)[1] == ("menaces", "Jacline Gouraud")
    text = (
        "Ce n'est pas exceptionnel, estime pour sa part Neil Hyatt , professeur à l'université de "
        "Sheffield .\n\nBarry Marsden , professeur de technologie nucléaire à l'université de "
        "Manchester , est quant à lui plus mesuré. Les « explosions et les feux ne sont pas "
        "exceptionnels sur les installations industrielles » , affirme-t-il."
    )
    assert analysed(text) == [("explosions et les fe", "Barry Marsden")]
    text = "Vers 8h10, sur RMC, Jean-Claude de Privas (Ardèche) dit : « nous voulons la tête »"
    assert analysed(text) == [("nous voulons la tête", "Jean-Claude")]


def test_two_people_joined_by_de_are_two():
    # 2017_08_05-001: `Lionel Messi de Neymar` was one person, and every `Neymar` linked to him
    text = (
        "Neymar a déclaré : « Je suis extrêmement heureux de rejoindre le PSG. » "
        "Mercredi, Lionel Messi de Neymar a posté sur Instagram : « C'était un grand plaisir "
        "d'avoir partagé toutes ces années avec vous »."
    )
    assert [s for _, s in analysed(text)] == ["Neymar", "Lionel Messi"]


def test_organisation_named_in_short_then_in_full():
    # 2017_01_28-007: `l'Ordre` and `Ordre` stand for the Ordre de Malte
    text = (
        "Le grand-maître de l' Ordre de Malte , Matthew Festing, a démissionné. Le lendemain, "
        "l’Ordre avait, dans un communiqué, déclaré cette décision « inacceptable » . Le 10 "
        "janvier, Ordre a publié un nouveau communiqué « en réponse aux activités menées par un "
        "groupe nommé par le Vatican » ."
    )
    assert [s for _, s in who(text, people=["Matthew Festing"],
                              orgs=["Ordre de Malte", "Vatican"])] == ["Ordre de Malte"] * 2


def test_organisation_names_kept_whole():
    # 2018_12_18-001, 2018_12_08-001, 2018_12_03-001
    text = (
        "Vers 17h20, finalement, la société Vinci Autoroutes a annoncé qu'elle ne va pas envoyer "
        "la facture aux automobilistes « qui n’ont pas pu s’acquitter de leur péage »."
    )
    assert who(text, orgs=["Vinci Autoroutes"]) == [("qui n’ont pas pu s’a", "Vinci Autoroutes")]
    text = (
        "Selon la chambre de Commerce et d’industrie de Paris Ile-de-France, 102 entreprises ont "
        "été « plus légèrement impactées »."
    )
    assert who(text, places=["Paris Ile-de-France"]) == [
        ("plus légèrement impa", "chambre de Commerce et d’industrie de Paris Ile-de-France")
    ]
    text = (
        "La Fnsea (Fédération Nationale des Syndicats d’Exploitants Agricoles) a communiqué "
        "attendre des distributeurs qu’ils appliquent la loi et que « si les agriculteurs "
        "expriment leur colère, ce ne sera pas sur les Champs-Élysées »."
    )
    orgs = [("Fnsea", "FNSEA"), "Fédération Nationale des Syndicats d’Exploitants Agricoles"]
    assert who(text, orgs=orgs) == [("si les agriculteurs ", "FNSEA")]


def test_organisation_subject_after_an_opener_for_il():
    # 2018_06_23-002: `Mardi, le ministère des finances a proposé … il a indiqué`
    text = (
        "Sándor Pintér a défendu les projets de loi. Mardi, le ministère des finances a proposé "
        "25 % d'imposition aux ONG aidant les immigrés. Dans un communiqué, il a indiqué que « "
        "la défense contre l'immigration illégale impose un lourd fardeau sur le budget »."
    )
    assert who(text, people=["Sándor Pintér"]) == [
        ("la défense contre l'", "ministère des finances")
    ]


def test_gender_of_marine_and_of_l_homme():
    # first_names.txt listed Marine (and Ursula, Giorgia, Mette) among men's names
    assert [_first_names()[n] for n in ("marine", "ursula", "giorgia", "mette")] == ["f"] * 4
    assert _first_names()["dominique"] == ""
    # 2017_04_06-004: `l'homme` is a man, so `Elle` is the unnamed mother, not Jason Lopez
    text = (
        "Selon la mère, l'homme a attrapé le garçon « par le bras et [...] l'a mis dans la "
        "voiture » , tout en menaçant les gens avec une arme en leur disant « Bougez pas, bougez "
        "pas. Appelez pas les gendarmes. » . S'étant tout de même approchée, elle a reçu un coup "
        "dans le visage. Elle ajoute que le petit était « terrorisé » ."
    )
    assert speaker_of("terrorisé", text, people=[("l'homme", "Jason Lopez")]) is None


def test_participle_after_et_is_the_subject_s():
    # 2018_12_22-001
    text = (
        "Au Tchad, selon l'article du Canard enchaîné , le Président Emmanuel Macron, agacé de "
        "voir BFM TV servir la « soupe » au Gilets jaunes, aurait dit qu'il envisage d'échanger "
        "son canal et parlant de BFM : « à certains moments, des Gilets jaunes y réclamaient ma "
        "destitution »."
    )
    people = ["Emmanuel Macron"]
    orgs = ["Canard enchaîné", "BFM TV", "BFM"]
    assert speaker_of("à certains", text, people=people, orgs=orgs) == "Emmanuel Macron"


# --- press formulas met in French news outside this corpus ---------------------------------


def test_on_stands_for_the_place_it_is_said_from():
    assert speaker_of("Nous travaillons", "« Nous travaillons à une sortie de crise », "
                      "indique-t-on à Matignon.", places=["Matignon"]) == "Matignon"
    text = "Du côté de la CGT, on estime que « la réforme est injuste »."
    assert speaker_of("la réforme", text, orgs=["CGT"]) == "CGT"
    text = "Même son de cloche chez Force ouvrière : « Nous ne signerons pas cet accord »."
    assert speaker_of("Nous ne signerons", text, orgs=["Force ouvrière"]) == "Force ouvrière"
    text = "« Le ministre est très en colère », confie-t-on dans l'entourage du ministre."
    assert speaker_of("Le ministre", text) is None


def test_two_word_cues_and_untaught_offices():
    text = "L'Élysée a fait savoir que le président « suivait la situation de près »."
    assert speaker_of("suivait", text, places=["Élysée"]) == "Élysée"
    text = (
        "Joe Biden a reçu Olaf Scholz. Le président américain a mis en garde contre « des "
        "conséquences graves » en cas d'invasion."
    )
    assert speaker_of("des conséquences", text, people=["Joe Biden", "Olaf Scholz"]) == (
        "Joe Biden"
    )
    text = (
        "Emmanuel Macron s'est exprimé lundi soir. « Nous sommes en guerre », a lancé le chef de "
        "l'État."
    )
    assert speaker_of("Nous sommes", text, people=["Emmanuel Macron"]) == "Emmanuel Macron"
