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


def test_a_body_speaks_through_its_members():
    text = ("Le Conseil de sécurité de l'ONU a appelé samedi Israël à la retenue.\n\nDans une "
            "déclaration unanime, les 15 pays membres du Conseil ont \"appelé à la désescalade "
            "des tensions à Gaza et au rétablissement du calme\".")
    assert speakers_of(text) == [("appelé à la désescal", "Conseil de sécurité")]


def test_a_modal_verb_and_its_infinitive_make_one_cue_after_the_quotation():
    text = ("Du côté des libéraux, on encaissait mal le coup. «Je n’ai jamais marchandé mes "
            "valeurs et mes principes», a tenu à dire Philippe Couillard.")
    assert speakers_of(text) == [("Je n’ai jamais march", "Philippe Couillard")]
    # `a voulu dire` means, it does not report
    text = "« Il faut tout reprendre depuis le début », a voulu dire Philippe Couillard."
    assert speakers_of(text) == [("Il faut tout reprend", None)]


def test_an_office_reads_back_past_a_paragraph_break():
    text = ("Depuis Ziguinchor, l’opposant Ousmane Sonko a fait une déclaration. Sonko a appelé "
            "la population à se mobiliser, estimant que Macky Sall ne connaît que la "
            "confrontation.\n\n« Macky Sall ne connaît que la confrontation, il n’a jamais gagné "
            "des élections depuis 2012 », a lancé le maire de Ziguinchor.")
    assert speakers_of(text) == [("Macky Sall ne connaî", "Ousmane Sonko")]


def test_an_office_is_not_a_person_an_apposition_gave_another_trade():
    text = ("La mairie de Bonnée a été visée par un incendie. Le procureur de Montargis, Loïc "
            "Abrial, a confirmé l'information. \"Les dégâts sont essentiellement au "
            "rez-de-chaussée et tous les bureaux sont incendiés\", décrit le maire de la "
            "commune.")
    assert speakers_of(text) == [("Les dégâts sont esse", None)]
    # the mayor named in the next sentences is the one the cue meant
    text += ("\n\nLe maire Michel Auger ne fait aucun amalgame. \"C'est déplorable et "
             "irrecevable, je fais simplement un constat\", réagit-il.")
    assert speakers_of(text) == [("Les dégâts sont esse", "Michel Auger"),
                                 ("C'est déplorable et ", "Michel Auger")]


def test_a_trade_reads_back_to_the_person_just_quoted():
    text = ("\"Certains patients passent plusieurs nuitées sur des brancards\", confirme Sauveur "
            "Méglio, urgentiste à Royan. Pour ces patients, il n'y a pas d'intimité. \"Imaginez "
            "le désagrément quand votre voisin est malade\", souligne le médecin.")
    assert speakers_of(text) == [("Certains patients pa", "Sauveur Méglio"),
                                 ("Imaginez le désagrém", "Sauveur Méglio")]


def test_a_role_said_before_its_person_is_named_is_that_person():
    text = ("\"Depuis le début de cette affaire, mon client a proclamé son innocence\", a déclaré "
            "l'avocat de la défense. \"La seule parenthèse, ce sont les faux aveux du 7 "
            "janvier\", a-t-il poursuivi. Me Ludovic Tirelli a dénoncé les méthodes de "
            "l'enquête.")
    assert speakers_of(text) == [("Depuis le début de c", "Ludovic Tirelli"),
                                 ("La seule parenthèse,", "Ludovic Tirelli")]
    # a person an apposition gave another trade is not the one the role introduces
    text = ("Le procureur, Ludovic Tirelli, a requis six ans de prison. \"Depuis le début de "
            "cette affaire, mon client a proclamé son innocence\", a déclaré l'avocat de la "
            "défense. Ludovic Tirelli a dénoncé un système de défense absurde.")
    assert speakers_of(text)[0][1] is None


def test_a_pleading_begun_is_a_cue():
    text = ("«Au total, huit personnes l'ont mis en cause. Combien d'autres n'ont pas osé le "
            "dénoncer?» a amorcé Me Coralie Germond, avocate d'une des plaignantes.")
    assert speakers_of(text) == [("Au total, huit perso", "Coralie Germond")]


def test_a_fragment_alone_on_its_line_is_a_subheading_nobody_carries_over():
    text = ("\"Certains patients passent plusieurs nuitées sur des brancards\", confirme Sauveur "
            "Méglio, urgentiste à Royan.\n\n\"On fait de l'abattage\"\n\nAu CHU de Nîmes, le "
            "chef des urgences a compté 42 personnes en attente.")
    assert speakers_of(text) == [("Certains patients pa", "Sauveur Méglio"),
                                 ("On fait de l'abattag", None)]


def test_a_caption_line_ending_in_a_colon_names_the_words_below_it():
    text = ("Wout Van Aert a remporté l’étape au sprint.\n\n"
            "Wout Van Aert (Jumbo-Visma), vainqueur de l’étape :\n\n« Ce Tour a juste été "
            "incroyable, je ne pensais pas finir comme ça. »\n\nTadej Pogacar (UAE), vainqueur du "
            "Tour :\n\n« Un autre monde »\n\n« C’était juste fou ici aux Champs-Elysées, avec le "
            "maillot jaune. »")
    assert speakers_of(text) == [("Ce Tour a juste été ", "Wout Van Aert"),
                                 ("Un autre monde", "Tadej Pogacar"),
                                 ("C’était juste fou ic", "Tadej Pogacar")]
    # a line that does not open with a name gives nobody
    text = "Les réactions à l'arrivée :\n\n« Un autre monde, vraiment, pour nous tous. »"
    assert speakers_of(text) == [("Un autre monde, vrai", None)]


def test_the_magistrate_is_the_judge_or_the_prosecutor_just_named():
    text = ("Le juge Davio se laisse 15 jours pour vérifier tout ça. \"Si ça se fait, vous "
            "pourrez revenir pour être entendu et jugé à nouveau\", explique le magistrat.")
    assert speakers_of(text) == [("Si ça se fait, vous ", "Davio")]
