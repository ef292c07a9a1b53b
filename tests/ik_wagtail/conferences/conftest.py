import pytest

from tests.builders import build_conference_year


@pytest.fixture
def conference(home_page):
    return build_conference_year(home_page)
