"""The network page, the organisations of demo accounts and the link table."""

from django.contrib.auth import get_user_model
from wagtail.models import Site

from ik_wagtail.actors.models import Actor
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import ActorMembership, NetworkPage

from .pages import add_published_page

# Demo accounts and the organisation each works for (accounts exist only with DEBUG on).
MEMBERSHIPS = {
    "akteur": "sprachcafe-hueckelhoven",
    "moderation.sprache": "bildungswerk-rur-maas",
    "moderation.arbeit": "agentur-fuer-arbeit-geschaeftsstelle-heinsberg",
    "moderation.teilhabe": "kreissportbund-heinsberg",
}


def ensure_memberships():
    users = {
        user.username: user for user in get_user_model().objects.filter(username__in=MEMBERSHIPS)
    }
    actors = Actor.objects.in_bulk(list(MEMBERSHIPS.values()), field_name="slug")
    created = 0
    for username, slug in MEMBERSHIPS.items():
        if username in users and slug in actors:
            _membership, new = ActorMembership.objects.get_or_create(
                user=users[username], defaults={"actor": actors[slug]}
            )
            created += new
    return created


def ensure_network_page():
    home = Site.objects.get(is_default_site=True).root_page
    created = not NetworkPage.objects.child_of(home).exists()
    if created:
        add_published_page(
            home,
            NetworkPage(
                title="Netzwerk",
                slug="netzwerk",
                introduction=(
                    "Wer arbeitet mit wem? Akteure sind verbunden, wenn sie gemeinsam in einem "
                    "Forum der Integrationskonferenz saßen oder ein Projekt zusammen tragen. "
                    "Filtern Sie nach Handlungsfeld, Kommune, Art und Konferenzjahr."
                ),
                show_in_menus=True,
                search_description=(
                    "Wer mit wem arbeitet: das Netzwerk der Akteure im Kreis Heinsberg."
                ),
            ),
        )
    memberships = ensure_memberships()
    links = rebuild_network()
    page = "angelegt" if created else "vorhanden"
    return f"Seite {page}, {memberships} Zuordnungen neu, {links} Verbindungen"
