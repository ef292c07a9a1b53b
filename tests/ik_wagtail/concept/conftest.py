import pytest

from tests.builders import build_concept_world


@pytest.fixture
def concept_world(home_page):
    return build_concept_world(home_page)
