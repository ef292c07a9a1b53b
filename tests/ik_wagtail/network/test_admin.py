import pytest
from django.core.management import call_command
from django.urls import reverse

from ik_wagtail.network.models import ActorLink, ActorMembership

pytestmark = pytest.mark.django_db


def test_membership_admin_lists_and_creates_memberships(world, admin_client_logged_in, superuser):
    index = admin_client_logged_in.get(reverse("ik_network_actormembership_modeladmin_index"))
    response = admin_client_logged_in.post(
        reverse("ik_network_actormembership_modeladmin_create"),
        {"user": superuser.pk, "actor": world["actors"]["vhs"].pk},
    )

    assert index.status_code == 200
    assert "Moscheegemeinde Hückelhoven" in index.text
    assert response.status_code == 302
    assert ActorMembership.objects.get(user=superuser).actor == world["actors"]["vhs"]


def test_rebuild_command_restores_the_links(world, capsys):
    ActorLink.objects.all().delete()

    call_command("ik_rebuild_network")

    # 3 + 3 forum links, 2 partnerships and 1 shared project
    assert ActorLink.objects.count() == 9
    assert "9 Verbindungen" in capsys.readouterr().out
