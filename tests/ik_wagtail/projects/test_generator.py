"""Generated projects for benchmarks and query budgets (``manage.py ik_generate`` uses them)."""

import pytest

from ik_wagtail.actors.models import Actor
from ik_wagtail.projects.generator import GENERATED_SLUG_PREFIX, delete_generated, generate_projects
from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.projects.search import match_scores, search_terms
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db


def snapshot():
    return list(IntegrationProject.objects.order_by("slug").values_list("slug", "title", "summary"))


def test_generator_is_deterministic_for_a_seed():
    generate_projects(30, seed=7)
    first = snapshot()
    delete_generated()
    generate_projects(30, seed=7)

    assert snapshot() == first
    assert IntegrationProject.objects.live().count() == 30
    assert all(slug.startswith(GENERATED_SLUG_PREFIX) for slug, _title, _summary in first)


def test_generated_projects_are_related_and_searchable():
    generate_projects(40, seed=1)

    project = IntegrationProject.objects.for_listing().first()
    hits = match_scores(search_terms(project.title))

    assert project.pk in hits
    assert project.fields_of_action.exists()
    assert project.municipalities.exists()
    assert project.tags.exists()


def test_delete_generated_keeps_other_data():
    keep = ActorFactory(name="Echter Verein")
    generate_projects(10)

    delete_generated()

    assert not IntegrationProject.objects.exists()
    assert list(Actor.objects.all()) == [keep]
