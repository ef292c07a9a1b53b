"""Which index rows match the search words, and how well: one query, the same on every database.

A word matches a row when one of its folded forms (``folding.Term``) occurs in the folded title
or text. How it occurs decides the score, so that the ranking reads as a user expects:

=====================================  =========  ========
the word (or a form of it) …            in title   in text
=====================================  =========  ========
is a whole word                          100        20
begins a word (word forms, prefixes)      60        12
is part of a word (compound parts)        30         6
is one edit away (typo, see ``correct``)   4         2
=====================================  =========  ========

The scores of the words add up. Words shorter than ``MIN_PART_LENGTH`` only count at a word's
beginning ("Rat" does not find "Integration").

Which rows match is decided by SQL ``LIKE``, served by trigram indexes (``fts.py``): on
PostgreSQL word parts are looked up among the index's words (``pg_trgm``), on SQLite an FTS5
trigram table narrows the rows before ``LIKE`` checks them; the score is ``LIKE`` on the
matching rows' folded title and text.

Typos are only looked for when the words as typed find nothing: each word of five letters or
more that the index does not know is replaced by the index's words one edit away ("Integartion"
-> "integration"), and the page offers the corrected query.
"""

from functools import reduce
from operator import and_, or_

from django.db.models import Case, Count, FloatField, Q, Value, When
from django.db.models.functions import Coalesce

from . import fts
from .folding import MAX_TYPO_LENGTH, MIN_PART_LENGTH, MIN_TYPO_LENGTH, one_edit_away
from .models import PAGE_KINDS, Kind, SearchEntry, SearchWord

WHOLE_WORD, WORD_BEGINNING, WORD_PART, TYPO = "whole", "beginning", "part", "typo"
SCORES = {
    ("title", WHOLE_WORD): 100,
    ("title", WORD_BEGINNING): 60,
    ("title", WORD_PART): 30,
    ("body", WHOLE_WORD): 20,
    ("body", WORD_BEGINNING): 12,
    ("body", WORD_PART): 6,
    ("title", TYPO): 4,
    ("body", TYPO): 2,
}
LEVELS = sorted(SCORES, key=SCORES.get, reverse=True)


def patterns(term, level):
    """The ``LIKE`` substrings that find ``term`` at ``level`` in a folded column."""
    if level == WHOLE_WORD:
        return [f" {form} " for form in term.words]
    if level == WORD_BEGINNING:
        return [f" {form}" for form in term.forms]
    if level == WORD_PART:
        return [form for form in term.forms if len(form) >= MIN_PART_LENGTH]
    return [f" {word} " for word in term.typos]


def occurs(term, column, level):
    column = f"{column}_folded"
    found = [Q(**{f"{column}__contains": pattern}) for pattern in patterns(term, level)]
    return reduce(or_, found) if found else None


def term_condition(term, columns):
    """Whether ``term`` occurs in one of ``columns`` at all: a form as a word part (or, for a
    short form, as a word beginning), or a corrected typo as a whole word."""
    parts = {form for form in term.forms if len(form) >= MIN_PART_LENGTH}
    parts = {p for p in parts if not any(other != p and other in p for other in parts)}
    beginnings = {f" {form}" for form in term.forms if len(form) < MIN_PART_LENGTH}
    conditions = []
    if fts.words_find_parts() and columns == ("title", "body"):
        # The index's words hold every word of four letters or more: looking the parts up
        # there is exact, and served by its trigram index (``fts.py``).
        words = [Q(word__contains=part) for part in sorted(parts)]
        if term.typos:
            words.append(Q(word__in=term.typos))
        if words:
            matching_words = SearchWord.objects.filter(reduce(or_, words))
            conditions.append(Q(pk__in=matching_words.values("entry_id")))
    else:
        beginnings |= {f" {word} " for word in term.typos}
        beginnings = {b for b in beginnings if not any(p in b for p in parts)}
        beginnings |= parts
    conditions += [
        Q(**{f"{column}_folded__contains": pattern})
        for column in columns
        for pattern in sorted(beginnings)
    ]
    return reduce(or_, conditions) if conditions else Q(pk__in=[])


def term_score(term, columns):
    whens = [
        When(condition, then=Value(float(SCORES[column, level])))
        for column, level in LEVELS
        if column in columns and (condition := occurs(term, column, level)) is not None
    ]
    return Case(*whens, default=Value(0.0), output_field=FloatField())


def readable_entries(*, kinds, visible_pages=None):
    """The rows of ``kinds`` a reader may find: ``visible_pages`` (a page queryset) limits rows
    of page kinds to the pages the reader may see; other kinds are limited by their sources
    (only live projects are indexed). Everything a search reads, typo correction included,
    starts here."""
    entries = SearchEntry.objects.all()
    if set(kinds) != set(Kind.values):
        entries = entries.filter(kind__in=kinds)
    if visible_pages is not None and set(kinds) & set(PAGE_KINDS):
        entries = entries.filter(Q(page__isnull=True) | Q(page__in=visible_pages.values("pk")))
    return entries


def matching_entries(terms, *, kinds, visible_pages=None, operator="and", titles_only=False):
    """The readable rows (``readable_entries``) that match ``terms``, with their ``score``."""
    if not terms:
        return SearchEntry.objects.none().annotate(score=Value(0.0, output_field=FloatField()))
    columns = ("title",) if titles_only else ("title", "body")
    entries = readable_entries(kinds=kinds, visible_pages=visible_pages)
    conditions = [term_condition(term, columns) for term in terms]
    entries = entries.filter(reduce(and_ if operator == "and" else or_, conditions))
    entries = fts.narrow(entries, terms, operator, titles_only)
    score = reduce(lambda total, term: total + term_score(term, columns), terms, Value(0.0))
    return entries.annotate(score=Coalesce(score, Value(0.0), output_field=FloatField()))


def match_scores(terms, *, kind, operator="and", titles_only=False):
    """``{object id: score}`` of the matching rows of one kind (the library's text match)."""
    entries = matching_entries(terms, kinds=[kind], operator=operator, titles_only=titles_only)
    return dict(entries.values_list("object_id", "score"))


def correct(terms, *, kinds, visible_pages=None):
    """Replace unknown words by words one edit away; ``True`` when any was found.

    Only words of rows the reader may find count (``readable_entries``: a restricted page's
    words are never offered, nor does a correction tell that one exists). A word counts as
    known when those rows have it as a word, or as part of a word (then it is not a typo but a
    compound part, and correcting it would only add noise). Words longer than
    ``MAX_TYPO_LENGTH`` are not corrected (their variants would be thousands).
    """
    readable = readable_entries(kinds=kinds, visible_pages=visible_pages)
    words = SearchWord.objects.filter(entry__in=readable.values("pk"))
    candidates = [
        term for term in terms if MIN_TYPO_LENGTH <= len(term.words[0]) <= MAX_TYPO_LENGTH
    ]
    if not candidates:
        return False
    known = set(
        words.filter(word__in={word for term in candidates for word in term.words}).values_list(
            "word", flat=True
        )
    )
    unknown = {
        term: {edit for form in term.words for edit in one_edit_away(form)}
        for term in candidates
        if not known.intersection(term.words) and not is_part_of_a_word(term, readable)
    }
    wanted = set().union(*unknown.values()) if unknown else set()
    if not wanted:
        return False
    # Which of the hundreds of variants exist first (an index-only lookup), then how often
    # the few that do (counting over all variants makes PostgreSQL read the whole table).
    existing = set(words.filter(word__in=wanted).values_list("word", flat=True).distinct())
    frequency = (
        dict(
            words.filter(word__in=existing)
            .values("word")
            .annotate(count=Count("id"))
            .values_list("word", "count")
        )
        if existing
        else {}
    )
    corrected = False
    for term, edits in unknown.items():
        found = sorted(edits & frequency.keys(), key=lambda word: (-frequency[word], word))
        if found:
            term.typos = tuple(found)
            corrected = True
    return corrected


def suggested_query(terms):
    """The query with each corrected word replaced by its likeliest correction, or ``None``
    when no word was corrected ("Meinten Sie …?")."""
    if not any(term.typos for term in terms):
        return None
    return " ".join(term.typos[0] if term.typos else term.word for term in terms)


def is_part_of_a_word(term, readable):
    return readable.filter(term_condition(term, ("title", "body"))).exists()
