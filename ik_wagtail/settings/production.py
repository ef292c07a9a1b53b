"""Production: every secret and host comes from the environment; refuses to start without them.

Passes ``manage.py check --deploy`` when SECRET_KEY, ALLOWED_HOSTS and WAGTAILADMIN_BASE_URL are
set. TLS is expected to end at a reverse proxy that sets ``X-Forwarded-Proto``.
"""

from .base import *  # noqa: F403
from .base import ImproperlyConfigured, env_bool, os, task_settings


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",")]
WAGTAILADMIN_BASE_URL = required_env("WAGTAILADMIN_BASE_URL")

# Production has a worker (``manage.py db_worker``): requests only queue e-mail and imports.
TASKS = task_settings(os.environ.get("TASK_BACKEND", "database"))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
