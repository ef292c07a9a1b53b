"""Builders of realistic object graphs for page, footprint, roll-up and query-budget tests."""

import datetime

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorMembership
from tests.factories import (
    ActorDirectoryPageFactory,
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferenceInvitationFactory,
    ConferencePageFactory,
    ForumModeratorFactory,
    ForumPageFactory,
    ForumParticipantFactory,
    ForumReferentFactory,
    IntegrationskonzeptPageFactory,
    NetworkPageFactory,
    ProjectFactory,
    ReferentIndexPageFactory,
    ReferentPageFactory,
    ResultStatementPageFactory,
    UserFactory,
    field_of_action,
    municipality,
)


def result_blocks(actors, count):
    """``count`` result blocks cycling through every block type."""
    kinds = [
        ("finding", {"text": "Sprachpatenschaften erreichen Mütter mit kleinen Kindern."}),
        (
            "recommendation",
            {
                "title": "Kinderbetreuung parallel zu Sprachkursen",
                "text": "Träger bieten während der Kurse eine Betreuung an.",
                "responsible_actors": actors[:2],
                "priority": "high",
                "time_horizon": "short",
            },
        ),
        ("open_question", {"question": "Wer übernimmt die Fahrtkosten im ländlichen Raum?"}),
        ("good_practice", {"title": "Sprachcafé Wassenberg", "text": "Offen, jeden Montag."}),
        ("quote", {"quote": "Jetzt kennen wir uns endlich.", "attribution": "Ehrenamt, Gangelt"}),
    ]
    return [kinds[index % len(kinds)] for index in range(count)]


def build_conference_year(home_page, *, scale=1, year=2024):
    """A published conference with ``2 * scale`` forums, each fully populated.

    Every forum has ``scale`` referents, moderators and participants and a result statement
    with ``5 * scale`` blocks; ``scale`` 1 and 10 give the data for query budget comparisons.
    """
    conference_index = home_page.get_children().type(
        ConferenceIndexPageFactory._meta.model
    ).first() or ConferenceIndexPageFactory(parent=home_page)
    referent_index = home_page.get_children().type(
        ReferentIndexPageFactory._meta.model
    ).first() or ReferentIndexPageFactory(parent=home_page)
    if not home_page.get_children().type(ActorDirectoryPageFactory._meta.model).exists():
        ActorDirectoryPageFactory(parent=home_page)
    actors = ActorFactory.create_batch(3 * scale)
    conference = ConferencePageFactory(parent=conference_index, year=year, lead_actor=actors[0])
    conference.lead_theme_fields.set([field_of_action("arbeit"), field_of_action("sprache")])
    conference.save()
    for actor in actors:
        ConferenceInvitationFactory(conference=conference, actor=actor)
    forums = []
    for _ in range(2 * scale):
        forum = ForumPageFactory(parent=conference)
        for index in range(scale):
            referent = ReferentPageFactory(parent=referent_index, organisation=actors[index])
            ForumReferentFactory(forum=forum, referent=referent, contribution="Impuls")
            ForumModeratorFactory(forum=forum)
            ForumParticipantFactory(forum=forum, actor=actors[index])
        ResultStatementPageFactory(
            parent=forum,
            title=f"Ergebnisse {forum.title}",
            results=result_blocks(actors, 5 * scale),
        )
        forums.append(forum)
    conference.programme = [
        ("agenda_item", {"starts_at": "09:00", "title": "Begrüßung", "forum": None}),
        *[
            ("agenda_item", {"starts_at": "11:00", "title": forum.title, "forum": forum})
            for forum in forums
        ],
    ]
    conference.save()
    return conference


def publish(page):
    page.save_revision().publish()
    return page


def build_concept_world(home_page):
    """Hand-built results: 2024 (Sprache forum: 3 blocks, one overriding to Arbeit),
    2025 (Arbeit forum: 2 recommendations), and an unpublished 2026 conference."""
    index = ConferenceIndexPageFactory(parent=home_page)
    jobcenter = ActorFactory(name="Jobcenter Kreis Heinsberg")
    sprachcafe = ActorFactory(name="Sprachcafé Erkelenz")
    conference_2024 = ConferencePageFactory(parent=index, year=2024)
    forum_sprache = ForumPageFactory(
        parent=conference_2024,
        title="Sprache im Alltag",
        field_of_action=field_of_action("sprache"),
    )
    statement_2024 = publish(
        ResultStatementPageFactory(
            parent=forum_sprache,
            results=[
                ("finding", {"text": "Sprachcafés wirken.", "field_of_action": None}),
                (
                    "recommendation",
                    {
                        "title": "Jobcoaching mit Sprachförderung",
                        "text": "Sprachkurs und Praktikum verbinden.",
                        "field_of_action": field_of_action("arbeit"),
                        "responsible_actors": [jobcenter],
                        "priority": "high",
                        "time_horizon": "short",
                    },
                ),
                ("open_question", {"question": "Wer zahlt die Fahrtkosten?"}),
            ],
        )
    )
    conference_2025 = ConferencePageFactory(parent=index, year=2025)
    forum_arbeit = ForumPageFactory(
        parent=conference_2025, title="Wege in Arbeit", field_of_action=field_of_action("arbeit")
    )
    statement_2025 = publish(
        ResultStatementPageFactory(
            parent=forum_arbeit,
            results=[
                (
                    "recommendation",
                    {
                        "title": '=HYPERLINK("http://evil.example")',
                        "text": "Anerkennung beschleunigen.",
                        "responsible_actors": [sprachcafe],
                        "priority": "medium",
                        "time_horizon": "long",
                    },
                ),
                (
                    "recommendation",
                    {
                        "title": "Mentoring für Azubis",
                        "text": "Ehrenamtliche begleiten Auszubildende.\x07",
                        "responsible_actors": [],
                        "priority": "low",
                        "time_horizon": "medium",
                    },
                ),
            ],
        )
    )
    conference_2026 = ConferencePageFactory(parent=index, year=2026)
    forum_2026 = ForumPageFactory(
        parent=conference_2026, field_of_action=field_of_action("sprache")
    )
    publish(
        ResultStatementPageFactory(
            parent=forum_2026, results=[("finding", {"text": "Unveröffentlichte Konferenz"})]
        )
    )
    conference_2026.unpublish()
    concept = IntegrationskonzeptPageFactory(parent=home_page)
    return {
        "concept": concept,
        "statement_2024": statement_2024,
        "statement_2025": statement_2025,
        "forum_sprache": forum_sprache,
        "forum_arbeit": forum_arbeit,
        "conference_2024": conference_2024,
        "conference_2025": conference_2025,
        "jobcenter": jobcenter,
        "sprachcafe": sprachcafe,
    }


def actor(name, kind, engagement, fields, places):
    created = ActorFactory(name=name, kind=kind, engagement=engagement)
    created.fields_of_action.set([field_of_action(slug) for slug in fields])
    created.municipalities.set([municipality(slug) for slug in places])
    return created


def build_network_world(home_page):
    """The hand-built network of ``tests/ik_wagtail/network`` (its conftest says who meets whom)."""
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
