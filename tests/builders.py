"""Builders of realistic object graphs for page, footprint and query-budget tests."""

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
    ReferentIndexPageFactory,
    ReferentPageFactory,
    ResultStatementPageFactory,
    field_of_action,
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
