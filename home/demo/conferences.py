"""Demo conferences: the conference page, its forums, their results, programme and invitations.

A conference is found by its year (unique), a forum by its slug below the conference, a result
statement by being the forum's child. Whatever exists is left alone, so a second run changes
nothing; only what is missing is created.
"""

from functools import partial

from django.contrib.auth import get_user_model
from wagtail.signal_handlers import disable_reference_index_auto_update

from ik_wagtail.actors.enums import ActorKind
from ik_wagtail.actors.models import Actor
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
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.taxonomy.models import FieldOfAction

from .accounts import MODERATOR_ACCOUNTS
from .pages import add_published_page, publish
from .texts.actors import INTEGRATION_CENTRE_SLUG
from .texts.conference_2024 import CONFERENCE_2024
from .texts.conference_2025 import CONFERENCE_2025
from .texts.conference_2026 import CONFERENCE_2026

CONFERENCES = [CONFERENCE_2024, CONFERENCE_2025, CONFERENCE_2026]


def conference_steps():
    """One demo step per conference, labelled with its title."""
    return [(data["title"], partial(ensure_conference, data)) for data in CONFERENCES]


class Lookups:
    """The objects the demo texts name by slug or username, each loaded with one query."""

    def __init__(self):
        self.actors = Actor.objects.in_bulk(field_name="slug")
        self.fields_of_action = FieldOfAction.objects.in_bulk(field_name="slug")
        self.projects = IntegrationProject.objects.live().in_bulk(field_name="slug")
        self.referents = {
            referent.slug: referent
            for referent in ReferentPage.objects.child_of(ReferentIndexPage.objects.first())
        }
        self.moderators = get_user_model().objects.in_bulk(
            [account["username"] for account in MODERATOR_ACCOUNTS], field_name="username"
        )

    def actor_list(self, slugs):
        """The named actors; one an editor has deleted since is skipped, not an error."""
        return [self.actors[slug] for slug in slugs if slug in self.actors]

    def integration_centre(self):
        return self.actors.get(INTEGRATION_CENTRE_SLUG) or (
            Actor.objects.filter(kind=ActorKind.INTEGRATION_CENTRE).first()
        )


def ensure_conference(data):
    """Create what is missing of one conference and return a short German summary."""
    lookups = Lookups()
    created = []
    conference = ConferencePage.objects.filter(year=data["year"]).first()
    is_new = conference is None
    if is_new:
        conference = new_conference(data, lookups)
        with disable_reference_index_auto_update():
            ConferenceIndexPage.objects.first().add_child(instance=conference)
        # Invitations are not page content (see ConferenceInvitation): rows of their own.
        ConferenceInvitation.objects.bulk_create(
            ConferenceInvitation(conference=conference, actor=lookups.actors[slug], status=status)
            for slug, status in data["invitations"]
            if slug in lookups.actors
        )
        created.append("Konferenz")

    forums = {}
    new_forums = new_results = completed_forums = 0
    for forum_data in data["forums"]:
        forum = ForumPage.objects.child_of(conference).filter(slug=forum_data["slug"]).first()
        if forum is None:
            forum = add_published_page(conference, new_forum(forum_data, lookups))
            new_forums += 1
        elif complete_moderators(forum, forum_data, lookups):
            completed_forums += 1
        forums[forum_data["slug"]] = forum
        if "result" in forum_data and not ResultStatementPage.objects.child_of(forum).exists():
            add_published_page(forum, new_result_statement(forum_data["result"], lookups))
            new_results += 1

    if is_new:
        # The programme links to the forums, so it is filled in once they exist.
        conference.programme = programme(data, forums)
        publish(conference)

    if new_forums:
        created.append(f"{new_forums} Foren")
    if new_results:
        created.append(f"{new_results} Ergebnisse")
    if is_new:
        created.append(f"{conference.invitations.count()} Einladungen")
    summary = f"angelegt: {', '.join(created)}" if created else "vorhanden"
    if completed_forums:
        summary += f"; Moderation in {completed_forums} Foren ergänzt"
    return summary


def new_conference(data, lookups):
    conference = ConferencePage(
        title=data["title"],
        slug=data["slug"],
        year=data["year"],
        lead_theme=data["lead_theme"],
        date=data["date"],
        starts_at=data["starts_at"],
        ends_at=data["ends_at"],
        venue_name=data["venue_name"],
        venue_address=data["venue_address"],
        lead_actor=lookups.integration_centre(),
        introduction=data["introduction"],
        search_description=data["search_description"],
    )
    conference.lead_theme_fields = [
        lookups.fields_of_action[slug] for slug in data["lead_theme_fields"]
    ]
    return conference


def new_forum(data, lookups):
    forum = ForumPage(
        title=data["title"],
        slug=data["slug"],
        number=data["number"],
        field_of_action=lookups.fields_of_action[data["field_of_action"]],
        guiding_question=data["guiding_question"],
        description=data["description"],
        starts_at=data["starts_at"],
        ends_at=data["ends_at"],
        room=data["room"],
        capacity=data["capacity"],
        search_description=data["guiding_question"],
    )
    forum.moderators = forum_moderators(data, lookups)
    forum.forum_referents = [
        ForumReferent(referent=lookups.referents[slug], contribution=contribution)
        for slug, contribution in data["referents"]
        if slug in lookups.referents
    ]
    forum.participants = [
        ForumParticipant(actor=actor) for actor in lookups.actor_list(data["participants"])
    ]
    return forum


def forum_moderators(data, lookups):
    """The forum's moderator accounts; without demo accounts (DEBUG off) there are none."""
    return [
        ForumModerator(user=lookups.moderators[username])
        for username in data["moderators"]
        if username in lookups.moderators
    ]


def complete_moderators(forum, data, lookups):
    """Give a forum without moderators its demo moderators, e.g. once DEBUG created the accounts.

    Returns whether the forum was changed (published with a new revision).
    """
    moderators = forum_moderators(data, lookups)
    if not moderators or forum.moderators.exists():
        return False
    forum.moderators = moderators
    publish(forum)
    return True


def new_result_statement(data, lookups):
    return ResultStatementPage(
        title=data["title"],
        slug="ergebnisse",
        summary=data["summary"],
        participant_count=data["participant_count"],
        results=[result_block(block_type, value, lookups) for block_type, value in data["results"]],
    )


def result_block(block_type, value, lookups):
    """A result block of the texts with its slugs resolved to the actors and field of action."""
    value = dict(value)
    field_slug = value.pop("field_of_action")
    value["field_of_action"] = lookups.fields_of_action[field_slug] if field_slug else None
    if block_type == "recommendation":
        value["responsible_actors"] = lookups.actor_list(value["responsible_actors"])
    if block_type == "good_practice":
        value["project"] = lookups.projects.get(value["project"])
    return (block_type, value)


def programme(data, forums):
    """The agenda items; an item naming a forum takes its title and room from the forum."""
    items = []
    for item in data["programme"]:
        value = {"starts_at": item["starts_at"], "ends_at": item["ends_at"]}
        if "forum" in item:
            forum = forums[item["forum"]]
            value |= {
                "title": f"Forum {forum.number}: {forum.title}",
                "text": f"Raum: {forum.room}",
                "forum": forum,
            }
        else:
            value |= {"title": item["title"], "text": item.get("text", ""), "forum": None}
        items.append(("agenda_item", value))
    return items
