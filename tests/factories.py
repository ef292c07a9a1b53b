"""Factories for the plugin's models; pages are created under the given ``parent``."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from ik_wagtail.actors.enums import ActorKind, Engagement
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
from ik_wagtail.taxonomy.models import FieldOfAction


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"nutzer{n}")
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Muster{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.invalid")


class ActorFactory(DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Initiative Beispiel {n}")
    kind = ActorKind.INITIATIVE
    engagement = Engagement.VOLUNTEER
    description = "Begleitet Geflüchtete bei Behördengängen."


class ActorDirectoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ActorDirectoryPage

    title = "Akteure"
    slug = "akteure"


class ConferenceIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConferenceIndexPage

    title = "Integrationskonferenzen"
    slug = "konferenzen"


class ConferencePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConferencePage

    year = factory.Sequence(lambda n: 2030 + n)
    title = factory.LazyAttribute(lambda page: f"Integrationskonferenz {page.year}")
    slug = factory.LazyAttribute(lambda page: f"integrationskonferenz-{page.year}")
    lead_theme = "Integration in Ausbildung und Arbeit"
    date = factory.LazyAttribute(lambda page: datetime.date(page.year, 9, 19))
    starts_at = datetime.time(9, 0)
    ends_at = datetime.time(16, 0)
    venue_name = "Festhalle Oberbruch"
    venue_address = "Heinsberg"


def field_of_action(slug="sprache"):
    return FieldOfAction.objects.get(slug=slug)


class ForumPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ForumPage

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Forum Sprache im Alltag {n}")
    field_of_action = factory.LazyFunction(field_of_action)
    guiding_question = "Wie erreichen Sprachangebote Menschen, die keinen Kurs besuchen?"
    starts_at = datetime.time(11, 0)
    ends_at = datetime.time(12, 30)
    room = "Saal A"
    capacity = 25


class ReferentIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReferentIndexPage

    title = "Referentinnen und Referenten"
    slug = "referenten"


class ReferentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ReferentPage

    title = factory.Sequence(lambda n: f"Dana Beispiel{n}")
    last_name = factory.Sequence(lambda n: f"Beispiel{n}")
    function = "Fachbereichsleitung Integration"


class ResultStatementPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResultStatementPage

    title = "Ergebnisse"
    summary = "Das Forum hat drei Empfehlungen erarbeitet."
    participant_count = 18


class ConferenceInvitationFactory(DjangoModelFactory):
    class Meta:
        model = ConferenceInvitation

    actor = factory.SubFactory(ActorFactory)


class ForumModeratorFactory(DjangoModelFactory):
    class Meta:
        model = ForumModerator

    user = factory.SubFactory(UserFactory)


class ForumReferentFactory(DjangoModelFactory):
    class Meta:
        model = ForumReferent


class ForumParticipantFactory(DjangoModelFactory):
    class Meta:
        model = ForumParticipant

    actor = factory.SubFactory(ActorFactory)
