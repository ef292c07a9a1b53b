"""Search indexing in bulk: imports and generated data index once, not once per save."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler

from .models.project import IntegrationProject

INDEX_BATCH_SIZE = 500


@contextmanager
def search_index_updates_suspended(model):
    """Saving ``model`` does not update the search index meanwhile; re-index once afterwards.

    Process-wide (Django signals are): meant for imports and data generation, not for code
    that runs beside other requests in the same process for long.
    """
    post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=model)


def update_search_index(queryset):
    """Index the (published) projects of ``queryset`` in every auto-updated backend, in batches."""
    ids = list(queryset.filter(live=True).order_by("pk").values_list("pk", flat=True))
    backends = list(get_search_backends(with_auto_update=True))
    for start in range(0, len(ids), INDEX_BATCH_SIZE):
        batch = list(
            IntegrationProject.objects.filter(pk__in=ids[start : start + INDEX_BATCH_SIZE])
            .for_listing()
            .order_by("pk")
        )
        for backend in backends:
            backend.add_bulk(IntegrationProject, batch)
