"""The printable programme: every forum with time, room, question, referents and moderators."""

import io
import re

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from ik_wagtail.conferences.models import ForumPage
from ik_wagtail.cycle.booklet import pdf_available
from tests.builders import build_conference_year

pytestmark = pytest.mark.django_db


def test_print_view_renders_every_forum(user_client, home_page):
    conference = build_conference_year(home_page, scale=2, year=2030)
    forum = ForumPage.objects.child_of(conference).first()
    forum.title = "Übergänge gestalten: Schule, Ausbildung, Beruf"
    forum.save_revision().publish()

    response = user_client.get(reverse("ik_cycle:programme", args=[conference.pk]))

    content = response.content.decode()
    assert response.status_code == 200
    forums = list(ForumPage.objects.child_of(conference).live())
    assert len(forums) == 4
    for each in forums:
        assert each.title in content
    assert "Übergänge gestalten: Schule, Ausbildung, Beruf" in content
    assert "Saal A" in content
    assert forum.forum_referents.first().referent.display_name in content
    assert forum.moderators.first().display_name in content
    assert "ik_cycle/css/booklet.css" in content


def test_booklet_stylesheet_prints_a4():
    with open(finders.find("ik_cycle/css/booklet.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()

    assert "size: A4" in css
    assert "@media print" in css


def test_print_view_query_count_does_not_grow_with_data(user_client, home_page):
    small = build_conference_year(home_page, scale=1, year=2030)
    large = build_conference_year(home_page, scale=5, year=2031)
    for conference in (small, large):  # warm per-process and cached lookups (session, site)
        user_client.get(reverse("ik_cycle:programme", args=[conference.pk]))

    with CaptureQueriesContext(connection) as small_queries:
        user_client.get(reverse("ik_cycle:programme", args=[small.pk]))
    with CaptureQueriesContext(connection) as large_queries:
        user_client.get(reverse("ik_cycle:programme", args=[large.pk]))

    assert len(large_queries) == len(small_queries)


def test_conference_page_links_registration_and_booklet(user_client, home_page):
    conference = build_conference_year(home_page, year=2030)

    content = user_client.get(conference.url).content.decode()

    assert reverse("ik_cycle:programme", args=[conference.pk]) in content
    assert reverse("ik_cycle:registration", args=[conference.pk]) in content


def test_unknown_conference_booklet_is_404(user_client):
    assert user_client.get(reverse("ik_cycle:programme", args=[999999])).status_code == 404


needs_pdf = pytest.mark.skipif(
    not pdf_available(), reason="WeasyPrint or Pango missing (pip install -e '.[pdf]')"
)


@needs_pdf
def test_pdf_parses_and_keeps_umlauts(user_client, home_page):
    conference = build_conference_year(home_page, scale=2, year=2030)
    forum = ForumPage.objects.child_of(conference).first()
    forum.title = "Übergänge gestalten: Größe zeigen, Mütter stärken"
    forum.save_revision().publish()

    page = user_client.get(reverse("ik_cycle:programme", args=[conference.pk]))
    response = user_client.get(reverse("ik_cycle:programme_pdf", args=[conference.pk]))

    assert reverse("ik_cycle:programme_pdf", args=[conference.pk]) in page.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    assert "Übergänge gestalten: Größe zeigen, Mütter stärken" in text
    for each in ForumPage.objects.child_of(conference).live():
        assert each.title in text


def test_pdf_of_an_unknown_conference_is_404(user_client):
    assert user_client.get(reverse("ik_cycle:programme_pdf", args=[999999])).status_code == 404


@needs_pdf
def test_pdf_schedule_is_rows_of_time_and_title_as_in_print(user_client, home_page):
    """The PDF is laid out by the page's own stylesheets: each schedule row reads "time title",
    in order, without the numbers of a plain ordered list."""
    conference = build_conference_year(home_page, scale=1, year=2030)
    forums = list(ForumPage.objects.child_of(conference).order_by("path"))

    response = user_client.get(reverse("ik_cycle:programme_pdf", args=[conference.pk]))

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    schedule = text[text.index("Ablauf") : text.index("Foren")]
    rows = [line.strip() for line in schedule.splitlines()[1:] if line.strip()]
    assert rows == ["09:00 Begrüßung", *(f"11:00 {forum.title}" for forum in forums)]
    assert not re.search(r"^\s*\d+\.\s*$", text, re.MULTILINE)  # no stray list numbers
