"""A hand-built network small enough to know every link by heart.

2024, forum "Sprache" (live): participant Sprachcafé, referent of the VHS, the Jobcenter named
as responsible in the live results → Sprachcafé–VHS, Sprachcafé–Jobcenter, VHS–Jobcenter.
2025, forum "Arbeit" (live): participants Jobcenter and Caritas, moderated by a member of the
Moschee → Jobcenter–Caritas, Jobcenter–Moschee, Caritas–Moschee.
Live project led by the Caritas with partners Sprachcafé and Moschee → partnerships
Caritas–Sprachcafé, Caritas–Moschee and the shared project Sprachcafé–Moschee.
Not counted: a forum of the unpublished 2026 conference (Sprachcafé and Lernpaten), a draft
project led by the Lernpaten with the VHS, a draft revision of the results naming the Lernpaten.
"""

import pytest
from django.core.cache import cache

from tests.builders import build_network_world


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def world(home_page):
    return build_network_world(home_page)
