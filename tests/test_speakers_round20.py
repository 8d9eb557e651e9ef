"""Rules of the twentieth round (from news24-dev), each on a sentence of the shape met in
French news, paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_given_name_alone_before_a_relative_clause_is_a_person():
    text = ("Titre\n\nDes dizaines d'ouvriers étaient là. C'est le cas de Marco, qui a passé "
            "trente ans à la chaîne. Il est venu avec une pancarte. « On nous jette comme des "
            "déchets après tant d'années », a-t-il lancé.")
    assert ("Marco", "person") in found(text)
    assert speakers_of(text) == [("On nous jette comme ", "Marco")]
    # a town after `de` is no person: `la ville de Florence, qui`
    assert ("Florence", "person") not in found(
        "Titre\n\nLe maire de la ville de Florence, qui accueille le sommet, a parlé.")


def test_the_person_a_parmi_sentence_presents_is_the_next_pronoun_s_antecedent():
    text = ("Titre\n\nPaul Ardent a pris la parole. « Nous sommes venus dire adieu », "
            "a-t-il dit.\n\nParmi les personnes présentes figure aussi le délégué syndical "
            "Jean Baert (CSC). « Ce rassemblement vient des ouvriers eux-mêmes », "
            "souligne-t-il.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Paul Ardent", "Jean Baert"]


def test_a_role_with_an_adjective_no_apposition_used_is_its_one_holder():
    text = ("Titre\n\n« C'est inhumain d'annoncer cela avant Noël. » La colère est grande chez "
            "Solène Ochs, responsable du secteur industrie du syndicat. Neuf jours plus tard, "
            "la direction a confirmé.\n\n« Pourtant le site reste rentable et les commandes "
            "augmentent, ajoute la responsable syndicale. Au contraire, partir est un "
            "risque. »")
    assert speakers_of(text)[1][1] == "Solène Ochs"


def test_a_worker_s_condition_in_apposition_makes_two_unknown_words_a_person():
    text = ("Titre\n\nC'est le cas d'Adnene Belkhodja, fonctionnaire au sein d'un ministère : "
            "\"Toutes nos revendications concernent notre travail et rien d'autre\".")
    assert ("Adnene Belkhodja", "person") in found(text)
    assert speakers_of(text) == [("Toutes nos revendica", "Adnene Belkhodja")]


def test_a_person_set_off_after_the_noun_phrase_of_selon_is_the_next_subject():
    text = ("Titre\n\n« C'est un soulagement », confie Rose Le Bihan, membre de l'association."
            "\n\nSelon l'avocate de l'association, maître Mathilde Le Goff, la justice est plus "
            "attentive. \"La cour retient l'atteinte au paysage et au voisinage\", "
            "indique-t-elle.")
    assert speakers_of(text)[1] == ("La cour retient l'at", "Mathilde Le Goff")


def test_a_co_founder_in_apposition_is_named_after_the_cue():
    text = ("Titre\n\n« C'est une victoire pour l'eau et les générations futures », s'est "
            "réjoui hier le cofondateur du comité citoyen, Rodrigue Tardif.")
    assert speakers_of(text) == [("C'est une victoire p", "Rodrigue Tardif")]


def test_a_company_s_branch_opening_its_sentence_speaks_not_the_parent_in_apposition():
    text = ("Titre\n\nSayal Mining souhaite construire une mine.\n\nSayal Québec, filiale de la "
            "minière australienne Sayal Mining, a dit vouloir faire « une analyse minutieuse à "
            "l'interne » de la décision.\n\n« La société fera connaître en temps et lieu la "
            "décision qu'elle prendra. »")
    assert ("Sayal Québec", "organisation") in found(text)
    assert [speaker for _, speaker in speakers_of(text)] == ["Sayal Québec", "Sayal Québec"]


def test_an_office_no_apposition_taught_is_the_one_person_of_that_gender():
    text = ("Titre\n\nC'est ce qui ressort de la réponse donnée par Carole Diesch à une question "
            "du député Yves Cruch. L'eau manque, assure Carole Diesch. Une nouvelle station sera prête en 2022."
            "\n\nL'industrie a atteint "
            "son pic « dans les années 1980 et au début des années 1990 », indique la ministre.")
    assert speakers_of(text) == [("dans les années 1980", "Carole Diesch")]


def test_a_long_role_phrase_before_the_comma_introduces_an_unknown_name():
    text = ("Titre\n\n« Cela démontre l'incapacité de cette administration », a tonné la chef "
            "de l'opposition à l'hôtel de Ville, Noura Eloyan.")
    assert ("Noura Eloyan", "person") in found(text)
    assert speakers_of(text) == [("Cela démontre l'inca", "Noura Eloyan")]


def test_faire_remarquer_reports_speech():
    text = ("Titre\n\nLe PS restera constructif, a dit le président des socialistes, Paul "
            "Magne.\n\nLe PS regrette la démission. « Ce n'est pas parce que c'est impossible "
            "avec eux que rien n'était possible », a fait remarquer le président socialiste.")
    assert speakers_of(text) == [("Ce n'est pas parce q", "Paul Magne")]


def test_a_company_called_by_its_kind_is_the_body_the_paragraph_before_made_a_subject():
    text = ("Titre\n\nLe groupe Imprimco a annoncé mardi la fermeture d'une imprimerie. "
            "Cette décision coûte 140 emplois.\n\nLa compagnie a confirmé la nouvelle. Elle a "
            "indiqué que les activités seraient transférées « principalement vers ses "
            "installations de la Beauce et du Centre ».")
    assert speakers_of(text) == [("principalement vers ", "Imprimco")]


def test_an_office_nobody_was_given_opening_its_sentence_is_the_person_just_named():
    text = ("Titre\n\nDu jamais vu depuis 2003. «C'est une édition historique», s'est réjoui "
            "Mathis Jatonnet.\n\nLe directeur du Montreux Jazz, en se remémorant devant les "
            "journalistes une kyrielle de concerts et de «rencontres incroyables» en coulisses, "
            "n'a pu retenir son émotion. «Je suis un émotif et je mets tellement de "
            "passion dans ce festival», nous a-t-il expliqué.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Mathis Jatonnet"] * 3
    # not a person an apposition gave another trade
    other = ("Titre\n\nL'accusé travaille comme conseiller. Un métier qui a fait tiquer le "
             "procureur Stéphane Grodet. Le prévenu a tenté de rassurer le magistrat. «J'ai mis "
             "en place une structure qui m'empêche d'ouvrir des comptes», a-t-il dit.")
    assert speakers_of(other)[0][1] != "Stéphane Grodet"
