"""Import of projects from CSV or XLSX: every row is checked first, then all are written or none.

Used by ``manage.py ik_import_projects`` and by the KI's import view in the admin. The column
set is ``columns.COLUMNS`` (documented in the README). A row's key is its slug (the "Slug"
column, or the slug of its title), so importing the same file again updates the projects it
created instead of adding them twice. Columns missing from the file leave existing projects'
values unchanged.

Reading follows the security notes on imports: bounded file size, row count and field length;
UTF-8 with or without BOM (a Windows-1252 file is recognised and refused with a way out);
``;`` or ``,`` taken from the header line; strict CSV parsing (an unterminated quote is an
error, not a silently swallowed rest of the file); XLSX read-only, values not formulas, XML
parsed by defusedxml. Imported projects are published, each with a revision in its history.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from wagtail.models import ReferenceIndex, WorkflowState

from ik_wagtail.actors.models import Actor
from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup
from ik_wagtail.text import german_slugify

from .columns import (
    COLUMNS_BY_KEY,
    LIST_SEPARATOR,
    NO,
    STATUS_NAMES,
    YES,
    heading_key,
    plain_to_rich_text,
    rich_text_to_plain,
)
from .enums import ProjectStatus
from .indexing import (
    bulk_write,
    projects_written,
    search_index_updates_suspended,
    update_search_index,
)
from .models.criterion import GoodPracticeCriterion
from .models.project import IntegrationProject, ProjectPartner

MAX_FILE_BYTES = 5 * 1024 * 1024
# A workbook is a ZIP archive: what matters for memory is its unpacked size, which the archive
# declares before anything is unpacked (and Python's zipfile never unpacks more than declared).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_COMPRESSION_RATIO = 100  # for parts above 1 MiB; spreadsheets compress about 5–20 fold
MAX_ROWS = 2000
MAX_FIELD_CHARS = 10_000
REQUIRED_KEYS = ["titel", "kurzbeschreibung"]
XLSX_SIGNATURE = b"PK\x03\x04"
TRUE_WORDS = {YES, "j", "x", "1", "wahr", "true", "yes"}
FALSE_WORDS = {NO, "n", "", "0", "falsch", "false", "no"}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


class ImportFileError(Exception):
    """The file as a whole cannot be imported (encoding, structure, size)."""


class RowProblem(Exception):
    """One value of a row is wrong; the message names the column."""


# Reading -------------------------------------------------------------------------------------


def read_table(content, file_name=""):
    """The header cells and the data rows ``(line, cells)`` of a CSV or XLSX file."""
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("The file is too large: at most %(limit)s MB are allowed.")
            % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    if not content.strip():
        raise ImportFileError(_("The file is empty."))
    if content.startswith(XLSX_SIGNATURE) or file_name.lower().endswith(".xlsx"):
        rows = read_xlsx(content)
    else:
        rows = read_csv(content)
    rows = [(line, cells) for line, cells in rows if any(str(cell).strip() for cell in cells)]
    if not rows:
        raise ImportFileError(_("The file is empty."))
    (_line, header), *data = rows
    if len(data) > MAX_ROWS:
        raise ImportFileError(
            _("The file has %(count)s rows; at most %(limit)s can be imported at once.")
            % {"count": len(data), "limit": MAX_ROWS}
        )
    return [str(cell).strip() for cell in header], data


def decode_csv(content):
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        try:
            content.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportFileError(
                _("Line %(line)s: the file is not a text file in UTF-8.") % {"line": line}
            ) from error
        raise ImportFileError(
            _(
                "The file is not encoded in UTF-8 but probably in Windows-1252 (ANSI), first "
                "seen in line %(line)s. In Excel, save it as “CSV UTF-8 (comma delimited)”."
            )
            % {"line": line}
        ) from error


def read_csv(content):
    if b"\x00" in content:
        line = content[: content.index(b"\x00")].count(b"\n") + 1
        raise ImportFileError(
            _("Line %(line)s contains a NUL character: this is not a CSV text file.")
            % {"line": line}
        )
    text = decode_csv(content)
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as error:
            raise ImportFileError(csv_problem(line, error)) from error
        rows.append((line, cells))
        if len(rows) > MAX_ROWS + 1:
            return rows


def csv_problem(line, error):
    if "field larger than field limit" in str(error):
        return _("Line %(line)s: a field is longer than %(limit)s characters.") % {
            "line": line,
            "limit": MAX_FIELD_CHARS,
        }
    if "unexpected end of data" in str(error):
        return _(
            "Line %(line)s: a quotation mark is not closed, so the field runs to the end of "
            "the file."
        ) % {"line": line}
    return _("Line %(line)s: the CSV structure is broken here (check the quotation marks).") % {
        "line": line
    }


def check_archive(content):
    """Refuse a workbook by the sizes its archive declares, before any part is unpacked: a
    few megabytes can unpack to gigabytes (a "zip bomb") and openpyxl would hold a huge cell
    in memory whole."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFileError(_("The file is not a readable Excel workbook (.xlsx).")) from error
    if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise ImportFileError(
            _(
                "The workbook unpacks to more than %(limit)s MB and is not read. Please import "
                "fewer rows at a time or save it as CSV."
            )
            % {"limit": MAX_UNPACKED_BYTES // (1024 * 1024)}
        )
    for part in parts:
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > 1024 * 1024 and ratio > MAX_COMPRESSION_RATIO:
            raise ImportFileError(
                _(
                    "The workbook is packed unusually tightly (part %(part)s, %(ratio)s times) "
                    "and is not read. Please save it again from Excel or LibreOffice, or as CSV."
                )
                % {"part": part.filename, "ratio": int(ratio)}
            )


def read_xlsx(content):
    check_archive(content)
    rows = [(line, [xlsx_cell(value) for value in values]) for line, values in sheet_rows(content)]
    # Blank lines among the data; trailing ones are often a template's helper formulas
    # filled down with empty results, which openpyxl reads as empty too.
    last_with_data = max((line for line, cells in rows if any(cells)), default=0)
    blank = {line for line, cells in rows if not any(cells) and line < last_with_data}
    if blank:
        # A formula without a saved result reads as an empty cell: such a row would vanish
        # from the import without a word. Only then is the sheet read again, for its formulas.
        formulas = sorted(
            line
            for line, values in sheet_rows(content, formulas=True)
            if line in blank and any(str(value).startswith("=") for value in values if value)
        )
        if formulas:
            raise ImportFileError(
                ngettext(
                    "Line %(lines)s holds only formulas without saved results. Please open the "
                    "file in Excel or LibreOffice and save it again, or paste the values.",
                    "Lines %(lines)s hold only formulas without saved results. Please open the "
                    "file in Excel or LibreOffice and save it again, or paste the values.",
                    len(formulas),
                )
                % {"lines": ", ".join(map(str, formulas))}
            )
    return rows


def sheet_rows(content, *, formulas=False):
    """``(line, values)`` of the first sheet, at most one row more than may be imported:
    saved results of formulas, or with ``formulas`` the formulas themselves."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    unreadable = _("The file is not a readable Excel workbook (.xlsx).")
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=not formulas)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise ImportFileError(unreadable) from error
    try:
        rows = []
        # openpyxl parses the sheet while iterating: a cut-off or empty sheet fails here.
        for line, values in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
            rows.append((line, values))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except (IndexError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile, OSError) as error:
        raise ImportFileError(unreadable) from error
    finally:
        workbook.close()


def xlsx_cell(value):
    """A spreadsheet value as the import reads it: text, or a date for date cells."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, datetime.date) else str(value)


# Checking ------------------------------------------------------------------------------------


@dataclass
class RowError:
    line: int
    messages: list


@dataclass
class PlannedProject:
    """What the import will do with one row."""

    line: int
    slug: str
    title: str
    fields: dict
    relations: dict
    project: IntegrationProject | None = None
    changes: list = field(default_factory=list)
    #: The project has an unpublished draft that this row would replace; the row is only
    #: written when the KI asked for it (``plan_import(..., overwrite_drafts=True)``).
    keeps_draft: bool = False

    @property
    def action(self):
        if self.project is None:
            return "create"
        if not self.changes:
            return "unchanged"
        return "keep_draft" if self.keeps_draft else "update"

    @property
    def action_label(self):
        return {
            "create": pgettext("import action", "new"),
            "update": pgettext("import action", "changed"),
            "unchanged": pgettext("import action", "unchanged"),
            "keep_draft": pgettext("import action", "skipped: has an unpublished draft"),
        }[self.action]

    @property
    def has_draft(self):
        return self.project is not None and self.project.has_unpublished_changes


@dataclass
class ImportPlan:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.errors

    @property
    def changed_rows(self):
        """The rows the import writes."""
        return [row for row in self.rows if row.action in ("create", "update")]

    @property
    def draft_rows(self):
        """Changed rows whose project has an unpublished draft (written or kept, as asked)."""
        return [row for row in self.rows if row.changes and row.has_draft]

    @property
    def kept_draft_count(self):
        return self.count("keep_draft")

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created_count(self):
        return self.count("create")

    @property
    def updated_count(self):
        return self.count("update")

    @property
    def unchanged_count(self):
        return self.count("unchanged")


class Vocabulary:
    """Names and slugs of everything a row may refer to, each loaded with one query."""

    def __init__(self):
        self.terms = {
            "kommunen": self.index(Municipality.objects.all()),
            "handlungsfelder": self.index(FieldOfAction.objects.all()),
            "zielgruppen": self.index(TargetGroup.objects.all()),
            "kriterien": self.index(GoodPracticeCriterion.objects.all()),
        }
        self.actors = self.index(Actor.objects.only("pk", "name", "slug"))

    @staticmethod
    def index(objects):
        entries = {}
        for item in objects:
            entries[german_slugify(item.name)] = item
            entries.setdefault(item.slug, item)
        return entries


def split_list(value):
    return [item.strip() for item in str(value).split(LIST_SEPARATOR) if item.strip()]


def resolve(entries, value, column_heading):
    found = entries.get(german_slugify(value))
    if found is None:
        raise RowProblem(
            _("%(column)s: “%(value)s” is unknown.") % {"column": column_heading, "value": value}
        )
    return found


def bounded_text(value, heading, limit, required=False):
    text = str(value).strip()
    if required and not text:
        raise RowProblem(_("%(column)s: this value is required.") % {"column": heading})
    if len(text) > limit:
        raise RowProblem(
            _("%(column)s: at most %(limit)s characters (this one has %(length)s).")
            % {"column": heading, "limit": limit, "length": len(text)}
        )
    return text


def parse_date(value, heading):
    if isinstance(value, datetime.date) or not str(value).strip():
        return value or None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(str(value).strip(), date_format).date()
        except ValueError:
            continue
    raise RowProblem(
        _("%(column)s: “%(value)s” is not a date (use 2024-03-01 or 01.03.2024).")
        % {"column": heading, "value": value}
    )


def parse_yes_no(value, heading):
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise RowProblem(
        _("%(column)s: “%(value)s” is neither “ja” nor “nein”.")
        % {"column": heading, "value": value}
    )


def parse_status(value, heading):
    word = str(value).strip().lower()
    if not word:
        return ProjectStatus.RUNNING
    for status, name in STATUS_NAMES.items():
        if word in (name, status.value):
            return status
    raise RowProblem(
        _("%(column)s: “%(value)s” is not one of geplant, laufend, abgeschlossen.")
        % {"column": heading, "value": value}
    )


TEXT_FIELDS = {
    # column key: (model field, length limit, required)
    "titel": ("title", 255, True),
    "kurzbeschreibung": ("summary", 600, True),
    "sprachen": ("languages", 255, False),
    "foerderprogramm": ("funding_programme", 255, False),
    "wirkung": ("outcomes", MAX_FIELD_CHARS, False),
    "uebertragbarkeit": ("transferability", MAX_FIELD_CHARS, False),
    "erfahrungen": ("lessons_learned", MAX_FIELD_CHARS, False),
    "ansprechperson": ("contact_person", 200, False),
    "telefon": ("phone", 50, False),
}
TERM_RELATIONS = {
    "kommunen": "municipalities",
    "handlungsfelder": "fields_of_action",
    "zielgruppen": "target_groups",
    "kriterien": "criteria",
}


def parse_value(key, value, vocabulary, fields, relations):
    """Put the checked value of column ``key`` into ``fields`` or ``relations``."""
    heading = COLUMNS_BY_KEY[key].heading
    if not isinstance(value, datetime.date) and len(str(value)) > MAX_FIELD_CHARS:
        raise RowProblem(
            _("%(column)s: at most %(limit)s characters (this one has %(length)s).")
            % {"column": heading, "limit": MAX_FIELD_CHARS, "length": len(str(value))}
        )
    if key in TEXT_FIELDS:
        name, limit, required = TEXT_FIELDS[key]
        fields[name] = bounded_text(value, heading, limit, required)
    elif key == "slug":
        fields["slug"] = german_slugify(value)[:255]
    elif key == "beschreibung":
        relations["description_text"] = bounded_text(value, heading, MAX_FIELD_CHARS)
    elif key == "traeger":
        text = str(value).strip()
        fields["lead_actor"] = resolve(vocabulary.actors, text, heading) if text else None
    elif key == "partner":
        actors = [resolve(vocabulary.actors, name, heading) for name in split_list(value)]
        relations["partners"] = list(dict.fromkeys(actors))
    elif key in TERM_RELATIONS:
        terms = [resolve(vocabulary.terms[key], name, heading) for name in split_list(value)]
        relations[TERM_RELATIONS[key]] = list(dict.fromkeys(terms))
    elif key == "schlagworte":
        tags = {name.lower(): bounded_text(name, heading, 100) for name in split_list(value)}
        relations["tags"] = list(tags.values())
    elif key == "status":
        fields["status"] = parse_status(value, heading)
    elif key == "beginn":
        fields["started_on"] = parse_date(value, heading)
    elif key == "ende":
        fields["ended_on"] = parse_date(value, heading)
    elif key == "dauerangebot":
        fields["ongoing"] = parse_yes_no(value, heading)
    elif key == "kontaktfreigabe":
        fields["contact_consent"] = parse_yes_no(value, heading)
    elif key == "email":
        email = bounded_text(value, heading, 254)
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise RowProblem(
                    _("%(column)s: “%(value)s” is not an e-mail address.")
                    % {"column": heading, "value": email}
                ) from error
        fields["email"] = email


def check_header(header):
    keys = [heading_key(heading) for heading in header]
    unknown = [
        heading
        for heading, key in zip(header, keys, strict=True)
        if key and key not in COLUMNS_BY_KEY
    ]
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(unknown)s. Known columns: %(known)s.")
            % {
                "unknown": ", ".join(unknown),
                "known": ", ".join(column.heading for column in COLUMNS_BY_KEY.values()),
            }
        )
    duplicates = sorted({key for key in keys if key and keys.count(key) > 1})
    if duplicates:
        raise ImportFileError(
            _("These columns appear more than once: %(columns)s.")
            % {"columns": ", ".join(COLUMNS_BY_KEY[key].heading for key in duplicates)}
        )
    missing = [COLUMNS_BY_KEY[key].heading for key in REQUIRED_KEYS if key not in keys]
    if missing:
        raise ImportFileError(
            _("Required columns are missing: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    return keys


def plan_import(content, file_name="", *, overwrite_drafts=False):
    """Check every row of the file and work out what importing it would change; writes nothing.

    Raises ``ImportFileError`` when the file as a whole is unreadable; row problems are
    collected in ``ImportPlan.errors`` with their line numbers. A changed row whose project has
    an unpublished draft is skipped (the draft kept) unless ``overwrite_drafts``: an import
    must not silently replace an editor's work in progress.
    """
    header, data = read_table(content, file_name)
    keys = check_header(header)
    vocabulary = Vocabulary()
    plan = ImportPlan()
    parsed = []
    for line, cells in data:
        fields, relations, messages = {}, {}, []
        for key, value in zip(keys, cells, strict=False):
            if not key:
                continue
            try:
                parse_value(key, value, vocabulary, fields, relations)
            except RowProblem as problem:
                messages.append(str(problem))
        if messages:
            plan.errors.append(RowError(line, messages))
            continue
        fields["slug"] = fields.get("slug") or german_slugify(fields["title"])[:255]
        parsed.append((line, fields, relations))

    existing = {
        project.slug: project
        for project in IntegrationProject.objects.filter(
            slug__in=[fields["slug"] for _line, fields, _relations in parsed]
        )
        .for_listing()
        .prefetch_related("criteria")
    }
    busy = busy_project_ids(existing.values())
    first_line_of_slug = {}
    for line, fields, relations in parsed:
        slug = fields["slug"]
        project = existing.get(slug)
        messages = []
        if slug in first_line_of_slug:
            messages.append(
                _("The slug “%(slug)s” is already used in line %(line)s of this file.")
                % {"slug": slug, "line": first_line_of_slug[slug]}
            )
        first_line_of_slug.setdefault(slug, line)
        if project is not None and (project.locked or project.pk in busy):
            messages.append(
                _("“%(title)s” is locked or in moderation in the admin; import it later.")
                % {"title": project.title}
            )
        messages += cross_field_problems(project, fields)
        if messages:
            plan.errors.append(RowError(line, messages))
            continue
        planned = PlannedProject(line, slug, fields["title"], fields, relations, project)
        planned.changes = changed_columns(project, fields, relations) if project else []
        planned.keeps_draft = planned.has_draft and not overwrite_drafts
        plan.rows.append(planned)
    plan.errors.sort(key=lambda error: error.line)
    return plan


def busy_project_ids(projects):
    """Ids of the projects that are in a moderation workflow right now."""
    return {
        int(object_id)
        for object_id in WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(IntegrationProject),
            object_id__in=[str(project.pk) for project in projects],
        )
        .values_list("object_id", flat=True)
    }


PERIOD_FIELDS = ["status", "started_on", "ended_on", "ongoing"]


def cross_field_problems(project, fields):
    """The model's own rules (period, status) for the values the project would have."""
    values = {name: getattr(project, name) for name in PERIOD_FIELDS} if project else {}
    values |= {name: fields[name] for name in PERIOD_FIELDS if name in fields}
    candidate = IntegrationProject(**values)
    try:
        candidate.clean()
    except ValidationError as error:
        return [message for messages in error.message_dict.values() for message in messages]
    return []


# Model field or relation -> column heading, for the preview of changes.
CHANGE_HEADINGS = {
    "title": "Titel",
    "summary": "Kurzbeschreibung",
    "description_text": "Beschreibung",
    "lead_actor": "Träger",
    "partners": "Partner",
    "municipalities": "Kommunen",
    "fields_of_action": "Handlungsfelder",
    "target_groups": "Zielgruppen",
    "languages": "Sprachen",
    "status": "Status",
    "started_on": "Beginn",
    "ended_on": "Ende",
    "ongoing": "Dauerangebot",
    "funding_programme": "Förderprogramm",
    "outcomes": "Wirkung",
    "transferability": "Übertragbarkeit",
    "lessons_learned": "Erfahrungen",
    "criteria": "Kriterien",
    "tags": "Schlagworte",
    "contact_person": "Ansprechperson",
    "email": "E-Mail",
    "phone": "Telefon",
    "contact_consent": "Kontaktfreigabe",
}


def current_relations(project):
    return {
        "description_text": rich_text_to_plain(project.description),
        "partners": {actor.pk for actor in project.partner_actors()},
        "municipalities": {item.pk for item in project.municipalities.all()},
        "fields_of_action": {item.pk for item in project.fields_of_action.all()},
        "target_groups": {item.pk for item in project.target_groups.all()},
        "criteria": {item.pk for item in project.criteria.all()},
        "tags": {tag.name.lower() for tag in project.tag_list()},
    }


def comparable(name, value):
    if name == "tags":
        return {tag.lower() for tag in value}
    if isinstance(value, list):
        return {item.pk for item in value}
    return value


def changed_columns(project, fields, relations):
    current = current_relations(project)
    changed = [
        name for name, value in fields.items() if name != "slug" and getattr(project, name) != value
    ]
    changed += [
        name for name, value in relations.items() if current[name] != comparable(name, value)
    ]
    return [CHANGE_HEADINGS[name] for name in CHANGE_HEADINGS if name in changed]


# Writing -------------------------------------------------------------------------------------


def apply_relations(project, relations):
    if "description_text" in relations:
        text = relations["description_text"]
        if project.pk is None or rich_text_to_plain(project.description) != text:
            project.description = plain_to_rich_text(text)
    for name in ["municipalities", "fields_of_action", "target_groups", "criteria"]:
        if name in relations:
            setattr(project, name, relations[name])
    if "partners" in relations:
        project.project_partners = [ProjectPartner(actor=actor) for actor in relations["partners"]]
    if "tags" in relations:
        project.tags.set(relations["tags"])


def apply_import(plan, user=None, progress=None):
    """Write a valid plan: create or update and publish every changed project, atomically.

    ``progress(done, total, planned)`` is called after each project. Returns the ids of the
    projects written.
    """
    if not plan.is_valid:
        raise ValueError("An import plan with errors cannot be applied.")
    # Wagtail's signal handlers module needs the app registry: imported when used.
    from wagtail.signal_handlers import disable_reference_index_auto_update

    rows = plan.changed_rows
    written = []
    with transaction.atomic():
        with (
            search_index_updates_suspended(IntegrationProject),
            disable_reference_index_auto_update(),
            bulk_write(),
        ):
            for done, planned in enumerate(rows, start=1):
                project = planned.project or IntegrationProject()
                for name, value in planned.fields.items():
                    setattr(project, name, value)
                apply_relations(project, planned.relations)
                project.save()
                project.save_revision(user=user, log_action=True).publish(user=user)
                written.append(project)
                if progress:
                    progress(done, len(rows), planned)
        for project in written:
            ReferenceIndex.create_or_update_for_object(project)
        ids = [project.pk for project in written]
        update_search_index(IntegrationProject.objects.filter(pk__in=ids))
        projects_written.send(sender=IntegrationProject, project_ids=ids)
    return ids
