"""Speaker rules of session 24. Sentences of the shape met in French news, paraphrased, with the
names found by the real entity detector."""

import pytest

from tests.test_speakers_names import analysed as speakers_of

LEAD = "Le Conseil de Paris\n\n"


@pytest.mark.parametrize("cue", ["a intimé", "riposte", "se justifie", "rabroue", "s'esclaffe",
                                 "bredouille", "s'enquiert", "surenchérit"])
def test_verbs_of_manner_of_speaking_and_scolding_are_cues(cue):
    text = LEAD + (f"La séance a repris mardi. « Il faut arrêter de parler du crack », {cue} "
                   "Rachida Dati devant les élus.")
    assert speakers_of(text) == [("Il faut arrêter de p", "Rachida Dati")]
