"""The KI works with documents and images in the admin (collection permissions)."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from ik_wagtail.conferences.roles import ensure_groups
from ik_wagtail.roles import KI_GROUP_NAME
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_ki_opens_uploads_and_chooses_documents_and_images(client, home_page):
    ensure_groups()
    ensure_groups()  # idempotent
    staff = UserFactory(username="ki-mitarbeiterin")
    staff.groups.add(Group.objects.get(name=KI_GROUP_NAME))
    client.force_login(staff)

    pages = {
        name: client.get(reverse(name)).status_code
        for name in [
            "wagtaildocs:index",
            "wagtaildocs:add_multiple",
            "wagtaildocs_chooser:choose",
            "wagtailimages:index",
            "wagtailimages:add_multiple",
            "wagtailimages_chooser:choose",
        ]
    }

    assert pages == dict.fromkeys(pages, 200)
