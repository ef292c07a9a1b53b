"""WSGI entry point of the stand-alone intranet (``gunicorn ik_wagtail.wsgi``)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ik_wagtail.settings.production")

application = get_wsgi_application()

# Django, Wagtail and the apps leave some 180,000 objects that live as long as the process.
# Python's full garbage collection walks all of them: a pause of 100–150 ms every few dozen
# requests, the slowest 5 % of requests (README "Performance"). Frozen, they are not walked.
gc.freeze()
