"""Test settings: fast hashing, in-memory e-mail, isolated media."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key-ik-wagtail-not-secret-0123456789-abcdefghijklmnop"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="ik-wagtail-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# Django's test client signs in without a request, which django-axes refuses; the throttling
# tests switch it on (tests/test_login_throttling.py).
AXES_ENABLED = False
