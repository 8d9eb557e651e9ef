"""Speaker and quotation rules of the ninth round, each on a sentence of the shape met in
French news, paraphrased, with the names found by the real entity detector."""

from articles.text.analysis import analyse
from articles.text.entities import default_detector
from articles.text.quotes import extract_quotes
from tests.test_speakers_names import analysed as speakers_of


def test_an_unnamed_spokesperson_speaks_for_the_body():
    text = ("« Nous ne savons rien de plus ce soir », a déclaré à l'AFP l'un des porte-parole "
            "de la police de Lausanne. « Il y a beaucoup de colère chez nos salariés », a "
            "expliqué un porte-parole de Transdev.")
    assert speakers_of(text) == [("Nous ne savons rien ", "la police de Lausanne"),
                                 ("Il y a beaucoup de c", "Transdev")]


def test_a_bare_spokesperson_is_the_body_named_with_it_before():
    text = ("Ce sont des centaines de personnes, « peut-être 500 au total », indique le "
            "porte-parole de la police liégeoise. Comme nous le confirme le porte-parole, « une "
            "enquête est en cours depuis samedi ».")
    # (`la police liégeoise` is a body the entities name: its name is the speaker)
    assert speakers_of(text) == [("peut-être 500 au tot", "police liégeoise"),
                                 ("une enquête est en c", "police liégeoise")]


def test_a_named_spokesperson_or_a_person_s_one_is_not_a_body():
    text = ("« Nous ne savons rien de plus ce soir », a déclaré un porte-parole de Donald "
            "Trump. « Nous attendons le rapport final », a dit Jean Dupont, porte-parole de "
            "la police de Lausanne.")
    assert speakers_of(text) == [("Nous ne savons rien ", None),
                                 ("Nous attendons le ra", "Jean Dupont")]


def test_comme_with_an_object_pronoun_before_its_verb_names_who_follows():
    text = "Comme nous le confirme Jean Dupont, « nous avons bien été informés de ce rassemblement »."
    assert speakers_of(text) == [("nous avons bien été ", "Jean Dupont")]


def test_a_complement_with_an_elided_article_does_not_hide_the_subject():
    text = ("« Ça fait cocotte minute chez mon client », explique Maître Hélène Mazure.\n\n"
            "« Il aurait pu rester chez lui ce soir-là », affirme lors de ses réquisitions "
            "l’avocat général.")
    found = analyse(text, detector=default_detector()).quotes
    assert [(a.speaker, a.mention) for _, a in found] == [
        ("Hélène Mazure", "Hélène Mazure"), (None, "l’avocat général")]


def test_a_headline_signed_after_a_dash():
    text = ("«Los Angeles était la meilleure équipe sur la glace ce soir» -Martin St-Louis\n\n"
            "Écoutez le point de presse de l'entraîneur Martin St-Louis après la victoire.")
    assert speakers_of(text) == [("Los Angeles était la", "Martin St-Louis")]


def test_an_interview_s_labelled_paragraphs_go_on_with_who_answered_above():
    text = ("Charles Leclerc : « Même après tous les tours, je pouvais repartir »\n\n"
            "A quel point est-ce qu'il était touché sur la piste ? : « J'ai vraiment eu du mal "
            "à retenir mes émotions durant les derniers tours de course. Deux tours avant la "
            "fin, j'ai réalisé que je luttais pour y voir quelque chose parce que j'avais les "
            "larmes aux yeux et je me suis dit “Non, Charles, pas maintenant”. A Monaco, tu dois "
            "rester concentré jusqu'à la fin. Vous savez, c'est seulement une victoire. La "
            "saison est encore longue. Mais celle-ci signifie tellement... ».\n\n"
            "Deux ans depuis sa dernière victoire et un tournant ? : « Je pense que c'était plus "
            "il y a quelques courses. »")
    assert [who for _, who in speakers_of(text)] == ["Charles Leclerc"] * 3


def test_the_cue_of_the_sentence_before_does_not_reach_a_sentence_with_its_own_subject():
    text = ("25.000 personnes manifestent à Bruxelles, selon la police\n\n"
            "La foule demande aux autorités fédérales « une pension juste et digne pour tous ».")
    assert speakers_of(text) == [("une pension juste et", None)]
    # a quotation opening its sentence still goes on with the view given just before
    text = "Pour Jean Dupont, la situation est claire. « Nous devons partir au plus vite. »"
    assert speakers_of(text) == [("Nous devons partir a", "Jean Dupont")]


def test_an_english_opening_mark_used_as_closing_mark_closes():
    text = ("Ils avaient appelé “pour la réduction du prix de l’énergie“. Sous le slogan: "
            "“nous voulons vivre! Nous voulons du cash!“, ils ont défilé.")
    assert [q.text for q in extract_quotes(text)] == [
        "pour la réduction du prix de l’énergie", "nous voulons vivre! Nous voulons du cash!"]


def test_an_epithet_is_the_one_person_the_sentence_before_names():
    text = ("Un constat qui faisait plaisir au coach des Rouches Michel Preud'homme, intervenu "
            "au micro de la RTBF. « On a fait un match très sérieux et professionnel », a estimé "
            "l'ancien gardien des Diables rouges.")
    assert speakers_of(text) == [("On a fait un match t", "Michel Preud'homme")]
    # two people named: the epithet says nothing of which one
    text = ("Michel Preud'homme a salué Paul Dupont après le match. « On a fait un match très "
            "sérieux et professionnel », a estimé l'ancien gardien.")
    assert speakers_of(text) == [("On a fait un match t", None)]


def test_the_boss_is_the_person_the_article_is_about_but_not_his_boss():
    text = ("Les années passent et se ressemblent pour Daniel Rossellat. Pour le boss du Paléo, "
            "« le bilan est arc-en-ciel cette année encore ». Le festival a attiré 230'000 "
            "spectateurs, dit Rossellat.\n\nLes espaces sans fumée restent discutés. « L'évolution "
            "des comportements ne se fait pas d'un jour à l'autre », se défend le patron du "
            "Paléo.\n\nCôté artistique, le programmateur Jacques Monnier est « un peu déçu ».")
    assert speakers_of(text) == [("le bilan est arc-en-", "Daniel Rossellat"),
                                 ("L'évolution des comp", "Daniel Rossellat"),
                                 ("un peu déçu", "Jacques Monnier")]
    text = ("Pascal Troadec a disparu. Pascal Troadec n'a plus donné de nouvelles, et son "
            "beau-frère Hubert Caouissin non plus. « Je l'ai appelé et je suis tombé sur sa "
            "messagerie », a confié son patron.")
    assert speakers_of(text) == [("Je l'ai appelé et je", None)]


def test_a_verb_of_description_ends_the_subject_before_it():
    text = ("Le docteur Julie Starck, pédiatre réanimatrice à l'hôpital Trousseau, témoigne.\n\n"
            "La pédiatre dépeint des patients qui sont « ventilés dans le couloir avec un "
            "paravent et un respirateur ». « On fait des soins dégradés, clairement », "
            "déplore-t-elle.")
    assert speakers_of(text) == [("ventilés dans le cou", "Julie Starck"),
                                 ("On fait des soins dé", "Julie Starck")]


def test_a_question_after_the_quotation_leaves_the_cue_before_it():
    # a guard for reporting verbs v9: `craindre` made `Craint-on` read as a cue
    text = ("Vers 12h45, le ministre de l'Agriculture, Didier Guillaume, a déclaré que « une "
            "partie du peuple est en train de se soulever. » Craint-on une guerre civile au "
            "sommet de l'État ?")
    assert speakers_of(text) == [("une partie du peuple", "Didier Guillaume")]


def test_a_witness_by_a_given_name_of_lexicon_version_7():
    text = ("À la gare routière de Toulouse, Réjane a été surprise par ce mouvement social. "
            "« J’essaie de prendre un autobus pour aller à Bordeaux », déclare-t-elle.")
    assert speakers_of(text) == [("J’essaie de prendre ", "Réjane")]
