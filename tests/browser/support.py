"""Marks, the five seed articles (fixtures/seeds/) as a reader sees them, small helpers."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import Page, expect

# The marks of every browser test. A live server needs a transactional database, emptied by a
# flush after each test. Naming the available apps (all of them: nothing is left out) makes that
# flush a TRUNCATE ... CASCADE on PostgreSQL, which also empties the search tables that refer
# to articles and quotes (migration 0002); a plain TRUNCATE is refused because of them.
BROWSER = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, available_apps=list(settings.INSTALLED_APPS)),
]

TITLES = {
    "000": "La guerre en Ukraine continue de faire la une des journaux",
    "001": "Lors d’une réunion des ministres des Affaires étrangères, le secrétaire général de "
           "l’OTAN, Stoltenberg, a appelé à la…",
    "002": "Guerre en Ukraine : le secrétaire général de l’Otan promet « davantage d’armes "
           "lourdes » livrées à Kiev.",
    "003": "Le chef du bloc militaire dirigé par les États-Unis a déclaré que soutenir l’Ukraine "
           "était dans l’intérêt de tous les États membres",
    "004": "Stoltenberg à Kiev déclare que les forces ukrainiennes gagnent \"progressivement\" du "
           "terrain",
}


def query_params(page: Page) -> dict[str, list[str]]:
    """The query string of the page's URL, as {name: [values]}."""
    return parse_qs(urlsplit(page.url).query)


def expect_results(page: Page, count_heading: str, *seeds: str) -> None:
    """The page says `count_heading` and lists exactly the titles of `seeds` as links."""
    expect(page.get_by_role("heading", level=1)).to_have_text(count_heading)
    for seed, title in TITLES.items():
        link = page.get_by_role("main").get_by_role("link", name=title, exact=True)
        if seed in seeds:
            expect(link).to_be_visible()
        else:
            expect(link).to_have_count(0)


def no_horizontal_scroll(page: Page) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"

