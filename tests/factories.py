"""Factories for the plugin's models; pages are created under the given ``parent``."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.search import index

from home.models import StandardPage
from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.concept.models import IntegrationskonzeptPage
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
from ik_wagtail.network.models import NetworkPage
from ik_wagtail.projects.enums import ProjectStatus
from ik_wagtail.projects.indexing import index_projects
from ik_wagtail.projects.models import (
    GoodPracticeCriterion,
    IntegrationProject,
    ProjectLibraryPage,
    ProjectPartner,
)
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup


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

    # All page factories share one sequence counter; the modulo keeps the year within the
    # model's range (2019–2100) however many pages a test session creates.
    year = factory.Sequence(lambda n: 2030 + n % 70)
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


class IntegrationskonzeptPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntegrationskonzeptPage

    title = "Beitrag zum Integrationskonzept"
    slug = "integrationskonzept"


def municipality(slug):
    return Municipality.objects.get(slug=slug)


def target_group(slug):
    return TargetGroup.objects.get(slug=slug)


def criterion(slug):
    return GoodPracticeCriterion.objects.get(slug=slug)


class ProjectLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectLibraryPage

    title = "Gute-Praxis-Börse"
    slug = "gute-praxis-boerse"


class ProjectFactory(DjangoModelFactory):
    """A published project; relations are lists of objects (``tags``: names, ``partners``: actors).

    ``live=False`` gives a never-published draft, as a proposal is.
    """

    class Meta:
        model = IntegrationProject

    title = factory.Sequence(lambda n: f"Sprachtreff Beispiel {n}")
    summary = "Ein offener Treff zum Deutschsprechen mit Ehrenamtlichen."
    description = "<p>Jeden Montag im Pfarrheim, ohne Anmeldung.</p>"
    status = ProjectStatus.RUNNING
    live = True
    first_published_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        relations = {
            name: kwargs.pop(name, [])
            for name in ["municipalities", "fields_of_action", "target_groups", "criteria"]
        }
        tags = kwargs.pop("tags", [])
        partners = kwargs.pop("partners", [])
        project = model_class(*args, **kwargs)
        for name, values in relations.items():
            setattr(project, name, list(values))
        project.project_partners = [ProjectPartner(actor=actor) for actor in partners]
        project.tags.set(list(tags))
        project.save()
        # Saving indexed the project before its relations were stored; index it again (as
        # publishing a revision does).
        index.insert_or_update_object(project)
        index_projects([project.pk])
        return project


class NetworkPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NetworkPage

    title = "Netzwerk"
    slug = "netzwerk"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Seite {n}")
