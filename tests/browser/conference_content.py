"""Demo-like conference content for the browser journeys.

``tests/builders.build_conference_year`` plus what a person in the browser sees and uses: the
sections in the main navigation, actors with fields of action (so the directory filter finds
them), a referent with expertise and released contact data, and an actor with a long German
name and e-mail address, which must wrap at phone width instead of widening the page.
"""

from dataclasses import dataclass

from django.utils import timezone

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferencePage,
    ForumPage,
    ReferentIndexPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.taxonomy.models import Municipality
from tests.builders import build_conference_year
from tests.factories import ActorFactory, ForumParticipantFactory, field_of_action

PASSWORD = "secret-Passw0rd"  # of the users in tests/conftest.py and of the ones made here

LONG_ACTOR_NAME = "Wirtschaftsförderungsgesellschaft für den Kreis Heinsberg mbH"
LONG_EMAIL = "wirtschaftsfoerderungsgesellschaft.heinsberg@example.invalid"


@dataclass
class ConferenceContent:
    conference_index: ConferenceIndexPage
    conference: ConferencePage
    forum: ForumPage
    other_forum: ForumPage
    statement: ResultStatementPage
    referent_index: ReferentIndexPage
    referent: ReferentPage
    directory: ActorDirectoryPage
    actor: Actor

    def actor_url(self, actor=None):
        return self.directory.url_for_actor(actor or self.actor)


def build_conference_content(home_page):
    """Next year's conference (so the index highlights it) with two forums, published."""
    conference = build_conference_year(home_page, year=timezone.localdate().year + 1)
    conference_index = ConferenceIndexPage.objects.get()
    referent_index = ReferentIndexPage.objects.get()
    directory = ActorDirectoryPage.objects.get()
    for section in (conference_index, referent_index, directory):
        section.show_in_menus = True
        section.save_revision().publish()

    for actor in Actor.objects.all():
        actor.fields_of_action.add(field_of_action("sprache"))
    actor = ActorFactory(
        name=LONG_ACTOR_NAME,
        kind=ActorKind.COMPANY,
        engagement=Engagement.FULL_TIME,
        description="Berät Betriebe, die Geflüchtete ausbilden oder einstellen wollen.",
        website="https://www.wirtschaftsfoerderung-kreis-heinsberg.example/integration",
        contact_person="Jana Offermanns",
        email=LONG_EMAIL,
        phone="02452 13 0",
        contact_consent=True,
    )
    actor.fields_of_action.add(field_of_action("sprache"), field_of_action("arbeit"))
    actor.municipalities.add(*Municipality.objects.all()[:2])
    actor.tags.add("Ausbildung", "Fachkräfte")

    forum, other_forum = ForumPage.objects.child_of(conference).order_by("number")
    ForumParticipantFactory(forum=forum, actor=actor)
    referent = forum.forum_referents.get().referent
    referent.organisation = actor
    referent.function = "Leitung Willkommenslotsen"
    referent.biography = "<p>Begleitet Betriebe bei der Ausbildung Geflüchteter.</p>"
    referent.email = "dana.beispiel@example.invalid"
    referent.contact_consent = True
    referent.expertise.add("Ausbildung", "Anerkennung")
    referent.save_revision().publish()

    return ConferenceContent(
        conference_index=conference_index,
        conference=conference,
        forum=forum,
        other_forum=other_forum,
        statement=ResultStatementPage.objects.child_of(forum).get(),
        referent_index=referent_index,
        referent=referent,
        directory=directory,
        actor=actor,
    )
