"""Demo projects of the Gute-Praxis-Börse, created and published like the KI would."""

from ik_wagtail.actors.models import Actor
from ik_wagtail.projects.indexing import search_index_updates_suspended, update_search_index
from ik_wagtail.projects.models import GoodPracticeCriterion, IntegrationProject, ProjectPartner
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .texts.projects import PROJECTS


def ensure_projects():
    """Create and publish the demo projects that are missing (found by slug), indexed at once."""
    existing = set(
        IntegrationProject.objects.filter(slug__in=[data["slug"] for data in PROJECTS]).values_list(
            "slug", flat=True
        )
    )
    missing = [data for data in PROJECTS if data["slug"] not in existing]
    if not missing:
        return f"{len(PROJECTS)} vorhanden"
    actors = Actor.objects.in_bulk(field_name="slug")
    terms = {
        "municipalities": Municipality.objects.in_bulk(field_name="slug"),
        "fields_of_action": FieldOfAction.objects.in_bulk(field_name="slug"),
        "target_groups": TargetGroup.objects.in_bulk(field_name="slug"),
        "criteria": GoodPracticeCriterion.objects.in_bulk(field_name="slug"),
    }
    with search_index_updates_suspended(IntegrationProject):
        for data in missing:
            new_project(data, actors, terms).save_revision().publish()
    update_search_index(IntegrationProject.objects.filter(slug__in=[d["slug"] for d in missing]))
    return f"{len(missing)} angelegt" + (f", {len(existing)} vorhanden" if existing else "")


def new_project(data, actors, terms):
    contact = data["contact"] or {}
    project = IntegrationProject(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        description=data["description"],
        lead_actor=actors.get(data["lead"]),
        languages=data["languages"],
        status=data["status"],
        started_on=data["started_on"],
        ended_on=data["ended_on"],
        ongoing=data["ongoing"],
        funding_programme=data["funding_programme"],
        outcomes=data["outcomes"],
        transferability=data["transferability"],
        lessons_learned=data["lessons_learned"],
        contact_person=contact.get("person", ""),
        email=contact.get("email", ""),
        phone=contact.get("phone", ""),
        contact_consent=contact.get("consent", False),
    )
    for relation, by_slug in terms.items():
        setattr(project, relation, [by_slug[slug] for slug in data[relation] if slug in by_slug])
    project.project_partners = [
        ProjectPartner(actor=actors[slug]) for slug in data["partners"] if slug in actors
    ]
    project.tags.set(data["tags"])
    project.save()
    return project
