"""A hand-built network small enough to know every link by heart.

2024, forum "Sprache" (live): participant Sprachcafé, referent of the VHS, the Jobcenter named
as responsible in the live results → Sprachcafé–VHS, Sprachcafé–Jobcenter, VHS–Jobcenter.
2025, forum "Arbeit" (live): participants Jobcenter and Caritas, moderated by a member of the
Moschee → Jobcenter–Caritas, Jobcenter–Moschee, Caritas–Moschee.
Live project led by the Caritas with partners Sprachcafé and Moschee → partnerships
Caritas–Sprachcafé, Caritas–Moschee and the shared project Sprachcafé–Moschee.
Not counted: a forum of the unpublished 2026 conference (Sprachcafé and Lernpaten), a draft
project led by the Lernpaten with the VHS, a draft revision of the results naming the Lernpaten.
"""

import datetime

import pytest
import wagtail_factories
from django.core.cache import cache

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorMembership, NetworkPage
from tests.builders import publish
from tests.factories import (
    ActorDirectoryPageFactory,
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumModeratorFactory,
    ForumPageFactory,
    ForumParticipantFactory,
    ForumReferentFactory,
    ProjectFactory,
    ReferentIndexPageFactory,
    ReferentPageFactory,
    ResultStatementPageFactory,
    UserFactory,
    field_of_action,
    municipality,
)


class NetworkPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NetworkPage

    title = "Netzwerk"
    slug = "netzwerk"


def actor(name, kind, engagement, fields, places):
    created = ActorFactory(name=name, kind=kind, engagement=engagement)
    created.fields_of_action.set([field_of_action(slug) for slug in fields])
    created.municipalities.set([municipality(slug) for slug in places])
    return created


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def world(home_page):
    ActorDirectoryPageFactory(parent=home_page)
    network_page = NetworkPageFactory(parent=home_page)
    actors = {
        "sprachcafe": actor(
            "Sprachcafé Erkelenz",
            ActorKind.INITIATIVE,
            Engagement.VOLUNTEER,
            ["sprache"],
            ["erkelenz"],
        ),
        "vhs": actor(
            "VHS Erkelenz",
            ActorKind.EDUCATION_PROVIDER,
            Engagement.FULL_TIME,
            ["sprache"],
            ["erkelenz"],
        ),
        "jobcenter": actor(
            "Jobcenter Kreis Heinsberg",
            ActorKind.JOBCENTRE,
            Engagement.FULL_TIME,
            ["arbeit"],
            ["heinsberg"],
        ),
        "caritas": actor(
            "Caritas Heinsberg",
            ActorKind.WELFARE_ASSOCIATION,
            Engagement.FULL_TIME,
            ["arbeit", "sprache"],
            ["heinsberg"],
        ),
        "moschee": actor(
            "Moscheegemeinde Hückelhoven",
            ActorKind.RELIGIOUS_COMMUNITY,
            Engagement.VOLUNTEER,
            ["werte-und-zusammenleben"],
            ["hueckelhoven"],
        ),
        "lernpaten": actor(
            "Lernpaten Erkelenz",
            ActorKind.INITIATIVE,
            Engagement.VOLUNTEER,
            ["sprache", "bildung-und-ausbildung"],
            ["erkelenz"],
        ),
    }
    index = ConferenceIndexPageFactory(parent=home_page)
    referents = ReferentIndexPageFactory(parent=home_page)

    conference_2024 = ConferencePageFactory(parent=index, year=2024)
    forum_sprache = ForumPageFactory(
        parent=conference_2024, title="Sprache im Alltag", field_of_action=field_of_action()
    )
    ForumParticipantFactory(forum=forum_sprache, actor=actors["sprachcafe"])
    referent = ReferentPageFactory(parent=referents, organisation=actors["vhs"])
    ForumReferentFactory(forum=forum_sprache, referent=referent)
    statement = publish(
        ResultStatementPageFactory(
            parent=forum_sprache,
            results=[
                (
                    "recommendation",
                    {
                        "title": "Sprachkurse mit Kinderbetreuung",
                        "text": "Kurse und Betreuung zusammen planen.",
                        "responsible_actors": [actors["jobcenter"]],
                        "priority": "high",
                        "time_horizon": "short",
                    },
                ),
                ("finding", {"text": "Die Caritas Heinsberg erreicht Mütter im Quartier."}),
            ],
        )
    )
    statement.results.append(
        (
            "recommendation",
            {
                "title": "Lernpatenschaften ausbauen",
                "text": "Entwurf, noch nicht freigegeben.",
                "responsible_actors": [actors["lernpaten"]],
                "priority": "low",
                "time_horizon": "long",
            },
        )
    )
    statement.save_revision()  # a draft: the live version stays as published

    conference_2025 = ConferencePageFactory(parent=index, year=2025)
    forum_arbeit = ForumPageFactory(
        parent=conference_2025, title="Wege in Arbeit", field_of_action=field_of_action("arbeit")
    )
    ForumParticipantFactory(forum=forum_arbeit, actor=actors["jobcenter"])
    ForumParticipantFactory(forum=forum_arbeit, actor=actors["caritas"])
    moderator = UserFactory(username="moderation.arbeit")
    ActorMembership.objects.create(user=moderator, actor=actors["moschee"])
    ForumModeratorFactory(forum=forum_arbeit, user=moderator)

    conference_2026 = ConferencePageFactory(parent=index, year=2026)
    forum_2026 = ForumPageFactory(parent=conference_2026, field_of_action=field_of_action())
    ForumParticipantFactory(forum=forum_2026, actor=actors["sprachcafe"])
    ForumParticipantFactory(forum=forum_2026, actor=actors["lernpaten"])
    conference_2026.unpublish()

    project = ProjectFactory(
        title="Sprachbrücke Heinsberg",
        lead_actor=actors["caritas"],
        partners=[actors["sprachcafe"], actors["moschee"]],
        started_on=datetime.date(2023, 3, 1),
    )
    ProjectFactory(
        title="Lernpaten für Grundschulen",
        lead_actor=actors["lernpaten"],
        partners=[actors["vhs"]],
        live=False,
    )
    rebuild_network()
    return {
        "actors": actors,
        "page": network_page,
        "forum_sprache": forum_sprache,
        "forum_arbeit": forum_arbeit,
        "statement": statement,
        "project": project,
        "moderator": moderator,
    }
