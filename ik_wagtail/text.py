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
