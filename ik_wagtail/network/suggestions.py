"""Partnervorschläge: actors one has not met yet but should, each with the reasons in words.

Scoring (deterministic, documented in the README): for every other actor that shares at least
one field of action or municipality and has **no** link yet (no shared live forum or project):

- 3 points per shared field of action,
- 2 points per shared municipality,
- 2 points per shared target group (of the live projects each leads or partners in),
- 2 points if one works full-time and the other as volunteers (Haupt- und Ehrenamt),
- 2 points if their kinds complement each other (a volunteer group and a professional service),
- 1 point per shared keyword.

Highest score first, ties by name; at most ``SUGGESTIONS_SHOWN``. The same functions rank actors
for a project ("Wer macht Ähnliches?"), without the points that need a second actor.
Everything is read in a fixed number of queries and cached under the network's version.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from ik_wagtail.actors.enums import ActorKind, Engagement
from ik_wagtail.actors.models import Actor
from ik_wagtail.actors.models.actor import TaggedActor
from ik_wagtail.derived import NETWORK
from ik_wagtail.projects.models import IntegrationProject, ProjectPartner
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup

from .models import ActorLink

SUGGESTIONS_SHOWN = 10
SUGGESTIONS_CACHE_TIMEOUT = 60 * 60
FIELD_POINTS = 3
MUNICIPALITY_POINTS = 2
TARGET_GROUP_POINTS = 2
ENGAGEMENT_POINTS = 2
KIND_POINTS = 2
KEYWORD_POINTS = 1

# Groups carried mostly by volunteers, and professional services they often need (and vice versa).
VOLUNTEER_KINDS = {
    ActorKind.INITIATIVE,
    ActorKind.ASSOCIATION,
    ActorKind.MIGRANT_ORGANISATION,
    ActorKind.SPORTS_CLUB,
    ActorKind.RELIGIOUS_COMMUNITY,
    ActorKind.PRIVATE_PERSON,
}
PROFESSIONAL_KINDS = {
    ActorKind.EDUCATION_PROVIDER,
    ActorKind.WELFARE_ASSOCIATION,
    ActorKind.JOBCENTRE,
    ActorKind.EMPLOYMENT_AGENCY,
    ActorKind.MUNICIPAL_ADMINISTRATION,
    ActorKind.COUNTY_ADMINISTRATION,
    ActorKind.INTEGRATION_CENTRE,
    ActorKind.SCHOOL_AUTHORITY,
    ActorKind.SOCIAL_WELFARE_OFFICE,
    ActorKind.COMPANY,
    ActorKind.CHAMBER,
}


@dataclass
class Profile:
    """What the scoring compares of an actor (or a project): sets of term ids."""

    fields: frozenset = frozenset()
    municipalities: frozenset = frozenset()
    target_groups: frozenset = frozenset()
    keywords: frozenset = frozenset()
    kind: str = ""
    engagement: str = ""
    name: str = ""


@dataclass
class Suggestion:
    actor: Actor
    score: int
    reasons: list


def ids_by_actor(rows):
    by_actor = defaultdict(set)
    for actor_id, term_id in rows:
        by_actor[actor_id].add(term_id)
    return by_actor


def candidate_profiles(fields, municipalities):
    """Profiles of every actor sharing a field of action or a municipality (six queries)."""
    candidates = set(
        Actor.fields_of_action.through.objects.filter(fieldofaction_id__in=fields).values_list(
            "actor_id", flat=True
        )
    ) | set(
        Actor.municipalities.through.objects.filter(municipality_id__in=municipalities).values_list(
            "actor_id", flat=True
        )
    )
    return profiles(candidates)


def profiles(actor_ids):
    actor_ids = list(actor_ids)
    field_ids = ids_by_actor(
        Actor.fields_of_action.through.objects.filter(actor_id__in=actor_ids).values_list(
            "actor_id", "fieldofaction_id"
        )
    )
    municipality_ids = ids_by_actor(
        Actor.municipalities.through.objects.filter(actor_id__in=actor_ids).values_list(
            "actor_id", "municipality_id"
        )
    )
    keyword_ids = ids_by_actor(
        TaggedActor.objects.filter(content_object_id__in=actor_ids).values_list(
            "content_object_id", "tag_id"
        )
    )
    target_group_ids = target_groups_of(actor_ids)
    return {
        pk: Profile(
            fields=frozenset(field_ids[pk]),
            municipalities=frozenset(municipality_ids[pk]),
            target_groups=frozenset(target_group_ids[pk]),
            keywords=frozenset(keyword_ids[pk]),
            kind=kind,
            engagement=engagement,
            name=name,
        )
        for pk, kind, engagement, name in Actor.objects.filter(pk__in=actor_ids).values_list(
            "pk", "kind", "engagement", "name"
        )
    }


def target_groups_of(actor_ids):
    """Target groups of the live projects each actor leads or is a partner in (two queries)."""
    Through = IntegrationProject.target_groups.through
    live = Through.objects.filter(integrationproject__live=True)
    led = live.filter(integrationproject__lead_actor_id__in=actor_ids).values_list(
        "integrationproject__lead_actor_id", "targetgroup_id"
    )
    partnered = ProjectPartner.objects.filter(
        actor_id__in=actor_ids, project__live=True
    ).values_list("actor_id", "project__target_groups")
    return ids_by_actor([*led, *(row for row in partnered if row[1] is not None)])


def complementary_kinds(kind, other):
    return (kind in VOLUNTEER_KINDS and other in PROFESSIONAL_KINDS) or (
        kind in PROFESSIONAL_KINDS and other in VOLUNTEER_KINDS
    )


def complementary_engagement(engagement, other):
    return {engagement, other} == {Engagement.FULL_TIME, Engagement.VOLUNTEER}


def score(profile, other):
    """Points and the shared terms that earned them."""
    shared = {
        "fields": profile.fields & other.fields,
        "municipalities": profile.municipalities & other.municipalities,
        "target_groups": profile.target_groups & other.target_groups,
        "keywords": profile.keywords & other.keywords,
    }
    engagement = complementary_engagement(profile.engagement, other.engagement)
    kinds = complementary_kinds(profile.kind, other.kind)
    points = (
        FIELD_POINTS * len(shared["fields"])
        + MUNICIPALITY_POINTS * len(shared["municipalities"])
        + TARGET_GROUP_POINTS * len(shared["target_groups"])
        + KEYWORD_POINTS * len(shared["keywords"])
        + ENGAGEMENT_POINTS * engagement
        + KIND_POINTS * kinds
    )
    return points, shared, engagement, kinds


def names(model, ids):
    return sorted(model.objects.filter(pk__in=ids).values_list("name", flat=True))


def joined(words):
    """ "A", "A und B", "A, B und C"."""
    words = list(words)
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {_('and')} {words[-1]}"


def place_reason(fields, municipalities, both=True):
    """ "beide im Handlungsfeld Sprache in Erkelenz aktiv" and its variants."""
    field_part = (
        ngettext(
            "in the field of action %(names)s", "in the fields of action %(names)s", len(fields)
        )
        % {"names": joined(fields)}
        if fields
        else ""
    )
    place_part = _("in %(places)s") % {"places": joined(municipalities)} if municipalities else ""
    where = " ".join(part for part in [field_part, place_part] if part)
    if both:
        return _("both active %(where)s") % {"where": where}
    return _("active %(where)s") % {"where": where}


def reasons(shared, engagement, kinds, profile, other, term_names, both=True):
    """The reasons in German words, most important first."""
    words = []
    if shared["fields"] or shared["municipalities"]:
        words.append(
            place_reason(
                sorted(term_names["fields"][pk] for pk in shared["fields"]),
                sorted(term_names["municipalities"][pk] for pk in shared["municipalities"]),
                both,
            )
        )
    if shared["target_groups"]:
        groups = sorted(term_names["target_groups"][pk] for pk in shared["target_groups"])
        words.append(
            ngettext(
                "shared target group: %(names)s", "shared target groups: %(names)s", len(groups)
            )
            % {"names": joined(groups)}
        )
    if engagement:
        words.append(_("full-time and volunteer work complement each other"))
    if kinds:
        words.append(
            _("%(kind)s and %(other)s complement each other")
            % {"kind": ActorKind(profile.kind).label, "other": ActorKind(other.kind).label}
        )
    if shared["keywords"]:
        words.append(
            ngettext(
                "shared keyword: %(names)s", "shared keywords: %(names)s", len(shared["keywords"])
            )
            % {"names": joined(sorted(term_names["keywords"][pk] for pk in shared["keywords"]))}
        )
    return words


def term_names(rows):
    """Names of the terms the chosen rows share, one query per kind of term that occurs."""
    from taggit.models import Tag

    models = {
        "fields": FieldOfAction,
        "municipalities": Municipality,
        "target_groups": TargetGroup,
        "keywords": Tag,
    }
    needed = defaultdict(set)
    for _pk, _points, shared, _engagement, _kinds in rows:
        for kind, ids in shared.items():
            needed[kind] |= ids
    return {
        kind: dict(model.objects.filter(pk__in=needed[kind]).values_list("pk", "name"))
        if needed[kind]
        else {}
        for kind, model in models.items()
    }


def already_met(actor_pk):
    """Ids of the actors that share a live forum or project with the actor."""
    met = set()
    for a, b in ActorLink.objects.filter(
        Q(actor_a_id=actor_pk) | Q(actor_b_id=actor_pk)
    ).values_list("actor_a_id", "actor_b_id"):
        met.update((a, b))
    met.discard(actor_pk)
    return met


def ranked(profile, others, both=True, limit=SUGGESTIONS_SHOWN):
    """(pk, points, reasons) of the best ``others``, highest points first, ties by name."""
    scored = []
    for pk, other in others.items():
        points, shared, engagement, kinds = score(profile, other)
        if shared["fields"] or shared["municipalities"]:
            scored.append((pk, points, shared, engagement, kinds))
    scored.sort(key=lambda row: (-row[1], others[row[0]].name, row[0]))
    chosen = scored[:limit]
    names_of = term_names(chosen)
    return [
        (pk, points, reasons(shared, engagement, kinds, profile, others[pk], names_of, both))
        for pk, points, shared, engagement, kinds in chosen
    ]


def partner_suggestions(actor, limit=SUGGESTIONS_SHOWN):
    """Up to ``limit`` suggestions for the actor; empty when it has no field or place yet."""
    return cached_suggestions(f"actor:{actor.pk}:{limit}", lambda: suggestion_rows(actor, limit))


def cached_suggestions(subject, rows):
    """``Suggestion``s of the (actor id, points, reasons) ``rows()``, cached with their actors
    until the network changes (the reasons are words, so per language too)."""
    key = f"ik_network:suggestions:{NETWORK.current()}:{get_language()}:{subject}"
    suggestions = cache.get(key)
    if suggestions is None:
        computed = rows()
        actors = Actor.objects.in_bulk([pk for pk, _points, _reasons in computed])
        suggestions = [
            Suggestion(actors[pk], points, words) for pk, points, words in computed if pk in actors
        ]
        cache.set(key, suggestions, SUGGESTIONS_CACHE_TIMEOUT)
    return suggestions


def suggestion_rows(actor, limit):
    # The directory's detail view prefetched these; elsewhere they cost a query each.
    fields = {term.pk for term in actor.fields_of_action.all()}
    municipalities = {term.pk for term in actor.municipalities.all()}
    if not (fields or municipalities):
        return []
    others = candidate_profiles(fields, municipalities)  # includes the actor itself
    own = others.pop(actor.pk)
    for pk in already_met(actor.pk):
        others.pop(pk, None)
    not_met = _("no shared forum or project yet")
    return [
        (pk, points, [str(word) for word in [*words, not_met]])
        for pk, points, words in ranked(own, others, limit=limit)
    ]


def actors_like_project(project, limit=5):
    """ "Wer macht Ähnliches?": actors in the project's fields and places, not already in it.

    Cached like the partner suggestions; saving a project renews the network's generation.
    """
    return cached_suggestions(f"project:{project.pk}:{limit}", lambda: project_rows(project, limit))


def project_rows(project, limit):
    # The library's detail view prefetched these relations.
    own = Profile(
        fields=frozenset(term.pk for term in project.fields_of_action.all()),
        municipalities=frozenset(term.pk for term in project.municipalities.all()),
        target_groups=frozenset(term.pk for term in project.target_groups.all()),
    )
    if not (own.fields or own.municipalities):
        return []
    others = candidate_profiles(own.fields, own.municipalities)
    involved = {project.lead_actor_id, *(p.actor_id for p in project.project_partners.all())}
    for pk in involved:
        others.pop(pk, None)
    return [
        (pk, points, [str(word) for word in words])
        for pk, points, words in ranked(own, others, both=False, limit=limit)
    ]
