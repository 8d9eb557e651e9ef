"""Speaker rules of the fifth round, each on a sentence of the shape met in the development half
of the news7 and news8 sets (Belgian, Lebanese, Luxembourg, Québec and African news),
paraphrased, with the names given as the entity detector passes them."""

from tests.test_speakers_names import analysed as speakers_of


def test_an_indefinite_on_is_no_antecedent_for_il():
    text = ("Le porte-parole du gouvernement, Stéphane Le Foll, s'est livré à un peu de "
            "mélancolie. Si on l'a parfois accusé de « langue de bois », il rappelle qu'il est "
            "« ministre de la forêt ».")
    assert speakers_of(text) == [("langue de bois", None),
                                 ("ministre de la forêt", "Stéphane Le Foll")]


def test_an_incise_may_name_its_addressee_before_its_speaker():
    text = ("“On va jeter les bases qui vont permettre de tenir la trajectoire, souligne au Soir "
            "François Desquesnes (Les Engagés), ministre des Pouvoirs locaux. Quand il y a 21 "
            "milliards de dépenses, on sait qu'on ne peut pas continuer.”")
    assert speakers_of(text) == [("On va jeter les base", "François Desquesnes")]
    text = ("« Nous allons gagner ce match, confie à l'AFP Jean Dupont, entraîneur du club. "
            "Rien ne nous arrêtera. »")
    assert speakers_of(text) == [("Nous allons gagner c", "Jean Dupont")]
    # a two-word name right after the verb is the speaker, not an addressee
    text = ("« Nous allons gagner ce match, confie Jean Dupont, entraîneur du club. Rien ne "
            "nous arrêtera. »")
    assert speakers_of(text) == [("Nous allons gagner c", "Jean Dupont")]


def test_a_participle_right_after_a_closing_mark_speaks_for_the_sentence_subject():
    text = ("Son président, Alaa Khorchid, a estimé que le gouvernement « n'accorde aucune "
            "attention à la question des déposants » estimant que « l'État a mis la main sur "
            "l'argent des gens ».")
    assert speakers_of(text) == [("n'accorde aucune att", "Alaa Khorchid"),
                                 ("l'État a mis la main", "Alaa Khorchid")]
    # a participle after a noun still qualifies that noun: the demonstrators speak
    text = ("Alaa Khorchid a parlé devant des manifestants réclamant « la levée immédiate du "
            "secret bancaire et des comptes ».")
    assert speakers_of(text) == [("la levée immédiate d", None)]


def test_a_name_in_marks_after_an_organisation_noun_names_it():
    text = ("Le collectif « Le Cri des déposants » a tenu mercredi un sit-in devant le "
            "Parlement libanais.\n\nLors de la manifestation, le collectif a souligné son "
            "« soutien au principe de la levée du secret bancaire ».")
    assert speakers_of(text) == [("Le Cri des déposants", None),
                                 ("soutien au principe ", "Le Cri des déposants")]
