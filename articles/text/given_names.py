"""Given names generated from package data (Faker), shared by the entity and speaker rules.

The hand-made lists (entities_given_names.txt, first_names.txt) come first; this file only
widens them to names of other countries. `python -m articles.text.entities` regenerates it.
"""

from functools import cache
from pathlib import Path

PACKAGE_GIVEN_NAMES = "entities_package_given_names.txt"
_PATH = Path(__file__).resolve().parent / "lexicon" / PACKAGE_GIVEN_NAMES


@cache
def package_given_names() -> dict[str, str]:
    """Given name as written -> "m", "f" or "" (worn by both); empty when the file is absent."""
    genders: dict[str, str] = {}
    if not _PATH.exists():
        return genders
    for line in _PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith(("m:", "f:", "x:")):
            for name in line[2:].split():
                genders[name] = line[0].replace("x", "")
    return genders
