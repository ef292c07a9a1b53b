import datetime

import pytest
from django.core.cache import cache
from django.db import connection

from ik_wagtail.actors.enums import ActorKind
from tests.factories import (
    ActorFactory,
    ProjectFactory,
    ProjectLibraryPageFactory,
    criterion,
    field_of_action,
    municipality,
    target_group,
)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (CI runs the suite on both)"
)


@pytest.fixture(autouse=True)
def empty_cache():
    """The library caches facet counts; every test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def library(home_page):
    return ProjectLibraryPageFactory(parent=home_page)


@pytest.fixture
def catalogue(db):
    """Five published projects and one draft, small enough to count facets by hand.

    - sprachcafe: sprache · erkelenz · frauen · initiative · running · Begegnung, Ehrenamt ·
      niedrigschwelligkeit, partizipation
    - jobmentoring: arbeit · erkelenz, heinsberg · gefluechtete · jobcentre · running ·
      Mentoring, Ehrenamt · vernetzung
    - hausaufgaben: bildung, sprache · heinsberg · kinder · initiative · completed · Ehrenamt ·
      partizipation, nachhaltigkeit
    - schwimmen: teilhabe · gangelt · frauen · sports_club · planned · Sport, Begegnung · –
    - elternkurs: sprache · heinsberg · familien, frauen · (no lead) · running · Begegnung ·
      niedrigschwelligkeit
    - entwurf: like sprachcafe, but a draft (never published)
    """
    initiative = ActorFactory(name="Initiative Miteinander", kind=ActorKind.INITIATIVE)
    jobcenter = ActorFactory(name="Jobcenter Kreis Heinsberg", kind=ActorKind.JOBCENTRE)
    sportverein = ActorFactory(name="SV Gangelt 1920", kind=ActorKind.SPORTS_CLUB)
    sprache, arbeit = field_of_action("sprache"), field_of_action("arbeit")
    bildung = field_of_action("bildung-und-ausbildung")
    teilhabe = field_of_action("teilhabe-sport-und-kultur")
    erkelenz, heinsberg = municipality("erkelenz"), municipality("heinsberg")
    frauen = target_group("frauen")
    day = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    return {
        "sprachcafe": ProjectFactory(
            title="Sprachcafé Erkelenz",
            summary="Deutsch sprechen bei Kaffee und Kuchen.",
            lead_actor=initiative,
            fields_of_action=[sprache],
            municipalities=[erkelenz],
            target_groups=[frauen],
            tags=["Begegnung", "Ehrenamt"],
            criteria=[criterion("niedrigschwelligkeit"), criterion("partizipation")],
            first_published_at=day,
        ),
        "jobmentoring": ProjectFactory(
            title="Jobmentoring Erkelenz",
            summary="Mentorinnen begleiten in Ausbildungen und Arbeit.",
            lead_actor=jobcenter,
            fields_of_action=[arbeit],
            municipalities=[erkelenz, heinsberg],
            target_groups=[target_group("gefluechtete")],
            tags=["Mentoring", "Ehrenamt"],
            criteria=[criterion("vernetzung")],
            first_published_at=day + datetime.timedelta(days=1),
        ),
        "hausaufgaben": ProjectFactory(
            title="Hausaufgabenhilfe Heinsberg",
            summary="Schülerinnen und Schüler lernen gemeinsam.",
            lead_actor=initiative,
            fields_of_action=[bildung, sprache],
            municipalities=[heinsberg],
            target_groups=[target_group("kinder")],
            tags=["Ehrenamt"],
            criteria=[criterion("partizipation"), criterion("nachhaltigkeit")],
            status="completed",
            first_published_at=day + datetime.timedelta(days=2),
        ),
        "schwimmen": ProjectFactory(
            title="Schwimmkurs für Mütter",
            summary="Schwimmen lernen im Hallenbad Gangelt.",
            lead_actor=sportverein,
            fields_of_action=[teilhabe],
            municipalities=[municipality("gangelt")],
            target_groups=[frauen],
            tags=["Sport", "Begegnung"],
            status="planned",
            first_published_at=day + datetime.timedelta(days=3),
        ),
        "elternkurs": ProjectFactory(
            title="Sprachkurse für Eltern",
            summary="Deutsch für Elterngespräche in der Kita.",
            fields_of_action=[sprache],
            municipalities=[heinsberg],
            target_groups=[target_group("familien-und-eltern"), frauen],
            tags=["Begegnung"],
            criteria=[criterion("niedrigschwelligkeit")],
            first_published_at=day + datetime.timedelta(days=4),
        ),
        "entwurf": ProjectFactory(
            title="Sprachcafé Entwurf",
            summary="Noch nicht freigegeben.",
            lead_actor=initiative,
            fields_of_action=[sprache],
            municipalities=[erkelenz],
            target_groups=[frauen],
            tags=["Begegnung"],
            live=False,
            first_published_at=None,
        ),
    }
