"""The intranet search: what one reader may find, grouped by kind, with links and passages.

The matching is the plugin's (``ik_wagtail.textsearch``); this module decides what the reader
may see and builds each result's link: pages by the page tree (privacy as ``visible_to``), a
forum result by its page's anchor, projects and actors by the library's and the directory's own
URLs, and only when the reader may open that library or directory.
"""

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.projects.models import ProjectLibraryPage
from ik_wagtail.textsearch import matching
from ik_wagtail.textsearch.highlighting import Highlighter
from ik_wagtail.textsearch.models import PAGE_KINDS, Kind, SearchEntry
from ik_wagtail.visibility import visible_to

#: The order of the kind filters on the page.
KINDS = [Kind.PAGE, Kind.RESULT, Kind.PROJECT, Kind.ACTOR, Kind.REFERENT]
SECTION_PAGES = {Kind.PROJECT: ProjectLibraryPage, Kind.ACTOR: ActorDirectoryPage}
RESULT_ANCHOR = "ergebnis-{}"


@dataclass
class Slug:
    """What ``url_for_project`` and ``url_for_actor`` read of a project or an actor."""

    slug: str


@dataclass
class Result:
    kind: str
    kind_label: str
    context: str
    url: str
    title: str
    excerpt: str | None


class Search:
    """One reader's search: the kinds they may see, the matches, a suggestion for typos.

    The match gives every matching row's id and kind in ranked order (a few thousand small
    rows at most), from which the counts by kind and each result page are taken; only the rows
    of the page shown are then read in full. (When nothing matches and a typo can be corrected,
    it runs a second time with the corrections.)
    """

    def __init__(self, request, terms):
        self.request = request
        self.terms = terms
        self.visible_pages = visible_to(Page.objects.all(), request)
        self.sections = {
            kind: visible_to(model.objects.all(), request).first()
            for kind, model in SECTION_PAGES.items()
        }
        self.kinds = [
            kind for kind in KINDS if kind not in SECTION_PAGES or self.sections[kind] is not None
        ]
        self.suggestion = None
        self.ranked = self.ranked_matches()
        if not self.ranked and matching.correct(
            terms, kinds=self.kinds, visible_pages=self.visible_pages
        ):
            self.ranked = self.ranked_matches()
            if self.ranked:
                self.suggestion = matching.suggested_query(terms)
        self.counts = Counter(kind for _pk, kind in self.ranked)

    def ranked_matches(self):
        """``(id, kind)`` of every matching row, best first."""
        entries = matching.matching_entries(
            self.terms, kinds=self.kinds, visible_pages=self.visible_pages
        )
        # Ties in the order the rows were written: sorting thousands of titles by the
        # German collation would cost more than the whole match.
        return list(entries.order_by("-score", "pk").values_list("pk", "kind"))

    def kind_filters(self):
        """``(kind, label, count)`` of every kind with matches, in the page's order."""
        return [(kind, kind.label, self.counts[kind]) for kind in self.kinds if kind in self.counts]

    def ordered(self, kind=None):
        """The ids of the matching rows (of ``kind``), best first."""
        return [pk for pk, found in self.ranked if kind is None or found == kind]

    def results(self, ids):
        """The ``Result`` of each row of one result page (a fixed number of queries)."""
        rows = SearchEntry.objects.only(
            "kind", "object_id", "page_id", "url_key", "context", "title", "text"
        ).in_bulk(ids)
        entries = [rows[pk] for pk in ids if pk in rows]
        page_ids = {entry.page_id for entry in entries if entry.kind in PAGE_KINDS}
        pages = Page.objects.in_bulk(page_ids) if page_ids else {}
        forums = self.parent_titles(
            [pages[e.page_id] for e in entries if e.kind == Kind.RESULT and e.page_id in pages]
        )
        highlighter = Highlighter(self.terms)
        results = []
        for entry in entries:
            url = self.url(entry, pages)
            if url is None:
                continue
            results.append(
                Result(
                    kind=entry.kind,
                    kind_label=KIND_LABELS[entry.kind],
                    context=" · ".join(
                        part for part in [entry.context, forums.get(entry.page_id, "")] if part
                    )
                    if entry.kind == Kind.RESULT
                    else entry.context,
                    url=url,
                    title=highlighter.mark(entry.title),
                    excerpt=highlighter.excerpt(entry.text),
                )
            )
        return results

    @staticmethod
    def parent_titles(pages):
        """``{page id: its parent's title}`` (a result's forum, read now: renaming the forum
        does not touch the result statement's rows)."""
        parents = {page.pk: page.path[: -page.steplen] for page in pages}
        titles = dict(
            Page.objects.filter(path__in=set(parents.values())).values_list("path", "title")
        )
        return {pk: titles.get(path, "") for pk, path in parents.items()}

    def url(self, entry, pages):
        if entry.kind in PAGE_KINDS:
            page = pages.get(entry.page_id)
            url = page.get_url(self.request) if page else None
            if url and entry.kind == Kind.RESULT:
                url += "#" + RESULT_ANCHOR.format(entry.url_key)
            return url
        section = self.sections[entry.kind]
        if section.get_url(self.request) is None:  # a library or directory without a route
            return None
        if entry.kind == Kind.PROJECT:
            return section.url_for_project(Slug(entry.url_key), self.request)
        return section.url_for_actor(Slug(entry.url_key), self.request)


KIND_LABELS = {
    Kind.PAGE: _("Page"),
    Kind.RESULT: _("Forum result"),
    Kind.PROJECT: _("Project"),
    Kind.ACTOR: _("Actor"),
    Kind.REFERENT: _("Referent"),
}
