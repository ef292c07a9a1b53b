"""The project model: slugs, period rules, consent."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from ik_wagtail.projects.enums import ProjectStatus
from ik_wagtail.projects.models import IntegrationProject
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def test_slug_spells_out_umlauts_and_stays_unique():
    first = ProjectFactory(title="Sprachcafé Übach-Palenberg")
    second = ProjectFactory(title="Sprachcafé Übach-Palenberg")

    assert first.slug == "sprachcafe-uebach-palenberg"
    assert second.slug == "sprachcafe-uebach-palenberg-2"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (
            {"started_on": datetime.date(2025, 1, 1), "ended_on": datetime.date(2024, 1, 1)},
            "ended_on",
        ),
        ({"ongoing": True, "ended_on": datetime.date(2026, 1, 1)}, "ongoing"),
        ({"ongoing": True, "status": ProjectStatus.COMPLETED}, "ongoing"),
    ],
)
def test_period_rules(values, field):
    project = IntegrationProject(title="Projekt", summary="Kurz.", **values)

    with pytest.raises(ValidationError) as error:
        project.clean()

    assert list(error.value.message_dict) == [field]


def test_contact_is_visible_only_with_consent_and_data():
    assert not ProjectFactory.build(contact_person="Lea", contact_consent=False).has_visible_contact
    assert not ProjectFactory.build(contact_consent=True).has_visible_contact
    assert ProjectFactory.build(
        email="lea@example.invalid", contact_consent=True
    ).has_visible_contact


def test_language_list_splits_the_languages():
    assert ProjectFactory.build(languages="Deutsch, Arabisch ,, Farsi").language_list == [
        "Deutsch",
        "Arabisch",
        "Farsi",
    ]
