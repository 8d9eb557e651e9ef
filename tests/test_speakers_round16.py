"""Rules of the sixteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from articles.text.quotes import extract_quotes
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_a_name_the_detector_missed_after_a_complement_is_the_inverted_subject():
    text = ("Titre\n\nL'association a organisé un panel samedi.\n\n"
            "« Nous vivons une véritable révolution technologique », a déclaré à cette occasion "
            "Abdoukhadre Dieylani Bâ, adjoint au préfet.")
    assert speakers_of(text) == [("Nous vivons une véri", "Abdoukhadre Dieylani Bâ")]


def test_a_known_body_or_a_name_going_on_inside_the_complement_is_no_subject():
    text = ("Titre\n\n« Les caprices de Julien Sanchez ne m'émeuvent pas »\n\n"
            "Interrogée sur les menaces du maire FN de Beaucaire Julien Sanchez de la poursuivre "
            "en justice, Carole Delga a répondu : « les caprices de Julien Sanchez ne "
            "m'émeuvent pas. Ce monsieur ne se déplace pas ».")
    assert [speaker for _, speaker in speakers_of(text)] == ["Carole Delga", "Carole Delga"]


def test_whose_view_it_is_goes_past_a_role_and_a_short_aside():
    text = ("Titre\n\n« L'outil peut manipuler des images », a déclaré Paul Ndiaye, adjoint au "
            "préfet. Pour le journaliste Ben Makhtar Diop par ailleurs panéliste, l'outil ne "
            "remplace pas l'humain. « Nous sommes des êtres humains, nous avons créé la "
            "machine », a-t-il assuré.")
    assert speakers_of(text)[1] == ("Nous sommes des être", "Ben Makhtar Diop")


def test_a_person_after_a_reporting_verb_ending_the_clause_is_who_il_stands_for():
    text = ("Titre\n\nÀ la caisse, Arnaud voit défiler les clients. « Ça devient vraiment trop "
            "cher pour certains clients », indique-t-il.\n\n"
            "En plus, impossible de baisser les marges assure Sylvain Rochas, garagiste.\n\n"
            "« On est au minimum, ça couvre juste les frais », confie-t-il.")
    assert speakers_of(text)[1] == ("On est au minimum, ç", "Sylvain Rochas")


def test_a_verb_s_object_is_no_subject():
    text = ("Titre\n\n« Ça devient vraiment trop cher pour certains », indique Arnaud. Arnaud "
            "assure Paul Martin de son soutien.\n\n« On est au minimum, ça couvre juste les "
            "frais », confie-t-il.")
    assert speakers_of(text)[1] == ("On est au minimum, ç", "Arnaud")


def test_a_participle_s_object_is_no_subject():
    text = ("Titre\n\n« Ça devient vraiment trop cher pour certains », indique Arnaud. Arnaud a "
            "souligné Paul Martin.\n\n« On est au minimum, ça couvre juste les frais », "
            "confie-t-il.")
    assert speakers_of(text)[1] == ("On est au minimum, ç", "Arnaud")


def test_a_run_of_speech_stops_at_a_quotation_standing_after_a_sentence_about_someone():
    text = ("Titre\n\nAlexandre Macaire, 45 ans, a fait un plein rapide. « C'était vraiment à "
            "côté, donc j'en ai profité pour faire des économies. » « Avant, on avait deux "
            "voitures sur dix de Suisse, maintenant cinq », détaille une employée de la "
            "station, Shana Drut.")
    assert speakers_of(text) == [("C'était vraiment à c", "Alexandre Macaire"),
                                 ("Avant, on avait deux", "Shana Drut")]


def test_a_run_of_speech_goes_on_when_its_speaker_was_named_before():
    text = ("Titre\n\nShana Drut tient la caisse depuis dix ans.\n\nAlexandre Macaire, 45 ans, a "
            "fait un plein rapide. « C'était vraiment à côté, donc on en a profité pour faire "
            "des économies. » « Avant, on avait deux voitures sur dix de Suisse, maintenant "
            "cinq », détaille Shana Drut.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Shana Drut", "Shana Drut"]


def test_a_long_form_before_an_acronym_with_its_federation():
    text = ("a expliqué le Syndicat des agents de la paix en services correctionnels du Québec "
            "(SAPSCQ-CSN) dans un communiqué.")
    assert found(text) == [
        ("Syndicat des agents de la paix en services correctionnels du Québec", "organisation"),
        ("SAPSCQ-CSN", "organisation")]


def test_a_reversed_guillemet_after_a_colon_opens():
    text = "Elle tire la sonnette d'alarme: »Il faut que ça cesse!». Puis elle part."
    assert [q.text for q in extract_quotes(text)] == ["Il faut que ça cesse!"]


def test_reversed_curly_marks_set_with_french_spaces_pair():
    text = ("Un système planétaire ” fascinant “, disent-ils. ” Cela démontre le très haut "
            "potentiel de la recherche, confie Michaël Gillon. De tels résultats n'arrivent pas "
            "par hasard. ” Et de rappeler le reste.")
    assert [q.text for q in extract_quotes(text)] == [
        "fascinant",
        "Cela démontre le très haut potentiel de la recherche, confie Michaël Gillon. De tels "
        "résultats n'arrivent pas par hasard."]


def test_an_inverted_pronoun_is_the_one_person_the_quotation_s_sentence_names():
    text = ("Titre\n\nCharles Woeste a fermé le magasin hier.\n\nDans le magasin, la décision a "
            "été prise spontanément. C'est ce qu'a vu le délégué syndical Frédéric Rosseeuw, "
            "lui-même employé du magasin : « Des personnes ont 33 ans de maison, ils n'ont "
            "jamais fait grève », nous rapporte-t-il.")
    assert speakers_of(text) == [("Des personnes ont 33", "Frédéric Rosseeuw")]


def test_an_inverted_pronoun_skips_a_sentence_naming_someone_of_the_other_gender():
    text = ("Titre\n\nCharles Woeste a fermé le magasin hier.\n\nLe magasin de Marie Dupont a vu "
            "la scène : « Des personnes ont 33 ans de maison, ils n'ont jamais fait grève », "
            "nous rapporte-t-il.")
    assert speakers_of(text) == [("Des personnes ont 33", "Charles Woeste")]


def test_citer_reports_the_words_of_its_subject():
    text = ("Titre\n\n« Je sens une fébrilité que je n'ai jamais ressentie », indique Alain "
            "Marietta, délégué patronal.\n\nIl cite la Chine, un monde « important pour les "
            "horlogers » et un système entier « qui s'écroule un peu ».")
    assert [speaker for _, speaker in speakers_of(text)] == ["Alain Marietta"] * 3


def test_a_reporting_verb_s_form_after_an_article_and_a_preposition_is_a_noun():
    text = ("Titre\n\nLe maire Paul Roy a ouvert la fête.\n\nDes travailleurs sont venus retracer "
            "l'histoire de la cité: « Nous sommes venus car nous avons besoin de nous retrouver, "
            "explique Alain Nelles, employé. »")
    assert speakers_of(text) == [("Nous sommes venus ca", "Alain Nelles")]


def test_a_speaker_cite_par_a_medium_is_still_the_speaker():
    text = ("Titre\n\nLe ministre Karim Alaoui, cité par l'AFP, a estimé que le chantier serait "
            "« long et difficile ».")
    assert speakers_of(text) == [("long et difficile", "Karim Alaoui")]
