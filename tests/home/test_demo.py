import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

pytestmark = pytest.mark.django_db


def database_footprint():
    return {
        "users": get_user_model().objects.count(),
        "pages": Page.objects.count(),
        "fields_of_action": FieldOfAction.objects.count(),
        "municipalities": Municipality.objects.count(),
        "target_groups": TargetGroup.objects.count(),
    }


def test_demo_command_runs_twice_without_duplicates(settings, capsys):
    settings.DEBUG = True

    call_command("ik_demo")
    after_first_run = database_footprint()
    call_command("ik_demo")
    after_second_run = database_footprint()

    assert after_second_run == after_first_run
    assert after_first_run["users"] == 2
    output = capsys.readouterr().out
    assert "[1/3] Taxonomien" in output
    assert "admin / admin" in output


def test_demo_command_creates_no_accounts_without_debug(settings, capsys):
    settings.DEBUG = False

    call_command("ik_demo")

    assert get_user_model().objects.count() == 0
    assert "keine Demo-Konten" in capsys.readouterr().out
