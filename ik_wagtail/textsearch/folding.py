"""German text in the one form that indexed text and search words are compared in.

Both sides are *folded*: lower case, ß as ss, ä/ö/ü as ae/oe/ue (so "Hueckelhoven" and
"Hückelhoven" are the same word) and other accents removed ("Café" is "cafe"). A word with an
umlaut is indexed a second time with the plain vowel ("Mütter" also as "mutter"), so "Mutter"
finds it and "Verbände" without its ending finds "Verband". Hyphenated words are indexed as
their parts and joined ("Kita-Einstieg" as "kita einstieg kitaeinstieg"), so the joined and the
hyphenated spelling find each other.

Matching then looks for a search word *inside* the indexed words: the part of a compound that
a user remembers finds the compound ("Training" in "Fußballtraining", "Kirche" in
"Kirchengemeinde"). That covers word forms too: the word without a common German ending
(``stem``) is looked for as well ("Bleibeperspektiven" finds "Bleibeperspektive"). No stemmer,
splitter or word list is needed for this, on either database.
"""

import re
import unicodedata
from dataclasses import dataclass, field

WORD = re.compile(r"[^\W_]+")
HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")

#: At most this many search words count; the rest of a long query is ignored.
MAX_TERMS = 8
#: Shorter words are only found at the beginning of a word ("Rat" not inside "Integration").
MIN_PART_LENGTH = 4
#: Words this long or longer are corrected when they are not in the index (one edit), up to
#: ``MAX_TYPO_LENGTH`` (a longer word's variants would be thousands of SQL parameters).
MIN_TYPO_LENGTH = 5
MAX_TYPO_LENGTH = 30
#: Words of the index that typo correction knows (longer ones are cut off in ``SearchWord``).
MIN_INDEXED_WORD_LENGTH = 4
MAX_INDEXED_WORD_LENGTH = 100

STOP_WORDS = frozenset(
    [
        "aber",
        "als",
        "am",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "bis",
        "da",
        "damit",
        "dann",
        "das",
        "dass",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "doch",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "fuer",
        "gegen",
        "hat",
        "im",
        "in",
        "ist",
        "ja",
        "mit",
        "nach",
        "nicht",
        "noch",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sich",
        "sie",
        "sind",
        "so",
        "ueber",
        "um",
        "und",
        "uns",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "was",
        "wie",
        "wir",
        "zu",
        "zum",
        "zur",
    ]
)
GERMAN_ENDINGS = ("innen", "ern", "en", "er", "es", "e", "n", "s")
MIN_STEM_LENGTH = 4

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
PLAIN_VOWELS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
TYPO_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def without_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(word):
    """A lower-case word in its folded form ("Straße" -> "strasse", "Café" -> "cafe")."""
    return without_accents(word.translate(UMLAUTS))


def plain_fold(word):
    """A lower-case word folded with plain vowels for umlauts ("mütter" -> "mutter")."""
    return without_accents(word.translate(PLAIN_VOWELS))


def lower_words(text):
    return WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def indexed_words(text):
    """The folded words of ``text`` as the index holds them, in order (see the module)."""
    lowered = unicodedata.normalize("NFC", text or "").lower()
    words = []
    for word in WORD.findall(lowered):
        words.append(fold(word))
        if (plain := plain_fold(word)) != words[-1]:
            words.append(plain)
    for compound in HYPHENATED.findall(lowered):
        words.append(fold(compound.replace("-", "")))
    return words


def folded_text(words):
    """Indexed words as one string of the distinct ones, with a space before and after every
    word, so that ``" wort"`` finds a word beginning and ``" wort "`` a whole word. (A word
    counts once: matching only asks whether it occurs, and the shorter string is scanned
    faster.)"""
    return f" {' '.join(dict.fromkeys(words))} "


def vocabulary(words):
    """The distinct indexed words of four characters or more (``SearchWord``: typo
    correction, and on PostgreSQL the lookup of word parts)."""
    return {
        word[:MAX_INDEXED_WORD_LENGTH] for word in words if len(word) >= MIN_INDEXED_WORD_LENGTH
    }


def stem(word):
    """``word`` without a common German inflection ending ("sprachkurse" -> "sprachkurs")."""
    for ending in GERMAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LENGTH:
            return word[: -len(ending)]
    return word


@dataclass(eq=False)  # one object per search word: a dict key while correcting
class Term:
    """One search word with the folded forms that find it.

    ``words`` are the word's folded spellings (found as whole words they rank highest),
    ``stems`` the same without a German ending, ``typos`` words of the index one edit away
    (filled in by ``matching.correct``; found only where nothing else is).
    """

    word: str
    words: tuple
    stems: tuple
    typos: tuple = field(default=())

    @property
    def forms(self):
        return tuple(dict.fromkeys([*self.words, *self.stems]))


def search_terms(query):
    """The words of ``query`` that are searched (see the module), each as a ``Term``.

    Function words and single letters are dropped; at most ``MAX_TERMS`` words are kept.
    """
    terms = []
    for word in lower_words(query):
        # Cut like the index's words: folding can make one character many ("ﷺ" is 18).
        words = tuple(
            dict.fromkeys(
                [fold(word)[:MAX_INDEXED_WORD_LENGTH], plain_fold(word)[:MAX_INDEXED_WORD_LENGTH]]
            )
        )
        if len(word) < 2 or STOP_WORDS.intersection(words):
            continue
        if any(term.words == words for term in terms):
            continue
        stems = tuple(s for s in dict.fromkeys(stem(form) for form in words) if s not in words)
        terms.append(Term(word=word, words=words, stems=stems))
    return terms[:MAX_TERMS]


def one_edit_away(word):
    """Every string one deletion, transposition, replacement or insertion away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in TYPO_ALPHABET}
    edits |= {left + c + right for left, right in splits for c in TYPO_ALPHABET}
    edits.discard(word)
    return edits
