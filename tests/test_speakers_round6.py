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


def test_a_role_of_the_place_the_article_is_about_fits_any_role_taught_later():
    text = ("La mairie de Bonnée, un village du Loiret, a été visée par un incendie. Le "
            "procureur de Montargis, Loïc Abrial, a confirmé l'information. « Les "
            "dégâts sont importants, tous les bureaux sont noircis », décrit le maire de la "
            "commune.\n\nDes pneus ont été placés contre la porte. L'incendie a détruit les "
            "portes. La gendarmerie de Gien est chargée de l'enquête.\n\nLe maire Michel Auger "
            "ne fait aucun amalgame.")
    assert speakers_of(text) == [("Les dégâts sont impo", "Michel Auger")]
    # a role of another body still needs its own apposition
    text = ("Le procureur de Montargis, Loïc Abrial, a confirmé l'information. « Les dégâts "
            "sont importants, tous les bureaux sont noircis », décrit le maire de la région.\n\nDes pneus ont été placés contre la porte. L'incendie a détruit "
            "les portes. La gendarmerie de Gien est chargée de l'enquête.\n\nLe président "
            "Michel Auger ne fait aucun amalgame.")
    assert speakers_of(text) == [("Les dégâts sont impo", None)]


def test_a_speaker_who_goes_on_keeps_the_words_under_a_new_role():
    text = ("« C'est un plaisir d'accueillir le Conseil fédéral en Valais », a répondu le "
            "président du Conseil d'Etat Franz Ruppen.\n\n« Une course d'école est avant tout "
            "faite pour créer des liens et pour rire ensemble », a poursuivi le ministre "
            "cantonal.")
    assert speakers_of(text) == [("C'est un plaisir d'a", "Franz Ruppen"),
                                 ("Une course d'école e", "Franz Ruppen")]
    # a new verb of speech under another role is someone else, unknown here
    text = ("« C'est un plaisir d'accueillir le Conseil fédéral en Valais », a répondu le "
            "président du Conseil d'Etat Franz Ruppen.\n\n« Une course d'école est avant tout "
            "faite pour créer des liens et pour rire ensemble », a répliqué le ministre "
            "cantonal.")
    assert speakers_of(text)[1] == ("Une course d'école e", None)
    # nor does a woman's role go on for a man
    text = ("« C'est un plaisir d'accueillir le Conseil fédéral en Valais », a répondu le "
            "président du Conseil d'Etat Christophe Darbellay.\n\n« Une course d'école est avant tout "
            "faite pour créer des liens et pour rire ensemble », a poursuivi la ministre "
            "cantonale.")
    assert speakers_of(text)[1] == ("Une course d'école e", None)


def test_a_demand_quoted_right_after_vouloir_is_its_subject_s():
    text = ("La CGT demande en priorité des embauches supplémentaires, Sud-Rail veut "
            "« l'arrêt des réorganisations et restructurations ».")
    assert speakers_of(text) == [("l'arrêt des réorgani", "SUD-Rail")]  # (canonical name)
    # `voulait dire`: what someone meant is no quotation of theirs
    text = ("L'entourage de François Fillon explique que ce dernier voulait dire que ses enfants "
            "« sont avocats » maintenant.")
    assert speakers_of(text) != [("sont avocats", "François Fillon")]


def test_an_indefinite_speaker_named_by_an_apposition():
    text = ("Le CNSP cible la France. « Le combat ne s’arrêtera que le jour où il n’y aura plus "
            "aucun militaire français au Niger », a déclaré un membre du CNSP, le colonel Ibro "
            "Amadou, devant la foule. Il a ensuite ajouté : « C’est vous qui allez les "
            "chasser ».")
    assert speakers_of(text) == [("Le combat ne s’arrêt", "Ibro Amadou"),
                                 ("C’est vous qui allez", "Ibro Amadou")]
    # with no name after it, an indefinite speaker stays unnamed
    text = ("« Le combat ne s’arrêtera que le jour où il n’y aura plus aucun militaire "
            "français », a déclaré un membre du CNSP, devant la foule réunie par Ibro Amadou.")
    assert speakers_of(text) == [("Le combat ne s’arrêt", None)]


def test_a_relative_after_an_apposition_speaks_for_the_person_before_it():
    text = ('Le leader de Pastef se trouve au Palais de Justice.Selon Me Khoureyssi Ba, un de '
            'ses avocats qui a réagi sur la Rfm ," Pour des raisons de sécurité et pour éviter '
            'des débordements, Ousmane Sonko a quitté la section de Recherches".Pour rappel, la '
            'garde à vue de ses proches arrêtés pour "troubles à l\'ordre public et '
            'participation à une manifestation non autorisée" a été levée.')
    # (the glued `".Pour` ends the sentence; the second quotation is a charge)
    assert speakers_of(text) == [("Pour des raisons de ", "Khoureyssi Ba"),
                                 ("troubles à l'ordre p", None)]
