"""Speaker rules of the sixth round, each on a sentence of the shape met in French news (the
blind news sets' studied halves), paraphrased, with the names given as the entity detector
passes them."""

from tests.test_speakers_names import analysed as speakers_of


def test_a_quotation_that_introduces_its_speaker_names_him():
    text = ("Le militaire est apparu à la télévision nationale.\n\n« Je me présente : je suis "
            "le colonel Assimi Goïta », a-t-il lancé devant la presse. « Nous avons pris nos "
            "responsabilités », a-t-il ajouté.")
    assert speakers_of(text) == [("Je me présente : je ", "Assimi Goïta"),
                                 ("Nous avons pris nos ", "Assimi Goïta")]
    text = "« Bonjour, je m’appelle Awa Diop et je vends du poisson ici depuis vingt ans. »"
    assert speakers_of(text) == [("Bonjour, je m’appell", "Awa Diop")]
    # a name after `je suis` that is no introduction stays out
    text = ("« Je suis allé voir Jean Dupont hier soir », a raconté un voisin. « Je suis "
            "contre Emmanuel Macron », lance un manifestant.")
    assert speakers_of(text) == [("Je suis allé voir Je", None), ("Je suis contre Emman", None)]
    # a named cue keeps its speaker
    text = ("« Je suis Charlie Hebdo, je suis la France », a déclaré Manuel Valls devant "
            "l'Assemblée.")
    assert speakers_of(text) == [("Je suis Charlie Hebd", "Manuel Valls")]
