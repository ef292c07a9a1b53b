"""Status import: offices that collect the implementation status in a spreadsheet load it back.

The file has the columns of the roll-up's CSV export (``concept.exporting.csv_header``), so the
KI exports, lets the offices fill in the *Umsetzungsstand* column and imports the result. Like
the project import (``projects/importing.py``): everything is checked first, every bad line is
reported, and then all changes are written in one transaction or none. Running the same file
again changes nothing (a row whose status is already the recommendation's status is left
alone), so a repeated upload adds no history entries.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.exporting import KIND_LABELS
from ik_wagtail.concept.models import RecommendationTracking, ResultBlockRecord
from ik_wagtail.exports import restore_formula_like
from ik_wagtail.projects.importing import ImportFileError, read_table


@dataclass
class StatusPlan:
    changes: list = field(default_factory=list)  # (tracking, new status)
    unchanged: int = 0
    ignored: int = 0  # rows that are not recommendations
    errors: list = field(default_factory=list)  # (line, message)

    @property
    def is_valid(self):
        return not self.errors


def headings():
    """The export's column names this import needs, in the current language."""
    return {
        "kind": _("Kind"),
        "title": _("Title"),
        "forum": _("Forum"),
        "year": _("Year"),
        "status": _("Implementation status"),
    }


def plan_status_import(content, file_name=""):
    header, rows = read_table(content, file_name)
    position = {str(cell).strip().casefold(): index for index, cell in enumerate(header)}
    wanted = headings()
    missing = [name for name in wanted.values() if name.casefold() not in position]
    if missing:
        raise ImportFileError(
            _("These columns are missing: %(columns)s. Use the roll-up's CSV export as template.")
            % {"columns": ", ".join(missing)}
        )
    column = {key: position[name.casefold()] for key, name in wanted.items()}
    recommendation_label = str(KIND_LABELS["recommendation"]).casefold()
    statuses = {str(label).casefold(): value for value, label in RecommendationStatus.choices}
    known = {
        (title.casefold(), forum.casefold(), year): tracking_id
        for title, forum, year, tracking_id in ResultBlockRecord.objects.filter(
            kind="recommendation", tracking__isnull=False
        ).values_list("title", "forum_title", "conference_year", "tracking_id")
    }
    current = dict(RecommendationTracking.objects.values_list("pk", "status"))
    plan = StatusPlan()
    seen = {}
    wanted_status = {}
    for line, cells in rows:
        cells = [str(cell).strip() for cell in cells] + [""] * len(header)
        if cells[column["kind"]].casefold() != recommendation_label:
            plan.ignored += 1
            continue
        title, forum, year = (
            restore_formula_like(cells[column[key]]) for key in ("title", "forum", "year")
        )
        tracking_id = known.get(
            (title.casefold(), forum.casefold(), int(year) if year.isdigit() else None)
        )
        if tracking_id is None:
            plan.errors.append(
                (
                    line,
                    _(
                        "No recommendation “%(title)s” of the forum “%(forum)s” (%(year)s) is "
                        "published."
                    )
                    % {"title": title, "forum": forum, "year": year},
                )
            )
            continue
        if tracking_id in seen:
            plan.errors.append(
                (
                    line,
                    _("The same recommendation is already in line %(line)s.")
                    % {"line": seen[tracking_id]},
                )
            )
            continue
        seen[tracking_id] = line
        label = cells[column["status"]]
        status = statuses.get(label.casefold())
        if status is None:
            plan.errors.append(
                (
                    line,
                    _("“%(value)s” is not a status; allowed: %(allowed)s.")
                    % {
                        "value": label,
                        "allowed": ", ".join(
                            str(name) for _v, name in RecommendationStatus.choices
                        ),
                    },
                )
            )
            continue
        wanted_status[tracking_id] = status
    trackings = RecommendationTracking.objects.in_bulk(
        [pk for pk, status in wanted_status.items() if current.get(pk) != status]
    )
    for pk, status in wanted_status.items():
        if pk in trackings:
            plan.changes.append((trackings[pk], status))
        else:
            plan.unchanged += 1
    return plan


def apply_status_import(plan, user, file_name):
    """Write a valid plan: one history entry per changed recommendation, all or none."""
    if not plan.is_valid:
        raise ValueError("A status import with errors cannot be applied.")
    note = _("Imported from the file “%(name)s”.") % {"name": file_name}
    with transaction.atomic():
        for tracking, status in plan.changes:
            tracking.change_status(status, note, user)
    return len(plan.changes)
