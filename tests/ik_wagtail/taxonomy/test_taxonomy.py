import pytest
from django.urls import reverse

from ik_wagtail.taxonomy.enums import MunicipalityKind
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup
from ik_wagtail.text import german_slugify

pytestmark = pytest.mark.django_db


def test_municipalities_seeded_with_the_ten_of_the_county_and_countywide():
    names = list(Municipality.objects.values_list("name", flat=True))

    assert names == [
        "Erkelenz",
        "Gangelt",
        "Geilenkirchen",
        "Heinsberg",
        "Hückelhoven",
        "Selfkant",
        "Übach-Palenberg",
        "Waldfeucht",
        "Wassenberg",
        "Wegberg",
        "kreisweit",
    ]
    assert Municipality.objects.get(slug="kreisweit").kind == MunicipalityKind.COUNTY
    assert Municipality.objects.filter(kind=MunicipalityKind.MUNICIPALITY).count() == 3


def test_fields_of_action_seeded_starting_with_the_motions_forum_topics():
    first_five = list(FieldOfAction.objects.values_list("name", flat=True)[:5])

    assert first_five == [
        "Sprache",
        "Werte und Zusammenleben",
        "Bildung und Ausbildung",
        "Arbeit",
        "Bleibeperspektive und Aufenthalt",
    ]


def test_target_groups_seeded_in_order():
    assert TargetGroup.objects.first().name == "Geflüchtete"


def test_taxonomy_term_without_slug_gets_german_transliterated_slug():
    term = TargetGroup.objects.create(name="Mütter mit Kleinkindern")

    assert term.slug == "muetter-mit-kleinkindern"


def test_german_slugify_spells_umlauts_and_sharp_s_out():
    assert german_slugify("Straßenfußball in Übach-Palenberg") == (
        "strassenfussball-in-uebach-palenberg"
    )


@pytest.mark.parametrize("model", [FieldOfAction, Municipality, TargetGroup])
def test_taxonomy_admin_index_lists_terms_for_superuser(admin_client_logged_in, model):
    url = reverse(f"ik_taxonomy_{model._meta.model_name}_modeladmin_index")

    response = admin_client_logged_in.get(url)

    assert response.status_code == 200
    assert model.objects.first().name in response.text


def test_taxonomy_admin_creates_a_term(admin_client_logged_in):
    url = reverse("ik_taxonomy_targetgroup_modeladmin_create")

    response = admin_client_logged_in.post(url, {"name": "Seniorinnen", "sort_order": 5})

    assert response.status_code == 302
    assert TargetGroup.objects.get(name="Seniorinnen").slug == "seniorinnen"


def test_taxonomy_admin_rejects_duplicate_name_with_form_error(admin_client_logged_in):
    url = reverse("ik_taxonomy_fieldofaction_modeladmin_create")

    response = admin_client_logged_in.post(url, {"name": "Sprache", "sort_order": 1})

    assert response.status_code == 200
    assert FieldOfAction.objects.filter(name="Sprache").count() == 1
    assert "existiert bereits" in response.text


def test_admin_menu_groups_taxonomies_under_integrationskonferenz(admin_client_logged_in):
    response = admin_client_logged_in.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    assert "Integrationskonferenz" in response.text
    assert "Handlungsfelder" in response.text
