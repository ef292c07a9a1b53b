"""Ähnliche Projekte: published projects that share the most with a given one.

A deterministic score, so the list is the same for everyone and explainable: 3 points per
shared field of action, 2 per shared target group, 2 per shared keyword, and 2 if the other
project's title shares a word with this one's (as the search matches words). Ties go by title.

The points are added up in Python from one small query per relation (the ids of the
published projects that share a term); only the few projects that can make the list are then
loaded. A score computed per project in SQL would cost a lookup per project and relation and
grow with the library. The chosen projects are cached under the library's generation (renewed by any
change to projects or their vocabularies), so a project page asks for them once per change.
"""

from collections import Counter

from django.core.cache import cache
from django.db.models import F

from ik_wagtail.derived import LIBRARY

from .facets import LIBRARY_CACHE_TIMEOUT
from .models.project import IntegrationProject, TaggedIntegrationProject
from .search import InIdSet, match_scores, search_terms

SIMILAR_PROJECTS_SHOWN = 4
SHARED_FIELD_POINTS = 3
SHARED_TARGET_GROUP_POINTS = 2
SHARED_KEYWORD_POINTS = 2
TEXT_POINTS = 2


def similarity_points(project):
    """Points by id of every other published project that shares something with ``project``."""
    points = Counter()
    relations = [
        (
            IntegrationProject.fields_of_action.through,
            "integrationproject",
            "fieldofaction_id",
            project.fields_of_action.all(),
            SHARED_FIELD_POINTS,
        ),
        (
            IntegrationProject.target_groups.through,
            "integrationproject",
            "targetgroup_id",
            project.target_groups.all(),
            SHARED_TARGET_GROUP_POINTS,
        ),
        (
            TaggedIntegrationProject,
            "content_object",
            "tag_id",
            project.tags.all(),
            SHARED_KEYWORD_POINTS,
        ),
    ]
    for through, project_field, term_column, terms, term_points in relations:
        term_ids = [term.pk for term in terms]
        if term_ids:
            for other_id in through.objects.filter(
                **{f"{term_column}__in": term_ids, f"{project_field}__live": True}
            ).values_list(f"{project_field}_id", flat=True):
                points[other_id] += term_points
    for other_id in match_scores(search_terms(project.title), operator="or", titles_only=True):
        points[other_id] += TEXT_POINTS
    points.pop(project.pk, None)
    return points


def similar_projects(project, limit=SIMILAR_PROJECTS_SHOWN):
    """The most similar published projects, with what their summaries show (cached)."""
    key = f"ik_projects:similar:{LIBRARY.current()}:{project.pk}:{limit}"
    projects = cache.get(key)
    if projects is None:
        chosen = most_similar_ids(project, limit)
        found = IntegrationProject.objects.for_summary().in_bulk(chosen)
        projects = [found[pk] for pk in chosen if pk in found]
        cache.set(key, projects, LIBRARY_CACHE_TIMEOUT)
    return projects


def most_similar_ids(project, limit):
    points = similarity_points(project)
    if not points:
        return []
    # Only projects as good as the limit-th best can make the list (ties decided by title).
    threshold = sorted(points.values(), reverse=True)[min(limit, len(points)) - 1]
    candidates = [pk for pk, value in points.items() if value >= threshold]
    titles = (
        IntegrationProject.objects.live()
        .filter(InIdSet(F("pk"), candidates))
        .values_list("pk", "title")
    )
    ranked = sorted(titles, key=lambda row: (-points[row[0]], row[1], row[0]))
    return [pk for pk, _title in ranked[:limit]]
