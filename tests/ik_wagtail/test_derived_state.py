"""Derived state is correct by construction: the matrix generated from ``ik_wagtail.derived``.

For every kind of change, every page and export is read with warm caches before the change and
again right after it; what it shows must be exactly what a process that never cached anything
shows, and the change itself must be visible (or, for drafts and previews, invisible). Every
source of change that the declaration names is covered by at least one change here.
"""

from dataclasses import dataclass

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from ik_wagtail.concept.enums import ConferenceScope, RecommendationStatus
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.cycle.invitations import change_status
from ik_wagtail.cycle.models import ForumRegistration
from ik_wagtail.derived import GENERATIONS, PAGE_MODELS
from ik_wagtail.generations import INITIAL_TOKEN, current_tokens, key, read_tokens
from ik_wagtail.network.models import ActorMembership
from ik_wagtail.projects.models import ProjectPartner
from ik_wagtail.taxonomy.models import FieldOfAction
from tests.factories import ActorFactory, StandardPageFactory

from .derived_world import build_county, forget_every_cached_value, page_urls, read_all

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Change:
    """A change, the declared sources it touches, and what must show (or not) afterwards."""

    name: str
    apply: object  # county -> [(page name, text, shown)]
    touches: tuple

    def __str__(self):
        return self.name


def publish_new_result(county):
    statement = county["statement"]
    statement.results = [("finding", {"text": "Neu freigegebener Befund zur Sprache"})]
    statement.save_revision().publish()
    return [
        ("result statement", "Neu freigegebener Befund zur Sprache", True),
        ("roll-up", "Neu freigegebener Befund zur Sprache", True),
        ("roll-up", "Sprachkurse mit Kinderbetreuung", False),
        ("actor jobcenter", "Sprachkurse mit Kinderbetreuung", False),
    ]


def unpublish_result(county):
    county["statement"].unpublish()
    return [
        ("roll-up", "Sprachkurse mit Kinderbetreuung", False),
        ("forum", "Ergebnis", True),
        ("actor jobcenter", "Sprachkurse mit Kinderbetreuung", False),
    ]


def move_forum(county):
    county["forum_arbeit"].move(county["conference"], pos="last-child")
    return [("conference", "Wege in Arbeit", True), ("roll-up filtered", "Vorbild.", True)]


def delete_forum(county):
    county["forum_arbeit"].delete()
    return [("roll-up", "Betriebe suchen Auszubildende.", False)]


def publish_renamed_conference(county):
    conference = county["conference"]
    conference.title = "Integrationskonferenz der Vielfalt"
    conference.save_revision().publish()
    return [
        ("forum", "Integrationskonferenz der Vielfalt", True),
        ("conference index", "Integrationskonferenz der Vielfalt", True),
    ]


def save_draft(county):
    statement = county["statement"]
    statement.results = [("finding", {"text": "Nur ein Entwurf, nicht freigegeben"})]
    statement.save_revision()
    return [
        ("result statement", "Nur ein Entwurf", False),
        ("roll-up", "Nur ein Entwurf", False),
        ("result statement", "Sprachkurse mit Kinderbetreuung", True),
    ]


def preview_draft_of_rollup(county):
    """The KI previews a narrower draft of the roll-up page: readers keep the live one."""
    concept = county["concept"]
    concept.introduction = "<p>Unfreigegebenes Vorwort</p>"
    concept.conference_scope = ConferenceScope.YEARS
    concept.year_from = 2030
    concept.save_revision()
    draft = concept.get_latest_revision_as_object()
    preview = draft.make_preview_request()
    assert "Unfreigegebenes Vorwort" in preview.content.decode()
    return [
        ("roll-up", "Unfreigegebenes Vorwort", False),
        ("roll-up", "Sprachkurse mit Kinderbetreuung", True),
    ]


def publish_rollup_settings(county):
    concept = county["concept"]
    concept.introduction = "<p>Freigegebenes Vorwort</p>"
    concept.field_settings.create(
        field_of_action=FieldOfAction.objects.get(slug="arbeit"), foreword="<p>Zur Arbeit</p>"
    )
    concept.save_revision().publish()
    return [("roll-up", "Freigegebenes Vorwort", True), ("roll-up", "Zur Arbeit", True)]


def rename_field_of_action(county):
    field = FieldOfAction.objects.get(slug="sprache")
    field.name = "Sprache und Verständigung"
    field.save()
    return [
        ("roll-up", "Sprache und Verständigung", True),
        ("forum", "Sprache und Verständigung", True),
        ("actor caritas", "Sprache und Verständigung", True),
    ]


def rename_tag(county):
    tag = county["project"].tags.get()
    tag.name = "Begegnung im Quartier"
    tag.save()
    return [("library", "Begegnung im Quartier", True), ("project", "Begegnung im Quartier", True)]


def rename_actor(county):
    actor = county["actors"]["jobcenter"]
    actor.name = "Jobcenter Heinsberg (neu)"
    actor.save()
    return [
        ("roll-up", "Jobcenter Heinsberg (neu)", True),
        ("conference", "Jobcenter Heinsberg (neu)", True),
        ("forum arbeit", "Jobcenter Heinsberg (neu)", True),
        ("network", "Jobcenter Heinsberg (neu)", True),
        ("directory", "Jobcenter Heinsberg (neu)", True),
    ]


def edit_project(county):
    project = county["project"]
    project.title = "Sprachbrücke Kreis Heinsberg"
    project.save_revision().publish()
    return [
        ("library", "Sprachbrücke Kreis Heinsberg", True),
        ("result statement", "Sprachkurse", True),
        ("actor caritas", "Sprachbrücke Kreis Heinsberg", True),
        ("roll-up", "Sprachbrücke Kreis Heinsberg", True),
    ]


def add_partner(county):
    project = county["project"]
    newcomer = county["actors"]["vhs"]
    project.project_partners.add(ProjectPartner(actor=newcomer))
    project.save_revision().publish()
    return [("project", "VHS Erkelenz", True), ("network", "VHS Erkelenz", True)]


def change_tracking_status(county):
    county["tracking"].change_status(RecommendationStatus.IMPLEMENTED, "Kurse laufen.", None)
    return [("roll-up", "Kurse laufen.", True), ("result statement", "Kurse laufen.", True)]


def reply_to_invitation(county):
    invitation = county["conference"].invitations.get(actor=county["actors"]["caritas"])
    change_status(invitation, InvitationStatus.DECLINED)
    return [("conference", "Abgesagt", True)]


def register_for_forum(county):
    """A registration (the row ``cycle.registration.register`` writes) is nobody else's
    business: no generation changes, so no cached page is rendered again."""
    before = current_tokens()
    ForumRegistration.objects.create(forum=county["forum_sprache"], user=county["moderator"])
    assert current_tokens() == before
    return []


def move_site_root(county):
    site = Site.objects.get(is_default_site=True)
    new_root = StandardPageFactory(parent=site.root_page.get_parent(), title="Neues Intranet")
    StandardPageFactory(parent=new_root, title="Neuer Menüpunkt", show_in_menus=True)
    site.root_page = new_root
    site.save()
    return [("home", "Neuer Menüpunkt", True)]


def change_membership(county):
    ActorMembership.objects.filter(user=county["moderator"]).update(
        actor=county["actors"]["lernpaten"]
    )
    membership = ActorMembership.objects.get(user=county["moderator"])
    membership.save()
    return [("actor moschee", "Wege in Arbeit", False)]


def rename_moderator(county):
    moderator = county["moderator"]
    moderator.first_name, moderator.last_name = "Mira", "Moderatorin"
    moderator.save()
    return [("forum arbeit", "Mira Moderatorin", True)]


def rename_document(county):
    document = county["document"]
    document.title = "Protokoll (endgültig)"
    document.save()
    return [("conference", "Protokoll (endgültig)", True)]


def rename_library(county):
    library = county["library"]
    library.title = "Projektbörse"
    library.save_revision().publish()
    return [("library", "Projektbörse", True)]


def restrict_result_to_group(county):
    restriction = PageViewRestriction.objects.create(
        page=county["statement"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([county["group"]])
    return [
        ("roll-up", "Sprachkurse mit Kinderbetreuung", False),
        ("actor jobcenter", "Sprachkurse mit Kinderbetreuung", False),
        ("forum", "Kurse und Betreuung", False),
    ]


def new_actor(county):
    ActorFactory(name="Kleiderkammer Wassenberg")
    return [("directory", "Kleiderkammer Wassenberg", True)]


CHANGES = [
    Change("publish", publish_new_result, ("ik_conferences.ResultStatementPage", PAGE_MODELS)),
    Change("unpublish", unpublish_result, ("ik_conferences.ResultStatementPage",)),
    Change("move", move_forum, ("ik_conferences.ForumPage",)),
    Change("delete", delete_forum, ("ik_conferences.ForumPage",)),
    Change("publish conference", publish_renamed_conference, ("ik_conferences.ConferencePage",)),
    Change("draft save", save_draft, ()),
    Change("preview", preview_draft_of_rollup, ()),
    Change(
        "publish roll-up page",
        publish_rollup_settings,
        ("ik_concept.IntegrationskonzeptPage", "ik_concept.ConceptFieldOfAction"),
    ),
    Change("rename term", rename_field_of_action, ("ik_taxonomy.*", "ik_taxonomy.FieldOfAction")),
    Change("rename tag", rename_tag, ("taggit.*",)),
    Change("actor edit", rename_actor, ("ik_actors.*", "ik_actors.Actor")),
    Change("new actor", new_actor, ("ik_actors.*",)),
    Change("project edit", edit_project, ("ik_projects.*", "ik_projects.IntegrationProject")),
    Change("partner change", add_partner, ("ik_projects.*",)),
    Change(
        "status change",
        change_tracking_status,
        ("ik_concept.RecommendationTracking", "ik_concept.RecommendationStatusChange"),
    ),
    Change("invitation reply", reply_to_invitation, ("ik_conferences.ConferenceInvitation",)),
    Change("registration", register_for_forum, ()),
    Change("site root", move_site_root, ("wagtailcore.Site",)),
    Change("membership", change_membership, ("ik_network.ActorMembership",)),
    Change("user edit", rename_moderator, ("auth.User",)),
    Change("document", rename_document, ("wagtaildocs.Document",)),
    Change("library page", rename_library, ("ik_projects.ProjectLibraryPage",)),
    Change("view restriction", restrict_result_to_group, ("wagtailcore.PageViewRestriction",)),
]


@pytest.fixture
def county(home_page):
    return build_county(home_page)


@pytest.mark.parametrize("change", CHANGES, ids=str)
def test_next_request_after_a_change_shows_what_a_fresh_computation_shows(
    change, county, client, intranet_user
):
    client.force_login(intranet_user)
    urls = page_urls(county)
    read_all(client, urls, all_found=True)  # every cache warm

    checks = change.apply(county)
    after = read_all(client, urls)
    forget_every_cached_value()
    fresh = read_all(client, urls)

    assert [name for name in after if after[name] != fresh[name]] == []
    assert [(page, text, text in after[page]) for page, text, _shown in checks] == checks


def test_every_declared_source_of_change_is_in_the_matrix():
    declared = {
        source for derived in GENERATIONS for source in (*derived.rows, *derived.live_pages)
    }
    # Images follow the same row receivers as documents; their pages need a file to render.
    covered = {source for change in CHANGES for source in change.touches} | {"wagtailimages.Image"}
    assert sorted(declared - covered) == []


def test_one_publish_renews_each_generation_once(county):
    statement = county["statement"]
    statement.results = [("finding", {"text": "Einmal erneuert"})]
    # A reader keys values on the current tokens: from now on, each change must renew them.
    key(*(derived.generation.name for derived in GENERATIONS))

    with CaptureQueriesContext(connection) as queries:
        statement.save_revision().publish()

    renewals = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith('UPDATE "ik_wagtail_generation"')
    ]
    renewed = [sql.split("WHERE")[1].split("=")[1].strip(" '\"") for sql in renewals]
    assert len(renewed) == len(set(renewed))
    assert {"page_tree", "pages", "results"} <= set(renewed)


def test_every_declared_source_names_installed_models():
    """A misspelt label in the declaration would renew nothing, silently."""
    labels = {model._meta.label for model in apps.get_models(include_auto_created=True)}
    app_labels = {config.label for config in apps.get_app_configs()}
    unknown = [
        source
        for derived in GENERATIONS
        for source in (*derived.rows, *derived.live_pages)
        if source != PAGE_MODELS
        and source not in labels
        and not (source.endswith(".*") and source[:-2] in app_labels)
    ]
    assert unknown == []


def test_every_declared_generation_starts_with_a_random_token_of_its_own():
    tokens = read_tokens()

    assert sorted(tokens) == sorted(derived.generation.name for derived in GENERATIONS)
    assert len(set(tokens.values())) == len(tokens)
    assert INITIAL_TOKEN not in tokens.values()
