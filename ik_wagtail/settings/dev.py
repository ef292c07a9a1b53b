"""Local development: debug on, console e-mail, a fixed dev-only secret key."""

from .base import *  # noqa: F403
from .base import os

DEBUG = True
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "dev-only-insecure-key-never-use-in-production-ik-wagtail-0123456789"
)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# For the file backend (``django.core.mail.backends.filebased.EmailBackend``): one file per message.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(DATA_DIR / "mail"))  # noqa: F405
