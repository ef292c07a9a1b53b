from wagtail.search import index

from ik_wagtail.actors.models import Actor
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality

from .texts.actors import ACTORS


def ensure_actors():
    """Create the demo actors that are missing (found by slug); existing ones stay as they are."""
    existing = set(
        Actor.objects.filter(slug__in=[data["slug"] for data in ACTORS]).values_list(
            "slug", flat=True
        )
    )
    missing = [data for data in ACTORS if data["slug"] not in existing]
    if not missing:
        return f"{len(ACTORS)} vorhanden"
    municipalities = Municipality.objects.in_bulk(field_name="slug")
    fields_of_action = FieldOfAction.objects.in_bulk(field_name="slug")
    for data in missing:
        actor = Actor.objects.create(
            slug=data["slug"],
            name=data["name"],
            kind=data["kind"],
            engagement=data["engagement"],
            description=data["description"],
            website=data.get("website", ""),
            contact_person=data["contact_person"],
            email=data["email"],
            contact_consent=data["contact_consent"],
        )
        actor.municipalities.set([municipalities[slug] for slug in data["municipalities"]])
        actor.fields_of_action.set([fields_of_action[slug] for slug in data["fields_of_action"]])
        actor.tags.add(*data["tags"])
        # Saving indexed the actor before it had keywords; index it again with them.
        index.insert_or_update_object(actor)
    return f"{len(missing)} angelegt" + (f", {len(existing)} vorhanden" if existing else "")
