"""German search: query words and spellings, matching on both backends, why a result matched."""

import pytest
from django.test import override_settings

from ik_wagtail.projects.models import IntegrationProject
from ik_wagtail.projects.search import (
    Highlighter,
    explain_match,
    match_scores,
    search_terms,
)
from tests.factories import ProjectFactory

from .conftest import postgres_only


def test_search_terms_drop_function_words_short_words_and_punctuation():
    terms = search_terms("Sprachkurse für Frauen, in Erkelenz! (a) und ")

    assert [term.word for term in terms] == ["sprachkurse", "frauen", "erkelenz"]


def test_search_terms_are_bounded():
    terms = search_terms(" ".join(f"wort{number}" for number in range(50)))

    assert len(terms) == 8


def test_search_terms_of_sql_html_and_fts_syntax_are_plain_words():
    terms = search_terms('\'; DROP TABLE x; -- <script>"*" NEAR(a b)')

    assert [term.word for term in terms] == ["drop", "table", "script", "near"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Uebach", ("uebach",)),
        ("Übach", ("uebach", "ubach")),
        ("Straße", ("strasse",)),
        ("Strasse", ("strasse",)),
        ("Café", ("cafe",)),
        ("Kurs", ("kurs",)),
    ],
)
def test_search_words_are_folded_to_one_spelling_of_umlauts_eszett_and_accents(word, expected):
    assert search_terms(word)[0].words == expected


def test_highlighter_marks_word_beginnings_in_any_spelling_and_escapes_the_text():
    highlighter = Highlighter(search_terms("Uebach Sprachkurs"))

    marked = highlighter.mark("<b>Sprachkurse</b> in Übach-Palenberg")

    assert marked == ("&lt;b&gt;<mark>Sprachkurse</mark>&lt;/b&gt; in <mark>Übach</mark>-Palenberg")


def test_highlighter_finds_plurals_and_umlaut_forms_of_a_word():
    highlighter = Highlighter(search_terms("Verbände Mutter"))

    assert highlighter.mark("Der Verband hilft Müttern.") == (
        "Der <mark>Verband</mark> hilft <mark>Müttern</mark>."
    )


def test_highlighter_excerpt_is_a_marked_passage_around_the_first_match():
    text = "Lorem ipsum dolor " * 10 + "Hier gibt es Hausaufgabenhilfe für alle. " + "Ende " * 40
    highlighter = Highlighter(search_terms("Hausaufgaben"))

    excerpt = highlighter.excerpt(text)

    assert excerpt.startswith("… ")
    assert excerpt.endswith(" …")
    assert "<mark>Hausaufgabenhilfe</mark>" in excerpt
    assert len(excerpt) < 260


def test_highlighter_without_match_gives_no_excerpt():
    assert Highlighter(search_terms("Fußball")).excerpt("Sprachcafé am Montag") is None


@pytest.mark.django_db
def test_explain_match_names_the_fields_that_matched(catalogue):
    project = IntegrationProject.objects.for_listing().get(pk=catalogue["jobmentoring"].pk)

    explanation = explain_match(project, Highlighter(search_terms("Jobcenter Ehrenamt")))

    assert explanation.excerpt is None
    assert [str(field) for field in explanation.fields] == ["Schlagwörter", "Träger"]


def titles(scores):
    return sorted(IntegrationProject.objects.filter(pk__in=scores).values_list("title", flat=True))


def matching_titles(query):
    return titles(match_scores(search_terms(query)))


@pytest.fixture
def german_texts(db):
    for title, summary in [
        ("Sprachkurse für Eltern", "Deutsch lernen in der Kita."),
        ("Ausbildungen im Handwerk", "Begleitung von Azubis."),
        ("Jobmentoring Übach-Palenberg", "Ehrenamtliche begleiten in Arbeit."),
        ("Straßenfußball für Toleranz", "Fairplay ohne Schiedsrichter."),
        ("Schwimmkurs für Mütter", "Im Hallenbad Gangelt."),
        ("Beratung im Wohlfahrtsverband", "Der Verband berät zu Aufenthalt."),
        ("Jugendliche im Verein", "Sport und Begegnung."),
    ]:
        ProjectFactory(title=title, summary=summary)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sprachkurs", ["Sprachkurse für Eltern"]),
        ("Ausbildung", ["Ausbildungen im Handwerk"]),
        ("Uebach", ["Jobmentoring Übach-Palenberg"]),
        ("übach", ["Jobmentoring Übach-Palenberg"]),
        ("Strassenfussball", ["Straßenfußball für Toleranz"]),
        ("STRASSE", ["Straßenfußball für Toleranz"]),
        ("Mutter", ["Schwimmkurs für Mütter"]),
        ("Sprach Eltern", ["Sprachkurse für Eltern"]),
        ("Eltern Handwerk", []),
        ("und für die", []),
    ],
)
def test_german_search_on_either_backend(german_texts, query, expected):
    assert matching_titles(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sprachkurs", ["Sprachkurse für Eltern"]),
        ("Ausbildung", ["Ausbildungen im Handwerk"]),
        ("Verbände", ["Beratung im Wohlfahrtsverband"]),
        ("Jugendlichen", ["Jugendliche im Verein"]),
        ("Ausbildungen", ["Ausbildungen im Handwerk"]),
        ("Schwimmkurse", ["Schwimmkurs für Mütter"]),
    ],
)
@pytest.mark.postgres
@postgres_only
def test_german_stemming_on_postgres(german_texts, query, expected):
    assert matching_titles(query) == expected


def test_search_ranks_title_matches_first(db):
    in_summary = ProjectFactory(title="Begegnungscafé", summary="Mit Hausaufgabenhilfe.")
    in_title = ProjectFactory(title="Hausaufgabenhilfe Oberbruch", summary="Montags.")

    scores = match_scores(search_terms("Hausaufgabenhilfe"))

    assert scores[in_title.pk] > scores[in_summary.pk]


def test_only_published_projects_are_in_the_search_index(db):
    shown = ProjectFactory(title="Sprachcafé sichtbar")
    withdrawn = ProjectFactory(title="Sprachcafé zurückgezogen")
    withdrawn.save_revision()
    withdrawn.unpublish()
    ProjectFactory(title="Sprachcafé Entwurf", live=False)

    assert list(match_scores(search_terms("Sprachcafé"))) == [shown.pk]


def test_search_finds_keywords_and_organisation_names(catalogue):
    assert matching_titles("Mentoring") == ["Jobmentoring Erkelenz"]
    assert matching_titles("Jobcenter") == ["Jobmentoring Erkelenz"]


def test_search_with_or_needs_one_word(german_texts):
    scores = match_scores(search_terms("Eltern Handwerk"), operator="or")

    assert titles(scores) == ["Ausbildungen im Handwerk", "Sprachkurse für Eltern"]


@override_settings(
    WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database.fallback"}}
)
def test_the_library_matches_the_same_whatever_wagtails_search_backend(german_texts):
    assert matching_titles("Handwerk") == ["Ausbildungen im Handwerk"]
    assert matching_titles("Verband") == ["Beratung im Wohlfahrtsverband"]


@pytest.mark.django_db
def test_library_corrects_a_typo_and_says_so(client, django_user_model, home_page):
    from tests.factories import ProjectLibraryPageFactory

    library = ProjectLibraryPageFactory(parent=home_page)
    wanted = ProjectFactory(title="Sprachkurs für Eltern")
    ProjectFactory(title="Radfahrkurs für Frauen")
    client.force_login(django_user_model.objects.create_user("leser", password="x"))

    response = client.get(library.url, {"q": "Sprachkrus"})

    assert [project.pk for project, _why in response.context["page_obj"]] == [wanted.pk]
    assert "Meinten Sie" in response.text
    assert "<mark>Sprachkurs</mark>" in response.text
    again = client.get(library.url, {"q": "Sprachkrus"})  # from the cache: still marked
    assert "<mark>Sprachkurs</mark>" in again.text and "Meinten Sie" in again.text
