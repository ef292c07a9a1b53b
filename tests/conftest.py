import pytest
from django.core.cache import cache
from wagtail.models import Site


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts without cached values (facet counts, roll-ups) of an earlier test."""
    cache.clear()


@pytest.fixture
def home_page(db):
    """The intranet's HomePage that the home app's data migration installs as the site root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def intranet_user(django_user_model):
    return django_user_model.objects.create_user(
        username="akteurin", password="secret-Passw0rd", first_name="Aylin", last_name="Kaya"
    )


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="ki-admin", password="secret-Passw0rd", email="ki@example.invalid"
    )


@pytest.fixture
def user_client(client, intranet_user):
    client.force_login(intranet_user)
    return client


@pytest.fixture
def admin_client_logged_in(client, superuser):
    client.force_login(superuser)
    return client
