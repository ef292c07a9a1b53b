"""The German catalogue is complete and compiled: every string in the code has a translation.

``makemessages`` runs on a copy of the sources, so the test never touches the working tree; any
msgid it finds without a German msgstr (or only a fuzzy guess) fails the test by name.
"""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = Path("ik_wagtail/locale/de/LC_MESSAGES")
SOURCES = ["ik_wagtail", "home", "search", "templates", "manage.py"]

pytestmark = pytest.mark.slow


def read_po(path):
    """A minimal .po reader: msgid -> (msgstr, is_fuzzy); plural entries keep their first form."""
    entries = {}
    current = {}
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if current.get("msgid"):
                entries[current["msgid"]] = (current.get("msgstr", ""), current.get("fuzzy", False))
            current = {}
        elif line.startswith("#,") and "fuzzy" in line:
            current["fuzzy"] = True
        elif line.startswith(("msgid ", "msgstr ", "msgstr[0] ", "msgid_plural ")):
            key, _, value = line.partition(" ")
            current["key"] = {"msgstr[0]": "msgstr", "msgid_plural": "plural"}.get(key, key)
            current[current["key"]] = value[1:-1]
        elif line.startswith('"') and "key" in current:
            current[current["key"]] += line[1:-1]
    return entries


@pytest.fixture(scope="module")
def extracted_catalogue(tmp_path_factory):
    """The catalogue as makemessages would write it for the current sources."""
    workdir = tmp_path_factory.mktemp("messages")
    for name in SOURCES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, workdir / name)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-location"],
        cwd=workdir,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "ik_wagtail.settings.test"},
        check=True,
        capture_output=True,
        timeout=120,
    )
    return workdir / CATALOGUE / "django.po"


def test_every_message_has_a_german_translation(extracted_catalogue):
    entries = read_po(extracted_catalogue)

    untranslated = sorted(
        msgid for msgid, (msgstr, fuzzy) in entries.items() if msgid and (not msgstr or fuzzy)
    )

    assert untranslated == []


def test_committed_catalogue_is_up_to_date_with_the_sources(extracted_catalogue):
    committed = set(read_po(REPO / CATALOGUE / "django.po"))

    assert set(read_po(extracted_catalogue)) == committed


def test_compiled_catalogue_matches_the_po_file(tmp_path):
    compiled_now = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled_now), str(REPO / CATALOGUE / "django.po")],
        check=True,
        timeout=60,
    )

    with open(compiled_now, "rb") as fresh, open(REPO / CATALOGUE / "django.mo", "rb") as shipped:
        assert gettext.GNUTranslations(shipped)._catalog == gettext.GNUTranslations(fresh)._catalog
