"""Signed-in pages and every export tell browsers and proxies not to keep them."""

import pytest
from django.urls import reverse

from ik_wagtail.conferences.models import ConferencePage
from tests.factories import ProjectLibraryPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def test_signed_in_pages_and_every_export_are_private_and_not_stored(client, home_page, superuser):
    from tests.builders import build_concept_world

    world = build_concept_world(home_page)
    concept = world["concept"]
    conference = ConferencePage.objects.live().first()
    library = ProjectLibraryPageFactory(parent=home_page)
    client.force_login(UserFactory(username="leserin"))
    urls = {
        "page": concept.url,
        "search": reverse("search") + "?q=Sprache",
        "roll-up CSV": concept.url + concept.reverse_subpage("export_csv"),
        "roll-up DOCX": concept.url + concept.reverse_subpage("export_docx"),
        "library CSV": library.url + library.reverse_subpage("export"),
        "calendar": conference.url + conference.reverse_subpage("calendar"),
        "programme": reverse("ik_cycle:programme", args=[conference.pk]),
    }

    responses = {name: client.get(url) for name, url in urls.items()}
    client.force_login(superuser)
    project_list = reverse("wagtailsnippets_ik_projects_integrationproject:list")
    for export_format in ("csv", "xlsx"):
        urls[f"admin projects {export_format}"] = f"{project_list}?export={export_format}"
        responses[f"admin projects {export_format}"] = client.get(
            urls[f"admin projects {export_format}"]
        )

    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(urls, 200)
    assert {name: cache_control(r) >= {"private", "no-store"} for name, r in responses.items()} == (
        dict.fromkeys(urls, True)
    )


def test_pages_carry_a_content_security_policy_without_inline_code(client, home_page, superuser):
    from ik_wagtail.middleware import ADMIN_POLICY, INTRANET_POLICY

    client.force_login(superuser)

    intranet = client.get("/")
    login = client.get(reverse("login"))
    admin = client.get(reverse("wagtailadmin_home"))
    search = client.get(reverse("search") + "?q=x")

    assert intranet["Content-Security-Policy"] == INTRANET_POLICY
    assert login["Content-Security-Policy"] == INTRANET_POLICY
    assert "script-src 'self';" in INTRANET_POLICY and "unsafe" not in INTRANET_POLICY
    assert admin["Content-Security-Policy"] == ADMIN_POLICY
    assert search["Content-Security-Policy"] == INTRANET_POLICY
    assert 'style="' not in login.text and 'style="' not in intranet.text
