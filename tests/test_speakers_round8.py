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


def test_a_given_name_labelling_a_paragraph_speaks_its_quotation():
    text = ("Voici les opinions des citoyens rencontrés :\n\nJacques : « Ça me fait peur, moi, "
            "de telles choses. »\n\nDenise : « Je suis contre la violence, tout simplement. »")
    assert speakers_of(text) == [("Ça me fait peur, moi", "Jacques"),
                                 ("Je suis contre la vi", "Denise")]


def test_a_lead_quoting_part_of_a_later_quotation_has_its_speaker():
    text = ("« Il suffit d'un élève qui pète un câble. » Lundi, une enseignante a été frappée.\n\n"
            "« On est estomaqués. Il suffit d'un élève qui pète un câble et tout bascule », a "
            "dénoncé Jean-Pierre Giraud, président du syndicat.")
    assert speakers_of(text) == [("Il suffit d'un élève", "Jean-Pierre Giraud"),
                                 ("On est estomaqués. I", "Jean-Pierre Giraud")]
    # four words or fewer are too common to say whose they are
    text = ("Il dénonce une « atteinte à la démocratie ». « C'est une atteinte à la démocratie "
            "», a dit Jean Dupont.")
    assert speakers_of(text) == [("atteinte à la démocr", None),
                                 ("C'est une atteinte à", "Jean Dupont")]


def test_a_headline_s_indefinite_trade_is_the_person_the_body_gives_it_to():
    text = ("« On est obligés de trier les enfants », alerte une pédiatre réanimatrice\n\n"
            "Le docteur Julie Starck, pédiatre réanimatrice à l'hôpital Trousseau, témoigne. "
            "« Actuellement, on soigne mal nos enfants, confie la médecin. On ne peut pas tous "
            "les hospitaliser. »")
    assert speakers_of(text) == [("On est obligés de tr", "Julie Starck"),
                                 ("Actuellement, on soi", "Julie Starck")]


def test_a_school_authority_speaks_as_a_body():
    text = ("De son côté, le rectorat de Paris « condamne la violence des faits et apporte son "
            "soutien à l'équipe ».")
    assert speakers_of(text) == [("condamne la violence", "rectorat de Paris")]
