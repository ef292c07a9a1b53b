"""Settings shared by every environment of the stand-alone intranet.

Everything that differs between machines comes from environment variables, so the same code runs
on a laptop (SQLite, no configuration), in CI (PostgreSQL via ``DATABASE_URL``) and in production.
Host sites that install the plugin keep their own settings; nothing in the plugin imports this.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from ik_wagtail.textsearch.engine import german_index_settings

BASE_DIR = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("IK_DATA_DIR", BASE_DIR / "data"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

IK_APPS = [
    "ik_wagtail",
    "ik_wagtail.textsearch",
    "ik_wagtail.taxonomy",
    "ik_wagtail.actors",
    "ik_wagtail.projects",
    "ik_wagtail.conferences",
    "ik_wagtail.concept",
    "ik_wagtail.cycle",
    "ik_wagtail.network",
    "ik_wagtail.followup",
]

INSTALLED_APPS = [
    "home",
    "search",
    *IK_APPS,
    "wagtail_modeladmin",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # An intranet: every URL needs a logged-in user unless its view is marked
    # ``login_not_required`` (login and password reset). Page privacy alone would leave custom
    # views, exports and search open, see README "Zugriffsschutz".
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "ik_wagtail.middleware.PrivateResponsesMiddleware",
    "ik_wagtail.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its German lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login throttling (django-axes) on every sign-in form: the intranet's and Wagtail's admin
# both authenticate through these backends. Locked by the username tried, whether or not the
# account exists (no user enumeration), not by address: a town hall's staff share one address
# behind its proxy. The price: whoever knows a user name can keep it paused (axes_reset_username
# lifts it). A successful sign-in clears the count.
# ``AxesBackend`` (not the stand-alone one) comes first because it can also restore a session's
# user: Wagtail's page test helpers and ``force_login`` sign in with the first backend.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("IK_LOGIN_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("IK_LOGIN_LOCKOUT_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = ["username"]
# django-axes warns when the address is not part of the lockout; here it is left out on
# purpose (above): one address is a whole town hall.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.lockout.locked_out"

ROOT_URLCONF = "ik_wagtail.urls"
WSGI_APPLICATION = "ik_wagtail.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite in the data directory unless DATABASE_URL says otherwise.
DEFAULT_SQLITE_PATH = DATA_DIR / "ik_wagtail.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite does not create the directory of its file.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASE_IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(cache_url):
    """Django cache configuration for ``CACHE_URL`` (``redis://…`` or empty for local memory)."""
    if not cache_url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if cache_url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": cache_url,
                "KEY_PREFIX": "ik_wagtail",
            }
        }
    raise ImproperlyConfigured(
        f"CACHE_URL must start with redis://, rediss:// or unix:// (got {cache_url!r})."
    )


CACHES = cache_settings(os.environ.get("CACHE_URL", ""))
# Sessions are read on every request of the intranet (everyone is signed in): from the cache,
# written through to the database so that a restart or a cache flush signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def search_backend_settings(search_url, database_is_postgres):
    """Wagtail search configuration.

    Default: the database backend, which on PostgreSQL uses full-text search with the German
    configuration (stemming, umlaut folding). ``SEARCH_URL`` selects Elasticsearch 8 or
    OpenSearch 2 for counties that outgrow the database (``elasticsearch8+http://host:9200`` or
    ``opensearch2+http://host:9200``).
    """
    if not search_url:
        backend = {"BACKEND": "wagtail.search.backends.database"}
        if database_is_postgres:
            backend["SEARCH_CONFIG"] = "german"
        return {"default": backend}
    engine, separator, url = search_url.partition("+")
    backends = {
        "elasticsearch8": "wagtail.search.backends.elasticsearch8",
        "opensearch2": "wagtail.search.backends.opensearch2",
    }
    if not separator or engine not in backends:
        raise ImproperlyConfigured(
            "SEARCH_URL must look like elasticsearch8+http://host:9200 or "
            f"opensearch2+http://host:9200 (got {search_url!r})."
        )
    return {
        "default": {
            "BACKEND": backends[engine],
            "URLS": [url],
            "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", "ik_wagtail_"),
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": german_index_settings(os.environ.get("SEARCH_DECOMPOUNDER", "")),
        }
    }


WAGTAILSEARCH_BACKENDS = search_backend_settings(
    os.environ.get("SEARCH_URL", ""), DATABASE_IS_POSTGRES
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German"))]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
# One catalogue for the plugin and the intranet shell (home, search, templates/): makemessages
# writes the shell's strings there too, and host sites get them with the plugin's app.
LOCALE_PATHS = [BASE_DIR / "ik_wagtail" / "locale"]
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page models can exceed Django's default of 1000 fields per form in the page editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Kommunales Integrationszentrum <integration@example.invalid>"
)


def task_settings(backend):
    """Django's task framework (``django_tasks``): where e-mail, imports and other long work run.

    ``database``: a queue in the database, worked off by ``manage.py db_worker`` (production;
    the request only records the job). ``immediate``: each job runs in the process that queued
    it, right after its transaction commits (the stand-alone demo, which has no worker).
    """
    backends = {
        "database": "django_tasks_db.DatabaseBackend",
        "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    }
    if backend not in backends:
        raise ImproperlyConfigured(
            f"TASK_BACKEND must be 'database' or 'immediate' (got {backend!r})."
        )
    return {"default": {"BACKEND": backends[backend], "QUEUES": ["default"]}}


TASKS = task_settings(os.environ.get("TASK_BACKEND", "immediate"))

# The plugin's top-level pages (conference index, referents, directory…) live under the home page.
IK_SECTION_PARENT_PAGE_TYPES = ["home.HomePage"]

WAGTAIL_SITE_NAME = "Integrationskonferenz Kreis Heinsberg"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatar look-ups at an external service: an intranet does not send its users' e-mail hashes out.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_TAG_LIMIT = 30
TAGGIT_CASE_INSENSITIVE = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always through Wagtail's view, where the plugin checks login and page privacy,
# never by a redirect to the storage (README "Access protection").
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Set (e.g. "/protected-media/") when nginx serves uploads from an internal location after
# the login check; empty: Django streams them.
IK_MEDIA_ACCEL_REDIRECT = os.environ.get("IK_MEDIA_ACCEL_REDIRECT", "")
