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

The match is plain SQL ``LIKE`` on two columns; on PostgreSQL a trigram index (``pg_trgm``, see
migration 0002) serves it, on SQLite an FTS5 trigram table narrows the rows first
(``fts.py``). Typos are only looked for when the words as typed find nothing: each word of five
letters or more that the index does not know is replaced by the index's words one edit away
("Integartion" -> "integration"), and the page offers the corrected query.
"""

from functools import reduce
from operator import and_, or_

from django.db.models import Case, Count, FloatField, Q, Value, When
from django.db.models.functions import Coalesce

from . import fts
from .folding import MIN_PART_LENGTH, MIN_TYPO_LENGTH, one_edit_away
from .models import PAGE_KINDS, SearchEntry, SearchWord

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
    """Whether ``term`` occurs in one of ``columns`` at all (its weakest level includes the
    others: a word part also finds whole words and beginnings)."""
    found = [
        condition
        for column in columns
        for level in (WORD_PART, WORD_BEGINNING, TYPO)
        if (condition := occurs(term, column, level)) is not None
    ]
    return reduce(or_, found) if found else Q(pk__in=[])


def term_score(term, columns):
    whens = [
        When(condition, then=Value(float(SCORES[column, level])))
        for column, level in LEVELS
        if column in columns and (condition := occurs(term, column, level)) is not None
    ]
    return Case(*whens, default=Value(0.0), output_field=FloatField())


def matching_entries(
    terms, *, kinds, visible_pages=None, operator="and", titles_only=False, entries=None
):
    """The rows of ``kinds`` that match ``terms``, annotated with their ``score``.

    ``visible_pages`` (a page queryset) limits rows of page kinds to the pages a reader may
    see; other kinds are limited by their sources (only live projects are indexed).
    """
    if not terms:
        return SearchEntry.objects.none()
    columns = ("title",) if titles_only else ("title", "body")
    entries = (SearchEntry.objects if entries is None else entries).filter(kind__in=kinds)
    if visible_pages is not None and set(kinds) & set(PAGE_KINDS):
        entries = entries.filter(Q(page__isnull=True) | Q(page__in=visible_pages.values("pk")))
    conditions = [term_condition(term, columns) for term in terms]
    entries = entries.filter(reduce(and_ if operator == "and" else or_, conditions))
    entries = fts.narrow(entries, terms, operator, titles_only)
    score = reduce(lambda total, term: total + term_score(term, columns), terms, Value(0.0))
    return entries.annotate(score=Coalesce(score, Value(0.0), output_field=FloatField()))


def match_scores(terms, *, kind, operator="and", titles_only=False):
    """``{object id: score}`` of the matching rows of one kind (the library's text match)."""
    entries = matching_entries(terms, kinds=[kind], operator=operator, titles_only=titles_only)
    return dict(entries.values_list("object_id", "score"))


def correct(terms):
    """Replace unknown words by the index's words one edit away; ``True`` when any was found.

    A word counts as known when the index has it as a word, or as part of a word (then it is
    not a typo but a compound part, and correcting it would only add noise).
    """
    candidates = {
        term: {edit for form in term.words for edit in one_edit_away(form)}
        for term in terms
        if len(term.words[0]) >= MIN_TYPO_LENGTH
    }
    if not candidates:
        return False
    known = set(
        SearchWord.objects.filter(
            word__in={word for term in candidates for word in term.words}
        ).values_list("word", flat=True)
    )
    wanted = {
        edit
        for term, edits in candidates.items()
        if not known.intersection(term.words) and not is_part_of_a_word(term)
        for edit in edits
    }
    if not wanted:
        return False
    frequency = dict(
        SearchWord.objects.filter(word__in=wanted)
        .values("word")
        .annotate(count=Count("id"))
        .values_list("word", "count")
    )
    corrected = False
    for term, edits in candidates.items():
        found = sorted(edits & frequency.keys(), key=lambda word: (-frequency[word], word))
        if found and not known.intersection(term.words):
            term.typos = tuple(found)
            corrected = True
    return corrected


def is_part_of_a_word(term):
    return SearchEntry.objects.filter(term_condition(term, ("title", "body"))).exists()


def kind_counts(entries):
    """``{kind: number of matching rows}``."""
    return dict(entries.order_by().values("kind").annotate(n=Count("id")).values_list("kind", "n"))
