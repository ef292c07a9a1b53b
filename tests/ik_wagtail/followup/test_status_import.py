"""Status import from the roll-up's CSV export: all or nothing, every bad line reported,
re-run safe."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from ik_wagtail.concept.enums import RecommendationStatus
from ik_wagtail.concept.models import RecommendationStatusChange, RecommendationTracking

pytestmark = pytest.mark.django_db


def exported(client, world):
    concept = world["concept"]
    response = client.get(concept.url + concept.reverse_subpage("export_csv"))
    return response.content.decode("utf-8-sig")


def with_status(text, title, status):
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if title in line:
            cells = line.split(";")
            cells[7] = status
            lines[index] = ";".join(cells)
    return "\n".join(lines) + "\n"


def upload(client, content, name="umsetzungsstand.csv"):
    return client.post(
        reverse("ik_followup_status_import"),
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
        follow=True,
    )


def history_count():
    return RecommendationStatusChange.objects.count()


def test_the_ki_imports_status_from_the_export_and_a_rerun_changes_nothing(client, world):
    client.force_login(world["ki"])
    text = with_status(exported(client, world), "Jobcoaching", "In Umsetzung")

    first = upload(client, text.encode("utf-8-sig"))
    again = upload(client, text.encode("utf-8-sig"))

    assert "1 Umsetzungsstände geändert, 2 unverändert" in first.text
    assert "0 Umsetzungsstände geändert, 3 unverändert" in again.text
    tracking = RecommendationTracking.objects.get(pk=world["tracking"].pk)
    assert tracking.status == RecommendationStatus.IN_PROGRESS
    assert [c.note for c in tracking.changes.all()] == [
        "Importiert aus der Datei „umsetzungsstand.csv“."
    ]


def broken_xlsx():
    buffer = io.BytesIO()
    workbook = Workbook()
    workbook.active.append(["Art", "Titel"])
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as cut:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # the sheet's XML is cut off
            cut.writestr(item, data)
    return target.getvalue()


BAD_FILES = {
    "empty": (b"", "leer"),
    "binary": (b"\x00\x01\x02 kein Text", "NUL"),
    "windows-1252": ("Art;Titel\nEmpfehlung;Café\n".encode("cp1252"), "Windows-1252"),
    "missing column": (b"Art;Titel;Forum\nEmpfehlung;x;y\n", "Diese Spalten fehlen"),
    "unknown status": (None, "ist kein Umsetzungsstand"),
    "unknown recommendation": (None, "ist nicht veröffentlicht"),
    "duplicate row": (None, "steht bereits in Zeile"),
    "cut-off workbook": (broken_xlsx(), "keine lesbare Excel-Arbeitsmappe"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_bad_files_change_nothing_and_say_why(client, world, kind):
    client.force_login(world["ki"])
    text = exported(client, world)
    content, message = BAD_FILES[kind]
    if kind == "unknown status":
        content = with_status(text, "Jobcoaching", "halb fertig").encode()
    elif kind == "unknown recommendation":
        jobcoaching = next(line for line in text.splitlines() if "Jobcoaching" in line)
        renamed = jobcoaching.replace("Jobcoaching mit Sprachförderung", "Gibt es nicht")
        content = (with_status(text, "Jobcoaching", "Umgesetzt") + renamed + "\n").encode()
    elif kind == "duplicate row":
        jobcoaching = next(line for line in text.splitlines() if "Jobcoaching" in line)
        content = (with_status(text, "Jobcoaching", "Umgesetzt") + jobcoaching + "\n").encode()
    name = "umsetzungsstand.xlsx" if kind == "cut-off workbook" else "umsetzungsstand.csv"
    before = history_count()

    response = upload(client, content, name)

    assert response.status_code == 200
    assert message in response.text
    assert history_count() == before
    assert RecommendationTracking.objects.get(pk=world["tracking"].pk).status == "open"


def test_only_the_ki_imports_status(client, world):
    client.force_login(world["member"])

    response = client.get(reverse("ik_followup_status_import"))

    assert response.status_code in {302, 403}
