"""German full-text search for the project library, and why a result matched.

What a user types becomes a query in three steps that can be explained to them:

1. **Words.** Lower-cased and split at everything that is not a letter or digit. Function words
   (und, für, mit, …) and single letters are dropped, at most ``MAX_TERMS`` words are kept, and
   every remaining word must match.
2. **Spellings.** Each word also matches its other German spellings: ae/oe/ue as ä/ö/ü, ss as
   ß, and ä/ö/ü/ß spelled out. So "Uebach" finds "Übach" and "Strasse" finds "Straße".
3. **Word beginnings.** Each word, and the word without a common German ending (-e, -en,
   -er, -ern, -es, -innen, -n, -s), matches the words it begins. So "Sprachkurse" also finds
   "Sprachkurs" and "Sprach" finds "Sprachcafé". On PostgreSQL the German configuration stems
   both sides first and the stem is matched as a prefix: "Ausbildung" finds "Ausbildungen" (both
   ``ausbild``), "Mutter" finds "Mütter", "Verbände" finds "Verband", and "Sprachkurs" (stem
   ``sprachkur``) finds "Sprachkurse" (``sprachkurs``), which plain stemming misses. SQLite's
   FTS5 index has no stemmer: there the word forms themselves are the prefixes and umlauts
   count as their base letter.

The match reads the index that Wagtail's database search backend maintains (its German
configuration on PostgreSQL, its FTS5 table on SQLite), once per request, and returns the
relevance of every matching project; filters, facets and pages then work on that id set. It
does not go through the backend's ``search()``: that SQL concatenates the title and body vectors
of every indexed row before matching, which no index serves (about three times the cost of
matching the vectors one by one at 10,000 projects on PostgreSQL), and it returns objects where
the library needs ids and scores. Other backends (Elasticsearch, OpenSearch) go through
Wagtail's ``search()``.
"""

import html
import json
import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Lookup
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

MAX_TERMS = 8
# Through Wagtail's ``search()`` (Elasticsearch, OpenSearch) the library works on this many
# best matches: those results are objects, loaded from the database.
MAX_EXTERNAL_MATCHES = 500

WORD = re.compile(r"[^\W_]+")
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
        "daß",
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
        "für",
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
        "über",
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
ASCII_UMLAUTS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"))
GERMAN_ENDINGS = ("innen", "ern", "en", "er", "es", "e", "n", "s")
MIN_STEM_LENGTH = 4
SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def stem_prefix(word):
    """``word`` without a common German inflection ending ("sprachkurse" -> "sprachkurs")."""
    for ending in GERMAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM_LENGTH:
            return word[: -len(ending)]
    return word


def spelling_variants(word):
    """``word`` and its other German spellings, without duplicates, the word itself first."""
    with_umlauts = word
    for spelled, umlaut in ASCII_UMLAUTS:
        with_umlauts = with_umlauts.replace(spelled, umlaut)
    variants = [
        word,
        with_umlauts,
        word.replace("ss", "ß"),
        with_umlauts.replace("ss", "ß"),
        word.translate(SPELLED_OUT),
    ]
    return tuple(dict.fromkeys(variants))


def word_forms(word):
    """``word`` in all its spellings, each also without a common German ending."""
    variants = spelling_variants(word)
    return tuple(dict.fromkeys([*variants, *(stem_prefix(variant) for variant in variants)]))


def search_terms(query):
    """The words of ``query`` that are searched, each as a tuple of its forms (``word_forms``)."""
    terms = []
    for word in WORD.findall(unicodedata.normalize("NFC", query).lower()):
        forms = word_forms(word)
        if len(word) < 2 or STOP_WORDS.intersection(forms) or forms in terms:
            continue
        terms.append(forms)
    return terms[:MAX_TERMS]


def build_query(terms, operator="and"):
    """A Wagtail search query: every term (in one of its spellings) must match, or any of them."""
    parts = [
        Or([PlainText(variant) for variant in variants])
        if len(variants) > 1
        else PlainText(*variants)
        for variants in terms
    ]
    return And(parts) if operator == "and" else Or(parts)


def match_scores(terms, operator="and", titles_only=False):
    """``{project id: relevance}`` of the projects matching ``terms``.

    The index holds published projects only (``IntegrationProject.get_indexed_objects``);
    filters narrow the matches afterwards (``facet_index.py``). With ``operator="or"`` a
    project needs to match only one of the terms; with ``titles_only`` only the titles are
    searched.
    """
    if not terms:
        return {}
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        if isinstance(backend, PostgresSearchBackend):
            return postgres_scores(terms, operator, titles_only, backend.config)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return sqlite_scores(terms, operator, titles_only)
    return search_backend_scores(terms, operator, titles_only)


def project_model():
    from .models.project import IntegrationProject

    return IntegrationProject


def index_model(name):
    """A model of Wagtail's database search index ("IndexEntry", "SQLiteFTSIndexEntry")."""
    from modelsearch.conf import get_app_config

    return get_app_config().get_model(name)


def project_content_type_id():
    return ContentType.objects.get_for_model(project_model()).pk


def postgres_scores(terms, operator, titles_only, config):
    """Each term (a prefix, in any spelling) must occur in the title or the body vector.

    The vectors are matched separately, not concatenated as Wagtail's own query does, which
    halves the cost; each term's tsquery is computed once, in the FROM clause, not per row.
    The ranking is Wagtail's: the title's rank, normalised by title length, plus the body's.
    """
    to_tsquery = "to_tsquery(%s::regconfig, %s)" if config else "to_tsquery(%s)"
    config_params = [config] if config else []
    term_queries, params = [], []
    for number, variants in enumerate(terms):
        term_queries.append(f"{to_tsquery} AS term_{number}")
        params += [
            *config_params,
            " | ".join("'{}':*".format(variant.replace("'", "''")) for variant in variants),
        ]
    any_term = " || ".join(f"term_{number}" for number in range(len(terms)))
    vectors = ["entry.title"] if titles_only else ["entry.title", "entry.body"]
    matches = f" {operator.upper()} ".join(
        "({})".format(" OR ".join(f"{vector} @@ term_{number}" for vector in vectors))
        for number in range(len(terms))
    )
    sql = (
        f"SELECT entry.object_id, ts_rank(entry.title, {any_term}) * entry.title_norm "
        f"+ ts_rank(entry.body, {any_term}) "
        f"FROM {index_model('IndexEntry')._meta.db_table} AS entry, {', '.join(term_queries)} "
        f"WHERE entry.content_type_id = %s AND ({matches})"
    )
    params.append(project_content_type_id())
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {int(object_id): score for object_id, score in cursor.fetchall()}


# Column weights of bm25() in the order of the FTS5 table's columns (autocomplete, body,
# title): a word in the title counts three times as much as one in the body.
SQLITE_BM25_WEIGHTS = (0.0, 1.0, 3.0)


def sqlite_scores(terms, operator, titles_only):
    """FTS5 prefix queries on the title and body columns, ranked by bm25."""
    fts_table = index_model("SQLiteFTSIndexEntry")._meta.db_table
    entry_table = index_model("IndexEntry")._meta.db_table
    match = f" {operator.upper()} ".join(
        "({})".format(" OR ".join('"{}"*'.format(v.replace('"', '""')) for v in variants))
        for variants in terms
    )
    weights = ", ".join(str(weight) for weight in SQLITE_BM25_WEIGHTS)
    sql = (
        f"SELECT entry.object_id, bm25({fts_table}, {weights}) "
        # CROSS JOIN makes SQLite loop over the FTS matches and look the entries up, not
        # the other way round (one full-text match per entry: seconds at 10,000 projects).
        f"FROM {fts_table} CROSS JOIN {entry_table} AS entry "
        f"ON entry.id = {fts_table}.rowid "
        f"WHERE {fts_table} MATCH %s AND entry.content_type_id = %s"
    )
    columns = "title" if titles_only else "title body"
    params = [f"{{{columns}}} : ({match})", project_content_type_id()]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        # bm25 is lower for better matches
        return {int(object_id): -rank for object_id, rank in cursor.fetchall()}


def search_backend_scores(terms, operator, titles_only):
    """Through Wagtail's ``search()``: the best ``MAX_EXTERNAL_MATCHES``, scored by position."""
    queryset = project_model().objects.live()
    fields = ["title"] if titles_only else None
    results = queryset.search(build_query(terms, operator), fields=fields)
    ids = [project.pk for project in results[:MAX_EXTERNAL_MATCHES]]
    return {pk: len(ids) - position for position, pk in enumerate(ids)}


class InIdSet(Lookup):
    """``column IN ids`` with the ids as one parameter: a PostgreSQL array, a SQLite JSON array.

    Thousands of matches as thousands of SQL parameters cost more than the query itself.
    """

    lookup_name = "in_id_set"
    prepare_rhs = False

    def __init__(self, lhs, ids):
        super().__init__(lhs, [int(pk) for pk in ids])

    def as_sql(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        if not self.rhs:
            return "1 = 0", []
        placeholders = ", ".join(["%s"] * len(self.rhs))
        return f"{lhs} IN ({placeholders})", [*params, *self.rhs]

    def as_postgresql(self, compiler, connection):
        # A set, not ``= ANY(array)``: PostgreSQL compares ANY element by element for every
        # row (1.2 s for the facets of a 6,000-match search), but hashes a subquery's rows.
        lhs, params = compiler.compile(self.lhs)
        if not self.rhs:
            return "1 = 0", []
        return f"{lhs} IN (SELECT unnest(%s::bigint[]))", [*params, self.rhs]

    def as_sqlite(self, compiler, connection):
        lhs, params = compiler.compile(self.lhs)
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(self.rhs)]


# Highlighting. A Python approximation of the database's matching, only used to show the user
# why a result matched: lower case without accents ("Mütter" -> "mutter", one character for
# one, so positions stay valid) and the beginnings of words.
FOLD = {
    code: unicodedata.normalize("NFKD", chr(code))[0]
    for code in range(0xC0, 0x250)
    if unicodedata.normalize("NFKD", chr(code))[0].isascii() and chr(code) != "ß"
}
EXCERPT_BEFORE = 70
EXCERPT_AFTER = 130


def fold(text):
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is two characters
        lowered = "".join(char.lower()[0] for char in text)
    return lowered.translate(FOLD)


class Highlighter:
    """Finds and marks the search words in a text the way a user would recognise them."""

    def __init__(self, terms):
        prefixes = {stem_prefix(fold(variant)) for variants in terms for variant in variants}
        alternatives = "|".join(re.escape(prefix) for prefix in sorted(prefixes, key=len)[::-1])
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})\w*") if prefixes else None

    def spans(self, text):
        if self.pattern is None or not text:
            return []
        return [match.span() for match in self.pattern.finditer(fold(text))]

    def mark(self, text, spans=None):
        """``text`` escaped, with every match in ``<mark>``."""
        spans = self.spans(text) if spans is None else spans
        parts, position = [], 0
        for start, end in spans:
            parts += [conditional_escape(text[position:start])]
            parts += [format_html("<mark>{}</mark>", text[start:end])]
            position = end
        parts.append(conditional_escape(text[position:]))
        return mark_safe("".join(parts))

    def excerpt(self, text):
        """A short passage around the first match, marked, or ``None`` without a match."""
        spans = self.spans(text)
        if not spans:
            return None
        first_start, first_end = spans[0]
        start = max(0, first_start - EXCERPT_BEFORE)
        end = min(len(text), first_end + EXCERPT_AFTER)
        if start > 0:  # begin and end the passage at word boundaries
            space = text.find(" ", start, first_start)
            start = space + 1 if space != -1 else start
        if end < len(text):
            space = text.rfind(" ", first_end, end)
            end = space if space != -1 else end
        window = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
        marked = self.mark(text[start:end], window)
        return format_html(
            "{}{}{}", "… " if start > 0 else "", marked, " …" if end < len(text) else ""
        )


@dataclass
class MatchExplanation:
    """Why a project is in the results: marked title and summary, a passage, other fields."""

    title: str
    summary: str
    excerpt: tuple | None = None
    fields: list = field(default_factory=list)


TAG = re.compile(r"<[^>]*>")


def html_to_text(value):
    """The text of rich text, for finding search words (Django's ``strip_tags`` parses the
    HTML properly, and costs ten times as much; Wagtail's rich text is well-formed)."""
    return html.unescape(TAG.sub(" ", value or ""))


def names(items):
    return ", ".join(item.name for item in items)


def project_texts(project):
    """The texts of a project a user can recognise a search word in, with their labels.

    Reads the relations ``IntegrationProjectQuerySet.for_listing`` prefetches.
    """
    return [
        (_("Description"), html_to_text(project.description)),
        (_("Outcomes"), project.outcomes),
        (_("Transferability"), project.transferability),
        (_("Lessons learned"), project.lessons_learned),
        (_("Keywords"), names(project.tag_list())),
        (_("Lead organisation"), project.lead_actor.name if project.lead_actor else ""),
        (_("Partners"), names(project.partner_actors())),
        (_("Municipalities"), names(project.municipalities.all())),
        (_("Fields of action"), names(project.fields_of_action.all())),
        (_("Target groups"), names(project.target_groups.all())),
        (_("Funding programme"), project.funding_programme),
        (_("Languages offered"), project.languages),
    ]


LONG_TEXT_COUNT = 4  # the first entries of ``project_texts`` are running text


def explain_match(project, highlighter):
    explanation = MatchExplanation(
        title=highlighter.mark(project.title), summary=highlighter.mark(project.summary)
    )
    for position, (label, text) in enumerate(project_texts(project)):
        if not highlighter.spans(text):
            continue
        if position < LONG_TEXT_COUNT and explanation.excerpt is None:
            explanation.excerpt = (label, highlighter.excerpt(text))
        else:
            explanation.fields.append(label)
    return explanation
