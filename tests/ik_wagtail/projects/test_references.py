"""Projects in the rest of the intranet: the chooser, result blocks, forum and actor pages."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError

from ik_wagtail.conferences.blocks import GoodPracticeReferenceBlock
from ik_wagtail.conferences.models import ForumPage, ResultStatementPage
from ik_wagtail.projects.blocks import ProjectChooserBlock
from tests.builders import build_conference_year
from tests.factories import ActorDirectoryPageFactory, ActorFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_chooser_lists_published_projects_only(admin_client_logged_in, catalogue):
    response = admin_client_logged_in.get(reverse("project_chooser:choose"), {"q": "Sprachcafé"})

    assert response.status_code == 200
    assert "Sprachcafé Erkelenz" in response.json()["html"]
    assert "Sprachcafé Entwurf" not in response.json()["html"]


def test_chooser_refuses_a_draft_even_by_its_id(admin_client_logged_in, catalogue):
    draft = admin_client_logged_in.get(
        reverse("project_chooser:chosen", args=[catalogue["entwurf"].pk])
    )
    live = admin_client_logged_in.get(
        reverse("project_chooser:chosen", args=[catalogue["sprachcafe"].pk])
    )
    several = admin_client_logged_in.get(
        reverse("project_chooser:chosen_multiple"),
        {"id": [catalogue["entwurf"].pk, catalogue["sprachcafe"].pk]},
    )

    assert draft.status_code == 404
    assert live.status_code == 200
    assert [item["id"] for item in several.json()["result"]] == [str(catalogue["sprachcafe"].pk)]


def test_project_block_refuses_a_draft(catalogue):
    block = ProjectChooserBlock()

    assert block.clean(catalogue["sprachcafe"]) == catalogue["sprachcafe"]
    with pytest.raises(ValidationError, match="veröffentlichtes Projekt"):
        block.clean(catalogue["entwurf"])


def test_good_practice_block_needs_a_project_or_a_title(catalogue):
    block = GoodPracticeReferenceBlock()

    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"text": "Nur ein Text."}))

    assert list(error.value.block_errors) == ["title"]
    assert (
        block.clean(block.to_python({"project": catalogue["sprachcafe"].pk}))["project"]
        == (catalogue["sprachcafe"])
    )
    assert block.clean(block.to_python({"title": "Projekt außerhalb"}))["title"] == (
        "Projekt außerhalb"
    )


@pytest.fixture
def citing_forum(home_page, library, catalogue):
    """A conference whose first forum's result cites the Sprachcafé and the draft."""
    conference = build_conference_year(home_page)
    forum = ForumPage.objects.child_of(conference).first()
    statement = ResultStatementPage.objects.child_of(forum).get()
    statement.results = [
        ("good_practice", {"project": catalogue["sprachcafe"], "text": "Offen für alle."}),
        ("good_practice", {"project": catalogue["entwurf"], "title": "Noch geheim"}),
        ("good_practice", {"title": "Projekt im Nachbarkreis", "link": "https://x.example"}),
    ]
    statement.save_revision().publish()
    return forum, statement


def test_result_page_links_cited_projects_to_the_library(user_client, library, citing_forum):
    _forum, statement = citing_forum

    response = user_client.get(statement.url)

    assert response.status_code == 200
    assert 'href="/gute-praxis-boerse/projekte/sprachcafe-erkelenz/">Sprachcafé Erkelenz</a>' in (
        response.text
    )
    assert "Noch geheim" in response.text
    assert "/projekte/sprachcafe-entwurf/" not in response.text
    assert 'href="https://x.example"' in response.text


def test_project_page_lists_the_forum_results_that_cite_it(user_client, library, citing_forum):
    forum, statement = citing_forum
    project = statement.results[0].value["project"]

    response = user_client.get(library.url_for_project(project))

    sections = response.context["references"]
    assert [section.title for section in sections] == ["Empfohlen in Foren"]
    citation = sections[0].context["citations"][0]
    assert citation["forum"] == forum
    assert citation["block_id"] == statement.results[0].id
    assert f"{statement.url}#ergebnis-{statement.results[0].id}" in response.text


def test_unpublished_results_do_not_cite(user_client, library, citing_forum):
    _forum, statement = citing_forum
    statement.unpublish()
    project = statement.results[0].value["project"]

    response = user_client.get(library.url_for_project(project))

    assert response.context["references"] == []


def test_actor_page_lists_the_projects_it_leads_or_partners(user_client, home_page, library):
    directory = ActorDirectoryPageFactory(parent=home_page)
    actor = ActorFactory(name="Kulturverein Brücke")
    led = ProjectFactory(title="Chor der Kulturen", lead_actor=actor)
    ProjectFactory(title="Erzählcafé", partners=[actor, ActorFactory()])
    ProjectFactory(title="Entwurf mit dem Verein", lead_actor=actor, live=False)
    ProjectFactory(title="Ohne den Verein")

    response = user_client.get(directory.url_for_actor(actor))

    section = next(s for s in response.context["footprint"] if s.title == "Gute-Praxis-Projekte")
    assert [(p.title, p.actor_is_lead) for p in section.context["projects"]] == [
        ("Chor der Kulturen", True),
        ("Erzählcafé", False),
    ]
    assert library.url_for_project(led) in response.text
