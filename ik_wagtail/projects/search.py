"""The library's text search: the intranet search's matching, limited to projects.

The words a user types are matched as everywhere in the intranet (``ik_wagtail.textsearch``:
word forms, umlaut and ß spellings, parts of compounds, hyphen and space variants), against the
rows of published projects. ``match_scores`` returns the relevance of every matching project
once per request; filters, facets and pages then work on that id set. The same on every
installation, also with ``SEARCH_URL`` (an Elasticsearch or OpenSearch engine then serves the
admin's search only).
"""

import json
from dataclasses import dataclass, field

from django.db.models import Lookup
from django.utils.translation import gettext_lazy as _

from ik_wagtail.textsearch import matching
from ik_wagtail.textsearch.folding import search_terms
from ik_wagtail.textsearch.highlighting import Highlighter
from ik_wagtail.textsearch.indexing import html_to_text
from ik_wagtail.textsearch.models import Kind

__all__ = ["Highlighter", "explain_match", "match_scores", "project_texts", "search_terms"]


def match_scores(terms, operator="and", titles_only=False):
    """``{project id: relevance}`` of the published projects matching ``terms``.

    With ``operator="or"`` a project needs to match only one of the terms; with
    ``titles_only`` only the titles are searched.
    """
    return matching.match_scores(
        terms, kind=Kind.PROJECT, operator=operator, titles_only=titles_only
    )


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


@dataclass
class MatchExplanation:
    """Why a project is in the results: marked title and summary, a passage, other fields."""

    title: str
    summary: str
    excerpt: tuple | None = None
    fields: list = field(default_factory=list)


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
