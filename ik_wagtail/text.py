"""Small text helpers shared by the plugin apps."""

from django.utils.text import slugify

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
