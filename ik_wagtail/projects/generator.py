"""Generated projects for the benchmark and query-budget tests, deterministic from a seed.

Titles and descriptions are put together from the vocabulary of integration work in the
county (offers, target groups, places, topics, funding programmes). Words are drawn with a
Zipf distribution, as in real texts: a few words ("Sprachcafé", "Ehrenamtliche") are very
common, most are rare, so searches hit realistic result sizes. Everything is written with
``bulk_create`` and indexed in batches afterwards.

Generated rows carry the slug prefix ``generiert-``: the benchmark refuses to run on a
database with other projects or actors, and removes only what it generated.
"""

import datetime
import random
from collections import defaultdict

from taggit.models import Tag

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.actors.indexing import index_actors
from ik_wagtail.actors.models import Actor
from ik_wagtail.derived import LIBRARY, PAGES
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup
from ik_wagtail.text import german_slugify

from .enums import ProjectStatus
from .indexing import update_search_index
from .models import (
    GoodPracticeCriterion,
    IntegrationProject,
    ProjectPartner,
    TaggedIntegrationProject,
)

GENERATED_SLUG_PREFIX = "generiert-"
BATCH_SIZE = 1000
ZIPF_EXPONENT = 1.1

# (offer, its field of action), most common first.
OFFERS = [
    ("Sprachcafé", "sprache"),
    ("Hausaufgabenhilfe", "bildung-und-ausbildung"),
    ("Sprachkurs", "sprache"),
    ("Jobmentoring", "arbeit"),
    ("Frauentreff", "werte-und-zusammenleben"),
    ("Fußballtraining", "teilhabe-sport-und-kultur"),
    ("Lernpatenschaften", "bildung-und-ausbildung"),
    ("Bewerbungstraining", "arbeit"),
    ("Elterncafé", "bildung-und-ausbildung"),
    ("Durchstarten-Coaching", "arbeit"),
    ("Begegnungsfest", "werte-und-zusammenleben"),
    ("Schwimmkurs", "teilhabe-sport-und-kultur"),
    ("Ausbildungsbegleitung", "bildung-und-ausbildung"),
    ("Integrationslotsen", "bleibeperspektive-und-aufenthalt"),
    ("Nähwerkstatt", "werte-und-zusammenleben"),
    ("Fahrradwerkstatt", "teilhabe-sport-und-kultur"),
    ("Lesepatenschaften", "sprache"),
    ("Behördenbegleitung", "bleibeperspektive-und-aufenthalt"),
    ("Interkultureller Kochabend", "werte-und-zusammenleben"),
    ("Berufsorientierung", "arbeit"),
    ("Computerkurs", "bildung-und-ausbildung"),
    ("Mädchensport", "teilhabe-sport-und-kultur"),
    ("Anerkennungsberatung", "arbeit"),
    ("Willkommensfrühstück", "werte-und-zusammenleben"),
    ("Theaterprojekt", "teilhabe-sport-und-kultur"),
    ("Gesundheitslotsen", "gesundheit"),
    ("Mietführerschein", "wohnen"),
    ("Demokratiewerkstatt", "werte-und-zusammenleben"),
    ("Radfahrkurs", "teilhabe-sport-und-kultur"),
    ("Dolmetscherpool", "bleibeperspektive-und-aufenthalt"),
    ("Gemeinschaftsgarten", "werte-und-zusammenleben"),
    ("Praktikumsbörse", "arbeit"),
    ("Erzählcafé", "sprache"),
    ("Azubi-Sprachtraining", "sprache"),
    ("Interkultureller Chor", "teilhabe-sport-und-kultur"),
]
# (phrase in a title, target group slugs)
TARGETS = [
    ("für Frauen", ["frauen"]),
    ("für Kinder", ["kinder"]),
    ("für Jugendliche", ["jugendliche"]),
    ("für junge Geflüchtete", ["junge-erwachsene", "gefluechtete"]),
    ("für Familien", ["familien-und-eltern"]),
    ("für Neuzugewanderte", ["neuzugewanderte"]),
    ("für Eltern", ["familien-und-eltern"]),
    ("für ältere Menschen", ["aeltere-menschen"]),
    ("für Ehrenamtliche", ["ehrenamtliche"]),
    ("für Betriebe", ["arbeitgeber"]),
    ("für Mütter mit kleinen Kindern", ["frauen", "familien-und-eltern"]),
]
# (place, municipality slug): towns and some of their villages.
PLACES = [
    ("Heinsberg", "heinsberg"),
    ("Erkelenz", "erkelenz"),
    ("Hückelhoven", "hueckelhoven"),
    ("Geilenkirchen", "geilenkirchen"),
    ("Übach-Palenberg", "uebach-palenberg"),
    ("Wegberg", "wegberg"),
    ("Wassenberg", "wassenberg"),
    ("Gangelt", "gangelt"),
    ("Selfkant", "selfkant"),
    ("Waldfeucht", "waldfeucht"),
    ("Oberbruch", "heinsberg"),
    ("Hilfarth", "hueckelhoven"),
    ("Ratheim", "hueckelhoven"),
    ("Scherpenseel", "uebach-palenberg"),
    ("Birgden", "gangelt"),
    ("Tüddern", "selfkant"),
    ("Haaren", "waldfeucht"),
    ("Orsbeck", "wassenberg"),
    ("Arsbeck", "wegberg"),
    ("Hetzerath", "erkelenz"),
    ("Bauchem", "geilenkirchen"),
    ("dem ganzen Kreis", "kreisweit"),
]
TOPICS = [
    "Sprache im Alltag",
    "Hausaufgaben",
    "Bewerbungen",
    "Ausbildungen im Handwerk",
    "Behördenbriefe",
    "Arzttermine",
    "Schwimmen lernen",
    "Wohnungssuche",
    "Elternabende",
    "Vereinsleben",
    "Berufsschule",
    "Kita-Anmeldung",
    "Führerschein",
    "Nachbarschaft",
    "Demokratie und Grundrechte",
    "Gesundheit und Ernährung",
    "Anerkennung von Abschlüssen",
    "Praktika in Betrieben",
    "digitale Formulare",
    "Mülltrennung",
]
ACTIVITIES = [
    "Ehrenamtliche begleiten die Teilnehmenden bei {topic}.",
    "Im Mittelpunkt stehen {topic} und {topic2}.",
    "Die Gruppe trifft sich {rhythm} in {place}; Kinder werden betreut.",
    "Fachkräfte und Ehrenamtliche beraten zu {topic}, bei Bedarf mit Sprachmittlung.",
    "Die Teilnehmenden üben {topic} in kleinen Gruppen und lernen sich dabei kennen.",
    "Das Angebot ist kostenlos und ohne Anmeldung; Sprachkurse sind keine Voraussetzung.",
    "Neue Teilnehmende kommen meist über Mund-zu-Mund-Propaganda und die Sprachkurse.",
    "Betriebe aus {place} stellen Praktikumsplätze und Ausbildungen vor.",
]
RHYTHMS = ["wöchentlich", "jeden Montag", "jeden zweiten Mittwoch", "samstags", "monatlich"]
FUNDING = [
    "",
    "Durchstarten in Ausbildung und Arbeit",
    "Kommunales Integrationsmanagement (KIM)",
    "KOMM-AN NRW",
    "Spenden und Mitgliedsbeiträge",
    "Bundesprogramm „Demokratie leben!“",
    "Stiftungsmittel",
]
LANGUAGES = ["Deutsch", "Arabisch", "Türkisch", "Ukrainisch", "Russisch", "Farsi", "Englisch"]
TAGS = [
    "Ehrenamt",
    "Begegnung",
    "Sprachförderung",
    "Patenschaft",
    "Mentoring",
    "Sport",
    "Ausbildung",
    "Elternarbeit",
    "Schule",
    "Nachbarschaft",
    "Kultur",
    "Beratung",
    "Gesundheit",
    "Digitales",
    "Handwerk",
    "Pflege",
    "Anerkennung",
    "Demokratie",
    "Jugendarbeit",
    "Mehrsprachigkeit",
    "Kinderbetreuung",
    "Frauen",
    "Fußball",
    "Kochen",
    "Garten",
    "Musik",
    "Theater",
    "Wohnen",
    "Praktikum",
    "Inklusion",
]
ACTOR_KINDS = [
    ActorKind.ASSOCIATION,
    ActorKind.INITIATIVE,
    ActorKind.WELFARE_ASSOCIATION,
    ActorKind.SPORTS_CLUB,
    ActorKind.RELIGIOUS_COMMUNITY,
    ActorKind.MIGRANT_ORGANISATION,
    ActorKind.EDUCATION_PROVIDER,
    ActorKind.MUNICIPAL_ADMINISTRATION,
    ActorKind.COMPANY,
    ActorKind.JOBCENTRE,
]
ACTOR_NAMES = [
    "Begegnungsverein {place}",
    "Initiative Willkommen in {place}",
    "Sozialdienst {place}",
    "SV {place} 1921",
    "Kirchengemeinde {place}",
    "Kulturverein Brücke {place}",
    "Bildungswerk {place}",
    "Stadtteilbüro {place}",
    "Handwerksbetrieb Beispiel {place}",
    "Beratungsstelle {place}",
]


def zipf_weights(count):
    return [1 / (rank**ZIPF_EXPONENT) for rank in range(1, count + 1)]


class Words:
    """Zipf-distributed choices from the vocabularies, from one seeded random generator."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.weights = {}

    def pick(self, population):
        weights = self.weights.setdefault(len(population), zipf_weights(len(population)))
        return self.random.choices(population, weights=weights)[0]

    def sample(self, population, low, high):
        """Between ``low`` and ``high`` different items, common ones more likely."""
        chosen = []
        for _attempt in range(self.random.randint(low, high) * 3):
            item = self.pick(population)
            if item not in chosen:
                chosen.append(item)
            if len(chosen) >= high:
                break
        return chosen[: max(low, len(chosen))]


def generated_actors(count, words, municipalities):
    """``count`` invented organisations with the generator's slug prefix, created in bulk."""
    offset = Actor.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).count()
    actors = []
    for number in range(offset + 1, offset + count + 1):
        place, municipality_slug = words.pick(PLACES)
        template = ACTOR_NAMES[(number - 1) % len(ACTOR_NAMES)]
        name = f"{template.format(place=place)} ({number})"
        actors.append(
            (
                Actor(
                    name=name,
                    slug=f"{GENERATED_SLUG_PREFIX}akteur-{number:05d}",
                    kind=ACTOR_KINDS[(number - 1) % len(ACTOR_KINDS)],
                    engagement=Engagement.BOTH,
                    description=f"Erfundene Organisation aus {place} für Lasttests.",
                ),
                municipalities[municipality_slug],
            )
        )
    created = Actor.objects.bulk_create([actor for actor, _m in actors], batch_size=BATCH_SIZE)
    Actor.municipalities.through.objects.bulk_create(
        [
            Actor.municipalities.through(actor_id=actor.pk, municipality_id=municipality.pk)
            for actor, (_a, municipality) in zip(created, actors, strict=True)
        ],
        batch_size=BATCH_SIZE,
    )
    index_actors([actor.pk for actor in created])  # bulk_create sends no signals
    return created


def project_text(words, offer, target, place, lead_name):
    topic, topic2 = words.pick(TOPICS), words.pick(TOPICS)
    sentences = [
        f"{lead_name} bietet {words.pick(RHYTHMS)} {offer} {target} in {place} an.",
        *(
            words.pick(ACTIVITIES).format(
                topic=topic, topic2=topic2, place=place, rhythm=words.pick(RHYTHMS)
            )
            for _sentence in range(words.random.randint(2, 5))
        ),
    ]
    return sentences


MANY_TO_MANY = ["fields_of_action", "target_groups", "municipalities", "criteria"]


def through_model(relation):
    return IntegrationProject._meta.get_field(relation).remote_field.through


def through_rows(relation, project, terms):
    """Rows of the table behind ``IntegrationProject.<relation>`` linking project and terms."""
    field = IntegrationProject._meta.get_field(relation)
    return [
        through_model(relation)(
            **{field.m2m_field_name(): project, field.m2m_reverse_field_name(): term}
        )
        for term in terms
    ]


def generate_projects(count, seed=1, actor_count=None):
    """Create ``count`` published projects (and their organisations); returns their ids.

    The same ``count`` and ``seed`` give the same projects. Needs the seeded taxonomies and
    good-practice criteria (data migrations).
    """
    words = Words(seed)
    municipalities = Municipality.objects.in_bulk(field_name="slug")
    fields_of_action = FieldOfAction.objects.in_bulk(field_name="slug")
    target_groups = TargetGroup.objects.in_bulk(field_name="slug")
    criteria = list(GoodPracticeCriterion.objects.order_by("sort_order", "slug"))
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    actors = generated_actors(actor_count or max(10, count // 20), words, municipalities)
    offset = IntegrationProject.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).count()
    first_day = datetime.date(2016, 1, 1)

    projects, relations = [], []
    for number in range(offset + 1, offset + count + 1):
        offer, field_slug = words.pick(OFFERS)
        target, group_slugs = words.pick(TARGETS)
        place, municipality_slug = words.pick(PLACES)
        lead = actors[words.random.randrange(len(actors))]
        title = f"{offer} {target} in {place}"
        sentences = project_text(words, offer, target, place, lead.name)
        started_on = first_day + datetime.timedelta(days=words.random.randrange(3500))
        status = words.pick([ProjectStatus.RUNNING, ProjectStatus.COMPLETED, ProjectStatus.PLANNED])
        published_at = datetime.datetime.combine(started_on, datetime.time(9), tzinfo=datetime.UTC)
        projects.append(
            IntegrationProject(
                title=title,
                slug=f"{GENERATED_SLUG_PREFIX}{number:05d}-{german_slugify(title)[:60]}",
                summary=" ".join(sentences[:2]),
                description="".join(f"<p>{sentence}</p>" for sentence in sentences[2:]),
                lead_actor=lead,
                languages=", ".join(words.sample(LANGUAGES, 1, 3)),
                status=status,
                started_on=started_on,
                ended_on=started_on + datetime.timedelta(days=730)
                if status == ProjectStatus.COMPLETED
                else None,
                ongoing=status == ProjectStatus.RUNNING and words.random.random() < 0.5,
                funding_programme=words.pick(FUNDING),
                outcomes=f"Bisher haben {words.random.randint(8, 240)} Menschen teilgenommen.",
                live=True,
                has_unpublished_changes=False,
                first_published_at=published_at,
                last_published_at=published_at,
            )
        )
        other_fields = [words.pick(OFFERS)[1] for _field in range(words.random.randint(0, 1))]
        partners = {
            actors[words.random.randrange(len(actors))]
            for _partner in range(words.random.randint(0, 2))
        } - {lead}
        relations.append(
            {
                "fields_of_action": [
                    fields_of_action[slug] for slug in sorted({field_slug, *other_fields})
                ],
                "target_groups": [target_groups[slug] for slug in sorted(group_slugs)],
                "municipalities": [municipalities[municipality_slug]],
                "criteria": words.sample(criteria, 0, 5),
                "tags": words.sample(tags, 1, 4),
                "partners": sorted(partners, key=lambda actor: actor.pk),
            }
        )
    created = IntegrationProject.objects.bulk_create(projects, batch_size=BATCH_SIZE)
    rows = defaultdict(list)
    for project, related in zip(created, relations, strict=True):
        for relation in MANY_TO_MANY:
            rows[through_model(relation)] += through_rows(relation, project, related[relation])
        rows[TaggedIntegrationProject] += [
            TaggedIntegrationProject(content_object=project, tag=tag) for tag in related["tags"]
        ]
        rows[ProjectPartner] += [
            ProjectPartner(project=project, actor=actor, sort_order=position)
            for position, actor in enumerate(related["partners"])
        ]
    for model, objects in rows.items():
        model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
    ids = [project.pk for project in created]
    update_search_index(IntegrationProject.objects.filter(pk__in=ids))
    # bulk_create sends no signals
    LIBRARY.bump()
    PAGES.bump()
    return ids


def delete_generated():
    """Remove every generated project and organisation (and their index entries)."""
    IntegrationProject.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).delete()
    Actor.objects.filter(slug__startswith=GENERATED_SLUG_PREFIX).delete()
