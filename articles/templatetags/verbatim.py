"""Template filters of the reading room: values shown in the reader's language."""

from django import template
from django.utils.translation import get_language_info

from articles.timeline import period_label

register = template.Library()


@register.filter
def language_name(code: str) -> str:
    """Return the name of a language code in the active language (fr -> français), or the code."""
    try:
        return get_language_info(code)["name_translated"]
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
