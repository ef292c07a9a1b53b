"""An existing Wagtail intranet can adopt the plugin from the wheel, exactly as the README says.

The repository's own tests import ``ik_wagtail`` from the working tree, so they cannot notice a
file missing from the wheel (a migration, the compiled catalogue, the stylesheet) or a plugin
module that needs the stand-alone intranet's settings. This test builds the wheel, installs it
into a fresh virtualenv (dependencies from PyPI), creates a site with ``wagtail start``, adds the
apps the README's install section lists and runs ``migrate`` and ``check`` there. Every command
runs in a clean environment with the generated site as working directory, so what gets imported
is the installed wheel, never this checkout.
"""

import gettext
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ik_wagtail.taxonomy.seeds import FIELDS_OF_ACTION, MUNICIPALITIES, TARGET_GROUPS

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "ik_wagtail"
CATALOGUE_MO = "ik_wagtail/locale/de/LC_MESSAGES/django.mo"
STYLESHEET = "ik_wagtail/static/ik_wagtail/css/ik.css"
TAXONOMY_MIGRATIONS = sorted(
    path.stem for path in (PACKAGE / "taxonomy" / "migrations").glob("0*.py")
)
# The stand-alone intranet's configuration (see [tool.hatch.build.targets.wheel] exclude).
NOT_SHIPPED = ["ik_wagtail/settings/", "ik_wagtail/urls.py", "ik_wagtail/wsgi.py"]
# What pip needs to reach PyPI or the configured index; nothing that changes what Python imports.
NETWORK_ENV = {
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
    "all_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
}
PIP_TIMEOUT = 600
COMMAND_TIMEOUT = 300

pytestmark = pytest.mark.slow


def clean_env(bin_dir=None, *, network=False):
    """PATH and HOME only (plus pip's network settings if asked): no PYTHONPATH, no
    DJANGO_SETTINGS_MODULE, no DATABASE_URL from the outer test run."""
    path = os.environ.get("PATH", os.defpath)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{path}" if bin_dir else path,
        "HOME": os.environ.get("HOME", str(Path.home())),
    }
    if network:
        env.update(
            (name, value)
            for name, value in os.environ.items()
            if name in NETWORK_ENV or name.startswith("PIP_")
        )
    return env


def run(args, *, cwd, env, timeout=COMMAND_TIMEOUT):
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )


def output(result):
    return (
        f"$ {' '.join(result.args)}\n(exit code {result.returncode})\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


def fail_unless_ok(result, reason):
    if result.returncode != 0:
        pytest.fail(f"{reason}\n{output(result)}", pytrace=False)


def readme_install_blocks():
    """The ```python blocks of the README's "Installing the plugin" section."""
    section = (
        (REPO / "README.md").read_text(encoding="utf-8").partition("## Installing the plugin")[2]
    )
    section = section.partition("\n## ")[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert blocks, "README.md: no ```python block in the section 'Installing the plugin …'"
    return blocks


def readme_plugin_apps():
    """The INSTALLED_APPS entries of the README's "Installing the plugin" section."""
    return re.findall(r'^\s*"([^"]+)",', readme_install_blocks()[0], re.MULTILINE)


def readme_middleware_block():
    [block] = [block for block in readme_install_blocks() if block.startswith("MIDDLEWARE")]
    return block


def repo_files(pattern):
    """Files of the plugin package in the checkout, as wheel member names."""
    return {
        path.relative_to(REPO).as_posix()
        for path in PACKAGE.glob(pattern)
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel built from the checkout (isolated build: hatchling comes from PyPI)."""
    outdir = tmp_path_factory.mktemp("dist")
    result = run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", outdir, REPO],
        cwd=REPO,
        env=clean_env(network=True),
        timeout=PIP_TIMEOUT,
    )
    fail_unless_ok(
        result,
        "Building the wheel failed. The isolated build installs hatchling from PyPI (or the "
        "index configured for pip): is it reachable?",
    )
    built = list(outdir.glob("ik_wagtail-*.whl"))
    assert len(built) == 1, output(result)
    return built[0]


@pytest.fixture(scope="module")
def wheel_members(wheel):
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def host_python(tmp_path_factory, wheel):
    """Python of a fresh virtualenv with nothing but the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("host-venv")
    base_python = getattr(sys, "_base_executable", None) or shutil.which("python3")
    fail_unless_ok(
        run([base_python, "-m", "venv", venv], cwd=venv, env=clean_env()),
        f"Creating a virtualenv with {base_python} failed.",
    )
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    result = run(
        [python, "-m", "pip", "install", "--disable-pip-version-check", "--no-input", wheel],
        cwd=venv,
        env=clean_env(bin_dir, network=True),
        timeout=PIP_TIMEOUT,
    )
    fail_unless_ok(
        result,
        "pip could not install the wheel into a fresh virtualenv. Its dependencies (Django, "
        "Wagtail, …) come from PyPI (or the index configured for pip): is it reachable?",
    )
    return python


@pytest.fixture(scope="module")
def host_site(tmp_path_factory, host_python):
    """A site from ``wagtail start`` with the README's apps added before Wagtail's own."""
    workdir = tmp_path_factory.mktemp("host-site")
    bin_dir = host_python.parent
    fail_unless_ok(
        run([bin_dir / "wagtail", "start", "hostsite"], cwd=workdir, env=clean_env(bin_dir)),
        "`wagtail start hostsite` failed in the fresh virtualenv.",
    )
    site = workdir / "hostsite"
    settings = site / "hostsite" / "settings" / "base.py"
    source = settings.read_text(encoding="utf-8")
    first_wagtail_app = '    "wagtail.contrib.forms",\n'
    assert source.count(first_wagtail_app) == 1, f"unexpected INSTALLED_APPS in {settings}"
    plugin_apps = "".join(f'    "{app}",\n' for app in readme_plugin_apps())
    settings.write_text(
        source.replace(first_wagtail_app, plugin_apps + first_wagtail_app)
        + "\n"
        + readme_middleware_block(),
        encoding="utf-8",
    )
    return site


@pytest.fixture(scope="module")
def migrate_result(host_site, host_python):
    return run(
        [host_python, "manage.py", "migrate", "--noinput"],
        cwd=host_site,
        env=clean_env(host_python.parent),
    )


def shell_json(host_site, host_python, code):
    """Run ``code`` in the host site's ``manage.py shell``; it prints one JSON line last."""
    result = run(
        [host_python, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=host_site,
        env=clean_env(host_python.parent),
    )
    assert result.returncode == 0, output(result)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_readme_install_section_lists_the_plugin_apps():
    apps = readme_plugin_apps()

    assert {"ik_wagtail", "ik_wagtail.taxonomy", "wagtail_modeladmin"} <= set(apps)


def test_wheel_contains_catalogue_migrations_static_files_and_templates(wheel_members):
    expected = {
        CATALOGUE_MO,
        STYLESHEET,
        *(f"ik_wagtail/taxonomy/migrations/{name}.py" for name in TAXONOMY_MIGRATIONS),
        *repo_files("locale/*/LC_MESSAGES/*.mo"),
        *repo_files("**/migrations/*.py"),
        *repo_files("static/**/*"),
        *repo_files("**/templates/**/*"),
    }

    missing = sorted(expected - wheel_members)

    assert TAXONOMY_MIGRATIONS, "no taxonomy migrations found in the checkout"
    assert missing == []


def test_wheel_excludes_standalone_intranet_configuration(wheel_members):
    shipped_config = sorted(
        name for name in wheel_members if any(name.startswith(path) for path in NOT_SHIPPED)
    )
    foreign = sorted(
        name
        for name in wheel_members
        if not name.startswith(("ik_wagtail/", "ik_wagtail-"))  # package and its .dist-info
    )

    assert shipped_config == []
    assert foreign == []


def test_installed_plugin_is_imported_from_host_venv_not_checkout(host_site, host_python):
    result = run(
        [
            host_python,
            "-c",
            "import json, sysconfig, ik_wagtail; "
            "print(json.dumps([ik_wagtail.__file__, sysconfig.get_paths()['purelib']]))",
        ],
        cwd=host_site,
        env=clean_env(host_python.parent),
    )

    assert result.returncode == 0, output(result)
    module_file, site_packages = map(Path, json.loads(result.stdout))
    assert module_file == site_packages / "ik_wagtail" / "__init__.py"
    assert module_file.is_relative_to(host_python.parent.parent)
    assert not module_file.is_relative_to(REPO)


def test_host_site_migrate_succeeds_with_plugin_installed(migrate_result):
    not_applied = [
        name
        for name in TAXONOMY_MIGRATIONS
        if f"Applying ik_taxonomy.{name}... OK" not in migrate_result.stdout
    ]

    assert migrate_result.returncode == 0, output(migrate_result)
    assert not_applied == [], output(migrate_result)


def test_host_site_check_passes_with_plugin_installed(host_site, host_python, migrate_result):
    result = run(
        [host_python, "manage.py", "check", "--fail-level", "WARNING"],
        cwd=host_site,
        env=clean_env(host_python.parent),
    )

    assert result.returncode == 0, output(result)
    assert "System check identified no issues (0 silenced)." in result.stdout, output(result)


def test_host_site_loads_the_readme_middleware(host_site, host_python, migrate_result):
    code = (
        "import json\n"
        "from django.core.handlers.wsgi import WSGIHandler\n"
        "WSGIHandler()  # imports and builds every middleware\n"
        "from django.conf import settings\n"
        "print(json.dumps([m for m in settings.MIDDLEWARE if m.startswith('ik_wagtail')]))"
    )

    loaded = shell_json(host_site, host_python, code)

    assert loaded == [
        "ik_wagtail.middleware.PrivateResponsesMiddleware",
        "ik_wagtail.middleware.ContentSecurityPolicyMiddleware",
    ]


def test_host_site_taxonomies_seeded_by_plugin_migrations(host_site, host_python, migrate_result):
    code = (
        "import json, ik_wagtail\n"
        "from ik_wagtail.taxonomy.models import FieldOfAction, Municipality, TargetGroup\n"
        "print(json.dumps({\n"
        "    'module': ik_wagtail.__file__,\n"
        "    'municipalities': list(Municipality.objects.values_list('slug', flat=True)),\n"
        "    'fields_of_action': FieldOfAction.objects.count(),\n"
        "    'target_groups': TargetGroup.objects.count(),\n"
        "}))\n"
    )

    seeded = shell_json(host_site, host_python, code)

    assert not Path(seeded["module"]).is_relative_to(REPO)
    assert len(seeded["municipalities"]) == 11
    assert "kreisweit" in seeded["municipalities"]
    assert seeded["municipalities"] == [slug for slug, _name, _kind in MUNICIPALITIES]
    assert seeded["fields_of_action"] == len(FIELDS_OF_ACTION)
    assert seeded["target_groups"] == len(TARGET_GROUPS)


def test_host_site_translates_plugin_with_shipped_catalogue(host_site, host_python, migrate_result):
    code = (
        "import json\n"
        "from django.utils import translation\n"
        "from ik_wagtail.taxonomy.models import Municipality\n"
        "translation.activate('de')\n"
        "print(json.dumps(str(Municipality._meta.verbose_name_plural)))\n"
    )
    with open(REPO / CATALOGUE_MO, "rb") as catalogue:
        expected = gettext.GNUTranslations(catalogue).gettext("municipalities")

    translated = shell_json(host_site, host_python, code)

    assert expected != "municipalities"
    assert translated == expected
