"""Export figures of the benchmark: the roll-up's Word and CSV files with every result, the
admin's project list as CSV and XLSX, and the library's CSV download, each whole.

Downloaded as the KI would (a superuser made inside a transaction that is rolled back), read
to the last byte; median of up to three runs after one warm-up.
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from ik_wagtail.concept.models import IntegrationskonzeptPage
from ik_wagtail.projects.models import ProjectLibraryPage


class Rollback(Exception):
    pass


def export_urls():
    urls = {}
    concept = IntegrationskonzeptPage.objects.live().first()
    if concept is not None:
        urls["Rückschau: Word (alle Ergebnisse)"] = concept.url + "export/docx/"
        urls["Rückschau: CSV (alle Ergebnisse)"] = concept.url + "export/csv/"
    project_list = reverse("wagtailsnippets_ik_projects_integrationproject:list")
    urls["Projekte im Admin: CSV (alle)"] = project_list + "?export=csv"
    urls["Projekte im Admin: XLSX (alle)"] = project_list + "?export=xlsx"
    library = ProjectLibraryPage.objects.live().first()
    if library is not None:
        urls["Gute-Praxis-Börse: CSV (alle)"] = library.url + "export/"
    return urls


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return len(body)


def measure_exports(client_class, host, repeat):
    """``{name: {"median_ms", "kilobytes"}}`` for each export."""
    results = {}
    try:
        with transaction.atomic():
            user = get_user_model().objects.create(
                username="ik-bench-exports", is_superuser=True, is_staff=True
            )
            client = client_class(HTTP_HOST=host)
            client.force_login(user)
            for name, url in export_urls().items():
                size = download(client, url)
                timings = []
                for _run in range(min(repeat, 3)):
                    started = time.perf_counter()
                    download(client, url)
                    timings.append((time.perf_counter() - started) * 1000)
                results[name] = {
                    "median_ms": round(statistics.median(timings), 1),
                    "kilobytes": round(size / 1024),
                }
            raise Rollback
    except Rollback:
        pass
    return results
