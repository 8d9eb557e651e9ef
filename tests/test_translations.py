"""Every UI string has a French translation, and the compiled catalogue matches its source."""

import ast
import gettext
import re
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
ENTRY = re.compile(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?)\s+"(.*)"$')


def parse_po(path: Path) -> list[dict]:
    entries, current, key = [], {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                entries.append(current)
            current, key = {}, None
        elif line.startswith("#"):
            current.setdefault("flags", []).append(line)
        elif (match := ENTRY.match(line)) is not None:
            key = match.group(1)
            current[key] = match.group(2)
        elif line.startswith('"') and key:
            current[key] += line[1:-1]
    if current:
        entries.append(current)
    return [e for e in entries if e.get("msgid")]


def unescape(text: str) -> str:
    return ast.literal_eval(f'"{text}"')


@pytest.mark.parametrize("language", ["fr"])
def test_every_string_is_translated(language):
    entries = parse_po(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 50
    untranslated = [e["msgid"] for e in entries
                    if not any(v for k, v in e.items() if k.startswith("msgstr"))]
    fuzzy = [e["msgid"] for e in entries if any("fuzzy" in f for f in e.get("flags", []))]
    assert untranslated == [] and fuzzy == []


def test_compiled_catalogue_is_current():
    po = parse_po(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    with open(LOCALE / "fr" / "LC_MESSAGES" / "django.mo", "rb") as fh:
        mo = gettext.GNUTranslations(fh)
    for entry in po:
        if "msgid_plural" in entry:
            continue
        assert mo.gettext(unescape(entry["msgid"])) == unescape(entry["msgstr"]), entry["msgid"]
