import pytest

from tests.builders import build_conference_year


@pytest.fixture
def conference(home_page):
    """A published conference with forums, referents, invitations and results."""
    return build_conference_year(home_page)
