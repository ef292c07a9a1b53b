import pytest
from django.contrib.auth.models import Group

from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.conferences.roles import ensure_groups
from ik_wagtail.network.models import ActorMembership
from ik_wagtail.roles import KI_GROUP_NAME
from tests.builders import build_concept_world
from tests.factories import UserFactory


@pytest.fixture
def world(home_page):
    """The concept world, its tracked Jobcoaching recommendation, a Jobcenter member and a
    KI reviewer."""
    world = build_concept_world(home_page)
    world["tracking"] = RecommendationTracking.objects.get(title="Jobcoaching mit Sprachförderung")
    world["member"] = UserFactory(username="jobcenter-mitarbeiterin")
    ActorMembership.objects.create(user=world["member"], actor=world["jobcenter"])
    ensure_groups()
    world["ki"] = UserFactory(username="ki-pruefung")
    world["ki"].groups.add(Group.objects.get(name=KI_GROUP_NAME))
    return world
