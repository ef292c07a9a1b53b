"""Real-browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Every test in this directory gets the ``browser`` marker and a transactional database with
serialized rollback (see ``pytest_collection_modifyitems``). Without a Chromium the tests are
skipped, unless ``IK_REQUIRE_BROWSER=1`` (set by ``.ci/run``) turns that into an error.

Fixtures and helpers for later page types:

- ``page``: pytest-playwright's page; relative URLs (``page.goto("/suche/")``) go to the live
  server, because ``base_url`` points at it.
- ``user_page``: a page whose browser context is signed in as ``intranet_user``.
- ``log_in(page, username, password)``: signs in through the real login form.
- ``axe_check(page)``: runs axe-core's WCAG 2.1 A/AA rules, fails listing every violation.
- ``screenshot(page, name)``: full-page PNGs at 1280 px and 360 px in test-artifacts/screenshots/.
- ``assert_no_horizontal_scroll(page)``: the page fits a 360 px wide phone (WCAG 1.4.10 Reflow).
"""

import json
import os
import re
import shutil
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client

# Playwright's sync API runs an asyncio event loop in the main thread, so Django's ORM in test
# code and fixtures would raise SynchronousOnlyOperation. This is the workaround the Playwright
# maintainers give. Django reads the variable on every guarded call; it is set here, when pytest
# imports this conftest during collection, before any fixture touches the database.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

BROWSER_TESTS_DIR = Path(__file__).resolve().parent
REPO_ROOT = BROWSER_TESTS_DIR.parents[1]
AXE_SCRIPT = BROWSER_TESTS_DIR / "vendor" / "axe.min.js"
SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic"]

CHROMIUM_MISSING = (
    "Chromium nicht gefunden: apt-get install chromium (Debian) oder IK_CHROMIUM=/pfad/zu/chromium "
    "setzen. Die Browser-Tests laden nie einen eigenen Browser herunter."
)


def find_chromium():
    """Path of the Chromium to drive: ``IK_CHROMIUM`` if set, else ``chromium`` on the PATH."""
    configured = os.environ.get("IK_CHROMIUM", "").strip()
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("chromium")


def browser_required():
    return os.environ.get("IK_REQUIRE_BROWSER", "").strip().lower() in {"1", "true", "yes", "on"}


def pytest_collection_modifyitems(config, items):
    # Hooks in a conftest see every collected item, so only touch the ones in this directory.
    browser_items = [item for item in items if BROWSER_TESTS_DIR in item.path.parents]
    if not browser_items:
        return
    skip = None
    if find_chromium() is None and not browser_required():
        skip = pytest.mark.skip(
            reason=f"{CHROMIUM_MISSING} (IK_REQUIRE_BROWSER=1: Fehler statt Skip)"
        )
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
        # The live server needs committed data, so the tests are transactional; Django flushes
        # the database after each of them, which would also remove what the migrations created
        # (the HomePage as site root, Wagtail's locale and collection, the taxonomies).
        # Serialized rollback reloads that state before each test. A marker on the test itself
        # takes precedence over this one.
        item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
        if skip is not None:
            item.add_marker(skip)
    # Browser tests run last (after pytest-django's ordering, which this hook follows): from the
    # first of them to the end of the session Playwright's event loop counts as running in the
    # main thread (see ``playwright``), so ``async_to_sync`` and Django's async-safety check
    # would misbehave in any test after them.
    browser_ids = {id(item) for item in browser_items}
    items[:] = [item for item in items if id(item) not in browser_ids] + browser_items


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's Chromium instead of a Playwright-downloaded browser (there is none)."""
    chromium = find_chromium()
    if chromium is None:
        # Only reached with IK_REQUIRE_BROWSER set: otherwise the tests were skipped.
        pytest.fail(f"{CHROMIUM_MISSING} (IK_REQUIRE_BROWSER ist gesetzt)", pytrace=False)
    # Playwright itself adds --headless, --no-sandbox and the switches that keep Chromium from
    # talking to the network on its own.
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(django_db_setup, live_server):
    """Relative URLs in ``page.goto`` go to the live server.

    The test database must exist before the live server starts: with SQLite in memory the server
    thread shares the test connection. Wagtail's site is ``localhost:80``; requests to the live
    server's port fall back to it as the default site.
    """
    yield live_server.url
    # Chromium is closed by now (see ``playwright``), but the server's request threads (daemons,
    # one per keep-alive connection, which the server does not join) may still be finishing.
    # Once the live server stops, the SQLite connection is no longer shared with them, and a
    # thread closing it afterwards raises DatabaseError: an unhandled thread exception.
    for thread in threading.enumerate():
        if thread.name.endswith("(process_request_thread)"):
            thread.join(timeout=10)


@pytest.fixture(scope="session")
def _django_connections(base_url):
    """Django's database connections of the main thread, taken before Playwright starts."""
    return {alias: connections[alias] for alias in connections}


@pytest.fixture(scope="session")
def playwright(_django_connections, playwright):
    """pytest-playwright's ``playwright``, started after the test database and the live server.

    So Chromium is closed before the live server stops. And: from its start until the end of
    the session, Playwright's sync API leaves its event loop marked as running in the main
    thread. Django then keeps the main thread's database connections in a separate,
    context-local store, and would open new connection objects there, without the serialized
    migration data (no serialized rollback) and other than the one the live server shares.
    Putting the existing connection objects into that store keeps a single connection.
    """
    for alias, connection in _django_connections.items():
        connections[alias] = connection
    return playwright


@pytest.fixture
def browser_context_args(browser_context_args):
    """German browser, desktop viewport; tests switch to the phone width where they need it."""
    return {**browser_context_args, "locale": "de-DE", "viewport": DESKTOP}


@pytest.fixture(autouse=True)
def no_content_security_policy_violations(request):
    """Every browser test also proves that its pages (intranet and admin) break none of the
    Content-Security-Policy's rules: Chromium reports each refused script or style in the
    console."""
    if "page" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("page")
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield
    assert refused == []


@pytest.fixture
def log_in(base_url):
    """Sign in through the real login form; returns after the redirect away from it."""

    def log_in(page, username, password):
        if "/konto/login/" not in page.url:
            page.goto("/konto/login/")
        page.get_by_label("Benutzername").fill(username)
        page.get_by_label("Passwort").fill(password)
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url(lambda url: "/konto/login/" not in url)

    return log_in


@pytest.fixture
def user_page(page, intranet_user, base_url):
    """A page signed in as ``intranet_user``: the session cookie goes straight into the context.

    Faster than the login form, which ``test_intranet_shell`` exercises on its own.
    """
    client = Client()
    client.force_login(intranet_user)
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session_cookie.value,
                "url": base_url,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )
    return page


def format_axe_violations(violations):
    lines = [f"{len(violations)} WCAG-2.1-A/AA-Verstöße (axe-core):"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation.get('impact')}]: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            target = " ".join(json.dumps(part, ensure_ascii=False) for part in node["target"])
            summary = re.sub(r"\s+", " ", node.get("failureSummary") or "").strip()
            lines.append(f"    {node.get('impact')} {target}: {summary[:300]}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_script():
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture
def axe_check(axe_script):
    """``axe_check(page)`` runs axe-core's WCAG 2.1 A/AA rules on the current page.

    Asserts there are no violations (the message lists rule ids, impacts and target selectors)
    and returns axe's full result. ``assert_clean=False`` returns the violations instead. The
    script is injected with ``page.evaluate``, which, unlike ``add_script_tag``, also works
    under a strict Content Security Policy.
    """

    def axe_check(page, *, assert_clean=True):
        page.evaluate(axe_script)
        result = page.evaluate(
            """tags => axe.run(document, {runOnly: {type: "tag", values: tags}})""",
            WCAG_21_AA_TAGS,
        )
        if not assert_clean:
            return result["violations"]
        assert result["violations"] == [], (
            f"{page.url}\n{format_axe_violations(result['violations'])}"
        )
        return result

    return axe_check


def _safe_name(name):
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "page"


@pytest.fixture
def screenshot():
    """``screenshot(page, name)`` saves full-page PNGs at desktop and phone width.

    Files: ``test-artifacts/screenshots/<name>-1280.png`` and ``<name>-360.png`` (repository
    root, ignored by git). The page's viewport is restored afterwards. Returns the two paths.
    """

    def screenshot(page, name):
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        original = page.viewport_size
        paths = []
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            path = SCREENSHOT_DIR / f"{_safe_name(name)}-{viewport['width']}.png"
            page.screenshot(path=path, full_page=True, animations="disabled", caret="hide")
            paths.append(path)
        if original:
            page.set_viewport_size(original)
        return paths

    return screenshot


@pytest.fixture
def assert_no_horizontal_scroll():
    """``assert_no_horizontal_scroll(page)``: at 360 px nothing forces sideways scrolling.

    WCAG 1.4.10 (Reflow) asks for content at 320 CSS px without scrolling in two dimensions;
    360 px is the narrowest common phone. Leaves the page at phone width.
    """

    def assert_no_horizontal_scroll(page, width=PHONE["width"]):
        page.set_viewport_size({"width": width, "height": PHONE["height"]})
        sizes = page.evaluate(
            """() => ({
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth: window.innerWidth,
                wide: Array.from(document.querySelectorAll("body *"))
                    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 5)
                    .map(el => el.tagName.toLowerCase()
                        + (el.id ? "#" + el.id : "")
                        + (el.className && typeof el.className === "string"
                            ? "." + el.className.trim().split(/\\s+/).join(".") : "")),
            })"""
        )
        assert sizes["scrollWidth"] <= sizes["innerWidth"], (
            f"{page.url}: horizontal scrolling at {width} px (scrollWidth "
            f"{sizes['scrollWidth']} > {sizes['innerWidth']}); too wide: {sizes['wide']}"
        )

    return assert_no_horizontal_scroll
