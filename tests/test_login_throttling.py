"""Login throttling (django-axes) on every sign-in form of the intranet."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "richtig-geheim-2027"
FORMS = {"intranet": "login", "Wagtail admin": "wagtailadmin_login"}


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    return settings


def account(username, **extra):
    return get_user_model().objects.create_user(username, password=PASSWORD, **extra)


def sign_in(client, form, username, password):
    return client.post(reverse(FORMS[form]), {"username": username, "password": password})


@pytest.mark.parametrize("form", FORMS)
def test_after_the_limit_even_the_right_password_is_refused_in_german(client, throttled, form):
    account("kaempfer", is_superuser=True)

    failures = [sign_in(client, form, "kaempfer", f"falsch-{n}") for n in range(5)]
    right = sign_in(client, form, "kaempfer", PASSWORD)
    page = client.get(reverse("ik_cycle:my_registrations"))

    assert {response.status_code for response in failures[:-1]} == {200}
    assert right.status_code == 429
    assert "Anmeldung mit diesem Benutzernamen für 15 Minuten pausiert" in right.text
    assert page.status_code == 302  # not signed in


def test_unknown_and_known_user_names_get_the_same_answer(client, throttled):
    account("bekannt")

    known = [sign_in(client, "intranet", "bekannt", "falsch").status_code for _n in range(6)]
    unknown = [sign_in(client, "intranet", "unbekannt", "falsch").status_code for _n in range(6)]

    assert known == unknown == [200, 200, 200, 200, 429, 429]


def test_the_pause_ends_after_the_window_and_success_clears_the_count(client, throttled):
    account("geduldig")
    for number in range(5):
        sign_in(client, "intranet", "geduldig", f"falsch-{number}")
    refused = sign_in(client, "intranet", "geduldig", PASSWORD)

    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    allowed = sign_in(client, "intranet", "geduldig", PASSWORD)

    assert refused.status_code == 429
    assert allowed.status_code == 302
    assert not AccessAttempt.objects.filter(username="geduldig").exists()


def test_another_user_name_is_not_paused(client, throttled):
    account("andere")
    for number in range(6):
        sign_in(client, "intranet", "angreifer", f"falsch-{number}")

    response = sign_in(client, "intranet", "andere", PASSWORD)

    assert response.status_code == 302
