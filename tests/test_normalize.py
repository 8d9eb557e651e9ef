import pytest

from articles.text.normalize import alias_key, strip_accents


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("OTAN", "otan"),
        ("Otan", "otan"),
        ("l'OTAN", "otan"),
        ("L’Otan", "otan"),
        ("d'Ukraine", "ukraine"),
        ("Jens  Stoltenberg", "jens stoltenberg"),
        ("Mikhaïlo Podoliak", "mikhailo podoliak"),
        ("États-Unis", "etats-unis"),
        ("Etats–Unis", "etats-unis"),
        ("Markus Preiß", "markus preiss"),
        ("le secrétaire général de l’OTAN", "le secretaire general de l'otan"),
        ("  «OTAN»  ", "otan"),
        ("", ""),
    ],
)
def test_alias_key(name, key):
    assert alias_key(name) == key


def test_strip_accents_keeps_letters():
    assert strip_accents("Zelensky, Zélensky, Zelenskyï") == "Zelensky, Zelensky, Zelenskyi"
