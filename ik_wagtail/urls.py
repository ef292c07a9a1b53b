"""URLs of the stand-alone intranet. Host sites keep their own and add what the README lists."""

from django.conf import settings
from django.contrib.auth import urls as auth_urls
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from ik_wagtail.document_access import serve_media
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("konto/", include(auth_urls)),
    path("suche/", search_views.search, name="search"),
    path("ik/berichte/", include("ik_wagtail.followup.urls")),
    path("ik/", include("ik_wagtail.cycle.urls")),
]

# Uploads only behind the login, in every mode; documents only through /documents/ above.
urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media)]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

urlpatterns += [
    # Wagtail's page serving catches everything else, so it comes last.
    path("", include(wagtail_urls)),
]
