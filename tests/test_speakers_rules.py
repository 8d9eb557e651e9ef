"""Speaker rules added for the third Wikinews development set, each on sentences of the corpus.

People, organisations and places are given as the entity detector would pass them (surface,
or (surface, canonical)), so that these tests follow the speaker rules, not the detector.
"""

import re

from articles.text.quotes import extract_quotes
from articles.text.speakers import NameMention, attribute_speakers


def mentions(text, kind, names):
    found = []
    for name in names:
        surface, canonical = name if isinstance(name, tuple) else (name, name)
        for match in re.finditer(re.escape(surface), text):
            found.append(NameMention(match.start(), match.end(), canonical, kind))
    return found


def who(text, people=(), orgs=(), places=()):
    """(first words of each quotation, its speaker), in reading order."""
    quotes = extract_quotes(text)
    attributions = attribute_speakers(
        text,
        quotes,
        people=mentions(text, "person", people),
        organisations=mentions(text, "organisation", orgs),
        places=mentions(text, "place", places),
    )
    return [(q.text[:20], a.speaker) for q, a in zip(quotes, attributions, strict=True)]


def speaker_of(start, text, **names):
    """The speaker of the quotation opening with `start`."""
    return next(s for q, s in who(text, **names) if q.startswith(start))


# --- words that only look like a cue ----------------------------------------------------------


def test_a_with_accent_is_no_auxiliary():
    # 2018_12_03-001: `Edouard Philippe à Matignon` once made Philippe a clause subject
    text = (
        "Benjamin Cauchy annonce que « la trentaine de menaces de mort » qu'il a reçu, le bloque "
        "pour rencontrer Edouard Philippe à Matignon mardi. Il le regrette, mais il n'est pas "
        "suicidaire : « il y a chez les gilets jaunes des professionnels du renversement de "
        "pouvoir."
    )
    assert speaker_of("il y a chez", text, people=["Benjamin Cauchy", "Edouard Philippe"]) == (
        "Benjamin Cauchy"
    )


def test_passive_reporting_participle_is_no_cue():
    # 2017_03_08-002: the person is described, nobody speaks
    text = "Hubert Caouissin est arrivé. Il est aussi décrit comme « discret » ."
    assert who(text, people=["Hubert Caouissin"]) == [("discret", None)]


def test_noun_after_determiner_is_no_verb():
    # 2018_12_23-001: `un communiqué de presse signé par des « … »` (communiquer is a cue)
    text = (
        "A 9h24, le site internet de Maxime Nicolle a publié un communiqué de presse signé par "
        "des « gilets jaunes de la première heure » : Maxime Nicolle et Priscillia Ludosky."
    )
    assert who(text, people=["Maxime Nicolle", "Priscillia Ludosky"]) == [
        ("gilets jaunes de la ", None)
    ]


def test_carry_over_needs_a_cue_that_introduces_words():
    # 2017_03_12-006: `L'enquête … avance.` is no cue for the next sentence
    text = (
        "L'enquête concernant l' affaire Troadec avance. Les enquêteurs ont retrouvé dans la "
        "ferme appartenant au suspect des « fragments de corps humains et des bijoux appartenant "
        "à la famille » ."
    )
    assert who(text, people=[("Troadec", "Pascal Troadec")]) == [("fragments de corps h", None)]


def test_il_y_a_is_no_subject():
    # 2017_03_12-006
    text = (
        "Pascal Troadec a disparu. La mère de Pascal Troadec a confirmé qu'un trésor d' or était "
        "la cause du drame, alors que la mère du suspect avait, il y a quelques jours, qualifié "
        "cette hypothèse de « légende familiale » ."
    )
    assert who(text, people=["Pascal Troadec"]) == [("légende familiale", None)]


# --- places, websites, descriptions -----------------------------------------------------------


def test_place_in_a_complement_or_in_brackets_is_no_speaker():
    # 2018_12_27-001 and 2018_12_06-001
    text = (
        "Vers 16h00, Renaud Joubert, un des trois journalistes convoqués au commissariat "
        "d'Angoulême pour être signifié être « mis en cause » pour « provocation au crime » pour "
        "avoir couvert la décapitation de Macron a twitté : « le nouveau monde à l'envers »."
    )
    assert who(text, people=["Renaud Joubert"], places=["Angoulême"]) == [
        ("mis en cause", None),
        ("provocation au crime", None),
        ("le nouveau monde à l", "Renaud Joubert"),
    ]
    text = "Vers 8h10, sur RMC, Jean-Claude de Privas (Ardèche) dit : « nous voulons la tête à Macron »"
    assert who(text, people=["Jean-Claude"], places=["Privas", "Ardèche"]) == [
        ("nous voulons la tête", "Jean-Claude")
    ]


def test_capital_as_subject_still_speaks():
    # the press formula `Moscou a dénoncé`, `Washington a réagi` (a capital for its government)
    text = (
        "Vladimir Poutine a averti que la Russie répondrait « de manière appropriée ». "
        "Washington a aussitôt réagi : « Ces menaces sont inacceptables »."
    )
    assert speaker_of("Ces menaces", text, people=["Vladimir Poutine"],
                      places=["Russie", "Washington"]) == "Washington"


def test_website_and_staff_are_descriptions_not_names():
    # 2018_12_23-001 and 2017_03_22-001
    text = (
        "Vers 5h00, le site internet « Gilets jaunes le Mouvement » a publié un « communiqué de "
        "presse » qui annonce la « naissance d’une coordination nationale des Gilets jaunes »."
    )
    assert speaker_of("naissance", text) is None
    text = (
        "Bruno Le Roux a démissionné. « Tous les contrats ont bien évidemment été établis en "
        "respectant les âges permettant de travailler. » , a précisé le cabinet du ministre. "
        "« Ces missions ont pu être effectuées en horaires renforcés » , se défend le cabinet de "
        "M. Le Roux concernant l'aînée, tandis qu'il justifie que « ces contrats ponctuels "
        "n’impliquaient pas forcément une présence physique »."
    )
    assert [s for _, s in who(text, people=["Bruno Le Roux", ("Roux", "Bruno Le Roux")])] == [
        None,
        None,
        None,
    ]


def test_fragment_repeated_three_times_is_a_term():
    # 2018_12_08-001: « gilets jaunes » is the movement's name, whatever cue is near
    text = (
        "Cette journée des « gilets jaunes » a été promue acte IV. Eric Drouet a été entendu. "
        "Vers 9h05, selon un sondage OpinionWay, 68 % des Français soutiennent les « gilets "
        "jaunes ». À Marseille, les «gilets jaunes» ont réuni 2 000 personnes."
    )
    assert [s for _, s in who(text, people=["Eric Drouet"], orgs=["OpinionWay"])] == [None] * 3


def test_capitalised_fragment_after_a_noun_is_a_title():
    # 2017_03_25-002, and 2018_12_23-001 where the capital opens a place: speech
    text = "Jeudi, Fillon s'est défendu lors de « L'Émission politique »."
    assert who(text, people=[("Fillon", "François Fillon")]) == [("L'Émission politique", None)]
    text = (
        "Vers 10h30, Philippe Chalmin, professeur à l’Université Paris Dauphine, affirme que les "
        "Gilets jaunes n'appartiennent ni à la France mondialisée ni à la France des quartiers, "
        "mais à la « France banale »."
    )
    assert who(text, people=["Philippe Chalmin"], places=["France"]) == [
        ("France banale", "Philippe Chalmin")
    ]


# --- cues -------------------------------------------------------------------------------------


def test_complement_between_verb_and_subject():
    # 2016_06_12-011
    text = (
        "« La CGT-Energie a déposé un préavis de grève pour jeudi » , a confié, à Reuters, le "
        "directeur de cabinet du président du Syctom, Patrice Furé. « Ça va devenir compliqué » "
        ", selon lui."
    )
    assert who(text, people=["Patrice Furé"], orgs=["Syctom", "Reuters"]) == [
        ("La CGT-Energie a dép", "Patrice Furé"),
        ("Ça va devenir compli", "Patrice Furé"),
    ]


def test_selon_variants():
    # 2018_12_22-001, 2017_02_16-003 (twice)
    text = (
        "D'après, Jean Petaux, politologue à Sciences Po Bordeaux, ce « sont des "
        "antirépublicains »."
    )
    assert who(text, people=["Jean Petaux"]) == [("sont des antirépubli", "Jean Petaux")]
    text = (
        "« Il nous avait raconté qu'il s'était fait arrêter à l'aéroport » , selon ce qu'a "
        "confié Rodrigue, ami de Thomas Sauret avant qu'il ne se radicalise, à l'AFP."
    )
    assert who(text, people=["Thomas Sauret"]) == [("Il nous avait racont", "Rodrigue")]
    text = (
        "Un « coup de filet » antiterroriste « a permis de déjouer un projet d'attentat "
        "imminent sur le sol français » , selon un communiqué du ministre de l'Intérieur , "
        "Bruno Le Roux , qui ajoute que l'opération a réussi."
    )
    assert who(text, people=["Bruno Le Roux"]) == [
        ("coup de filet", "Bruno Le Roux"),
        ("a permis de déjouer ", "Bruno Le Roux"),
    ]


def test_selon_lequel_is_an_unnamed_source():
    # 2018_12_04-001: no carry-over to Trump from the sentence before
    text = (
        "Donald Trump a commenté par tweet le moratoire : « L’accord de Paris est mauvais car il "
        "provoque une hausse des prix de l’énergie ». Plus tôt dans la journée, il avait "
        "retweeté un message selon lequel la France est secouée par des émeutes « en raison de "
        "taxes d’extrême gauche sur l’essence »."
    )
    assert [s for _, s in who(text, people=["Donald Trump"])] == ["Donald Trump", None]


def test_unnamed_subject_after_the_verb_blocks_carry_over():
    # 2018_12_22-001
    text = (
        "Eric Drouet a été arrêté. « Il a été gazé » , a dit Eric Drouet. Vers 14h30, un bus de "
        "police passe. « Libérez nos camarades » scandent une poignée de manifestants."
    )
    assert speaker_of("Libérez", text, people=["Eric Drouet"]) is None


def test_clause_head_before_an_incise():
    # 2018_06_23-002 and 2017_08_05-001
    text = (
        "L'actuel Premier ministre Viktor Orbán a été élu en avril. Ce dernier, accusant Soros "
        "d'avoir amené des migrants en Europe, a affirmé que ce blocus visait à préserver la « "
        "culture chrétienne » du pays."
    )
    assert who(text, people=["Viktor Orbán", ("Soros", "George Soros")]) == [
        ("culture chrétienne", "Viktor Orbán")
    ]
    text = (
        "Le manager de Manchester United, José Mourinho, qui a dépensé environ 105 millions "
        "d'euros pour signer Paul Pogba, et une taxe de 75 millions d'euros pour signer "
        "l'attaquant belge Romelu Lukaku de l'Everton FC cette saison, a déclaré : « Chers sont "
        "ceux qui entrent dans un certain niveau sans une certaine qualité »."
    )
    assert who(text, people=["José Mourinho", "Paul Pogba", "Romelu Lukaku"],
               orgs=["Manchester United", "Everton FC"]) == [("Chers sont ceux qui ", "José Mourinho")]


def test_role_noun_is_the_last_person_with_that_role():
    # 2018_12_06-001: two ministers; `le ministre` is the one named last
    text = (
        "Vers 8h50, Marc Fesneau, ministre chargé des Relations avec le Parlement, affirme qu' "
        "« appeler à venir déloger le président, ce n'est plus la République ». Vers 12h45, le "
        "ministre de l'Agriculture, Didier Guillaume, a déclaré que « une partie du peuple est en "
        "train de se soulever. » \"Non, ce mot n'a pas été prononcé. Nous n'en sommes pas du "
        "tout là\", objecte le ministre."
    )
    assert [s for _, s in who(text, people=["Marc Fesneau", "Didier Guillaume"])] == [
        "Marc Fesneau",
        "Didier Guillaume",
        "Didier Guillaume",
    ]


def test_colon_gives_the_clause_subject_or_the_person_before_it():
    # 2017_01_22-006, 2017_08_05-001, 2018_12_27-001
    text = (
        "La déclaration a suscité de nombreux commentaires, comme celle de Bill Kristol, un "
        "analyste politique conservateur : « C'est embarrassant, en tant qu'Américain, "
        "d'assister à ce briefing »"
    )
    assert who(text, people=["Bill Kristol"]) == [("C'est embarrassant, ", "Bill Kristol")]
    text = (
        "L'attaquant de Barcelone, Luis Suárez, a consacré un post d'Instagram à Neymar après "
        "Lionel Messi : « Mon ami, je te souhaite le meilleur dans tout ce qui vient ! »"
    )
    assert who(text, people=["Luis Suárez", "Neymar", "Lionel Messi"]) == [
        ("Mon ami, je te souha", "Luis Suárez")
    ]
    text = (
        "Ce matin, l'afficheur Michel-Ange Flori a affiché sur ses panneaux publicitaires le "
        "message suivant : « 150€ de plus par mois par policier. Et nous? ». N'ayant pas "
        "apprécié la fakenews de BFMTV affirmant qu'il a été payé par des Gilets jaunes, il a "
        "rétabli la vérité en affichant : « les syndicats de police et BFM vous souhaitent un bon "
        "enfumage 2019 »."
    )
    assert [s for _, s in who(text, people=["Michel-Ange Flori"], orgs=["BFMTV"])] == [
        "Michel-Ange Flori",
        "Michel-Ange Flori",
    ]


def test_participle_takes_the_speaker_of_the_cue_before_it():
    # 2017_02_16-003: `Ce dernier` is the person named last (the detector reads the given name
    # alone, `une connaissance, Mohammed.`)
    text = (
        "Thomas Sauret logeait dans l'appartement de Clapiers, prêté par une connaissance, "
        "Mohammed. Ce dernier n'était pas au courant du projet : « [je] l'avais laissé ici deux "
        "ou trois jours, il devait partir mercredi ou jeudi » , déclare-t-il, ajoutant qu' « [il] "
        "parlait religion mais c'était un peu évasif. » ."
    )
    people = ["Thomas Sauret", "Mohammed"]
    assert [s for _, s in who(text, people=people)] == ["Mohammed", "Mohammed"]


def test_sentence_opening_participle_has_its_subject_after_the_comma():
    # 2018_12_04-001
    text = (
        "Vers 21h00, qualifiant de « miettes » les mesures du Premier ministre, les fédérations "
        "CGT et FO des Transports routiers ont donné leur préavis de grève."
    )
    assert who(text, orgs=["CGT", "FO"]) == [
        ("miettes", "fédérations CGT et FO des Transports routiers")
    ]


def test_qui_after_an_anonymous_source():
    # 2017_02_16-003
    text = (
        "Malik Hammami aurait au moins apporté « un soutien » au couple, selon la source proche "
        "de l'enquête, qui n'a pas donné plus de précision, mais a ajouté qu' « [aucun] élément à "
        "ce stade de l'enquête ne montre que leur projet a été téléguidé depuis la Syrie » ."
    )
    assert [s for _, s in who(text, people=["Malik Hammami"], places=["Syrie"])] == [None, None]


def test_reflexive_verb_in_the_quotation():
    # 2017_03_22-003
    text = (
        "Une source proche du dossier précise toutefois que « ce supplétif ne concerne pas "
        "exclusivement Mme Fillon » tandis que son avocat Pierre Cornut-Gentille s’ « indigne "
        "des fuites dans la presse » ."
    )
    assert [s for _, s in who(text, people=["Pierre Cornut-Gentille"])] == [
        None,
        "Pierre Cornut-Gentille",
    ]


def test_words_of_a_call_belong_to_its_author():
    # 2018_12_06-001 and 2018_12_08-001
    text = (
        "Suite à l'appel mercredi d'Éric Drouet à « rentrer » samedi dans l’Élysée, le préfet de "
        "police de Paris l'a signalé au parquet."
    )
    assert who(text, people=["Éric Drouet"]) == [("rentrer", "Éric Drouet")]
    text = (
        "Dans la matinée, Eric Drouet, l'un des porte-paroles des Gilets jaunes a été entendu. "
        "Visé par une enquête après son appel à \"rentrer\" dans l'Élysée, il a été entendu en "
        "audition par la PJ de Versailles."
    )
    assert who(text, people=["Eric Drouet"]) == [("rentrer", "Eric Drouet")]


def test_subject_first_clause_after_the_quotation():
    # 2016_06_12-011
    text = (
        "Vu la « situation préoccupante » , la mairie a expliqué avoir été « contrainte de "
        "recourir à la force publique »."
    )
    assert who(text) == [("situation préoccupan", "mairie"), ("contrainte de recour", "mairie")]


def test_legal_charge_only_after_pour_or_de():
    # 2016_03_08-002 keeps its charges; naming a crime as the object of a cue is speech
    text = (
        "Le recruteur présumé a été placé en détention pour « association de malfaiteurs en "
        "relation avec une entreprise terroriste » et « financement du terrorisme »."
    )
    assert [s for _, s in who(text)] == [None, None]
    text = "Le Kremlin a dénoncé mardi des « crimes de guerre » commis par l'armée ukrainienne."
    assert who(text, orgs=["Kremlin"]) == [("crimes de guerre", "Kremlin")]


def test_cue_set_inside_the_quotation():
    # 2017_03_21-002: the names inside a quotation are not passed, the surname is linked here
    text = (
        "Emmanuelli s'était associé au Nouveau Parti socialiste avec Benoît Hamon. Les liens avec "
        "Hamon ne se sont jamais défaits. « J'entretiens avec lui une relation de très grande "
        "confiance, confiait d'ailleurs Hamon en 2010. J’écoute ses conseils. »"
    )
    people = [("Emmanuelli", "Henri Emmanuelli"), "Benoît Hamon", ("Hamon ne", "Benoît Hamon")]
    assert speaker_of("J'entretiens", text, people=people) == "Benoît Hamon"


def test_narrative_infinitive_and_c_est_ce_que():
    # 2016_03_08-002: `Eux d'ajouter que « … »` (the couple), then the press formula
    text = (
        "Thierry et Véronique Roy rapportent que « d'autres recruteurs sévissent » toujours dans "
        "le quartier.\n\nEux d'ajouter à destination de Stéphane Gatignon que « votre statut "
        "[...] aurait dû vous imposer le dépôt d'une plainte »."
    )
    people = ["Thierry", "Véronique Roy", "Stéphane Gatignon"]
    assert [s for _, s in who(text, people=people)] == ["Thierry et Véronique Roy"] * 2
    text = "« Nous ne céderons pas. » C'est ce qu'a déclaré Jean-Luc Mélenchon lundi."
    assert who(text, people=["Jean-Luc Mélenchon"]) == [("Nous ne céderons pas", "Jean-Luc Mélenchon")]


# --- rules from the fourth development set (first held out, then promoted) --------------------


def test_pour_x_opening_a_sentence_makes_x_the_subject_for_il():
    # 2017_03_15-001: `il` is Poutou, not Mélenchon named in the paragraph before
    text = (
        "Jean-Luc Mélenchon , candidat de La France insoumise , évoque la possibilité de « "
        "révoquer les élus » .\n\nPour Philippe Poutou , candidat du Nouveau Parti "
        "anticapitaliste , l'absence de représentativité de l' Assemblée nationale constitue le "
        "problème principal. « Les parlementaires sont pour 3% des ouvriers et des employés » , "
        "déplore-t-il."
    )
    people = ["Jean-Luc Mélenchon", "Philippe Poutou"]
    orgs = ["La France insoumise", "Nouveau Parti anticapitaliste", "Assemblée nationale"]
    assert speaker_of("Les parlementaires", text, people=people, orgs=orgs) == "Philippe Poutou"


def test_role_with_another_complement_is_not_the_one_taught():
    # 2017_03_15-001: `Le candidat de Debout la France` is not Mélenchon, whom an apposition
    # called `candidat de La France insoumise`; an office is then the person the paragraph is
    # about, or (opening its paragraph) the person a later sentence opens with
    text = (
        "Jean-Luc Mélenchon , candidat de La France insoumise , parle.\n\nPour Nicolas "
        "Dupont-Aignan , « les abus ne laissent pas le choix » . Le candidat de Debout la France "
        "veut également prohiber les rémunérations privées, estimant qu'un élu « doit se tenir à "
        "l’écart de lobbys et intérêts divers » .\n\nLa candidate du Front national voudrait "
        "quant à elle interdire « tout aller-retour entre la grande finance et la haute fonction "
        "publique » . Marine Le Pen aimerait également supprimer l'indemnité."
    )
    people = ["Jean-Luc Mélenchon", "Nicolas Dupont-Aignan", "Marine Le Pen"]
    orgs = ["La France insoumise", "Debout la France", "Front national"]
    assert [s for _, s in who(text, people=people, orgs=orgs)] == [
        "Nicolas Dupont-Aignan", "Nicolas Dupont-Aignan", "Marine Le Pen"]


def test_copula_past_an_adverb_and_a_coordinated_quote():
    # 2017_02_02-002
    text = (
        "Bertrand Lefebvre , chargé de recherche au laboratoire de géologie du CNRS, à Lyon, est "
        "néanmoins « très sceptique » et « reste réservé sur ces interprétations » liant "
        "Saccorhytus à l'être humain."
    )
    assert [s for _, s in who(text, people=["Bertrand Lefebvre"], orgs=["CNRS"],
                              places=["Lyon"])] == ["Bertrand Lefebvre"] * 2


def test_verb_group_running_on_inside_the_quotation():
    # 2017_02_08-006, 2017_03_15-001, 2018_12_03-001: an auxiliary or a modal (and its
    # infinitive) before the mark; the subject of the verb speaks
    text = (
        "Ce mercredi, le Conseil d’État a « enjoint au ministre chargé de la santé de prendre des "
        "mesures » ."
    )
    assert who(text, orgs=["Conseil d’État"]) == [("enjoint au ministre ", "Conseil d’État")]
    text = (
        "Ainsi, le candidat du PS , Benoît Hamon , veut « lever toute suspicion de conflits "
        "d'intérêts » ."
    )
    assert who(text, people=["Benoît Hamon"], orgs=["PS"]) == [
        ("lever toute suspicio", "Benoît Hamon")]
    text = "A 18h12, Édouard Philippe va « annoncer un geste d'ouverture fort »."
    assert who(text, people=["Édouard Philippe"]) == [("annoncer un geste d'", "Édouard Philippe")]
    # a `selon` frame comes first; `a été « suspendu »` is passive
    text = (
        "Jens Stoltenberg a évoqué Vladimir Poutine. D'après lui, Poutine aurait « surestimé la "
        "force de ses propres forces armées »."
    )
    assert speaker_of("surestimé", text, people=["Jens Stoltenberg", "Vladimir Poutine",
                                                  ("Poutine", "Vladimir Poutine")]) == (
        "Jens Stoltenberg")


def test_cue_of_an_earlier_quotation_and_qui():
    # 2017_02_08-006: `a précisé` is the cue of the quotation before it, its subject after it;
    # `qui « … »` is the words of the antecedent
    text = (
        "Le ministre de la santé doit « faire usage des pouvoirs dont il dispose » , a précisé le "
        "Conseil d’État, qui « [...] annule donc le refus du ministre et lui enjoint en "
        "conséquence » ."
    )
    assert [s for _, s in who(text, orgs=["Conseil d’État"])] == ["Conseil d’État"] * 2


def test_unnamed_subject_named_by_its_apposition():
    # 2017_01_27-001
    text = (
        "L'une des rares voix discordantes au Parlement cependant, Iouri Sineltchikov , a, quant "
        "à lui, dénoncé ce projet de loi en insistant sur le fait que « les traditions russes ne "
        "reposent pas sur l’éducation des femmes par le fouet » ."
    )
    assert who(text, people=["Iouri Sineltchikov"], orgs=["Parlement"]) == [
        ("les traditions russe", "Iouri Sineltchikov")]


def test_plural_role_is_nobody_in_particular():
    # 2017_02_02-002: `Pour les chercheurs` is no speaker, and stops the next quotation from
    # lending its own
    text = (
        "Pour les chercheurs, cet animal possédait « un niveau remarquable de complexité "
        "organique » .\n\n« Tous les fossiles qu'on trouve dans ce gisement chinois sont "
        "petits » , explique Jean Vannier."
    )
    assert [s for _, s in who(text, people=["Jean Vannier"])] == [None, "Jean Vannier"]


def test_organisation_pronoun_after_quant_a_elle():
    # 2017_03_12-010
    text = (
        "Business France a quant à elle reconnu une possible irrégularité dans le choix du "
        "prestataire. Elle précise néanmoins avoir réagi : « il est apparu ultérieurement que le "
        "choix d'un prestataire avait été fait selon une procédure irrégulière » , "
        "affirme-t-elle ainsi."
    )
    assert who(text, orgs=["Business France"]) == [("il est apparu ultéri", "Business France")]


def test_clause_subject_speaks_for_a_full_quotation_without_cue():
    # 2017_02_02-002 and 2017_02_08-001: a named subject speaks; an unnamed one means nobody
    # named, not the speaker of the sentence before
    text = (
        "« Ils ont aussi une cuticule » , continue-t-il.\n\nIl imagine donc plutôt Saccorhytus "
        "comme « une forme un peu aberrante d' arthropodes » ."
    )
    assert who("Bertrand Lefebvre est sceptique. " + text, people=["Bertrand Lefebvre"]) == [
        ("Ils ont aussi une cu", "Bertrand Lefebvre"),
        ("une forme un peu abe", "Bertrand Lefebvre"),
    ]
    text = (
        "Le Parisien précise que les draps ont été lavés. Les enquêteurs ont aussi décelé "
        "d’autres traces sommairement nettoyées « en différents endroits de la maison » ."
    )
    assert who(text, orgs=["Le Parisien"]) == [("en différents endroi", None)]
    # `Il était inutile de « … »` is impersonal
    text = (
        "Eric Maillaud a parlé. Il était donc désormais inutile de « répéter en boucle le même "
        "message » , le dispositif étant connu."
    )
    assert who(text, people=["Eric Maillaud"]) == [("répéter en boucle le", None)]
