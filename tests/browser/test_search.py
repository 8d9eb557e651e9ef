"""Searching in a real browser: results and highlights, facets, a date range, a narrow screen."""

import re

from playwright.sync_api import expect

from tests.browser.support import (
    BROWSER,
    TITLES,
    expect_results,
    no_horizontal_scroll,
    query_params,
)

pytestmark = BROWSER
# A selected facet is drawn with a trailing " ×" (CSS), which is part of the link's name.
ROUMANIE = re.compile(r"^Roumanie( ×)?$")


def test_search_lists_matching_articles_with_highlighted_words(page, screenshot):
    page.goto("/")
    page.get_by_role("searchbox", name="Chercher dans l’archive").fill("defense aerienne")
    page.get_by_role("button", name="Chercher", exact=True).click()

    expect(page).to_have_url(re.compile(r"/search/\?"))
    assert query_params(page)["q"] == ["defense aerienne"]
    expect(page).to_have_title(re.compile("^defense aerienne"))
    expect_results(page, "4 articles", "000", "001", "003", "004")
    marks = page.get_by_role("main").locator("mark")
    expect(marks.first).to_be_visible()
    words = {text.casefold() for text in marks.all_inner_texts()}
    assert words <= {"défense", "défenses", "aérienne", "aériennes"}, words
    assert {"défense", "aérienne"} <= words, words
    screenshot(page, "search")


def test_a_facet_link_narrows_the_results_and_removes_its_filter(page, screenshot):
    page.goto("/search/?q=defense+aerienne")
    places = page.get_by_role("complementary", name="Affiner", exact=True).get_by_role("region", name="Lieux", exact=True)
    places.get_by_role("link", name=ROUMANIE).click()

    expect(page).to_have_url(re.compile(r"[?&]entity=roumanie(&|$)"))
    assert query_params(page)["q"] == ["defense aerienne"]
    expect_results(page, "2 articles", "003", "004")
    active = places.get_by_role("link", name=ROUMANIE)
    expect(active).to_have_attribute("aria-current", "true")
    expect(active).to_have_attribute("title", "Retirer ce filtre")
    expect(active).not_to_have_attribute("href", re.compile("entity=roumanie"))
    chip = page.get_by_role("list", name="Filtres actifs", exact=True).get_by_role(
        "link", name="Retirer le filtre : Roumanie", exact=True)
    expect(chip).to_be_visible()
    screenshot(page, "facet")

    chip.click()
    expect(page).not_to_have_url(re.compile("entity="))
    assert query_params(page)["q"] == ["defense aerienne"]
    expect_results(page, "4 articles", "000", "001", "003", "004")
    expect(places.get_by_role("link", name=ROUMANIE)).not_to_have_attribute(
        "aria-current", "true")
    expect(page.get_by_role("list", name="Filtres actifs", exact=True)).to_have_count(0)


def test_a_date_range_narrows_the_results(page, screenshot):
    page.goto("/search/?q=defense+aerienne")
    page.get_by_text("Dates et ordre", exact=True).click()
    page.get_by_label("Du", exact=True).fill("2022-11-29")
    page.get_by_label("Au", exact=True).fill("2022-11-29")
    page.get_by_role("button", name="Chercher", exact=True).click()

    expect(page).to_have_url(re.compile(r"date_to=2022-11-29"))
    params = query_params(page)
    assert params["date_from"] == ["2022-11-29"] and params["q"] == ["defense aerienne"]
    # 001 is dated 29 November 2022; 003 is known only to the month, which overlaps the range.
    expect_results(page, "2 articles", "001", "003")
    expect(page.get_by_label("Du", exact=True)).to_have_value("2022-11-29")
    screenshot(page, "dates")


def test_an_impossible_date_is_explained(page):
    page.goto("/search/?q=otan")
    page.get_by_text("Dates et ordre", exact=True).click()
    page.get_by_label("Au", exact=True).fill("hier")
    page.get_by_label("Au", exact=True).press("Enter")

    expect(page.get_by_role("alert")).to_contain_text(
        "hier n’est pas une date : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ.")
    expect(page.get_by_label("Au", exact=True)).to_have_value("hier")


def test_search_page_fits_a_360px_screen(new_page, screenshot):
    page = new_page(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page.goto("/search/?q=defense+aerienne")
    expect_results(page, "4 articles", "000", "001", "003", "004")
    page.get_by_text("Dates et ordre", exact=True).click()
    expect(page.get_by_label("Du", exact=True)).to_be_visible()
    no_horizontal_scroll(page)
    expect(page.get_by_role("searchbox", name="Chercher dans l’archive")).to_be_in_viewport()
    screenshot(page, "mobile_search")

    page.get_by_role("link", name=TITLES["003"], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES["003"])
    no_horizontal_scroll(page)
    screenshot(page, "mobile_article")
