"""Documents and uploads only behind the login and the privacy of the pages that use them."""

import gc
import warnings

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from ik_wagtail.conferences.models import ConferenceDocument
from tests.builders import build_conference_year
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN_REQUIRED_MIDDLEWARE = "django.contrib.auth.middleware.LoginRequiredMiddleware"


@pytest.fixture
def protocol(home_page):
    """A confidential protocol on a conference page that only the steering group may open."""
    conference = build_conference_year(home_page)
    document = get_document_model().objects.create(
        title="Protokoll Lenkungskreis",
        file=ContentFile(b"%PDF-1.4 vertraulich", name="Protokoll_Forum_vertraulich.pdf"),
    )
    ConferenceDocument.objects.create(conference=conference, document=document)
    conference.save_revision().publish()
    steering = Group.objects.create(name="Lenkungskreis")
    restriction = PageViewRestriction.objects.create(
        page=conference, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(steering)
    return {"document": document, "steering": steering, "conference": conference}


def read(response):
    """The body of a (streamed) file response. Reading it to the end lets the test client close
    the file the way it closes a request; ``response.close()`` called here would fire
    ``request_finished`` and close the test's database connection (PostgreSQL)."""
    response.body = b"".join(response.streaming_content) if response.streaming else b""
    return response


def download(client, document):
    return read(client.get(document.url))


@pytest.mark.parametrize("with_middleware", [True, False], ids=["intranet", "host-site"])
def test_anonymous_visitors_are_sent_to_the_login(client, settings, protocol, with_middleware):
    if not with_middleware:
        settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != LOGIN_REQUIRED_MIDDLEWARE]

    response = download(client, protocol["document"])

    assert response.status_code == 302
    assert "/konto/login/" in response.url


def test_a_document_of_a_restricted_page_goes_only_to_those_who_may_open_the_page(client, protocol):
    reader = UserFactory(username="leserin")
    member = UserFactory(username="lenkung")
    member.groups.add(protocol["steering"])

    client.force_login(reader)
    refused = download(client, protocol["document"])
    client.force_login(member)
    allowed = download(client, protocol["document"])

    assert refused.status_code == 403
    assert allowed.status_code == 200
    assert b"vertraulich" in allowed.body
    # Wagtail's own, stricter policy for documents is kept.
    assert allowed["Content-Security-Policy"] == "default-src 'none'"


def test_editors_get_every_document_readers_none_that_nothing_live_uses(
    client, protocol, superuser
):
    loose = get_document_model().objects.create(
        title="Anfahrt", file=ContentFile(b"Anfahrt", name="anfahrt.txt")
    )
    client.force_login(UserFactory(username="leserin"))
    loose_for_reader = download(client, loose)
    client.force_login(superuser)
    loose_for_editor = download(client, loose)
    protocol_for_editor = download(client, protocol["document"])

    assert loose_for_reader.status_code == 403  # closed while in doubt (index not yet renewed)
    assert loose_for_editor.status_code == 200
    assert protocol_for_editor.status_code == 200


def test_a_project_image_follows_the_project(client, protocol):
    import wagtail_factories

    from tests.factories import ProjectFactory

    picture = wagtail_factories.ImageFactory(title="Sprachcafé")
    project = ProjectFactory(title="Sprachcafé Wegberg", image=picture, live=False)
    client.force_login(UserFactory(username="leserin"))

    draft_only = read(client.get(picture.file.url)).status_code
    project.save_revision().publish()
    published = read(client.get(picture.file.url)).status_code

    assert (draft_only, published) == (403, 200)


def test_uploads_need_the_login_and_documents_files_are_never_served_from_media(
    client, protocol, settings
):
    from pathlib import Path

    image = Path(settings.MEDIA_ROOT) / "original_images" / "logo.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    stored = protocol["document"].file.name  # documents/Protokoll_Forum_vertraulich….pdf

    anonymous = client.get("/media/original_images/logo.png")
    client.force_login(UserFactory(username="leserin"))
    signed_in = read(client.get("/media/original_images/logo.png"))
    document_file = client.get(f"/media/{stored}")
    sneaking = client.get(f"/media/original_images/../{stored}")
    outside = client.get("/media/../../etc/passwd")

    assert anonymous.status_code == 302
    assert signed_in.status_code == 200
    assert {document_file.status_code, sneaking.status_code, outside.status_code} == {404}


def test_nginx_sends_the_upload_after_the_check_when_configured(client, settings, protocol):
    from pathlib import Path

    settings.IK_MEDIA_ACCEL_REDIRECT = "/protected-media/"
    image = Path(settings.MEDIA_ROOT) / "images" / "logo.width-400.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    client.force_login(UserFactory(username="leserin"))

    response = client.get("/media/images/logo.width-400.png")

    assert response["X-Accel-Redirect"] == "/protected-media/images/logo.width-400.png"
    assert response["Content-Type"] == "image/png"


def test_a_photo_follows_the_privacy_of_the_page_that_shows_it(client, protocol):
    import wagtail_factories

    from ik_wagtail.conferences.models import ReferentPage

    referent = ReferentPage.objects.live().first()
    photo = wagtail_factories.ImageFactory(title="Porträt")
    referent.photo = photo
    referent.save_revision().publish()
    steering_only = PageViewRestriction.objects.create(
        page=referent, restriction_type=PageViewRestriction.GROUPS
    )
    steering_only.groups.add(protocol["steering"])
    with warnings.catch_warnings():
        # Wagtail leaves the resized image's temporary file to the garbage collector.
        warnings.simplefilter("ignore", ResourceWarning)
        rendition = photo.get_rendition("width-100")
        gc.collect()
    member = UserFactory(username="lenkung")
    member.groups.add(protocol["steering"])

    def fetch(user, url):
        client.force_login(user)
        return read(client.get(url)).status_code

    reader = UserFactory(username="leserin")
    assert fetch(reader, photo.file.url) == 403
    assert fetch(reader, rendition.url) == 403
    assert fetch(member, photo.file.url) == 200
    assert fetch(member, rendition.url) == 200
    steering_only.delete()
    assert fetch(reader, rendition.url) == 200
    referent.unpublish()
    assert fetch(reader, rendition.url) == 403
