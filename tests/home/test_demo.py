from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from taggit.models import Tag
from wagtail.models import Page, ReferenceIndex, Revision

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferenceInvitation,
    ConferencePage,
    ForumModerator,
    ForumPage,
    ForumParticipant,
    ForumReferent,
    ReferentIndexPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.cycle.models import ForumRegistration, InvitationStatusChange
from ik_wagtail.network.models import ActorLink, ActorMembership, NetworkPage
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

pytestmark = pytest.mark.django_db


def database_footprint():
    return {
        "users": get_user_model().objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "fields_of_action": FieldOfAction.objects.count(),
        "municipalities": Municipality.objects.count(),
        "target_groups": TargetGroup.objects.count(),
        "actors": Actor.objects.count(),
        "projects": IntegrationProject.objects.filter(live=True).count(),
        "tags": Tag.objects.count(),
        "conference_indexes": ConferenceIndexPage.objects.count(),
        "referent_indexes": ReferentIndexPage.objects.count(),
        "actor_directories": ActorDirectoryPage.objects.count(),
        "conferences": ConferencePage.objects.count(),
        "forums": ForumPage.objects.count(),
        "result_statements": ResultStatementPage.objects.count(),
        "referents": ReferentPage.objects.count(),
        "invitations": ConferenceInvitation.objects.count(),
        "forum_moderators": ForumModerator.objects.count(),
        "forum_referents": ForumReferent.objects.count(),
        "forum_participants": ForumParticipant.objects.count(),
        "invitation_status_changes": InvitationStatusChange.objects.count(),
        "forum_registrations": ForumRegistration.objects.count(),
        "network_pages": NetworkPage.objects.count(),
        "memberships": ActorMembership.objects.count(),
        "actor_links": ActorLink.objects.count(),
    }


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """One demo run shared by a class of read-only tests, rolled back after the class.

    A run takes seconds; the tests' own transactions nest inside this one.
    """
    with django_db_blocker.unblock(), override_settings(DEBUG=True), transaction.atomic():
        call_command("ik_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


def test_demo_command_runs_twice_without_duplicates(settings, capsys):
    settings.DEBUG = True

    call_command("ik_demo")
    after_first_run = database_footprint()
    call_command("ik_demo")
    after_second_run = database_footprint()

    assert after_second_run == after_first_run
    expected_counts = {
        "users": 9,
        "pages": 54,
        "fields_of_action": 8,
        "municipalities": 11,
        "target_groups": 12,
        "actors": 40,
        "projects": 63,
        "conference_indexes": 1,
        "referent_indexes": 1,
        "actor_directories": 1,
        "conferences": 3,
        "forums": 17,
        "result_statements": 12,
        "referents": 14,
        "invitations": 66,
        "forum_moderators": 18,
        "forum_referents": 26,
        "forum_participants": 127,
        # 2026: "invited" for all 24 invitations plus the 19 replies; six registrations
        "invitation_status_changes": 43,
        "forum_registrations": 6,
        "network_pages": 1,
        "memberships": 4,
    }
    assert {name: after_first_run[name] for name in expected_counts} == expected_counts
    output = capsys.readouterr().out
    assert "[1/13] Taxonomien" in output
    assert "[7/13] Gute-Praxis-Projekte: 63 vorhanden" in output
    assert "[10/13] Integrationskonferenz 2026: vorhanden" in output
    assert "admin / admin" in output
    assert "moderation.sprache" in output
    assert "[13/13] Netzwerk: Seite vorhanden, 0 Zuordnungen neu" in output


def test_demo_accounts_are_in_their_role_groups(settings):
    settings.DEBUG = True

    call_command("ik_demo", stdout=StringIO())

    User = get_user_model()
    assert list(User.objects.get(username="ki").groups.values_list("name", flat=True)) == [
        "Integrationszentrum (KI)"
    ]
    moderator_groups = set(
        User.objects.get(username="moderation.sprache").groups.values_list("name", flat=True)
    )
    assert "Forum-Moderation" in moderator_groups
    assert any(
        name.startswith("Forum-Moderation: Integrationskonferenz") for name in moderator_groups
    )


def test_demo_command_creates_no_accounts_without_debug(settings, capsys):
    settings.DEBUG = False

    call_command("ik_demo")

    assert get_user_model().objects.count() == 0
    assert ForumModerator.objects.count() == 0
    assert ForumPage.objects.count() == 17
    assert "keine Demo-Konten" in capsys.readouterr().out


def test_demo_command_adds_moderators_once_the_accounts_exist(settings):
    settings.DEBUG = False
    call_command("ik_demo")

    settings.DEBUG = True
    call_command("ik_demo")

    assert ForumModerator.objects.count() == 18
    assert ForumPage.objects.count() == 17


@pytest.mark.usefixtures("demo")
class TestDemoContent:
    def test_demo_moderators_have_no_admin_rights(self):
        moderators = get_user_model().objects.filter(username__startswith="moderation.")

        assert moderators.count() == 6
        assert not moderators.filter(is_staff=True).exists()
        assert not moderators.filter(is_superuser=True).exists()

    def test_demo_actors_cover_every_kind_with_one_integration_centre(self):
        kinds = set(Actor.objects.values_list("kind", flat=True))

        assert kinds == set(ActorKind.values)
        assert Actor.objects.filter(kind=ActorKind.INTEGRATION_CENTRE).count() == 1
        assert Actor.objects.filter(contact_consent=True).count() == 20

    def test_demo_integration_centre_leads_every_conference(self):
        integration_centre = Actor.objects.get(kind=ActorKind.INTEGRATION_CENTRE)

        lead_actors = set(ConferencePage.objects.values_list("lead_actor", flat=True))

        assert lead_actors == {integration_centre.pk}

    def test_demo_upcoming_conference_has_forums_but_no_results(self):
        conference = ConferencePage.objects.get(year=2026)

        forums = ForumPage.objects.child_of(conference)

        assert forums.count() == 5
        assert not ResultStatementPage.objects.descendant_of(conference).exists()

    def test_demo_programme_links_the_forums_of_its_conference(self):
        for conference in ConferencePage.objects.all():
            linked = {
                block.value["forum"].pk for block in conference.programme if block.value["forum"]
            }

            assert linked == set(
                ForumPage.objects.child_of(conference).values_list("pk", flat=True)
            )

    def test_demo_result_statements_use_every_block_type(self):
        block_types = {
            block.block_type
            for result_statement in ResultStatementPage.objects.all()
            for block in result_statement.results
        }

        assert block_types == {
            "finding",
            "recommendation",
            "open_question",
            "good_practice",
            "quote",
        }

    def test_demo_result_statements_render(self, client, superuser):
        client.force_login(superuser)

        statuses = {
            page.url: client.get(page.url).status_code for page in ResultStatementPage.objects.all()
        }

        assert len(statuses) == 12
        assert set(statuses.values()) == {200}

    def test_demo_pages_of_every_type_render(self, client, superuser):
        client.force_login(superuser)
        pages = Page.objects.filter(depth__gt=1).specific()

        statuses = {page.url: client.get(page.url).status_code for page in pages}

        assert len(statuses) == 53
        assert set(statuses.values()) == {200}

    def test_demo_projects_cover_every_municipality_and_forums_cite_them(self):
        covered = set(
            Municipality.objects.filter(integration_projects__live=True).values_list(
                "slug", flat=True
            )
        )
        cited = {
            block.value["project"].slug
            for statement in ResultStatementPage.objects.live()
            for block in statement.results
            if block.block_type == "good_practice" and block.value["project"]
        }

        assert covered == set(Municipality.objects.values_list("slug", flat=True))
        assert len(cited) == 10
