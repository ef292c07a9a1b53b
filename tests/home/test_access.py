"""The intranet is for logged-in users only: every URL but login and password reset redirects."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PROTECTED_URLS = [
    "/",
    "/suche/?q=Sprache",
    "/admin/",
    "/documents/1/beispiel.pdf",
    "/eine-seite-die-es-nicht-gibt/",
    "/konto/password_change/",
]


@pytest.mark.parametrize("url", PROTECTED_URLS)
def test_anonymous_request_redirects_to_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login") + "?next=")


@pytest.mark.parametrize("url_name", ["login", "password_reset"])
def test_login_and_password_reset_are_reachable_anonymously(client, url_name):
    response = client.get(reverse(url_name))

    assert response.status_code == 200
    assert '<html lang="de"' in response.text


def test_login_page_is_german(client):
    response = client.get(reverse("login"))

    assert "Im Intranet anmelden" in response.text


def test_login_with_valid_credentials_leads_to_home_page(client, intranet_user, home_page):
    response = client.post(
        reverse("login"),
        {"username": "akteurin", "password": "secret-Passw0rd", "next": "/"},
        follow=True,
    )

    assert response.status_code == 200
    assert response.context["page"].pk == home_page.pk
    assert "Angemeldet als Aylin Kaya" in response.text


def test_login_with_wrong_password_shows_german_error(client, intranet_user):
    response = client.post(reverse("login"), {"username": "akteurin", "password": "falsch"})

    assert response.status_code == 200
    assert "Bitte Benutzername und Passwort eingeben." in response.text


def test_logged_in_user_sees_home_page(user_client, home_page):
    response = user_client.get("/")

    assert response.status_code == 200
    assert response.context["page"].pk == home_page.pk
    assert home_page.title in response.text


def test_unknown_page_gives_german_404_for_logged_in_user(user_client):
    response = user_client.get("/eine-seite-die-es-nicht-gibt/")

    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text


def test_base_layout_has_skip_link_and_landmarks(user_client, home_page):
    response = user_client.get("/")

    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in response.text
    assert '<main id="main"' in response.text
    assert '<nav class="site-nav" aria-label="Hauptnavigation">' in response.text
