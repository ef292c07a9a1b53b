"""Import of projects from CSV and XLSX: all or nothing, row-level reports, safe reading."""

import io
import re
import time
import tracemalloc
import zipfile
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook
from wagtail.models import Revision

from ik_wagtail.projects.enums import ImportState
from ik_wagtail.projects.import_jobs import run_project_import
from ik_wagtail.projects.importing import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    apply_import,
    plan_import,
)
from ik_wagtail.projects.models import IntegrationProject, PendingProjectImport
from ik_wagtail.projects.search import match_scores, search_terms
from tests.factories import ActorFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = (
    "Slug;Titel;Kurzbeschreibung;Beschreibung;Träger;Partner;Kommunen;Handlungsfelder;"
    "Zielgruppen;Status;Beginn;Dauerangebot;Kriterien;Schlagworte;Ansprechperson;E-Mail;"
    "Kontaktfreigabe"
)
ROWS = [
    'sprachcafe-wegberg;Sprachcafé Wegberg;Deutsch sprechen bei Kaffee.;"Montags.\n\nOhne '
    'Anmeldung.";Initiative Miteinander;;Wegberg;Sprache;Frauen | Neuzugewanderte;laufend;'
    "2023-02-01;ja;Niedrigschwelligkeit | partizipation;Begegnung | Ehrenamt;Lea Beispiel;"
    "lea@example.invalid;ja",
    ";Jobmentoring Hückelhoven;Mentoren begleiten in Arbeit.;;jobcenter kreis heinsberg;"
    "Initiative Miteinander;hueckelhoven | Erkelenz;Arbeit;Geflüchtete;geplant;01.09.2026;nein;;"
    "Mentoring;;;nein",
]


@pytest.fixture
def actors():
    return [
        ActorFactory(name="Initiative Miteinander"),
        ActorFactory(name="Jobcenter Kreis Heinsberg"),
    ]


def csv_file(*rows, header=HEADER, encoding="utf-8-sig", delimiter=";"):
    text = "\n".join([header, *rows]).replace(";", delimiter) + "\n"
    return text.encode(encoding)


def import_file(content, file_name="projekte.csv"):
    plan = plan_import(content, file_name)
    assert plan.errors == []
    apply_import(plan)
    return plan


def test_good_csv_file_imports_published_projects(actors):
    plan = import_file(csv_file(*ROWS))

    assert plan.created_count == 2
    cafe = IntegrationProject.objects.get(slug="sprachcafe-wegberg")
    mentoring = IntegrationProject.objects.get(slug="jobmentoring-hueckelhoven")
    assert cafe.live and mentoring.live
    assert cafe.description == "<p>Montags.</p><p>Ohne Anmeldung.</p>"
    assert cafe.lead_actor == actors[0]
    assert [m.slug for m in cafe.municipalities.all()] == ["wegberg"]
    assert sorted(g.slug for g in cafe.target_groups.all()) == ["frauen", "neuzugewanderte"]
    assert sorted(c.slug for c in cafe.criteria.all()) == ["niedrigschwelligkeit", "partizipation"]
    assert sorted(cafe.tags.names()) == ["Begegnung", "Ehrenamt"]
    assert cafe.ongoing and cafe.contact_consent and cafe.email == "lea@example.invalid"
    assert mentoring.status == "planned"
    assert str(mentoring.started_on) == "2026-09-01"
    assert mentoring.lead_actor == actors[1]
    assert mentoring.partner_actors() == [actors[0]]
    assert sorted(m.slug for m in mentoring.municipalities.all()) == ["erkelenz", "hueckelhoven"]
    assert Revision.objects.for_instance(cafe).count() == 1


def test_imported_projects_are_in_the_search_index(actors):
    import_file(csv_file(*ROWS))

    scores = match_scores(search_terms("Mentoren"))

    assert list(scores) == [IntegrationProject.objects.get(title="Jobmentoring Hückelhoven").pk]


def test_importing_the_same_file_again_updates_instead_of_duplicating(actors):
    import_file(csv_file(*ROWS))

    again = plan_import(csv_file(*ROWS))
    changed = plan_import(csv_file(ROWS[0].replace("Kaffee.", "Tee."), ROWS[1]))
    apply_import(changed)

    assert again.unchanged_count == 2
    assert [(row.action, row.changes) for row in changed.rows] == [
        ("update", ["Kurzbeschreibung"]),
        ("unchanged", []),
    ]
    assert IntegrationProject.objects.count() == 2
    assert IntegrationProject.objects.get(slug="sprachcafe-wegberg").summary == (
        "Deutsch sprechen bei Tee."
    )


def test_a_file_with_one_bad_row_imports_nothing_and_reports_the_row(actors):
    bad = (
        ROWS[1]
        .replace("jobcenter kreis heinsberg", "Unbekannter Träger")
        .replace("01.09.2026", "demnächst")
    )

    plan = plan_import(csv_file(ROWS[0], bad))

    assert [error.line for error in plan.errors] == [5]  # the first row spans lines 2 to 4
    assert plan.errors[0].messages == [
        "Träger: „Unbekannter Träger“ ist unbekannt.",
        "Beginn: „demnächst“ ist kein Datum (z. B. 2024-03-01 oder 01.03.2024).",
    ]
    with pytest.raises(ValueError):
        apply_import(plan)
    assert not IntegrationProject.objects.exists()


def test_line_numbers_count_the_lines_of_multi_line_cells(actors):
    plan = plan_import(csv_file(*ROWS, ROWS[1].replace("Mentoring", "x" * 101)))

    assert [error.line for error in plan.errors] == [6]


def test_duplicate_slugs_in_one_file_are_reported(actors):
    plan = plan_import(csv_file(ROWS[0], ROWS[0]))

    assert plan.errors[0].line == 5
    assert "sprachcafe-wegberg" in plan.errors[0].messages[0]


def test_comma_separated_file_without_bom_imports(actors):
    row = '"";Elterncafé Gangelt;"Eltern treffen sich, reden, lernen.";;;;Gangelt;;;;;;;;;;'

    import_file(csv_file(row, encoding="utf-8", delimiter=","))

    assert IntegrationProject.objects.get().summary == "Eltern treffen sich, reden, lernen."


def test_xlsx_file_imports_with_dates(actors):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Titel", "Kurzbeschreibung", "Beginn", "Kommunen"])
    sheet.append(["Lesepaten Wassenberg", "Vorlesen am Samstag.", "2022-09-03", "Wassenberg"])
    sheet.append([None, None, None, None])
    output = io.BytesIO()
    workbook.save(output)

    import_file(output.getvalue(), "projekte.xlsx")

    project = IntegrationProject.objects.get()
    assert project.title == "Lesepaten Wassenberg"
    assert str(project.started_on) == "2022-09-03"


def test_missing_columns_leave_existing_values_unchanged(actors):
    import_file(csv_file(*ROWS))

    plan = plan_import(
        csv_file("sprachcafe-wegberg;Sprachcafé Wegberg;Neu.", header="Slug;Titel;Kurzbeschreibung")
    )
    apply_import(plan)

    project = IntegrationProject.objects.get(slug="sprachcafe-wegberg")
    assert project.summary == "Neu."
    assert project.email == "lea@example.invalid"
    assert sorted(project.tags.names()) == ["Begegnung", "Ehrenamt"]


def test_a_project_in_moderation_is_not_overwritten(actors):
    project = ProjectFactory(title="Sprachcafé Wegberg", slug="sprachcafe-wegberg", live=False)
    project.save_revision()
    project.get_workflow().start(project, UserFactory())

    plan = plan_import(csv_file(ROWS[0]))

    assert plan.errors[0].messages == [
        "„Sprachcafé Wegberg“ ist im Admin gesperrt oder in der Freigabe; bitte später importieren."
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Die Datei ist leer."),
        ("Titel;Kurzbeschreibung\nCafé;Ümlaut".encode("cp1252"), "Windows-1252"),
        (b"Titel;Kurzbeschreibung\nA;B\x00C\n", "Zeile 2 enthält ein NUL-Zeichen"),
        (
            b'Titel;Kurzbeschreibung\nA;"nicht geschlossen\nB;C\n',
            "Zeile 2: Ein Anführungszeichen wird nicht geschlossen",
        ),
        (
            ("Titel;Kurzbeschreibung\nA;" + "x" * 200_000 + "\n").encode(),
            "Zeile 2: Ein Feld ist länger als",
        ),
        (b"x" * (MAX_FILE_BYTES + 1), "Die Datei ist zu groß"),
        (
            ("Titel;Kurzbeschreibung\n" + "A;B\n" * (MAX_ROWS + 1)).encode(),
            "höchstens 2000 Zeilen",
        ),
        (b"Titel;Farbe\nA;blau\n", "Unbekannte Spalten: Farbe."),
        (b"Titel;Titel;Kurzbeschreibung\nA;A;B\n", "Diese Spalten kommen mehrfach vor: Titel."),
        (b"Titel\nA\n", "Pflichtspalten fehlen: Kurzbeschreibung."),
        (b"PK\x03\x04kaputt", "keine lesbare Excel-Arbeitsmappe"),
    ],
)
def test_unreadable_files_give_a_clear_message_and_change_nothing(content, message):
    with pytest.raises(ImportFileError) as error:
        plan_import(content, "projekte.csv")

    assert message in str(error.value)
    assert not IntegrationProject.objects.exists()


def test_overlong_field_is_a_row_error(actors):
    plan = plan_import(csv_file(ROWS[0].replace("Montags.", "x" * (MAX_FIELD_CHARS + 1))))

    assert "höchstens 10000 Zeichen" in plan.errors[0].messages[0]


def test_import_command_imports_and_reports_progress(actors, tmp_path):
    path = tmp_path / "projekte.csv"
    path.write_bytes(csv_file(*ROWS))
    output = StringIO()

    call_command("ik_import_projects", str(path), stdout=output)

    assert IntegrationProject.objects.count() == 2
    assert "[2/2] neu: Jobmentoring Hückelhoven" in output.getvalue()
    assert "Importiert: 2 neue, 0 geänderte, 0 unveränderte Projekte." in output.getvalue()


def test_import_command_dry_run_changes_nothing(actors, tmp_path):
    path = tmp_path / "projekte.csv"
    path.write_bytes(csv_file(*ROWS))
    output = StringIO()

    call_command("ik_import_projects", str(path), "--dry-run", stdout=output)

    assert not IntegrationProject.objects.exists()
    assert "Probelauf: nichts gespeichert." in output.getvalue()


def test_import_command_lists_bad_rows_and_fails(actors, tmp_path):
    path = tmp_path / "projekte.csv"
    path.write_bytes(csv_file(ROWS[0], ROWS[1].replace("geplant", "vielleicht")))
    errors = StringIO()

    with pytest.raises(CommandError, match="1 fehlerhafte Zeilen: nichts importiert"):
        call_command("ik_import_projects", str(path), stderr=errors)

    assert errors.getvalue().startswith("Zeile 5: Status: „vielleicht“")
    assert not IntegrationProject.objects.exists()


def test_import_command_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Datei nicht gefunden"):
        call_command("ik_import_projects", str(tmp_path / "fehlt.csv"))


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_admin_import_shows_a_preview_and_imports_on_confirmation(
    admin_client_logged_in, actors, django_capture_on_commit_callbacks
):
    preview = admin_client_logged_in.post(
        reverse("ik_projects_import"), {"file": upload("projekte.csv", csv_file(*ROWS))}
    )
    job = PendingProjectImport.objects.get()
    nothing_yet = IntegrationProject.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = admin_client_logged_in.post(
            reverse("ik_projects_import_confirm", args=[job.pk])
        )
    status = admin_client_logged_in.get(confirmed.url)
    state = admin_client_logged_in.get(confirmed.url, headers={"Accept": "application/json"})
    again = admin_client_logged_in.post(reverse("ik_projects_import_confirm", args=[job.pk]))

    assert preview.status_code == 200
    assert "Sprachcafé Wegberg" in preview.text
    assert "2 neue, 0 geänderte und 0 unveränderte Projekte" in preview.text
    assert nothing_yet == 0
    assert confirmed.url == reverse("ik_projects_import_status", args=[job.pk])
    assert IntegrationProject.objects.count() == 2
    assert "Importiert: 2 Projekte neu angelegt, 0 geändert, 0 unverändert." in status.text
    assert state.json() == {"state": "done", "finished": True, "done": 2, "total": 2}
    assert again.status_code == 404  # a confirmed import is not confirmed twice
    job.refresh_from_db()
    assert (job.state, bytes(job.content)) == (ImportState.DONE, b"")


def test_admin_import_that_no_longer_fits_the_data_fails_whole_with_the_rows(
    admin_client_logged_in, actors, django_capture_on_commit_callbacks
):
    admin_client_logged_in.post(
        reverse("ik_projects_import"), {"file": upload("projekte.csv", csv_file(*ROWS))}
    )
    job = PendingProjectImport.objects.get()
    actors[1].delete()  # the Jobcenter's row now names an unknown actor

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = admin_client_logged_in.post(
            reverse("ik_projects_import_confirm", args=[job.pk])
        )
    status = admin_client_logged_in.get(confirmed.url)

    assert not IntegrationProject.objects.exists()
    assert "Nichts wurde importiert" in status.text
    assert "Zeile 5:" in status.text
    assert "jobcenter kreis heinsberg" in status.text


def test_an_import_job_run_twice_imports_once(superuser, actors):
    job = PendingProjectImport.objects.create(
        uploaded_by=superuser,
        file_name="projekte.csv",
        content=csv_file(*ROWS),
        rows_to_write=2,
        state=ImportState.QUEUED,
    )

    first = run_project_import.call(job.pk)
    second = run_project_import.call(job.pk)

    assert (first, second) == (ImportState.DONE, "skipped")
    assert IntegrationProject.objects.count() == 2
    assert (
        Revision.objects.filter(
            object_id__in=[str(p.pk) for p in IntegrationProject.objects.all()]
        ).count()
        == 2
    )


def test_the_status_of_an_import_is_shown_to_its_uploader_only(admin_client_logged_in, actors):
    other = UserFactory(username="andere-person")
    job = PendingProjectImport.objects.create(
        uploaded_by=other, file_name="x.csv", content=b"", state=ImportState.RUNNING
    )

    response = admin_client_logged_in.get(reverse("ik_projects_import_status", args=[job.pk]))

    assert response.status_code == 404


def test_admin_import_shows_bad_rows_and_keeps_nothing(admin_client_logged_in, actors):
    response = admin_client_logged_in.post(
        reverse("ik_projects_import"),
        {"file": upload("projekte.csv", csv_file(ROWS[0], ROWS[1].replace(";Arbeit;", ";Sport;")))},
    )

    assert response.status_code == 200
    assert "Zeile 5" in response.text
    assert "Handlungsfelder: „Sport“ ist unbekannt." in response.text
    assert not PendingProjectImport.objects.exists()


def test_admin_import_reports_an_unreadable_file_on_the_form(admin_client_logged_in):
    response = admin_client_logged_in.post(
        reverse("ik_projects_import"), {"file": upload("projekte.csv", "Café".encode("cp1252"))}
    )

    assert response.status_code == 200
    assert "Windows-1252" in response.text


def test_admin_import_needs_the_right_to_add_and_publish_projects(client, django_user_model):
    editor = django_user_model.objects.create_user(
        username="redaktion", password="x", is_staff=True
    )
    client.force_login(editor)

    response = client.get(reverse("ik_projects_import"))

    assert response.status_code in (302, 403)


def test_admin_import_confirms_only_the_users_own_upload(admin_client_logged_in, superuser):
    other = UserFactory(username="andere-person")
    pending = PendingProjectImport.objects.create(
        uploaded_by=other, file_name="x.csv", content=csv_file(ROWS[0])
    )

    response = admin_client_logged_in.post(reverse("ik_projects_import_confirm", args=[pending.pk]))

    assert response.status_code == 404
    assert not IntegrationProject.objects.exists()


def workbook_with_sheet(sheet_xml):
    """A real workbook whose first sheet's XML is replaced: bombs are made at test time."""
    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(["Titel", "Kurzbeschreibung"])
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            data = sheet_xml if part.filename == "xl/worksheets/sheet1.xml" else source.read(part)
            target.writestr(part.filename, data, compresslevel=9)
    return out.getvalue()


def one_huge_cell(size):
    """A sheet XML holding one inline string cell of ``size`` characters, written in pieces."""
    head = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    )
    return head + b"x" * size + b"</t></is></c></row></sheetData></worksheet>"


@pytest.mark.parametrize(
    ("cell_bytes", "message"),
    [
        # 60 MiB unpacked from about 60 KB: refused by the declared size.
        (60 * 1024 * 1024, "entpackt größer als 50 MB"),
        # 5 MiB in one cell, a thousandfold compressed: refused by the ratio.
        (5 * 1024 * 1024, "ungewöhnlich dicht gepackt"),
    ],
    ids=["unpacked size", "compression ratio"],
)
def test_a_zip_bomb_is_refused_before_unpacking_in_bounded_memory_and_time(cell_bytes, message):
    content = workbook_with_sheet(one_huge_cell(cell_bytes))
    assert len(content) < MAX_FILE_BYTES  # it passes the upload's size check

    tracemalloc.start()
    started = time.monotonic()
    with pytest.raises(ImportFileError) as error:
        plan_import(content, "projekte.xlsx")
    elapsed = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert message in str(error.value)
    assert peak < 5 * 1024 * 1024
    assert elapsed < 5
    assert not PendingProjectImport.objects.exists()


def test_an_import_pauses_indexing_only_in_its_own_thread(actors):
    """A threaded server: an editor publishes while an import runs in another thread."""
    import threading

    from ik_wagtail.projects.indexing import search_index_updates_suspended

    project = ProjectFactory(title="Sprachcafé Wassenberg")
    importing, edited = threading.Event(), threading.Event()

    def import_thread():
        with search_index_updates_suspended(IntegrationProject):
            importing.set()
            edited.wait(timeout=30)

    worker = threading.Thread(target=import_thread)
    worker.start()
    assert importing.wait(timeout=30)
    project.title = "Nachbarschaftscafé Wassenberg"
    project.save_revision().publish()
    edited.set()
    worker.join(timeout=30)

    assert list(match_scores(search_terms("Nachbarschaftscafé"))) == [project.pk]


def test_suspending_refuses_a_model_that_wagtail_indexes_itself():
    from ik_wagtail.actors.models import Actor
    from ik_wagtail.projects.indexing import search_index_updates_suspended

    with (
        pytest.raises(ValueError, match=r"ik_actors\.Actor"),
        search_index_updates_suspended(Actor),
    ):
        pass


def project_with_draft():
    """A published project whose editor saved a draft without publishing it."""
    import_file(csv_file(ROWS[0]))
    project = IntegrationProject.objects.get(slug="sprachcafe-wegberg")
    project.summary = "Entwurf: Deutsch sprechen bei Kaffee und Kuchen."
    project.save_revision()
    return project


def changed_row():
    return ROWS[0].replace("Deutsch sprechen bei Kaffee.", "Deutsch sprechen, jetzt dienstags.")


def test_an_import_keeps_an_unpublished_draft_unless_told_to_replace_it(actors):
    project = project_with_draft()

    kept = plan_import(csv_file(changed_row()))
    apply_import(kept)
    draft_after_import = project.get_latest_revision_as_object().summary
    project.refresh_from_db()
    live_after_import = project.summary
    replaced = plan_import(csv_file(changed_row()), overwrite_drafts=True)
    apply_import(replaced)
    project.refresh_from_db()

    assert [row.action for row in kept.rows] == ["keep_draft"]
    assert kept.changed_rows == [] and len(kept.draft_rows) == 1
    assert draft_after_import == "Entwurf: Deutsch sprechen bei Kaffee und Kuchen."
    assert live_after_import == "Deutsch sprechen bei Kaffee."
    assert [row.action for row in replaced.rows] == ["update"]
    assert project.summary == "Deutsch sprechen, jetzt dienstags."
    assert not project.has_unpublished_changes
    # The replaced draft stays in the history.
    assert any(
        revision.as_object().summary.startswith("Entwurf:")
        for revision in Revision.objects.for_instance(project)
    )


@pytest.mark.parametrize("overwrite", [False, True], ids=["keep", "replace"])
def test_the_admin_preview_lists_drafts_and_the_ki_chooses(
    admin_client_logged_in, actors, django_capture_on_commit_callbacks, overwrite
):
    project = project_with_draft()
    preview = admin_client_logged_in.post(
        reverse("ik_projects_import"), {"file": upload("projekte.csv", csv_file(changed_row()))}
    )
    job = PendingProjectImport.objects.latest("pk")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client_logged_in.post(
            reverse("ik_projects_import_confirm", args=[job.pk]),
            {"overwrite_drafts": "on"} if overwrite else {},
        )
    project.refresh_from_db()

    assert "1 Projekt hat einen unveröffentlichten Entwurf" in preview.text
    assert "übersprungen: hat einen unveröffentlichten Entwurf" in preview.text
    assert project.has_unpublished_changes is not overwrite
    expected = "Deutsch sprechen, jetzt dienstags." if overwrite else "Deutsch sprechen bei Kaffee."
    assert project.summary == expected


def test_the_import_command_names_skipped_drafts(actors, tmp_path):
    project_with_draft()
    path = tmp_path / "projekte.csv"
    path.write_bytes(csv_file(changed_row()))
    err = StringIO()

    call_command("ik_import_projects", str(path), stdout=StringIO(), stderr=err)

    assert "Zeile 2: „Sprachcafé Wegberg“ hat einen unveröffentlichten Entwurf" in err.getvalue()


def test_a_row_of_formulas_without_saved_results_is_reported_not_dropped(actors):
    book = Workbook()
    sheet = book.active
    sheet.append(["Titel", "Kurzbeschreibung"])
    sheet.append(["Sprachcafé Wegberg", "Deutsch sprechen bei Kaffee."])
    sheet.append(['=A2&" (Kopie)"', "=B2"])  # openpyxl saves formulas without results
    sheet.append(["Jobmentoring Hückelhoven", "Mentoren begleiten in Arbeit."])
    buffer = io.BytesIO()
    book.save(buffer)

    with pytest.raises(ImportFileError) as error:
        plan_import(buffer.getvalue(), "projekte.xlsx")

    assert "Zeile 3 enthält nur Formeln ohne gespeicherte Ergebnisse" in str(error.value)
    assert not IntegrationProject.objects.exists()


def workbook_with_part(name, transform):
    """A real workbook with one of its XML parts changed by ``transform(bytes)``."""
    buffer = io.BytesIO()
    book = Workbook()
    book.active.append(["Titel", "Kurzbeschreibung"])
    book.active.append(["Sprachcafé Wegberg", "Deutsch sprechen bei Kaffee."])
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            data = source.read(part)
            target.writestr(part.filename, transform(data) if part.filename == name else data)
    return out.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        workbook_with_part("xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2]),
        workbook_with_part(
            "xl/workbook.xml",
            lambda xml: re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", xml, flags=re.S),
        ),
    ],
    ids=["sheet cut off", "no sheets"],
)
def test_a_broken_workbook_is_a_clear_error_in_the_admin_and_the_command(
    admin_client_logged_in, tmp_path, content
):
    response = admin_client_logged_in.post(
        reverse("ik_projects_import"), {"file": upload("projekte.xlsx", content)}
    )
    path = tmp_path / "projekte.xlsx"
    path.write_bytes(content)

    with pytest.raises(CommandError, match="keine lesbare Excel-Arbeitsmappe"):
        call_command("ik_import_projects", str(path), stdout=StringIO(), stderr=StringIO())
    assert response.status_code == 200
    assert "keine lesbare Excel-Arbeitsmappe" in response.text
    assert not IntegrationProject.objects.exists()


def test_helper_formulas_below_the_data_do_not_stop_an_import(actors):
    book = Workbook()
    sheet = book.active
    sheet.append(["Titel", "Kurzbeschreibung"])
    sheet.append(["Sprachcafé Wegberg", "Deutsch sprechen bei Kaffee."])
    for row in range(3, 8):  # a template's helper column, filled down with empty results
        sheet.append([f'=WENN(B{row}="";"";A{row})'])
    buffer = io.BytesIO()
    book.save(buffer)

    plan = plan_import(buffer.getvalue(), "projekte.xlsx")

    assert (plan.errors, plan.created_count) == ([], 1)
