from ik_wagtail.actors.models import Actor
from ik_wagtail.conferences.models import ReferentIndexPage, ReferentPage

from .pages import add_published_page
from .texts.referents import REFERENTS


def ensure_referents():
    """Create the demo referent pages missing below the referent index (found by slug)."""
    index_page = ReferentIndexPage.objects.first()
    existing = set(ReferentPage.objects.child_of(index_page).values_list("slug", flat=True))
    missing = [data for data in REFERENTS if data["slug"] not in existing]
    if not missing:
        return f"{len(REFERENTS)} vorhanden"
    organisations = Actor.objects.in_bulk(
        [data["organisation"] for data in missing], field_name="slug"
    )
    for data in missing:
        page = ReferentPage(
            title=data["title"],
            slug=data["slug"],
            academic_title=data.get("academic_title", ""),
            last_name=data["last_name"],
            function=data["function"],
            organisation=organisations.get(data["organisation"]),
            biography=data["biography"],
            email=data["email"],
            contact_consent=data["contact_consent"],
        )
        page.expertise.add(*data["expertise"])
        add_published_page(index_page, page)
    return f"{len(missing)} angelegt" + (f", {len(existing)} vorhanden" if existing else "")
