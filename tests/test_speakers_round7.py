"""Speaker rules of the seventh round, each on a sentence of the shape met in French news (the
blind news sets' studied halves), paraphrased, with the names given as the entity detector
passes them."""

from tests.test_speakers_names import analysed as speakers_of


def test_unnamed_witnesses_relay_the_words_of_the_person_named_before():
    text = ("Le président a réuni ses ministres à l'Élysée. Emmanuel Macron a fait la promesse "
            "d'engager de nouvelles réformes :\n\n« Nous aurons beaucoup de réformes décisives "
            "à conduire à la rentrée », ont rapporté des participants à ce dîner.")
    assert speakers_of(text) == [("Nous aurons beaucoup", "Emmanuel Macron")]
    # witnesses who speak for themselves stay unnamed
    text = ("Le président a réuni ses ministres à l'Élysée. « Le dîner était long et "
            "sérieux », ont raconté des participants.")
    assert speakers_of(text) == [("Le dîner était long ", None)]
    # with nobody named before, the relayed words stay unattributed
    text = ("Le dîner a duré trois heures. « Nous aurons beaucoup de réformes à conduire », "
            "ont rapporté des participants.")
    assert speakers_of(text) == [("Nous aurons beaucoup", None)]

