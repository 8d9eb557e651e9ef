"""Speaker and name rules of the fourth round, each on a sentence of the shape met in the
development half of the news4 set (French regional, Swiss, Québec and African news), paraphrased,
with the names given as the entity detector passes them."""

from articles.text.entities import default_detector
from tests.test_speakers_names import analysed as speakers_of


def people(text):
    return [m.surface for m in default_detector().find(text) if m.kind == "person"]


def test_a_given_name_alone_is_a_person_as_a_subject_or_after_its_verb():
    # témoignages: people named by their given name only
    assert people("Christian venait de se garer quand il a entendu une explosion.") == [
        "Christian"]
    assert people("Enfin, David pousse un soupir de soulagement.") == ["David"]
    assert people("« On fait attention à tout », explique Annie dans les rayons.") == ["Annie"]
    # not a storm, a preposition's object or a word opening a phrase
    assert people("La semaine dernière, la tempête Patricia a tué une femme.") == []
    assert people("Grâce à ses efforts, tout va bien.") == []


def test_a_narrating_verb_gives_the_next_quotation_of_its_paragraph():
    text = ("Une autre voisine, Annie, raconte aussi cette nuit. « J'ai entendu beaucoup de "
            "camions de pompiers et j'ai regardé par la fenêtre. »")
    assert speakers_of(text) == [("J'ai entendu beaucou", "Annie")]
    text = ("Christian venait de se garer. Il raconte, très ému. « J'ai pris mon extincteur et "
            "je suis monté tout de suite. »")
    assert speakers_of(text) == [("J'ai pris mon extinc", "Christian")]
    # an action is no announcement, and a new paragraph is another matter
    text = ("Christian a fermé la porte. « Il faut partir maintenant, tout de suite », dit la "
            "voisine.")
    assert speakers_of(text) == [("Il faut partir maint", None)]
    text = ("Annie raconte cette nuit.\n\n« Les pompiers sont arrivés en dix minutes à peine "
            "sur place. »")
    assert speakers_of(text) == [("Les pompiers sont ar", None)]


def test_an_incise_names_its_speaker_after_a_role_and_a_comma():
    text = ("« C'était une discussion très constructive, vraiment, a lancé la ministre de "
            "l'Économie et de l'Énergie, Christine Fréchette. On a parlé de tout. »")
    assert speakers_of(text) == [("C'était une discussi", "Christine Fréchette")]


def test_a_place_is_no_antecedent_of_qui_before_a_quotation():
    text = ("Le ministre de l'Intérieur Manuel Valls a exprimé sa « tristesse » en apprenant la "
            "mort de ce gendarme de la brigade de Mauzé-sur-le-Mignon dans les Deux-Sèvres, qui "
            "« se déplaçait sur une intervention ».")
    assert speakers_of(text)[-1] == ("se déplaçait sur une", "Manuel Valls")
    text = ("Il a été débouté par le Conseil d'État, qui « annule la décision du tribunal "
            "administratif ».")
    assert speakers_of(text) == [("annule la décision d", "Conseil d'État")]


def test_a_participle_after_an_inverted_cue_speaks_for_that_cue_even_unnamed():
    text = ("Le Hamas a « accepté de libérer 34 prisonniers dans la première phase d'un "
            "accord », a déclaré ce responsable, précisant que la liste comprenait « l'ensemble "
            "des femmes, des malades et des enfants ».")
    assert speakers_of(text) == [("accepté de libérer 3", None), ("l'ensemble des femme", None)]
    text = ("« Nous partirons demain matin », a déclaré Jean Dupont, précisant que la décision "
            "était « irrévocable et définitive pour nous ».")
    assert speakers_of(text) == [("Nous partirons demai", "Jean Dupont"),
                                 ("irrévocable et défin", "Jean Dupont")]


def test_doubled_single_quotes_find_their_speakers_like_double_ones():
    # news5 p407 (paraphrased): the cue after ’’, and the participle of the sentence before
    text = ("Jafar Panahi s’est adressé ‘’à tous les Iraniens, en Iran et dans le monde’’, leur "
            "demandant de ‘’mettre tous les problèmes de côté’’. ‘’Le plus important est notre "
            "pays et sa liberté’’, a-t-il dit lors de la cérémonie.")
    assert [who for _, who in speakers_of(text)] == ["Jafar Panahi"] * 3


def test_a_name_with_an_arabic_particle_before_an_apposition_is_a_person():
    # news5 p409: `Selon Ezzat al-Rishq, membre du bureau politique du Hamas, …`
    assert people("Selon Ezzat al-Rishq, membre du bureau politique du Hamas, tout est "
                  "bloqué.") == ["Ezzat al-Rishq"]


def test_a_feeling_verb_introduces_words_after_the_quotation():
    # news4 p309 (paraphrased): `« … » s'est attristée Souad Zehah`
    text = ("« Je ne sais toujours pas pourquoi mon frère est mort » s'est attristée Souad "
            "Zehah, la sœur de la victime.")
    assert [who for _, who in speakers_of(text)] == ["Souad Zehah"]


def test_inviter_a_is_a_cue_and_adverbial_phrases_sit_inside_the_verb():
    # news5 p417, p429 (paraphrased)
    text = ("Selon France Info, Emmanuel Macron a invité chaque ministre à « prendre beaucoup de "
            "distance ».")
    assert [who for _, who in speakers_of(text)] == ["Emmanuel Macron"]
    text = ("« Ce n'est pas facile de travailler sur le terrain », a par la suite indiqué "
            "Sylvain Caron. « Nous verrons bien demain matin », a de son côté déclaré la "
            "ministre Rachida Dati.")
    assert [who for _, who in speakers_of(text)] == ["Sylvain Caron", "Rachida Dati"]


def test_a_credited_work_and_a_named_slogan_are_no_speech():
    # news4 p321, p337 (paraphrased)
    text = ("Joaquin Phoenix remporte le prix d'interprétation pour “You were never really "
            "here” de Lynne Ramsay. « La France revient », c'est le nouveau slogan du parti de "
            "Jordan Bardella.")
    assert [who for _, who in speakers_of(text)] == [None, None]
    # words credited to their speaker after a cue stay speech
    text = "« Nous partirons demain matin », a dit Jean Dupont devant la presse."
    assert [who for _, who in speakers_of(text)] == ["Jean Dupont"]
