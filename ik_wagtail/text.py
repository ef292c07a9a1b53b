"""Small text helpers shared by the plugin apps."""

import re

from django.utils.text import slugify

# Invisible characters that change how text around them looks: the bidirectional embeddings,
# overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn "Jobcenter‮fdp.exe" into a name
# that reads differently from what it is; zero-width space, word joiner and an inner byte-order
# mark hide inside words. Joiners (ZWJ, ZWNJ) and the marks LRM/RLM stay: scripts and emoji
# need them.
FORMAT_CHARACTERS = re.compile("[\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def without_format_characters(text):
    """``text`` without invisible characters that disguise it (names, titles, exports)."""
    return FORMAT_CHARACTERS.sub("", text) if text else text


GERMAN_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def german_slugify(value):
    """Slug that spells umlauts out as German readers do: "Übach-Palenberg" -> "uebach-palenberg".

    Django's ``slugify`` would drop the umlaut's dots ("ubach-palenberg"), which reads wrong.
    """
    return slugify(str(value).translate(GERMAN_TRANSLITERATION))


def unique_slug(value, queryset, max_length=200):
    """A German slug for ``value`` that no row of ``queryset`` uses yet (``-2``, ``-3``… added)."""
    base = german_slugify(value)[: max_length - 4] or "eintrag"
    taken = set(queryset.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
