"""Rules of the fifteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_complement_with_an_elision_before_the_subject_is_skipped():
    # `sur les lieux de l'accident`: six words, eight tokens with the apostrophe
    text = ("Titre\n\n« Nous déplorons six morts et vingt blessés », a déclaré sur les lieux "
            "de l'accident Pierre Lambert, directeur de la compagnie.")
    assert speakers_of(text) == [("Nous déplorons six m", "Pierre Lambert")]


def test_a_paragraph_opening_quotation_is_the_next_sentence_s_one_person():
    text = ("Le festival a fermé ses portes.\n\n"
            "« Certains pourraient se lasser de notre succès, nous pas du tout. » Les années "
            "passent et se ressemblent pour Daniel Morel. Encore une édition complète.")
    assert speakers_of(text) == [("Certains pourraient ", "Daniel Morel")]


def test_a_next_sentence_with_its_own_speaker_or_two_names_gives_nobody():
    speaking = ("Le procès s'ouvre.\n\n"
                "« Les droits de la défense sont sacrés et nous le dirons. » La défense, qui "
                "plaide pour Karim Sall, martèle ses arguments.")
    assert speakers_of(speaking) == [("Les droits de la déf", None)]
    two = ("Le festival a fermé.\n\n"
           "« Certains pourraient se lasser de notre succès, nous pas du tout. » Daniel Morel "
           "et Jacques Roux sourient.")
    assert speakers_of(two) == [("Certains pourraient ", None)]


def test_a_quotation_inside_a_narrative_sentence_is_not_a_lead_quotation():
    text = ("Le festival a fermé.\n\n"
            "« Certains pourraient se lasser de notre succès », lit-on sur une affiche. Daniel "
            "Morel sourit.")
    assert speakers_of(text)[0][1] != "Daniel Morel"


def test_a_headline_rewording_a_quotation_has_its_speaker():
    text = ("Restaurants fermés ? « C'est notre arrêt de mort »\n\n"
            "La mesure est trop dure, dit la présidente des restaurateurs Muriel Haas.\n\n"
            "« On espérait un peu d'air et là on nous signe notre arrêt de mort », dénonce "
            "Muriel Haas. « Nous ne tiendrons pas un mois de plus », assure Paul Roth.")
    assert speakers_of(text)[0] == ("C'est notre arrêt de", "Muriel Haas")


def test_a_headline_echoing_one_long_word_has_its_speaker():
    text = ("« On est estomaqués » : le monde éducatif sous le choc après l'agression d'une "
            "professeure par un lycéen\n\n"
            "« On est toujours estomaqués d'apprendre qu'on peut se prendre des coups », a "
            "dénoncé Jean Giraud. « Il faut des moyens pour les écoles », a ajouté Anne Roy.")
    assert speakers_of(text)[0] == ("On est estomaqués", "Jean Giraud")


def test_a_headline_two_speakers_echo_alike_or_sharing_too_little_has_nobody():
    tie = ("« Le port vivra sa grève historique » à Brest\n\n"
           "« Cette grève restera historique pour le port », a dit Jean Giraud. « Le port, "
           "c'est une grève historique », a répondu Anne Roy.")
    assert speakers_of(tie)[0] == ("Le port vivra sa grè", None)
    thin = ("« Le port ne sera jamais vendu aux étrangers » à Brest\n\n"
            "« Le port est rentable », a dit Jean Giraud.")
    assert speakers_of(thin)[0][1] is None


def test_a_school_named_after_a_person_is_the_school():
    assert found("Il étudie au lycée Michel Montaigne de Paris.") == [
        ("Michel Montaigne", "organisation"), ("Paris", "place")]
    assert found("Elle est soignée à l'hôpital Georges Pompidou depuis lundi.") == [
        ("Georges Pompidou", "organisation")]


def test_a_person_set_off_after_a_school_is_a_person():
    assert found("Le directeur du collège, Jean Moulin, a parlé.") == [
        ("Jean Moulin", "person")]


def test_a_headline_s_last_word_does_not_take_the_next_paragraph_s_quotation_as_its_name():
    text = ("Colère à la mairie\n\n« Ça suffit »\n\nLes agents sont en grève. « Nous "
            "fermerons les guichets lundi », a annoncé la mairie.")
    assert speakers_of(text)[-1] == ("Nous fermerons les g", "mairie")


def test_mismatched_marks_close_each_other():
    text = ("Titre\n\n“Au sortir de la semaine, on constate que la situation devient "
            "stationnaire », a déclaré à l'agence lundi le Dr Malang Coly, de l’OMS.")
    assert speakers_of(text) == [("Au sortir de la sema", "Malang Coly")]
    from articles.text.quotes import extract_quotes
    assert [q.text for q in extract_quotes("« Nous partons demain très tôt ”, dit-il.")] == [
        "Nous partons demain très tôt"]


def test_a_colon_after_a_thing_of_someone_gives_the_words_to_the_subject():
    text = ("Titre\n\nIdriss Diallo est revenu sur le bilan d'Emerse Faé : « Cet entraîneur a "
            "gagné la coupe d'Afrique cette année. »")
    assert speakers_of(text) == [("Cet entraîneur a gag", "Idriss Diallo")]


def test_a_colon_after_someone_s_reaction_gives_the_words_to_them():
    text = ("Titre\n\nLe journal a publié la réaction de Pierre Dupont : « Je reste à mon poste "
            "jusqu'à la fin du contrat. »")
    assert speakers_of(text) == [("Je reste à mon poste", "Pierre Dupont")]


def test_a_town_s_hospital_or_fire_service_acronym_takes_the_town():
    assert found("Les urgences du CHU de Liège sont pleines, dit le SDIS de la Gironde.") == [
        ("CHU de Liège", "organisation"), ("SDIS de la Gironde", "organisation")]
    assert found("Le CHU d'Angers Jean Dupont a parlé.") == [
        ("CHU d'Angers", "organisation"), ("Jean Dupont", "person")]


def test_a_party_s_local_branch_keeps_the_town_apart():
    assert found("Le PS de Paris a voté.") == [("PS", "organisation"), ("Paris", "place")]


def test_a_body_s_name_goes_on_over_a_noun_ending_like_an_infinitive():
    # `agriculture`, `frontières`: nouns, though they end in -re like `faire`
    assert found("Le Service valaisan de l’agriculture a compté les dégâts.") == [
        ("Service valaisan de l’agriculture", "organisation")]
    assert found("Le Comité pour faire la paix a parlé.") == []


def test_a_body_s_name_takes_an_adjective_in_ile():
    assert found("a annoncé la Direction générale de la protection civile dimanche.") == [
        ("Direction générale de la protection civile", "organisation")]


def test_the_civil_protection_is_a_body():
    assert found("a indiqué la Protection civile samedi.") == [
        ("Protection civile", "organisation")]


def test_a_quotation_further_down_is_the_person_whose_analysis_the_next_sentence_opens_on():
    text = ("Titre\n\nLes hôpitaux vont-ils exploser ? « On est à bout, jamais je n'ai connu "
            "cela. » L'analyse du docteur François Braun, président de Samu-Urgences, est sans "
            "équivoque.")
    assert speakers_of(text) == [("On est à bout, jamai", "François Braun")]
    plain = ("Titre\n\nLes hôpitaux vont-ils exploser ? « On est à bout, jamais je n'ai connu "
             "cela. » Le docteur François Braun dirige le service.")
    assert speakers_of(plain) == [("On est à bout, jamai", None)]


def test_a_quotation_alone_after_a_sentence_about_a_person_is_theirs():
    # who spoke last is asked for with `il`'s gender: a woman the paragraph is about goes on
    text = ("Titre\n\nLe conseil a voté mardi. « C'est une erreur », a déclaré la maire, Anne "
            "Dupont, qui présidait la séance.\n\nLa maire attend des réponses de l'État depuis "
            "le printemps. « Nous ne pouvons plus attendre six mois de plus. »")
    assert speakers_of(text)[-1] == ("Nous ne pouvons plus", "Anne Dupont")


def test_a_quotation_alone_after_a_sentence_about_a_thing_is_nobody_s():
    text = ("Titre\n\nLe conseil a voté mardi. « C'est une erreur », a déclaré la maire, Anne "
            "Dupont, qui présidait la séance.\n\nLe budget attend des réponses de l'État depuis "
            "le printemps. « Nous ne pouvons plus attendre six mois de plus. »")
    assert speakers_of(text)[-1] == ("Nous ne pouvons plus", None)
