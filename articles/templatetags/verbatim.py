"""Template filters of the reading room: values shown in the reader's language."""

from django import template
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info

from articles.timeline import period_label

register = template.Library()


@register.filter
def language_name(code: str) -> str:
    """Return the name of a language code in the active language (fr -> Français in a list),
    or the code."""
    try:
        return capfirst(str(get_language_info(code)["name_translated"]))
    except KeyError:
        return code


@register.filter
def period(value: str) -> str:
    """Return a period value written for people: 2022-11 -> novembre 2022; 2022 stays."""
    try:
        year, _, month = value.partition("-")
        return period_label(int(year), int(month) if month else None)
    except (TypeError, ValueError):
        return value


@register.simple_tag
def current(path: str, url: str, also: str = "") -> str:
    """Return the aria-current attribute of a section link: "page" on the section's own page,
    "true" anywhere inside it (its URL or `also` starts the path), nothing elsewhere."""
    if path == url:
        return mark_safe(' aria-current="page"')
    if path.startswith(url) or (also and path.startswith(also)):
        return mark_safe(' aria-current="true"')
    return ""


@register.filter
def day_date(value) -> str:
    """Return a day written for people: 29 novembre 2022, 1er décembre 2022 (French writes the
    first of the month as an ordinal), 29 November 2022."""
    text = date_format(value, "j F Y")
    if value.day == 1 and (get_language() or "").startswith("fr"):
        text = "1er" + text[1:]
    return text
