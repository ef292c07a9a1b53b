"""Folgekonferenz vorbereiten: a draft copy with forums and invitations, and what became of …"""

import pytest
from django.urls import reverse

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.conferences.enums import InvitationStatus
from ik_wagtail.conferences.models import ConferencePage, ForumPage, ResultStatementPage
from ik_wagtail.cycle.invitations import change_status
from ik_wagtail.cycle.models import InvitationLetter
from ik_wagtail.cycle.next_year import FollowUpRefused, prepare_next_conference
from tests.builders import build_conference_year, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def old_year(home_page):
    """2030 with two forums, published results (so the read model has them), invitations with
    replies, and one recommendation marked implemented."""
    conference = build_conference_year(home_page, year=2030)
    for statement in ResultStatementPage.objects.descendant_of(conference):
        publish(statement)
    invitations = list(conference.invitations.all())
    change_status(invitations[0], InvitationStatus.ATTENDED)
    change_status(invitations[1], InvitationStatus.DECLINED)
    InvitationLetter.objects.create(
        conference=conference, subject="Einladung 2030", body="${reply_link}"
    )
    tracking = RecommendationTracking.objects.filter(
        page__in=ResultStatementPage.objects.descendant_of(conference)
    ).first()
    tracking.change_status(RecommendationStatus.IMPLEMENTED, "erledigt", None)
    return conference


def snapshot(conference):
    conference = ConferencePage.objects.get(pk=conference.pk)
    return {
        "title": conference.title,
        "live": conference.live,
        "introduction": conference.introduction,
        "programme": conference.programme.raw_data[:],
        "forums": list(ForumPage.objects.child_of(conference).values_list("pk", "title")),
        "results": ResultStatementPage.objects.descendant_of(conference).count(),
        "invitations": list(conference.invitations.values_list("actor_id", "status")),
    }


def test_follow_up_copies_forums_and_invitations_without_results(ki_client, old_year):
    before = snapshot(old_year)

    response = ki_client.post(reverse("ik_cycle_admin:prepare_next", args=[old_year.pk]))

    new = ConferencePage.objects.get(year=2031)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[new.pk])
    assert not new.live
    assert new.title == "Integrationskonferenz 2031"
    assert new.date.year == 2031
    assert (new.lead_actor, new.venue_name) == (old_year.lead_actor, old_year.venue_name)
    new_forums = list(ForumPage.objects.child_of(new).order_by("path"))
    assert [f.title for f in new_forums] == [title for _, title in before["forums"]]
    assert all(not forum.live for forum in new_forums)
    assert ResultStatementPage.objects.descendant_of(new).count() == 0
    assert all(forum.moderators.count() == 0 for forum in new_forums)
    assert sorted(new.invitations.values_list("actor_id", "status")) == sorted(
        (actor, InvitationStatus.INVITED) for actor, _ in before["invitations"]
    )
    assert InvitationLetter.objects.get(conference=new).subject == "Einladung 2031"
    # programme links point at the new forums
    linked = [item["value"]["forum"] for item in new.programme.raw_data if item["value"]["forum"]]
    assert linked == [forum.pk for forum in new_forums]
    assert snapshot(old_year) == before


def test_follow_up_collects_open_questions_and_unfinished_recommendations(ki_user, old_year):
    new = prepare_next_conference(old_year, ki_user)

    introduction = str(new.introduction)
    assert "<h2>Was wurde aus …?</h2>" in introduction
    assert "Wer übernimmt die Fahrtkosten im ländlichen Raum?" in introduction
    # two forums each recommend "Kinderbetreuung …"; one is implemented, the other still open
    assert introduction.count("Kinderbetreuung parallel zu Sprachkursen – Offen") == 1
    assert "Umgesetzt" not in introduction


def test_follow_up_for_an_existing_year_is_refused(ki_client, ki_user, old_year):
    prepare_next_conference(old_year, ki_user)

    with pytest.raises(FollowUpRefused):
        prepare_next_conference(old_year, ki_user)
    response = ki_client.post(
        reverse("ik_cycle_admin:prepare_next", args=[old_year.pk]), follow=True
    )

    assert response.status_code == 200
    assert ConferencePage.objects.filter(year=2031).count() == 1


def test_confirmation_page_changes_nothing(ki_client, old_year):
    response = ki_client.get(reverse("ik_cycle_admin:prepare_next", args=[old_year.pk]))

    assert response.status_code == 200
    assert not ConferencePage.objects.filter(year=2031).exists()


def test_conference_page_header_offers_the_cycle_actions(ki_client, old_year):
    response = ki_client.get(reverse("wagtailadmin_explore", args=[old_year.pk]))

    content = response.content.decode()
    assert reverse("ik_cycle_admin:prepare_next", args=[old_year.pk]) in content
    assert reverse("ik_cycle_admin:invitations", args=[old_year.pk]) in content
