"""Rules of the twenty-first round (from news25-dev), each on a sentence of the shape met in
French news, paraphrased, with the names found by the real entity detector."""

from articles.text.analysis import analyse
from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_laisser_entendre_reports_speech_before_and_after_the_quotation():
    after = ("Titre\n\n« Ce fut une édition magnifique, peut-être un record », a laissé entendre "
             "lundi le directeur du festival, Daniel Gagnon, avant les chiffres.")
    before = ("Titre\n\nDaniel Gagnon a laissé entendre que « les chiffres seront publiés plus "
              "tard dans la saison ».")
    assert speakers_of(after) == [("Ce fut une édition m", "Daniel Gagnon")]
    assert speakers_of(before) == [("les chiffres seront ", "Daniel Gagnon")]


def test_a_role_taught_without_its_body_fits_the_role_with_one():
    text = ("Titre\n\nLe Théâtre national accorde une place à l'événementiel. Selon Moez "
            "M'rabet, son directeur, « c'est la clé pour parler au public ».\n\nLe second "
            "rendez-vous suit. « C'est une manifestation de dimension internationale », indique "
            "le directeur du TNT.")
    assert ("Moez M'rabet", "person") in found(text)
    assert [speaker for _, speaker in speakers_of(text)] == ["Moez M'rabet", "Moez M'rabet"]


def test_a_university_after_a_name_is_no_part_of_it():
    text = ("Titre\n\n« Si des nuages sont vus, la planète ressemble à Vénus », explique Jacob "
            "Lustig de la Johns Hopkins University.")
    assert ("Jacob Lustig", "person") in found(text)
    assert ("Johns Hopkins University", "organisation") in found(text)
    assert speakers_of(text) == [("Si des nuages sont v", "Jacob Lustig")]


def test_the_person_a_feeling_is_for_speaks_after_the_colon():
    text = ("Titre\n\nLe prix Francqui est décerné au chercheur liégeois Michaël Gillon. Il "
            "sera remis en juin.\n\nLa communauté scientifique l'a salué. Mais cette récompense "
            "a un goût particulier pour l'astronome : « C'est un honneur extraordinaire pour "
            "moi. »")
    assert speakers_of(text)[0][1] == "Michaël Gillon"
    pronoun = text.replace("pour l'astronome", "pour lui")
    assert speakers_of(pronoun)[0][1] == "Michaël Gillon"
    # a feeling for someone else, named: not the words of that body
    assert speakers_of(text.replace("pour l'astronome", "pour la ville"))[0][1] is None


def test_the_newspaper_is_the_body_introduced_with_that_noun():
    text = ("Titre\n\nLe ministère a fait une proposition, indique le quotidien Al Ahdath Al "
            "Maghribia dans son édition de mercredi.\n\nLa Commission des étudiants parle d'une "
            "avancée. Ces concessions s'ajoutent à d'autres, « s'agissant des doléances des "
            "étudiants », explique le quotidien.")
    assert ("Al Ahdath Al Maghribia", "organisation") in found(text)
    assert speakers_of(text)[-1] == ("s'agissant des doléa", "Al Ahdath Al Maghribia")


def test_maghreb_given_names_open_a_person_name():
    text = ("Titre\n\nLe département, dans lequel Azzeddine El Midaoui a remplacé Chakib "
            "Benmoussa, a reçu les étudiants.")
    assert ("Azzeddine El Midaoui", "person") in found(text)
    assert ("Chakib Benmoussa", "person") in found(text)


def test_a_relative_of_a_named_person_is_not_that_person():
    text = ("Titre\n\nOn note la présence de l'acteur Xavier Dolan, âgé de vingt ans. Le fils de "
            "Manuel Tadros débarquera sur la Côte d'Azur. « Je ne sais pas trop quoi en penser, "
            "c'est surréaliste », confie-t-il.")
    assert speakers_of(text) == [("Je ne sais pas trop ", "Xavier Dolan")]


def test_celui_qui_after_the_verb_is_a_cue_naming_the_person_spoken_of():
    text = ("Titre\n\nXavier Dolan, vingt ans, présente son premier film. « Je suis plutôt "
            "nerveux, mais c'est un bon stress », confie celui qui a toujours rêvé de Cannes.")
    quote, attribution = analyse(text.split("\n\n", 1)[1], detector=EntityDetector()).quotes[0]
    assert (attribution.speaker, attribution.method, attribution.cue) == (
        "Xavier Dolan", "cue-after", "confie")


def test_a_given_name_at_someone_s_home_is_a_person():
    text = ("Titre\n\nMême constat chez Marie-Paule dont la cave ressemble à une piscine. « Le "
            "frigo, il est fichu », se désole-t-elle.")
    assert ("Marie-Paule", "person") in found(text)
    assert speakers_of(text) == [("Le frigo, il est fic", "Marie-Paule")]


def test_la_compagnie_is_the_company_named_only_in_its_own_words():
    text = ("Titre\n\nUne grève touche l'Allemagne. « Luxair est contrainte d'annuler trois vols "
            "vers Munich » prévus vendredi, indique la compagnie.\n\nLa compagnie explique "
            "avoir « anticipé la grève et aménagé au mieux son planning ».")
    assert [speaker for _, speaker in speakers_of(text)] == ["Luxair", "Luxair"]

