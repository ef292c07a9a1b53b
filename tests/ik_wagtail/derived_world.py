"""A small county in which every page and export of the plugin shows something, for the tests
of derived state: each change must show on the next request, exactly as a fresh computation
would show it."""

import re

from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.documents import get_document_model

from ik_wagtail.actors.models import ActorDirectoryPage
from ik_wagtail.concept.models import RecommendationTracking
from ik_wagtail.conferences.models import ConferenceDocument
from ik_wagtail.projects import facet_index
from tests.builders import build_network_world, publish
from tests.factories import (
    ConferenceInvitationFactory,
    IntegrationskonzeptPageFactory,
    ProjectLibraryPageFactory,
    ResultStatementPageFactory,
)

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def build_county(home_page):
    """The network tests' world, plus a library, a roll-up page, invitations, a document and
    a result citing the project."""
    world = build_network_world(home_page)
    actors = world["actors"]
    library = ProjectLibraryPageFactory(parent=home_page)
    concept = IntegrationskonzeptPageFactory(parent=home_page)
    conference = world["forum_sprache"].get_parent().specific
    for actor in (actors["jobcenter"], actors["caritas"]):
        ConferenceInvitationFactory(conference=conference, actor=actor)
    document = get_document_model().objects.create(title="Protokoll der Konferenz")
    ConferenceDocument.objects.create(conference=conference, document=document)
    project = world["project"]
    project.tags.add("Begegnung")
    project.save()
    statement_arbeit = publish(
        ResultStatementPageFactory(
            parent=world["forum_arbeit"],
            title="Ergebnisse Wege in Arbeit",
            summary="Mentoring wirkt.",
            results=[
                ("good_practice", {"project": project, "title": "", "text": "Vorbild."}),
                ("finding", {"text": "Betriebe suchen Auszubildende."}),
            ],
        )
    )
    return {
        **world,
        "library": library,
        "concept": concept,
        "conference": conference,
        "document": document,
        "statement_arbeit": statement_arbeit,
        "tracking": RecommendationTracking.objects.get(title="Sprachkurse mit Kinderbetreuung"),
        "group": Group.objects.create(name="Kreisverwaltung intern"),
    }


def page_urls(county):
    """Every page and export of the plugin that shows derived state, by name."""
    library = county["library"]
    directory = ActorDirectoryPage.objects.get()
    conference = county["conference"]
    return {
        "home": "/",
        "conference": conference.url,
        "conference calendar": conference.url + "kalender/",
        "conference index": conference.get_parent().url,
        "forum": county["forum_sprache"].url,
        "forum arbeit": county["forum_arbeit"].url,
        "result statement": county["statement"].url,
        "referent": county["forum_sprache"].forum_referents.first().referent.url,
        "directory": directory.url,
        "directory filtered": directory.url + "?municipality=heinsberg&x=1",
        "actor jobcenter": directory.url_for_actor(county["actors"]["jobcenter"]),
        "actor caritas": directory.url_for_actor(county["actors"]["caritas"]),
        "actor moschee": directory.url_for_actor(county["actors"]["moschee"]),
        "library": library.url,
        "library search": library.url + "?q=Sprachbrücke",
        "library facets": library.url + "?field=sprache",
        "library csv": library.url + "export/",
        "project": library.url_for_project(county["project"]),
        "network": county["page"].url,
        "roll-up": county["concept"].url,
        "roll-up filtered": county["concept"].url + "?year=2024",
        "roll-up csv": county["concept"].url + "export/csv/",
    }


def forget_every_cached_value():
    """What a process that never cached anything would compute."""
    cache.clear()
    facet_index._current = None


def read_all(client, urls, *, all_found=False):
    """Status and text of every URL, CSRF tokens (different with every response) left out."""
    texts = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200 or not all_found, (name, url, response.status_code)
        body = b"".join(response) if response.streaming else response.content
        texts[name] = f"{response.status_code}\n{CSRF_TOKEN.sub('', body.decode())}"
    return texts
