"""Everything the intranet derives from its data, what it depends on, and what renews it.

This module is the one place to answer "if X changes, what is recomputed?". Two kinds of
derived state exist:

**Cached values** (menus, page fragments, the roll-up, library searches, the network) carry
the tokens of the generations below in their cache keys (``ik_wagtail.generations``). A
generation gets a new token in the same transaction as any change of its ``rows`` (saved,
deleted, many-to-many changed) or of a live page of its ``live_pages`` (published, unpublished,
moved, deleted, a live page saved). The receivers that do this are the six connected by
``connect()`` from these declarations, nothing else.

**Derived tables** (``TABLES``) are rebuilt by the module named, in the transaction of the
change that affects them, and renew their generation themselves (bulk writes send no signals).

Rules every cached value follows:
- a preview renders what it previews without the cache (``may_use_cache``; Wagtail's page
  cache tags skip previews too), so nothing computed from a draft is ever stored;
- it shows only live pages no view restriction keeps from any signed-in reader
  (``ik_wagtail.visibility``), so one cached copy serves every reader;
- nothing that depends on the user (buttons, registration state, CSRF tokens) is cached;
- its key is built from validated, normalised values (unknown query parameters are ignored).

``tests/ik_wagtail/test_derived_state.py`` is generated from these declarations.
"""

from dataclasses import dataclass

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generations import GenerationHandle, bump

PAGE_MODELS = "*pages*"  # in ``live_pages``: pages of every type


@dataclass(frozen=True)
class Derived:
    """One generation: what it covers and which changes give it a new token."""

    generation: GenerationHandle
    covers: str
    shown_on: tuple
    rows: tuple = ()  # "app_label.Model" or "app_label.*"
    live_pages: tuple = ()  # page model labels, or PAGE_MODELS
    renewed_by_tables: tuple = ()  # labels of TABLES that renew it


@dataclass(frozen=True)
class DerivedTable:
    """A table computed from others, rebuilt in the transaction of the change."""

    table: str
    maintained_by: str
    rebuilt_on: tuple
    renews: GenerationHandle


PAGE_TREE = GenerationHandle("page_tree")
PAGES = GenerationHandle("pages")
INVITATIONS = GenerationHandle("invitations")
TRACKING = GenerationHandle("tracking")
RESULTS = GenerationHandle("results")
LIBRARY = GenerationHandle("library")
NETWORK = GenerationHandle("network")

# Records the plugin's pages show (names, terms, images) besides pages themselves.
SHOWN_RECORDS = (
    "wagtailcore.PageViewRestriction",
    "ik_taxonomy.*",
    "ik_actors.*",
    "ik_projects.*",
    "ik_network.ActorMembership",
    "taggit.*",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "auth.User",
)

GENERATIONS = (
    Derived(
        PAGE_TREE,
        covers="main navigation, breadcrumbs, links to the section pages (directory, library)",
        shown_on=("every page",),
        # A view restriction decides which pages every aggregate shows.
        rows=("wagtailcore.Site", "wagtailcore.PageViewRestriction"),
        live_pages=(PAGE_MODELS,),
    ),
    Derived(
        PAGES,
        covers="cached parts of the plugin's pages ({% ik_pagecache %}) and the directory list",
        shown_on=("conference", "forum", "referent", "result statement", "actor", "project"),
        rows=SHOWN_RECORDS,
        live_pages=(PAGE_MODELS,),
    ),
    Derived(
        INVITATIONS,
        covers="invited actors and their replies",
        shown_on=("conference", "actor"),
        rows=("ik_conferences.ConferenceInvitation",),
    ),
    Derived(
        TRACKING,
        covers="implementation status of recommendations ("
        "Umsetzungsstand), its history and responsible actors",
        shown_on=("result statement", "actor", "roll-up", "roll-up exports"),
        rows=("ik_concept.RecommendationTracking", "ik_concept.RecommendationStatusChange"),
    ),
    Derived(
        RESULTS,
        covers="the roll-up of approved results and its exports",
        shown_on=("roll-up", "roll-up exports", "actor", "project"),
        rows=("ik_actors.Actor", "ik_taxonomy.FieldOfAction", "ik_concept.ConceptFieldOfAction"),
        live_pages=(
            "ik_conferences.ConferencePage",
            "ik_conferences.ForumPage",
            "ik_conferences.ResultStatementPage",
            "ik_concept.IntegrationskonzeptPage",
        ),
        renewed_by_tables=("ik_concept.ResultBlockRecord",),
    ),
    Derived(
        LIBRARY,
        covers="library searches, facet counts and their in-memory index, similar projects",
        shown_on=("library", "library CSV", "project", "roll-up"),
        rows=(
            "ik_projects.*",
            "ik_taxonomy.*",
            "ik_actors.Actor",
            "taggit.*",
        ),
        live_pages=("ik_projects.ProjectLibraryPage",),
    ),
    Derived(
        NETWORK,
        covers="the network picture and table, partner suggestions, 'who does similar?'",
        shown_on=("network", "actor", "project"),
        rows=(
            "ik_actors.*",
            "ik_taxonomy.*",
            "ik_network.ActorMembership",
            "ik_projects.IntegrationProject",
            "taggit.*",
        ),
        live_pages=("ik_conferences.ConferencePage", "ik_conferences.ForumPage"),
        renewed_by_tables=("ik_network.ActorLink",),
    ),
)

TABLES = (
    DerivedTable(
        "ik_concept.ResultBlockRecord",
        maintained_by="ik_wagtail.concept.read_model",
        rebuilt_on=(
            "a result statement published, unpublished, moved or deleted",
            "a forum or conference published, unpublished or moved (records below it)",
            "a view restriction added, changed or removed (records below its page)",
        ),
        renews=RESULTS,
    ),
    DerivedTable(
        "ik_network.ActorLink",
        maintained_by="ik_wagtail.network.links",
        rebuilt_on=(
            "a forum, conference, result statement or referent published, unpublished, moved",
            "a view restriction added, changed or removed (forums below its page)",
            "a project saved, its partners changed; a user's organisation changed",
        ),
        renews=NETWORK,
    ),
)

# Which cached page fragment ({% ik_pagecache "name" %}) depends on which generations.
FRAGMENTS = {
    "conference-facts": (PAGES,),
    "conference": (PAGES, INVITATIONS),
    "forum": (PAGES,),
    "forum-results": (PAGES,),
    "forum-participants": (PAGES,),
    "referent": (PAGES,),
    "result-statement": (PAGES, TRACKING),
    "actor": (PAGES, INVITATIONS, TRACKING, RESULTS, NETWORK),
    "actor-directory": (PAGES,),
    "project": (PAGES, LIBRARY, RESULTS, NETWORK),
}

# Saves of only these fields change nothing a reader sees: Django's record of a sign-in, and
# Wagtail's bookkeeping when an editor saves (or autosaves) a draft of a page or snippet.
UNSHOWN_FIELDS = frozenset(
    [
        "last_login",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        COMMENTS_RELATION_NAME,
    ]
)


def may_use_cache(request):
    """Previews (of pages and snippets) show the draft: what shows the previewed object is
    computed afresh and never stored."""
    return not getattr(request, "is_preview", False)


def matches(label, patterns):
    app_label = label.split(".")[0]
    return label in patterns or f"{app_label}.*" in patterns


def generations_of_rows():
    """``{model: {generation name}}`` for every model whose rows a generation depends on,
    including the many-to-many tables of those models."""
    found = {}
    for model in apps.get_models(include_auto_created=True):
        names = {
            derived.generation.name
            for derived in GENERATIONS
            if matches(model._meta.label, derived.rows)
        }
        if model._meta.auto_created:
            owner = model._meta.auto_created
            names |= {
                derived.generation.name
                for derived in GENERATIONS
                if matches(owner._meta.label, derived.rows)
            }
        if names and not issubclass(model, Page):
            found[model] = names
    return found


def generations_of_page(page):
    label = page.specific_class._meta.label if page.specific_class else Page._meta.label
    return {
        derived.generation.name
        for derived in GENERATIONS
        if PAGE_MODELS in derived.live_pages or label in derived.live_pages
    }


class Receivers:
    """The receivers that renew generations, built once from the declarations."""

    def __init__(self):
        self.by_model = generations_of_rows()

    def row_changed(self, sender, instance=None, update_fields=None, action="post_", **kwargs):
        if action.startswith("pre_"):
            return
        if kwargs.get("raw"):
            # Fixtures and test databases being restored: rows arrive in any order (a page
            # before its content type), so renew everything rather than ask what changed.
            bump(*(derived.generation.name for derived in GENERATIONS))
            return
        if isinstance(instance, Page) and sender is not None and issubclass(sender, Page):
            self.page_row_changed(instance, update_fields)
            return
        names = self.by_model.get(sender)
        if names and not (update_fields and UNSHOWN_FIELDS.issuperset(update_fields)):
            bump(*names)

    def page_row_changed(self, page, update_fields):
        """A live page saved outside publishing (a title changed in code, a page deleted)."""
        if update_fields and UNSHOWN_FIELDS.issuperset(update_fields):
            return
        if page.live:
            bump(*generations_of_page(page))

    def page_event(self, sender, instance, **kwargs):
        bump(*generations_of_page(instance))


def connect():
    """Connect the receivers; Django keeps them (``weak=False``) for the process's life."""
    receivers = Receivers()
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(receivers.row_changed, weak=False, dispatch_uid=f"ik_derived_{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(receivers.page_event, weak=False, dispatch_uid=f"ik_derived_{id(signal)}")
    return receivers
