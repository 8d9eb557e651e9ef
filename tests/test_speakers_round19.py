"""Rules of the nineteenth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from articles.text.entities import EntityDetector
from tests.test_speakers_names import analysed as speakers_of


def found(text):
    return [(m.surface, m.kind) for m in EntityDetector().find(text)]


def test_an_office_named_by_its_level_is_taught_by_the_apposition_before_the_name():
    text = ("Titre\n\nLa conseillère fédérale Marianne Berset laisse entendre que la Suisse "
            "pourrait suivre. Dans une interview, la conseillère fédérale chargée de l'Intérieur a "
            "déclaré:\n\n«Je suis ouverte à une interdiction des écrans. Nous devons protéger "
            "nos enfants»")
    assert speakers_of(text) == [("Je suis ouverte à un", "Marianne Berset")]


def test_a_ministry_s_adjective_belongs_to_the_role_the_apposition_teaches():
    text = ("Titre\n\nLe ministre de la Sécurité publique, Paul Ardent, a rappelé que les "
            "chiffres varient. Le syndicaliste Marc Vallier s'inquiète.\n\nSelon le ministre de "
            "la Sécurité publique, « le nombre de passages a baissé depuis août ».")
    assert speakers_of(text)[0][1] == "Paul Ardent"


def test_an_incise_naming_the_speaker_with_a_civility_ends_at_the_surname():
    text = ("Titre\n\nLe ministre Paul Ardent a rappelé que le nombre varie. Le syndicaliste "
            "Marc Vallier s'inquiète.\n\n« Parfois ça monte, parfois ça descend, a observé "
            "M. Ardent. Nous avons noté une baisse depuis la fin du mois d'août. »")
    assert speakers_of(text) == [("Parfois ça monte, pa", "Paul Ardent")]


def test_a_source_opening_the_next_paragraph_is_not_the_quotation_s_cue():
    text = ("Titre\n\nLe ministre Paul Ardent a rappelé que le nombre varie.\n\n« Parfois ça "
            "monte, parfois ça descend. Nous avons noté une baisse depuis août », a-t-il dit "
            "plus tard. « Nous restons vigilants et nous surveillons la frontière. »\n\nSelon "
            "le syndicaliste Marc Vallier, quelque 90 personnes passent chaque jour.")
    assert [speaker for _, speaker in speakers_of(text)] == ["Paul Ardent", "Paul Ardent"]


def test_a_named_spokesperson_speaks_not_the_body_they_speak_for():
    text = ("Titre\n\nLa caisse a été piratée.\n\n«Ces attaques ont entraîné la fuite de "
            "données», a affirmé jeudi le porte-parole de l'exécutif, Karim Bensaïd, après la "
            "réunion du gouvernement.")
    assert speakers_of(text) == [("Ces attaques ont ent", "Karim Bensaïd")]
    # an unnamed one speaks for the body
    unnamed = ("Titre\n\n«Ces attaques ont entraîné la fuite de données», a affirmé jeudi un "
               "porte-parole de la Caisse nationale de sécurité sociale.")
    assert speakers_of(unnamed)[0][1] == "Caisse nationale de sécurité sociale"


def test_a_quotation_opened_by_a_reversed_mark_belongs_to_its_own_sentence():
    text = ("Titre\n\nMercredi, la CNSS avait indiqué que le contenu était «souvent faux», sans "
            "plus de détails. Elle a aussi affirmé qu'une enquête était en cours. Le ministère "
            "de la Santé a assuré pour sa part qu'»aucune donnée personnelle n'avait été "
            "compromise».")
    assert speakers_of(text)[1] == ("aucune donnée person", "ministère de la Santé")


def test_a_role_s_own_adjective_is_taught_and_a_union_man_is_the_one_just_quoted():
    text = ("Titre\n\nC'est ce qu'a vu le délégué syndical Fabrice Rosset : « Des personnes ont "
            "33 ans de maison et n'ont jamais fait grève », nous rapporte-t-il.\n\n« Ils sont "
            "vraiment motivés à arrêter de travailler », justifie Fabrice Rosset.\n\nSelon le "
            "syndicaliste, la grève devrait durer « minimum six à sept jours ». Le délégué "
            "syndical ajoute : « Nous tiendrons jusqu'au bout, quoi qu'il arrive. »")
    assert [speaker for _, speaker in speakers_of(text)] == ["Fabrice Rosset"] * 4


def test_a_person_named_after_a_triggered_body_is_not_part_of_its_name():
    assert found("Évoquant un « coup de canif », la cheffe de groupe PS Laurette Onkelinx a "
                 "fini par appeler à clore le débat.") == [
        ("PS", "organisation"), ("Laurette Onkelinx", "person")]
    # a body's name that goes on past its first word stays whole
    assert ("Habitat Sud Atlantic", "organisation") in found(
        "Le bailleur Habitat Sud Atlantic a promis des travaux.")


def test_a_modal_before_the_reporting_verb_still_makes_a_cue():
    text = ("Titre\n\n« On a su rester patients », convenait le coach Alain Geiger.\n\nAuteur du "
            "deuxième but, Pierre Mendy a fêté sa réussite en posant un genou à terre.\n\n« C'était "
            "pour rappeler que l'on est tous pareils », devait expliquer le défenseur, qui "
            "remplace Iapichino. « Le club m'a toujours soutenu », tient à préciser Alain Geiger.")
    assert [speaker for _, speaker in speakers_of(text)] == [
        "Alain Geiger", "Pierre Mendy", "Alain Geiger"]
