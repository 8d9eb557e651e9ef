"""Tests for articles/text/cleaning.py: real seeds, the Wikinews corpus, one rule at a time."""

import re
from pathlib import Path

import pytest

from articles.text.cleaning import TITLE_MAX, CleanedArticle, clean_article

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
WIKINEWS = CORPUS / "wikinews" / "text"
WIKINEWS_FILES = sorted(WIKINEWS.glob("*.txt")) if WIKINEWS.is_dir() else []

# Written out here, not imported: the test must not share the code's idea of a dateline.
WIKINEWS_DATELINE = re.compile(r"\d{1,2}(?:er)? [a-zéû]+ \d{4}(?:, [^.\n]+)? \. –")


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def paragraphs(cleaned: CleanedArticle) -> list[str]:
    return cleaned.text.split("\n\n")


def assert_well_formed(text: str) -> None:
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert not re.search(r" \n|\n | {2}|[\t\r\u00a0\u202f\ufeff]", text)


# --- the five seeds -----------------------------------------------------------------------

def test_seed_000_has_no_headline_so_the_title_is_derived_and_the_body_is_whole():
    raw = seed("000")
    cleaned = clean_article(raw)
    assert cleaned.title == "La guerre en Ukraine continue de faire la une des journaux"
    assert cleaned.title_derived is True
    assert cleaned.header_lines == ("date 2022-12",)
    # Only the header goes: the text that followed it on the same line opens the body.
    assert cleaned.text == raw.removeprefix(" date 2022-12 ").strip()
    assert len(paragraphs(cleaned)) == 4
    assert paragraphs(cleaned)[1] == "Washington avait accepté de livrer son système de défense anti-aérienne"


def test_seed_001_drops_ads_status_broadcast_credit_and_source_link():
    raw = seed("001")
    cleaned = clean_article(raw)
    debris = {"[ad_1]", "Statut : 29/11/2022 13h23", "Tagesschau 12h00, 29.11.2022", "[ad_2]",
              "Source link -15"}
    # Every other line is a paragraph, unchanged and in order.
    assert paragraphs(cleaned) == [line for line in raw.split("\n") if line not in debris]
    assert len(paragraphs(cleaned)) == 10
    assert cleaned.header_lines == ("[ad_1]", "Statut : 29/11/2022 13h23")
    for gone in ("[ad_", "Source link", "Statut", "Tagesschau"):
        assert gone not in cleaned.text
    # The first line is a two-sentence teaser, not a headline: the title is derived and cut.
    assert cleaned.title_derived is True
    assert cleaned.title == ("Lors d’une réunion des ministres des Affaires étrangères, le secrétaire "
                             "général de l’OTAN, Stoltenberg, a appelé à la…")
    assert paragraphs(cleaned)[0].startswith("Lors d’une réunion des ministres")


def test_seed_002_headline_after_the_header_is_the_title_and_leaves_the_body():
    raw = seed("002")
    cleaned = clean_article(raw)
    assert cleaned.title == ("Guerre en Ukraine : le secrétaire général de l’Otan promet « davantage "
                             "d’armes lourdes » livrées à Kiev.")
    assert cleaned.title_derived is False
    assert cleaned.header_lines == ("date 2023-01",)
    assert cleaned.text == raw.split("\n\n", 1)[1].strip()
    assert cleaned.text.startswith("Jens Stoltenberg, le secrétaire général de l’Otan, a indiqué")
    assert "de l’Otan , Jens Stoltenberg" in cleaned.text  # original spacing kept
    assert len(paragraphs(cleaned)) == 6


def test_seed_003_headline_without_full_stop():
    raw = seed("003")
    cleaned = clean_article(raw)
    assert cleaned.title == ("Le chef du bloc militaire dirigé par les États-Unis a déclaré que soutenir "
                             "l’Ukraine était dans l’intérêt de tous les États membres")
    assert cleaned.title_derived is False
    assert cleaned.text == raw.split("\n\n", 1)[1].strip()
    assert len(paragraphs(cleaned)) == 7
    assert "un “message clair” à la Russie" in cleaned.text


def test_seed_004_headline_wins_over_standfirst_and_captions_go():
    raw = seed("004")
    cleaned = clean_article(raw)
    assert cleaned.title == ('Stoltenberg à Kiev déclare que les forces ukrainiennes gagnent '
                             '"progressivement" du terrain')
    assert cleaned.title_derived is False
    assert cleaned.header_lines == ()
    blocks = [block.strip() for block in raw.split("\n\n")]
    # standfirst first, then the body without the headline, the two caption lines and
    # "Plus dans Politique"; the no-break spaces that ended some paragraphs are gone.
    assert blocks[2].startswith("Sergei SUPINSKY / AFP") and blocks[-1] == "Plus dans Politique"
    assert paragraphs(cleaned) == [blocks[0]] + [b.rstrip("\u00a0") for b in blocks[3:-1]]
    for gone in ("photo_camera", "SUPINSKY", "Plus dans"):
        assert gone not in cleaned.text
    assert "comme le rapporte Reuters." in cleaned.text  # an agency named in prose stays


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_lines_are_kept_verbatim(prefix):
    raw = seed(prefix)
    before = raw.encode("utf-8")
    cleaned = clean_article(raw)
    assert raw.encode("utf-8") == before
    assert_well_formed(cleaned.text)
    for line in cleaned.text.split("\n"):
        if line:
            assert line in raw  # words, punctuation and French spacing as written


# --- the Wikinews corpus --------------------------------------------------------------------

@pytest.mark.skipif(not WIKINEWS_FILES, reason=f"corpus not found at {WIKINEWS}")
def test_wikinews_corpus_is_complete():
    assert len(WIKINEWS_FILES) == 60


@pytest.mark.skipif(not WIKINEWS_FILES, reason=f"corpus not found at {WIKINEWS}")
@pytest.mark.parametrize("path", WIKINEWS_FILES, ids=lambda p: p.stem)
def test_wikinews_title_is_line_one_and_only_the_dateline_leaves_the_body(path):
    raw = path.read_text(encoding="utf-8")
    cleaned = clean_article(raw)
    title, body = raw.split("\n", 1)
    assert cleaned.title == title.strip()
    assert cleaned.title_derived is False
    dateline = WIKINEWS_DATELINE.search(body)
    assert dateline is not None
    assert dateline.group(0) in cleaned.header_lines
    # Word for word, the body minus its dateline (a zero-width space is the only change).
    expected = (body[:dateline.start()] + body[dateline.end():]).replace("\u200b", "").split()
    assert cleaned.text.split() == expected
    assert not WIKINEWS_DATELINE.search(cleaned.text[:400])
    assert_well_formed(cleaned.text)
    # Paragraphs follow the blank lines of the source.
    remaining = body[:dateline.start()] + body[dateline.end():]
    assert len(paragraphs(cleaned)) == len([p for p in re.split(r"\n\s*\n", remaining) if p.strip()])


def test_wikinews_dateline_after_a_lead_paragraph():
    raw = ("France : un titre\n\n« Scandaleuse », dit-il ce jeudi.\n\n26 mai 2016 . –\n"
           "Cependant, tous les journaux n'ont pas subi le même sort.\n")
    cleaned = clean_article(raw)
    assert cleaned.title == "France : un titre"
    assert cleaned.text == ("« Scandaleuse », dit-il ce jeudi.\n\n"
                            "Cependant, tous les journaux n'ont pas subi le même sort.")
    assert cleaned.header_lines == ("26 mai 2016 . –",)


# --- whitespace, one rule at a time -----------------------------------------------------------

def test_crlf_and_lone_cr_become_newlines():
    cleaned = clean_article("Un titre\r\n\r\nPremier paragraphe.\r\nSuite.\r\rSecond.")
    assert cleaned.title == "Un titre"
    assert cleaned.text == "Premier paragraphe.\nSuite.\n\nSecond."


def test_bom_at_start_is_dropped():
    cleaned = clean_article("\ufeffUn titre\n\nLe corps.")
    assert cleaned.title == "Un titre"
    assert cleaned.text == "Le corps."


def test_nbsp_tabs_and_runs_of_spaces_become_one_space():
    cleaned = clean_article("Il a dit\u00a0:\t«\u202fnon\u202f»   et   puis\u00a0\u00a0rien.")
    assert cleaned.text == "Il a dit : « non » et puis rien."


def test_french_spacing_and_apostrophes_are_kept():
    text = "Une tentative d' attentat à Montpellier , selon « l’OTAN » ; d’après lui !"
    assert clean_article(text).text == text


def test_blank_lines_with_spaces_collapse_to_one_paragraph_break():
    cleaned = clean_article("Titre\n\nUn.\n \n\t\n\n\nDeux.\n\n\n\nTrois.")
    assert cleaned.text == "Un.\n\nDeux.\n\nTrois."


def test_without_blank_lines_every_line_is_a_paragraph():
    cleaned = clean_article("Titre\nUn.\nDeux.\nTrois.")
    assert (cleaned.title, cleaned.text) == ("Titre", "Un.\n\nDeux.\n\nTrois.")


def test_with_blank_lines_a_single_newline_stays_inside_its_paragraph():
    cleaned = clean_article("Titre\n\nUn.\nDeux.\n\nTrois.")
    assert (cleaned.title, cleaned.text) == ("Titre", "Un.\nDeux.\n\nTrois.")


# --- debris ------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "",
    "   \n\t\n",
    "\ufeff",
    " date 2022-12 ",
    "[ad_1]\n[ad_2]\nSource link -15",
    "[ad_1]\nStatut : 29/11/2022 13h23\n[ad_2]\nSource link",
    "photo_camera Jean DUPONT / AFP - Une légende\nPlus dans Politique",
])
def test_debris_only_leaves_nothing(raw):
    cleaned = clean_article(raw)
    assert cleaned.text == ""
    assert cleaned.title == ""


@pytest.mark.parametrize("line", [
    "[ad_1]",
    "Source link",
    "Source link -15",
    "photo_camera Sergei SUPINSKY / AFP - Le président ukrainien (à droite)",
    "Sergei SUPINSKY / AFP - El presidente ucraniano, Volodymyr Zelensky (dcha.)",
    "John Smith / Reuters",
    "Photo : Getty Images",
    "© AFP",
    "REUTERS/Gonzalo Fuentes",
    "Statut : 29/11/2022 13h23",
    "Publié le 3 mars 2021 à 12h30",
    "Tagesschau 12h00, 29.11.2022",
    "2022-11-29",
    "Lire aussi : Le sommet de l’OTAN à Vilnius",
])
def test_debris_line_is_removed_between_paragraphs(line):
    cleaned = clean_article(f"Un titre\n\nPremier paragraphe.\n\n{line}\n\nSecond paragraphe.")
    assert cleaned.title == "Un titre"
    assert cleaned.text == "Premier paragraphe.\n\nSecond paragraphe."


@pytest.mark.parametrize("line", [
    "Il l’a confirmé à l’AFP / Reuters ne commente pas, a-t-il dit, et tout le monde a ri.",
    "Photo de famille au sommet de l’OTAN, mardi.",
    "Source : le ministère de la Défense.",
    "Plus dans la soirée, il a annoncé sa démission.",
    "Le 29.11.2022, la réunion des ministres de l’OTAN s’est ouverte à Bucarest.",
    "Stand der Dinge : rien de neuf.",
])
def test_prose_that_looks_like_debris_stays(line):
    cleaned = clean_article(f"Un titre\n\n{line}\n\nFin de l’article.")
    assert cleaned.text == f"{line}\n\nFin de l’article."


def test_ad_marker_inside_a_line_is_removed():
    assert clean_article("Un début [ad_1] et une fin.").text == "Un début et une fin."


def test_source_link_glued_to_the_last_line_is_removed():
    assert clean_article("Le texte finit ici. Source link -3").text == "Le texte finit ici."


def test_trailing_navigation_goes_only_at_the_end():
    cleaned = clean_article("Un titre\n\nLe corps.\n\nVoir aussi\nPlus dans Monde\n")
    assert cleaned.text == "Le corps."


def test_debris_is_never_the_title():
    cleaned = clean_article("photo_camera Jean DUPONT / AFP - Une légende\n\nLe vrai titre\n\nLe corps.")
    assert cleaned.title == "Le vrai titre"
    assert cleaned.text == "Le corps."
    assert cleaned.header_lines == ("photo_camera Jean DUPONT / AFP - Une légende",)


# --- titles -----------------------------------------------------------------------------------

def test_lone_paragraph_gives_a_derived_title_and_stays_whole():
    cleaned = clean_article("Le Sénat vote la loi.")
    assert (cleaned.title, cleaned.title_derived, cleaned.text) == (
        "Le Sénat vote la loi", True, "Le Sénat vote la loi.")


def test_derived_title_skips_abbreviations():
    cleaned = clean_article("M. Macron a parlé. Puis il est parti.")
    assert cleaned.title == "M. Macron a parlé"
    assert cleaned.title_derived is True


def test_derived_title_keeps_a_question_mark():
    assert clean_article("Qui paiera ? Personne ne le sait.").title == "Qui paiera ?"


def test_long_first_sentence_is_cut_at_a_word_boundary_with_an_ellipsis():
    sentence = " ".join(["parlementaires"] * 30) + "."
    cleaned = clean_article(sentence)
    assert cleaned.title_derived is True
    assert cleaned.title.endswith("parlementaires…")
    assert len(cleaned.title) <= TITLE_MAX
    assert cleaned.text.startswith(cleaned.title[:-1] + " ")
    assert cleaned.text == sentence


def test_title_line_followed_by_text_in_the_same_block():
    cleaned = clean_article("Un titre sans point\nLe premier paragraphe.\n\nLe second.")
    assert cleaned.title == "Un titre sans point"
    assert cleaned.text == "Le premier paragraphe.\n\nLe second."


def test_first_sentence_of_a_block_is_not_taken_for_a_title():
    cleaned = clean_article("Une phrase.\nUne autre phrase.\n\nLe second.")
    assert cleaned.title_derived is True
    assert cleaned.text == "Une phrase.\nUne autre phrase.\n\nLe second."


def test_kicker_then_headline_keeps_the_first_line():
    cleaned = clean_article("Guerre en Ukraine\n\nL’OTAN promet des armes\n\nLe corps.")
    assert cleaned.title == "Guerre en Ukraine"
    assert cleaned.text == "L’OTAN promet des armes\n\nLe corps."


# --- datelines -------------------------------------------------------------------------------

def test_dateline_on_the_first_body_line_is_removed():
    cleaned = clean_article("Un titre\n\n8 mars 2016 . – Thierry et Véronique Roy ont écrit.\n\nSuite.")
    assert cleaned.text == "Thierry et Véronique Roy ont écrit.\n\nSuite."
    assert cleaned.header_lines == ("8 mars 2016 . –",)


def test_dateline_alone_on_its_line_is_removed_with_its_line():
    cleaned = clean_article("Un titre\n\n12 juin 2016 . –\nDes éboueurs font grève.\n\nSuite.")
    assert cleaned.text == "Des éboueurs font grève.\n\nSuite."


def test_dateline_with_a_place():
    cleaned = clean_article("Un titre\n\n26 juillet 2016, Normandie . –\nUn prêtre a été tué.")
    assert cleaned.text == "Un prêtre a été tué."


def test_letter_style_dateline_is_removed():
    cleaned = clean_article("Un titre\n\nParis, le 3 mars 2021\n\nMonsieur le maire, nous écrivons.")
    assert cleaned.text == "Monsieur le maire, nous écrivons."


def test_dateline_without_a_title_leaves_a_derived_title_from_the_text():
    cleaned = clean_article("1er février 2017 . – Depuis une semaine, tout va mal. Et puis ?")
    assert cleaned.title == "Depuis une semaine, tout va mal"
    assert cleaned.text == "Depuis une semaine, tout va mal. Et puis ?"


@pytest.mark.parametrize("line", [
    "March 8, 2016 – The parents wrote a letter.",
    "8. März 2016 – Die Eltern schrieben einen Brief.",
    "8 de marzo de 2016 – Los padres escribieron una carta.",
    "12 juin 2016 : les éboueurs en grève.",
])
def test_other_dates_at_paragraph_start_stay(line):
    assert clean_article(f"Un titre\n\n{line}").text == line


def test_a_date_deep_in_the_article_is_not_a_dateline():
    body = "\n\n".join(f"Paragraphe {n}." for n in range(6)) + "\n\n3 mars 2021 . – Fin."
    assert clean_article(f"Un titre\n\n{body}").text == body


# --- size ---------------------------------------------------------------------------------------

def test_twenty_megabytes_of_scraped_text_clean_correctly():
    one = seed("001")
    copies = 20_000_000 // len(one) + 1
    raw = "\r\n".join([one] * copies)
    cleaned = clean_article(raw)
    assert len(paragraphs(cleaned)) == 10 * copies
    for gone in ("[ad_", "Source link", "Statut", "Tagesschau", "\r"):
        assert gone not in cleaned.text
    assert cleaned.header_lines == ("[ad_1]", "Statut : 29/11/2022 13h23")


def test_twenty_megabytes_on_one_line_clean_correctly():
    raw = "Une phrase\u00a0courte  sans fin " * 700_000
    cleaned = clean_article(raw)
    assert cleaned.text == ("Une phrase courte sans fin " * 700_000).strip()
    assert cleaned.title_derived is True
    assert len(cleaned.title) <= TITLE_MAX


def test_a_first_paragraph_that_is_a_sentence_stays_in_the_body():
    # news p018: the standfirst names the person the body then calls `M. Legault`
    raw = (
        "Le premier ministre François Legault a invité ses députés à maintenir un front uni, "
        "mardi, et à éviter les chicanes.\n\nM. Legault a formulé cette mise en garde mardi.\n\n"
        "Il a ensuite parlé aux élus."
    )
    cleaned = clean_article(raw)
    assert cleaned.title_derived
    assert cleaned.text.startswith("Le premier ministre François Legault")
    headline = "Guerre en Ukraine : l'Otan promet des armes, dit-il.\n\nLe corps.\n\nLa suite."
    assert clean_article(headline).title.startswith("Guerre en Ukraine")
    assert not clean_article(headline).title_derived
