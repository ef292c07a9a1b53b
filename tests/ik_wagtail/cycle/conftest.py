import pytest
from django.contrib.auth.models import Group
from django.db import connection

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.cycle.roles import grant_cycle_rights_to_ki
from ik_wagtail.roles import KI_GROUP_NAME
from tests.factories import (
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
    UserFactory,
    field_of_action,
    municipality,
)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (CI runs the suite on both)"
)


@pytest.fixture
def ki_user(db):
    """A KI clerk: member of the KI group, with admin access and the cycle right."""
    from ik_wagtail.conferences.roles import ensure_groups

    ensure_groups()
    grant_cycle_rights_to_ki()
    user = UserFactory(username="ki-sachbearbeitung", first_name="Kim", last_name="Klein")
    user.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return user


@pytest.fixture
def ki_client(client, ki_user):
    client.force_login(ki_user)
    return client


@pytest.fixture
def conference(home_page):
    """An upcoming, published conference with two forums of two seats each."""
    index = ConferenceIndexPageFactory(parent=home_page)
    conference = ConferencePageFactory(parent=index, year=2031, title="Integrationskonferenz 2031")
    ForumPageFactory(parent=conference, number=1, title="Sprache im Alltag", capacity=2)
    ForumPageFactory(
        parent=conference,
        number=2,
        title="Übergänge in Ausbildung",
        capacity=2,
        field_of_action=field_of_action("arbeit"),
    )
    return conference


@pytest.fixture
def directory_actors(db):
    """Five actors whose criteria a test can match by hand.

    - moschee: religious community · volunteer · erkelenz · sprache · tag Begegnung
    - kirche: religious community · both · heinsberg · sprache
    - sportverein: sports club · volunteer · erkelenz · sprache, arbeit · tag Begegnung
    - jobcenter: jobcentre · full-time · kreisweit · arbeit (no e-mail)
    - verein: association · volunteer · erkelenz · sprache (no contact consent)
    """

    def actor(name, kind, engagement, municipalities, fields, tags=(), **extra):
        defaults = {"email": f"{name.split()[0].lower()}@example.invalid", "contact_consent": True}
        defaults.update(extra)
        created = ActorFactory(
            name=name, kind=kind, engagement=engagement, contact_person="Frau Beispiel", **defaults
        )
        created.municipalities.set([municipality(slug) for slug in municipalities])
        created.fields_of_action.set([field_of_action(slug) for slug in fields])
        created.tags.add(*tags)
        return created

    return {
        "moschee": actor(
            "Moscheegemeinde Erkelenz",
            ActorKind.RELIGIOUS_COMMUNITY,
            Engagement.VOLUNTEER,
            ["erkelenz"],
            ["sprache"],
            ["Begegnung"],
        ),
        "kirche": actor(
            "Kirchengemeinde St. Gangolf",
            ActorKind.RELIGIOUS_COMMUNITY,
            Engagement.BOTH,
            ["heinsberg"],
            ["sprache"],
        ),
        "sportverein": actor(
            "Sportverein Grün-Weiß Erkelenz",
            ActorKind.SPORTS_CLUB,
            Engagement.VOLUNTEER,
            ["erkelenz"],
            ["sprache", "arbeit"],
            ["Begegnung"],
        ),
        "jobcenter": actor(
            "Jobcenter Kreis Heinsberg",
            ActorKind.JOBCENTRE,
            Engagement.FULL_TIME,
            ["kreisweit"],
            ["arbeit"],
            email="",
        ),
        "verein": actor(
            "Verein Miteinander Erkelenz",
            ActorKind.ASSOCIATION,
            Engagement.VOLUNTEER,
            ["erkelenz"],
            ["sprache"],
            contact_consent=False,
        ),
    }
