"""A small county intranet for the search tests: every kind of content, published as editors do.

``build_search_world`` returns ``{key: url}`` of everything a signed-in user may find, so the
query set can name the items each query must find by key.
"""

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from ik_wagtail.actors.enums import ActorKind, Engagement
from tests.factories import (
    ActorDirectoryPageFactory,
    ActorFactory,
    ConferenceIndexPageFactory,
    ConferencePageFactory,
    ForumPageFactory,
    ProjectFactory,
    ProjectLibraryPageFactory,
    ReferentIndexPageFactory,
    ReferentPageFactory,
    ResultStatementPageFactory,
    StandardPageFactory,
    field_of_action,
    municipality,
)

PROJECTS = {
    "sprachcafe": (
        "Internationales Sprachcafé Geilenkirchen",
        "Wöchentlicher Treff zum Deutschsprechen für Geflüchtete und Nachbarn.",
        ["Sprache", "Begegnung"],
        "geilenkirchen",
    ),
    "fussballtraining": (
        "Fußballtraining für Jugendliche",
        "Vereinstraining mit jungen Geflüchteten, dienstags auf dem Sportplatz.",
        ["Sport"],
        "hueckelhoven",
    ),
    "strassenfussball": (
        "Straßenfußball für Toleranz",
        "Fairplay-Turniere ohne Schiedsrichter für Kinder aus allen Nationen.",
        ["Sport", "Toleranz"],
        "erkelenz",
    ),
    "kita": (
        "Kita-Einstieg: Brücken bauen in frühe Bildung",
        "Niedrigschwellige Spielgruppen für Familien vor dem ersten Kitabesuch.",
        ["Frühe Bildung"],
        "heinsberg",
    ),
    "jobmentoring": (
        "Jobmentoring Erkelenz",
        "Ehrenamtliche Mentorinnen begleiten junge Erwachsene in Ausbildung und Arbeit.",
        ["Arbeit", "Mentoring"],
        "erkelenz",
    ),
    "hausaufgaben": (
        "Hausaufgabenhilfe Oberbruch",
        "Schülerinnen und Schüler lernen nachmittags gemeinsam mit Studierenden.",
        ["Schule"],
        "heinsberg",
    ),
    "schwimmkurs": (
        "Schwimmkurs für Mütter",
        "Frauen lernen schwimmen, mit Kinderbetreuung im Hallenbad Gangelt.",
        ["Sport", "Frauen"],
        "gangelt",
    ),
    "naehwerkstatt": (
        "Nähwerkstatt Wassenberg",
        "Frauen nähen gemeinsam Kleidung und sprechen dabei Deutsch.",
        ["Frauen", "Begegnung"],
        "wassenberg",
    ),
    "lotsen": (
        "Integrationslotsen im Ehrenamt",
        "Lotsinnen begleiten Neuzugewanderte zu Behörden und Ärzten.",
        ["Ehrenamt"],
        "wegberg",
    ),
    "elternkurs": (
        "Sprachkurs für Eltern",
        "Deutsch lernen, während die Kinder in der Kita spielen.",
        ["Sprache", "Familie"],
        "hueckelhoven",
    ),
    "bewerbung": (
        "Bewerbungstraining für Zugewanderte",
        "Lebenslauf, Anschreiben und Vorstellungsgespräch gemeinsam üben.",
        ["Arbeit"],
        "geilenkirchen",
    ),
    "gesundheit": (
        "Interkulturelle Gesundheitslotsen",
        "Beratung zu Arztbesuchen, Vorsorge und Impfungen in mehreren Sprachen.",
        ["Gesundheit"],
        "uebach-palenberg",
    ),
    "paten": (
        "Willkommenspatenschaften Übach-Palenberg",
        "Patinnen und Paten begleiten neu angekommene Familien im Alltag.",
        ["Ehrenamt", "Familie"],
        "uebach-palenberg",
    ),
    "radfahren": (
        "Radfahrkurs für Frauen",
        "Sicher unterwegs im Straßenverkehr: Radfahren lernen in kleinen Gruppen.",
        ["Mobilität", "Frauen"],
        "selfkant",
    ),
    "wohnen": (
        "Wohnungssuche ohne Hürden",
        "Beratung bei der Wohnungssuche und im Umgang mit Vermietern.",
        ["Wohnen"],
        "heinsberg",
    ),
}

ACTORS = {
    "lambertus": (
        "Katholische Kirchengemeinde St. Lambertus Hückelhoven",
        ActorKind.RELIGIOUS_COMMUNITY,
        "Offene Gemeinde mit Kleiderkammer und Sprachpatenschaften.",
    ),
    "caritas": (
        "Caritasverband für die Region Heinsberg",
        ActorKind.WELFARE_ASSOCIATION,
        "Migrationsberatung für Erwachsene und Jugendmigrationsdienst.",
    ),
    "sv": (
        "SV Hückelhoven 1920",
        ActorKind.SPORTS_CLUB,
        "Fußballverein mit Jugendabteilung und offenen Trainingszeiten.",
    ),
    "jobcenter": (
        "Jobcenter Kreis Heinsberg",
        ActorKind.JOBCENTRE,
        "Grundsicherung für Arbeitsuchende, Vermittlung in Arbeit.",
    ),
    "fluechtlingshilfe": (
        "Flüchtlingshilfe Wegberg",
        ActorKind.INITIATIVE,
        "Ehrenamtliche begleiten Geflüchtete bei Behördengängen.",
    ),
    "evangelisch": (
        "Evangelische Kirchengemeinde Erkelenz",
        ActorKind.RELIGIOUS_COMMUNITY,
        "Begegnungscafé und Hausaufgabenhilfe im Gemeindehaus.",
    ),
    "auslaenderbehoerde": (
        "Ausländerbehörde des Kreises Heinsberg",
        ActorKind.IMMIGRATION_OFFICE,
        "Aufenthaltstitel, Einbürgerung und Beratung zur Bleibeperspektive.",
    ),
    "diakonie": (
        "Diakonisches Werk im Kirchenkreis Jülich",
        ActorKind.WELFARE_ASSOCIATION,
        "Schuldnerberatung und Familienhilfe.",
    ),
    "moschee": (
        "Türkisch-Islamische Gemeinde Geilenkirchen",
        ActorKind.RELIGIOUS_COMMUNITY,
        "Moscheegemeinde mit Frauengruppe und Nachhilfe.",
    ),
    "handwerk": (
        "Kreishandwerkerschaft Heinsberg",
        ActorKind.CHAMBER,
        "Ausbildungsplätze im Handwerk und Praktika für Zugewanderte.",
    ),
    "schulamt": (
        "Schulamt für den Kreis Heinsberg",
        ActorKind.SCHOOL_AUTHORITY,
        "Seiteneinsteigerberatung und internationale Förderklassen.",
    ),
    "frauennetz": (
        "Frauennetzwerk Selfkant",
        ActorKind.INITIATIVE,
        "Treffen für Frauen aus aller Welt.",
    ),
}

REFERENTS = {
    "haddad": ("Amira Haddad", "Sprachwissenschaftlerin", ["Mehrsprachigkeit", "Zweitsprache"]),
    "schaefer": ("Jürgen Schäfer", "Arbeitsvermittler im Jobcenter", ["Arbeitsmarkt"]),
    "yildiz": ("Özlem Yıldız", "Quartiersmanagerin in Heinsberg-Oberbruch", ["Nachbarschaft"]),
}

RESULTS = [
    (
        "anerkennung",
        "recommendation",
        {
            "title": "Anerkennungsberatung ausbauen",
            "text": "Die Anerkennung ausländischer Berufsabschlüsse soll schneller beraten werden.",
            "priority": "high",
            "time_horizon": "short",
        },
    ),
    (
        "abbruch",
        "finding",
        {"text": "Viele Geflüchtete brechen die Ausbildung wegen Sprachproblemen ab."},
    ),
    (
        "finanzierung",
        "open_question",
        {"question": "Wie können Betriebe eine Ausbildungsbegleitung finanzieren?"},
    ),
    (
        "berufssprache",
        "recommendation",
        {
            "title": "Berufsbezogene Sprachkurse am Abend",
            "text": "Sprachkurse für Beschäftigte sollen abends und am Wochenende stattfinden.",
            "priority": "medium",
            "time_horizon": "medium",
        },
    ),
    (
        "wohnung",
        "quote",
        {"quote": "Ohne Wohnung keine Arbeit, ohne Arbeit keine Wohnung.", "attribution": "Forum"},
    ),
    (
        "kinderbetreuung",
        "recommendation",
        {
            "title": "Kinderbetreuung während der Integrationskurse",
            "text": "Träger organisieren eine Betreuung, damit Mütter teilnehmen können.",
            "priority": "high",
            "time_horizon": "short",
        },
    ),
]

#: Text only a member of the KI group may find (a restricted page) and draft-only text.
RESTRICTED_MARKER = "Geheimabsprache"
DRAFT_MARKER = "Entwurfsgeheimnis"
HIDDEN_CONTACT = "Gerlinde Verborgen"
SHOWN_CONTACT = "Petra Sichtbar"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_search_world(home_page):
    """Everything of ``PROJECTS`` … ``RESULTS`` published; returns ``{key: url path}``."""
    urls = {}
    library = publish(ProjectLibraryPageFactory(parent=home_page))
    directory = publish(ActorDirectoryPageFactory(parent=home_page))
    actors = {}
    for key, (name, kind, description) in ACTORS.items():
        actors[key] = ActorFactory(
            name=name, kind=kind, engagement=Engagement.BOTH, description=description
        )
        urls[key] = directory.url_for_actor(actors[key])
    ActorFactory(
        name="Elterninitiative Gangelt",
        kind=ActorKind.INITIATIVE,
        contact_person=HIDDEN_CONTACT,
        contact_consent=False,
    )
    urls["sprachpaten"] = directory.url_for_actor(
        ActorFactory(
            name="Sprachpaten Waldfeucht",
            kind=ActorKind.INITIATIVE,
            contact_person=SHOWN_CONTACT,
            contact_consent=True,
        )
    )
    leads = {"jobmentoring": "jobcenter", "fussballtraining": "sv", "sprachcafe": "caritas"}
    for key, (title, summary, tags, place) in PROJECTS.items():
        lead = actors.get(leads.get(key))
        project = ProjectFactory(
            title=title,
            summary=summary,
            tags=tags,
            municipalities=[municipality(place)],
            lead_actor=lead,
        )
        urls[key] = library.url_for_project(project)

    conferences = publish(ConferenceIndexPageFactory(parent=home_page))
    conference = publish(
        ConferencePageFactory(
            parent=conferences,
            year=2026,
            title="Integrationskonferenz 2026",
            slug="integrationskonferenz-2026",
            lead_theme="Bleibeperspektiven schaffen: Arbeit, Wohnen, Teilhabe",
        )
    )
    urls["konferenz"] = conference.url
    forums = {}
    for key, title, question, field in [
        ("forum_sprache", "Sprache im Alltag", "Wie erreichen Sprachangebote alle?", "sprache"),
        ("forum_arbeit", "Arbeitsmarktintegration", "Wie gelingt Integration im Beruf?", "arbeit"),
        ("forum_wohnen", "Wohnen und Nachbarschaft", "Wie finden Familien eine Wohnung?", "wohnen"),
        ("forum_gesundheit", "Gesundheit", "Wie erreicht Vorsorge Zugewanderte?", "gesundheit"),
    ]:
        forums[key] = publish(
            ForumPageFactory(
                parent=conference,
                title=title,
                guiding_question=question,
                field_of_action=field_of_action(field),
            )
        )
        urls[key] = forums[key].url
    referents = publish(ReferentIndexPageFactory(parent=home_page))
    for key, (name, function, expertise) in REFERENTS.items():
        referent = ReferentPageFactory(
            parent=referents, title=name, last_name=name.split()[-1], function=function
        )
        referent.expertise.add(*expertise)
        urls[key] = publish(referent).url
    statement = ResultStatementPageFactory(
        parent=forums["forum_arbeit"],
        title="Ergebnisse Arbeitsmarktintegration",
        summary="Das Forum empfiehlt schnellere Anerkennung und Sprachkurse im Beruf.",
        results=[(kind, value) for _key, kind, value in RESULTS],
    )
    statement = publish(statement)
    urls["ergebnisse"] = statement.url
    for (key, _kind, _value), block in zip(RESULTS, statement.results, strict=True):
        urls[key] = f"{statement.url}#ergebnis-{block.id}"
    about = publish(
        StandardPageFactory(
            parent=home_page,
            title="Über das Kommunale Integrationszentrum",
            introduction="Das KI koordiniert die Integrationsarbeit im Kreis Heinsberg.",
            body="<p>Wir beraten Kommunen, Schulen und Ehrenamtliche.</p>",
        )
    )
    urls["ki"] = about.url
    restricted = publish(
        StandardPageFactory(
            parent=home_page,
            title="Interne Abstimmung",
            introduction=f"{RESTRICTED_MARKER} zur Ausländerbehörde.",
        )
    )
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Nur KI"))
    about.introduction = f"{DRAFT_MARKER} im Entwurf."
    about.save_revision()  # a draft: must not be found
    return urls
