"""The WSGI entry point of the stand-alone intranet."""

import gc
import importlib

import pytest


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_wsgi_entry_point_freezes_the_start_up_objects_for_the_garbage_collector(unfrozen):
    import ik_wagtail.wsgi

    importlib.reload(ik_wagtail.wsgi)

    assert gc.get_freeze_count() > 0
