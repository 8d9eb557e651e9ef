"""Reading in a real browser: an article, a speaker's quotations, the language switcher."""

import re

from playwright.sync_api import expect

from tests.browser.support import BROWSER, TITLES, expect_results

pytestmark = BROWSER


def test_open_an_article_from_the_results(page, screenshot):
    page.goto("/search/?q=defense+aerienne&date_from=2022-11-29&date_to=2022-11-29")
    page.get_by_role("link", name=TITLES["001"], exact=True).click()

    expect(page).to_have_url(re.compile(r"/articles/\d+/"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES["001"])
    expect(page).to_have_title(re.compile("^Lors d’une réunion"))
    date = page.get_by_role("main").locator("time").first
    expect(date).to_have_text("29 novembre 2022")
    expect(date).to_have_attribute("datetime", "2022-11-29")
    quotations = page.get_by_role("region", name="Citations", exact=True)
    expect(quotations.locator("blockquote").filter(
        has_text="La porte de l’Otan est ouverte").first).to_be_visible()
    expect(quotations.locator("blockquote").filter(
        has_text="Maintenant, il s’agit de savoir comment l’Ukraine survivra")).to_be_visible()
    screenshot(page, "article")

    # An article known only to the month says the month, not a made-up day.
    page.go_back()
    expect_results(page, "2 articles", "001", "003")
    page.get_by_role("link", name=TITLES["003"], exact=True).click()
    date = page.get_by_role("main").locator("time").first
    expect(date).to_have_text("novembre 2022")
    expect(date).to_have_attribute("datetime", "2022-11")


def test_follow_a_speaker_from_an_article(page, screenshot):
    page.goto("/search/?q=defense+aerienne&speaker=jens-stoltenberg")
    page.get_by_role("link", name=TITLES["001"], exact=True).click()
    quotations = page.get_by_role("region", name="Citations", exact=True)
    quotations.get_by_role("link", name="Jens Stoltenberg", exact=True).first.click()

    expect(page).to_have_url(re.compile(r"/speakers/jens-stoltenberg/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Jens Stoltenberg")
    main = page.get_by_role("main")
    # His quotations, from several articles; nobody else's.
    for words in ("La porte de l’Otan est ouverte",
                  "J'appelle les alliés à faire plus",
                  "les armes dont elle a besoin pour gagner"):
        expect(main.locator("blockquote").filter(has_text=words).first).to_be_visible()
    expect(main.locator("blockquote").filter(has_text="Nous devons surmonter cet hiver")
           ).to_have_count(0)
    screenshot(page, "speaker")


def test_switch_language_keeps_the_page(page, screenshot):
    page.goto("/search/?q=defense+aerienne&entity=roumanie")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("complementary", name="Affiner", exact=True)).to_be_visible()

    page.get_by_role("button", name="English").click()

    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_url(re.compile(r"/search/\?q=defense(\+|%20)aerienne&entity=roumanie$"))
    expect(page.get_by_role("searchbox", name="Search the archive")).to_have_value(
        "defense aerienne")
    expect(page.get_by_role("button", name="Search", exact=True)).to_be_visible()
    expect(page.get_by_role("complementary", name="Refine", exact=True)).to_be_visible()
    places = page.get_by_role("region", name="Places", exact=True)
    expect(places.get_by_role("link", name=re.compile(r"^Roumanie( ×)?$"))).to_have_attribute(
        "title", "Remove this filter")
    expect_results(page, "2 articles", "003", "004")
    expect(page.get_by_role("button", name="English")).to_be_disabled()
    screenshot(page, "english")

    # The choice sticks on the next page, and French comes back the same way.
    page.get_by_role("link", name=TITLES["003"], exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("region", name="Quotations", exact=True)).to_be_visible()
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("region", name="Citations", exact=True)).to_be_visible()
