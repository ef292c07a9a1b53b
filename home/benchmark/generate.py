"""The whole intranet at a chosen scale, in realistic German, deterministic from a seed.

Scale 1 is a county after ten years of conferences: 10 conferences × 8 forums × 25 result
blocks, 2,000 actors, 10,000 projects, 200 referents. Projects and actors are bulk-created by
the library's generator; pages go through the page tree (treebeard needs that), and result
statements are published with a revision so that the roll-up's read model and the tracking
records come from Wagtail's own publish signal, as in production.

Everything generated carries the slug prefix ``generiert-``. The generator runs once, on a
database of its own: it refuses one with other content or with data it generated before.
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Site

from ik_wagtail.actors.models import Actor, ActorDirectoryPage
from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import (
    IntegrationskonzeptPage,
    RecommendationStatusChange,
    RecommendationTracking,
)
from ik_wagtail.conferences.models import (
    ConferenceIndexPage,
    ConferenceInvitation,
    ConferencePage,
    ForumPage,
    ForumParticipant,
    ForumReferent,
    ReferentIndexPage,
    ReferentPage,
    ResultStatementPage,
)
from ik_wagtail.network.links import rebuild_network
from ik_wagtail.network.models import NetworkPage
from ik_wagtail.projects.generator import (
    GENERATED_SLUG_PREFIX,
    OFFERS,
    PLACES,
    TARGETS,
    TOPICS,
    Words,
    generate_projects,
)
from ik_wagtail.projects.models import IntegrationProject, ProjectLibraryPage
from ik_wagtail.taxonomy.models import FieldOfAction

from ..models import StandardPage

FORUMS_PER_CONFERENCE = 8
BLOCKS_PER_FORUM = 25
FIRST_YEAR = 2019  # ConferencePage accepts 2019–2100
MAX_CONFERENCES = 2100 - FIRST_YEAR + 1
BASELINE_SLUG = f"{GENERATED_SLUG_PREFIX}leere-seite"

FIRST_NAMES = ["Anna", "Mehmet", "Olena", "Thomas", "Fatima", "Jan", "Leyla", "Sabine", "Ali"]
LAST_NAMES = ["Schmitz", "Yılmaz", "Kowalenko", "Jansen", "Haddad", "Peters", "Demir", "Wolters"]
FUNCTIONS = [
    "Fachbereichsleitung Integration",
    "Integrationsbeauftragte",
    "Ausbildungsberater",
    "Koordination Ehrenamt",
    "Sozialarbeit an Schulen",
    "Migrationsberatung für Erwachsene",
]
LEAD_THEMES = [
    "Ankommen und Teilhaben",
    "Sprache öffnet Türen",
    "Arbeit und Ausbildung gemeinsam gestalten",
    "Zusammenleben im ländlichen Raum",
    "Junge Menschen stärken",
]
RESULT_KINDS = ["recommendation", "finding", "recommendation", "open_question", "good_practice"]


def counts_for(scale):
    """What ``scale`` means in numbers; scale 1 is the benchmark's county after ten years."""
    return {
        "conferences": max(1, round(10 * scale)),
        "actors": max(20, round(2000 * scale)),
        "projects": max(20, round(10_000 * scale)),
        "referents": max(FORUMS_PER_CONFERENCE, round(200 * scale)),
    }


def has_content():
    """Whether there are projects, actors or conferences (then the generator must not run)."""
    return (
        IntegrationProject.objects.exists()
        or Actor.objects.exists()
        or ConferencePage.objects.exists()
    )


def generate_intranet(scale, seed=1, progress=print):
    """Generate the whole intranet at ``scale``; ``progress`` receives one German line per step."""
    counts = counts_for(scale)
    words = Words(seed)
    sections = site_sections()
    progress("Seitenstruktur bereit.")
    generate_projects(counts["projects"], seed=seed, actor_count=counts["actors"])
    progress(f"{counts['projects']} Projekte und {counts['actors']} Akteure angelegt.")
    actors = list(Actor.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).order_by("pk"))
    # Forums cite a few hundred of the projects, as real forums cite the well-known ones.
    projects = list(
        IntegrationProject.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).order_by("pk")[
            :500
        ]
    )
    referents = generate_referents(sections["referents"], counts["referents"], actors, words)
    progress(f"{len(referents)} Referent*innen angelegt.")
    fields = list(FieldOfAction.objects.order_by("sort_order", "pk"))
    for number in range(counts["conferences"]):
        year = FIRST_YEAR + number
        generate_conference(
            sections["conferences"], year, words, actors, referents, projects, fields
        )
        progress(f"Konferenz {year} mit {FORUMS_PER_CONFERENCE} Foren und Ergebnissen angelegt.")
    changes = track_recommendations(words)
    progress(f"Umsetzungsstand für {changes} Empfehlungen gesetzt.")
    # Bulk-created projects sent no signals: the network's links are built once, at the end.
    progress(f"{rebuild_network()} Verbindungen zwischen Akteuren aufgebaut.")


def site_sections():
    """The section pages below the home page (created if missing) and the empty baseline page."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    return {
        "conferences": section(
            home, ConferenceIndexPage, title="Integrationskonferenzen", slug="konferenzen"
        ),
        "referents": section(
            home, ReferentIndexPage, title="Referentinnen und Referenten", slug="referenten"
        ),
        "actors": section(home, ActorDirectoryPage, title="Akteure", slug="akteure"),
        "library": section(
            home, ProjectLibraryPage, title="Gute-Praxis-Börse", slug="gute-praxis-boerse"
        ),
        "concept": section(
            home,
            IntegrationskonzeptPage,
            title="Beitrag zum Integrationskonzept",
            slug="integrationskonzept",
        ),
        "network": section(home, NetworkPage, title="Netzwerk", slug="netzwerk"),
        "baseline": section(home, StandardPage, title="Leere Seite", slug=BASELINE_SLUG),
    }


def section(home, model, **fields):
    page = model.objects.child_of(home).first()
    if page is None:
        page = home.add_child(instance=model(**fields))
    return page


def generate_referents(index, count, actors, words):
    for number in range(1, count + 1):
        first_name, last_name = words.pick(FIRST_NAMES), words.pick(LAST_NAMES)
        index.add_child(
            instance=ReferentPage(
                title=f"{first_name} {last_name}",
                slug=f"{GENERATED_SLUG_PREFIX}referent-{number:04d}",
                last_name=last_name,
                function=words.pick(FUNCTIONS),
                organisation=actors[words.random.randrange(len(actors))],
            )
        )
    return list(ReferentPage.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).order_by("pk"))


@transaction.atomic
def generate_conference(index, year, words, actors, referents, projects, fields):
    """One published conference with its forums and their published result statements."""
    conference = ConferencePage(
        title=f"Integrationskonferenz {year}",
        slug=f"{GENERATED_SLUG_PREFIX}integrationskonferenz-{year}",
        year=year,
        lead_theme=LEAD_THEMES[year % len(LEAD_THEMES)],
        date=datetime.date(year, 11, 12),
        starts_at=datetime.time(9),
        ends_at=datetime.time(16),
        venue_name="Kreishaus Heinsberg",
        venue_address="Valkenburger Straße 45\n52525 Heinsberg",
        lead_actor=actors[0],
        introduction=f"<p>Die {year}. Integrationskonferenz des Kreises Heinsberg.</p>",
    )
    index.add_child(instance=conference)
    ConferenceInvitation.objects.bulk_create(
        ConferenceInvitation(conference=conference, actor=actor, sort_order=position)
        for position, actor in enumerate(words.random.sample(actors, min(100, len(actors))))
    )
    conference.lead_theme_fields.set(words.random.sample(fields, 2))
    conference.save_revision().publish()
    for number in range(1, FORUMS_PER_CONFERENCE + 1):
        field = fields[(number - 1) % len(fields)]
        forum = ForumPage(
            title=f"Forum {field.name} {year}",
            slug=f"forum-{number}",
            number=number,
            field_of_action=field,
            guiding_question=f"Wie gelingt {words.pick(TOPICS)} in {words.pick(PLACES)[0]}?",
            starts_at=datetime.time(11),
            ends_at=datetime.time(13),
            room=f"Raum {100 + number}",
            capacity=25,
        )
        forum.forum_referents = [
            ForumReferent(referent=referent, contribution="Impuls")
            for referent in words.random.sample(referents, 2)
        ]
        forum.participants = [
            ForumParticipant(actor=actor)
            for actor in words.random.sample(actors, min(12, len(actors)))
        ]
        conference.add_child(instance=forum)
        forum.save_revision().publish()
        statement = ResultStatementPage(
            title=f"Ergebnisse Forum {number}",
            slug="ergebnisse",
            summary="Das Forum hat Befunde, Empfehlungen und offene Fragen festgehalten.",
            participant_count=words.random.randint(8, 25),
            results=[
                result_block(position, words, actors, projects, fields)
                for position in range(BLOCKS_PER_FORUM)
            ],
        )
        forum.add_child(instance=statement)
        # Publishing fills the roll-up's read model and the tracking records (signals).
        statement.save_revision().publish()


def result_block(position, words, actors, projects, fields):
    kind = RESULT_KINDS[position % len(RESULT_KINDS)]
    offer = words.pick(OFFERS)[0]
    target = words.pick(TARGETS)[0]
    place = words.pick(PLACES)[0]
    topic = words.pick(TOPICS)
    # Every fifth block belongs to another field of action than its forum's.
    field = fields[words.random.randrange(len(fields))] if position % 5 == 4 else None
    if kind == "recommendation":
        return (
            kind,
            {
                "title": f"{offer} {target} ausbauen",
                "text": f"Träger in {place} bieten {offer} {target} an und verbinden es mit "
                f"{topic}. Der Kreis unterstützt die Vernetzung und die Finanzierung.",
                "field_of_action": field,
                "responsible_actors": words.random.sample(actors, words.random.randint(0, 3)),
                "priority": words.pick(["high", "medium", "low"]),
                "time_horizon": words.pick(["short", "medium", "long"]),
            },
        )
    if kind == "finding":
        return (
            kind,
            {
                "text": f"{offer} {target} erreicht in {place} viele Menschen, wenn "
                f"{topic} im Mittelpunkt steht.",
                "field_of_action": field,
            },
        )
    if kind == "open_question":
        return (
            kind,
            {
                "question": f"Wer finanziert {offer} in {place} nach dem Ende der Förderung?",
                "field_of_action": field,
            },
        )
    return (
        kind,
        {
            "project": words.random.choice(projects),
            "title": "",
            "text": f"Zeigt, wie {topic} {target} gelingt.",
            "link": "",
            "field_of_action": field,
        },
    )


def track_recommendations(words):
    """Give the generated recommendations a realistic implementation status and history."""
    review, progress = RecommendationStatus.UNDER_REVIEW, RecommendationStatus.IN_PROGRESS
    histories = [
        [],
        [review],
        [review, progress],
        [review, progress, RecommendationStatus.IMPLEMENTED],
        [review, RecommendationStatus.REJECTED],
    ]
    editor = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    trackings = list(RecommendationTracking.objects.order_by("pk"))
    changes = []
    for tracking in trackings:
        history = words.pick(histories)
        tracking.status = history[-1] if history else RecommendationStatus.OPEN
        changes += [
            RecommendationStatusChange(
                tracking=tracking, status=status, note="Stand nach Rücksprache.", changed_by=editor
            )
            for status in history
        ]
    RecommendationTracking.objects.bulk_update(trackings, ["status"], batch_size=1000)
    RecommendationStatusChange.objects.bulk_create(changes, batch_size=1000)
    return len(trackings)
