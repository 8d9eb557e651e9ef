"""The keyboard alone: skip link, search box, Enter; the focused element is always visible."""

import re

from playwright.sync_api import Locator, expect

from tests.browser.support import BROWSER, TITLES, expect_results

pytestmark = BROWSER


def expect_visible_focus(element: Locator) -> None:
    """`element` has the keyboard focus, is on screen, and is drawn with a focus outline."""
    expect(element).to_be_focused()
    expect(element).to_be_in_viewport()
    style = element.evaluate("el => { const s = getComputedStyle(el);"
                             " return [el.matches(':focus-visible'), s.outlineStyle, s.outlineWidth] }")
    assert style[0] and style[1] != "none" and style[2] != "0px", style


def test_search_with_the_keyboard_only(page, screenshot):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller au contenu")
    expect_visible_focus(skip)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))

    page.keyboard.press("Tab")
    box = page.get_by_role("searchbox", name="Chercher dans l’archive")
    expect_visible_focus(box)
    page.keyboard.type("défense aérienne")
    screenshot(page, "keyboard")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=d%C3%A9fense(\+|%20)a%C3%A9rienne"))
    expect_results(page, "4 articles", "000", "001", "003", "004")

    # Onwards to the first result, still by keyboard: through the search form, to the results.
    first = page.get_by_role("link", name=TITLES["001"], exact=True)
    for _ in range(12):
        if first.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect_visible_focus(first)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES["001"])
