from pathlib import Path

import pytest

from articles.text.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
WIKINEWS = sorted((ROOT.parent / "shared" / "corpus" / "wikinews" / "text").glob("*.txt"))


def test_seeds_are_french():
    assert len(SEEDS) == 5
    assert [detect_language(path.read_text(encoding="utf-8")) for path in SEEDS] == ["fr"] * 5


@pytest.mark.skipif(not WIKINEWS, reason="../shared/corpus is not beside the checkout")
def test_wikinews_corpus_is_french():
    assert len(WIKINEWS) == 60
    assert {path.name: detect_language(path.read_text(encoding="utf-8")) for path in WIKINEWS} == {
        path.name: "fr" for path in WIKINEWS
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The NATO secretary general said on Tuesday that allies must send more air defence "
            "systems to Ukraine, as Russian strikes on the power grid left millions without heating.",
            "en",
        ),
        (
            "Der NATO-Generalsekretär hat die Mitgliedstaaten aufgefordert, der Ukraine mehr "
            "Luftabwehrsysteme zu liefern. Russland greife gezielt die zivile Infrastruktur an, sagte er.",
            "de",
        ),
        (
            "El secretario general de la OTAN pidió el martes a los aliados que envíen más sistemas "
            "de defensa antiaérea a Ucrania, tras los ataques rusos contra la red eléctrica.",
            "es",
        ),
        (
            "Il segretario generale della Nato ha chiesto agli alleati di inviare più sistemi di "
            "difesa aerea all'Ucraina, dopo gli attacchi russi contro la rete elettrica del paese.",
            "it",
        ),
        (
            "O secretário-geral da NATO pediu aos aliados que enviem mais sistemas de defesa "
            "antiaérea para a Ucrânia, depois dos ataques russos contra a rede elétrica do país.",
            "pt",
        ),
        (
            "“I think we have to be very clear that this is not over,” the minister told the BBC. "
            "« C’est une guerre longue », a-t-il ajouté in French, before leaving the press room.",
            "en",
        ),
        (
            "Le secrétaire général de l’OTAN a appelé mardi les alliés à livrer davantage de "
            "systèmes de défense aérienne à l’Ukraine, alors que les frappes russes privent des "
            "millions de personnes de chauffage.",
            "fr",
        ),
        (
            "Interrogé par CNN, le président américain a répondu : « We will stand with Ukraine for "
            "as long as it takes, and we will not be intimidated by these threats. » Il a ensuite "
            "quitté la salle sans répondre aux autres questions des journalistes.",
            "fr",
        ),
    ],
)
def test_short_paragraphs(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "OTAN", "Jens Stoltenberg, 2022", "12/03/2021 — 14h05", "Москва и Киев"]
)
def test_too_little_text_is_undetermined(text):
    assert detect_language(text) == "und"


def test_only_the_head_counts_and_the_answer_is_stable():
    french = SEEDS[0].read_text(encoding="utf-8")
    text = french * 2 + " the of and to in is was" * 2000  # English only after the first 4 KB
    assert detect_language(text) == "fr"
    assert {detect_language(french) for _ in range(5)} == {"fr"}
