"""WSGI entry point of the stand-alone intranet (``gunicorn ik_wagtail.wsgi``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ik_wagtail.settings.production")

application = get_wsgi_application()
