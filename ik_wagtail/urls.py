"""URLs of the stand-alone intranet. Host sites keep their own and add what the README lists."""

from django.conf import settings
from django.contrib.auth import urls as auth_urls
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("konto/", include(auth_urls)),
    path("suche/", search_views.search, name="search"),
    path("ik/berichte/", include("ik_wagtail.followup.urls")),
    path("ik/", include("ik_wagtail.cycle.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving catches everything else, so it comes last.
    path("", include(wagtail_urls)),
]
