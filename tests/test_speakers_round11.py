"""Speaker rules of the eleventh round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from tests.test_speakers_names import analysed as speakers_of


def test_an_unnamed_body_cited_with_selon_does_not_hide_the_person_il_stands_for():
    text = ("François Fillon est accusé d'avoir rémunéré ses enfants comme « assistants » "
            "parlementaires, selon l'hebdomadaire satirique. C'est lui-même qui en a parlé.\n"
            "« Il m'est arrivé de rémunérer deux de mes enfants qui étaient avocats », "
            "confiait-il alors.")
    assert speakers_of(text)[-1] == ("Il m'est arrivé de r", "François Fillon")


def test_an_unnamed_body_still_stops_a_quotation_standing_alone_from_going_back_further():
    text = ("Édouard Philippe a parlé aux députés mercredi.\n\n"
            "Dans la soirée, les services de renseignement signalent des « appels à tuer et à "
            "se munir d'armes à feu ». « Ce sont des putschistes, on est dans une tentative "
            "putschiste ».")
    assert speakers_of(text)[-1] == ("Ce sont des putschis", None)


def test_a_role_in_the_complement_of_an_apposition_is_not_that_persons_role():
    text = ("Le prévenu risque une peine ferme. L'accusé admet les faits. « J'avais une belle "
            "clientèle et je l'ai perdue », a-t-il raconté aux juges.\n\n"
            "François Canonica, l'avocat du prévenu, a averti que la défense serait "
            "« culpabilisée et repentante ».\n\n"
            "Le prévenu a tenté de rassurer le magistrat. « J'ai mis en place une structure "
            "qui m'empêche d'ouvrir des comptes »")
    found = dict(speakers_of(text))
    assert found["J'avais une belle cl"] is None
    assert found["J'ai mis en place un"] is None


def test_the_lawyer_an_apposition_taught_is_still_found_by_his_role():
    text = ("François Canonica, l'avocat du prévenu, a pris la parole en premier.\n\n"
            "« Mon client regrette profondément ce qu'il a fait », a plaidé l'avocat du "
            "prévenu.")
    assert speakers_of(text) == [("Mon client regrette ", "François Canonica")]


def test_the_person_who_adds_the_next_quotation_said_the_one_before():
    text = ("Jacques-Pierre Amette a reçu le prix mardi.\n\n"
            "L'auteur, lui-même, était le premier surpris, joint par téléphone par RTL: « C'est "
            "d'abord mon journal qui a reçu la dépêche sur son écran ». « J'ai raccroché et "
            "j'ai attendu que mon éditeur m'appelle », a ajouté Jacques-Pierre Amette.")
    assert speakers_of(text) == [("C'est d'abord mon jo", "Jacques-Pierre Amette"),
                                 ("J'ai raccroché et j'", "Jacques-Pierre Amette")]


def test_a_quotation_a_sentence_away_from_the_one_added_keeps_no_speaker():
    text = ("Le jury a voté mardi.\n\n"
            "« C'est une surprise pour tout le monde ici ». Les jurés se sont retrouvés chez "
            "Drouant. « J'ai raccroché et j'ai attendu que mon éditeur m'appelle », a ajouté "
            "Jacques-Pierre Amette.")
    assert speakers_of(text)[0] == ("C'est une surprise p", None)


def test_a_medical_role_still_names_the_doctor_an_apposition_introduced():
    text = ("« On est obligés de trier les enfants », alerte Julie Starck, pédiatre réanimatrice "
            "à l'hôpital Necker.\n\n"
            "La médecin réclame des mesures pérennes du gouvernement mais « pour l'instant, on "
            "ne nous propose rien de concret pour que les choses s'améliorent ».")
    assert speakers_of(text)[-1] == ("pour l'instant, on n", "Julie Starck")


def test_a_channel_named_by_an_acronym_with_digits_speaks_under_that_name():
    text = ("La chaîne LN24 explique que « les infirmiers et urgentistes ont choisi de tourner "
            "le dos à la cheffe du gouvernement ».")
    assert speakers_of(text) == [("les infirmiers et ur", "LN24")]


def test_a_participle_misspelt_as_the_present_is_still_a_reporting_verb():
    text = ("Ce samedi, le personnel a reçu la visite de la Première ministre Sophie Wilmès.\n\n"
            "« Il y a eu l'expression d'un malaise, d'un besoin de dialogue », a réagit la "
            "Première ministre au micro de RTL.")
    assert speakers_of(text) == [("Il y a eu l'expressi", "Sophie Wilmès")]


def test_selon_les_propos_de_names_the_one_whose_words_they_are():
    text = ("Point du goût de l'opposition, selon les propos de l'avocat Pierre Parrat, siégeant "
            "dans l'opposition.\n\n"
            "« Dans ces conditions, nous ne pouvons pas voter cette délibération. Je quitte "
            "cette salle. » Une décision suivie par le groupe.")
    assert speakers_of(text) == [("Dans ces conditions,", "Pierre Parrat")]
    text = "D'après les dires du maire Jean Roy, « la situation est très grave pour nous tous »."
    assert speakers_of(text) == [("la situation est trè", "Jean Roy")]


def test_a_manner_complement_between_the_verb_and_the_speaker_is_skipped():
    text = ("Le juge Alexandre Dumais a admis faire l'objet d'une enquête.\n\n"
            "«Elle est morte par négligence du gouvernement», se remémore avec colère et "
            "tristesse Manon Simard, au sujet de sa belle-mère.")
    assert speakers_of(text) == [("Elle est morte par n", "Manon Simard")]


def test_a_lawyer_named_with_his_title_after_the_apposition_comma():
    text = ("Le juge Alexandre Dumais a admis faire l'objet d'une enquête.\n\n"
            "«Le micro n'était pas sur mute. Tout a été entendu», a plaidé leur avocat, "
            "Me Reevin Pearl.")
    assert speakers_of(text) == [("Le micro n'était pas", "Reevin Pearl")]


def test_a_relative_named_in_an_apposition_after_a_possessive_speaks():
    text = ("Mme Éthier a chuté en pleine nuit dans les escaliers de la résidence.\n\n"
            "«On n'a jamais su si elle est restée là 30 secondes ou une heure», déplore son "
            "fils, Benoît Carpentier.")
    assert speakers_of(text) == [("On n'a jamais su si ", "Benoît Carpentier")]


def test_anger_after_a_quotation_is_a_reporting_verb():
    text = ("La belle-fille, Manon Simard, raconte la chute.\n\n"
            "«Clairement, on n'avait pas lu le dossier médical», rage Mme Simard, qui est "
            "infirmière retraitée.")
    assert speakers_of(text) == [("Clairement, on n'ava", "Manon Simard")]


def test_a_quotation_after_a_topic_goes_on_with_the_last_speaker():
    text = ("Le ministre Kobenan Kouassi Adjoumani a dénoncé « des manœuvres de sabotage » de "
            "l'opposition. Il a fustigé les propos de Laurent Gbagbo.\n\n"
            "À propos de la rencontre entre les présidents Ouattara et Macron à Paris, « Ce "
            "n'était ni une convocation ni un deal électoral ». Il a exhorté l'opposition au "
            "calme.")
    assert speakers_of(text)[-1] == ("Ce n'était ni une co", "Kobenan Kouassi Adjoumani")


def test_a_narrative_sentence_before_a_quotation_is_no_topic():
    text = ("Le ministre Kobenan Kouassi Adjoumani a dénoncé « des manœuvres de sabotage » de "
            "l'opposition.\n\n"
            "La rencontre entre les présidents a eu lieu à Paris, « loin des caméras et des "
            "micros de la presse ».")
    assert speakers_of(text)[-1] == ("loin des caméras et ", None)


def test_the_prize_winner_is_the_laureate_an_apposition_named():
    text = ("L'écrivaine française Annie Ernaux, lauréate ce jeudi du prix Nobel de littérature, "
            "a salué « un très grand honneur ».\n\n"
            "« Je considère que c'est un très grand honneur qu'on me fait », a réagi la "
            "lauréate auprès de la télévision suédoise SVT.")
    assert speakers_of(text)[-1] == ("Je considère que c'e", "Annie Ernaux")


def test_a_headline_quotation_belongs_to_the_person_its_colon_leads_to():
    text = ("VIDEO. « Je suis heureux de faire éclater la vérité » : revivez la conférence de "
            "presse de Carlos Ghosn à Beyrouth\n\n"
            "L'ancien patron de Renault s'est exprimé pendant plus de deux heures mercredi.")
    assert speakers_of(text) == [("Je suis heureux de f", "Carlos Ghosn")]


def test_a_headline_naming_two_people_after_its_colon_gives_no_speaker():
    text = ("« Une trahison pour tous les habitants » : la colère des amis de Jean Roy contre "
            "Paul Martin\n\n"
            "Le conseil municipal a voté mardi soir.")
    assert speakers_of(text) == [("Une trahison pour to", None)]


def test_a_headline_naming_the_friends_of_someone_gives_no_speaker():
    text = ("« Une trahison pour tous les habitants » : la colère des amis de Jean Roy\n\n"
            "Le conseil municipal a voté mardi soir.")
    assert speakers_of(text) == [("Une trahison pour to", None)]


def test_a_museum_statement_is_no_painters_words():
    text = ("L'exposition consacrée au peintre Eugène Delacroix est la plus fréquentée, annonce "
            "le musée. \"Cette rétrospective historique devient le plus grand succès jamais "
            "rencontré\", selon un communiqué du musée.")
    assert speakers_of(text) == [("Cette rétrospective ", None)]


def test_a_name_opening_a_clause_after_selon_la_mere_is_no_apposition():
    text = ("Selon la mère, Jean Dupont a attrapé le garçon « par le bras et l'a mis dans la "
            "voiture ».")
    assert speakers_of(text) == [("par le bras et l'a m", None)]
