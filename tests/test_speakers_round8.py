"""Speaker rules of the eighth round, each on a sentence of the shape met in French news,
paraphrased, with the names found by the real entity detector."""

from tests.test_speakers_names import analysed as speakers_of


def test_a_witness_introduced_by_given_name_and_age_speaks_and_is_her():
    text = ("Marie, 34 ans, mère de deux enfants, n'en revient pas. « Je n'ai jamais vu une "
            "chose pareille dans ma vie », raconte-t-elle. Son voisin Karim est plus inquiet : "
            "« On ne sait pas ce qui va se passer demain matin. »")
    assert speakers_of(text) == [("Je n'ai jamais vu un", "Marie"),
                                 ("On ne sait pas ce qu", "Karim")]


def test_an_object_pronoun_between_the_quotation_and_its_verb():
    text = ("« Je pouvais les croiser, vraiment, tous les jours », nous dit Léna, qui habite "
            "là. Paul Martin est venu aussi. « On a eu très peur ici, toute la nuit », lui "
            "répond Anne Durand. « Je ne reviendrai pas dans ce quartier », m'a-t-il confié.")
    assert speakers_of(text) == [("Je pouvais les crois", "Léna"),
                                 ("On a eu très peur ic", "Anne Durand"),
                                 ("Je ne reviendrai pas", "Paul Martin")]
