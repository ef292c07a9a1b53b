"""Bulk writes of projects: imports and generated data index and link once, not once per save.

Saving a project updates the search index, Wagtail's reference index and the network's links
(``network`` listens to ``post_save``). For thousands of projects in one transaction each of
these is done once at the end: ``bulk_write()`` tells listeners to wait, ``projects_written``
tells them which projects to catch up on.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from .models.project import IntegrationProject

INDEX_BATCH_SIZE = 500


_suspended = threading.local()


def index_on_save(sender, instance, **kwargs):
    """Wagtail's (modelsearch's) receiver, unless this thread suspended updates for ``sender``."""
    if sender in getattr(_suspended, "models", ()):
        return
    post_save_signal_handler(instance, **kwargs)


def connect_index_updates(model):
    """Keep ``model``'s search index current through receivers that honour
    ``search_index_updates_suspended``. The model sets ``search_auto_update = False`` so that
    Wagtail does not connect its own, which nothing could switch off for one thread only."""
    label = model._meta.label
    post_save.connect(index_on_save, sender=model, dispatch_uid=f"ik_index_on_save:{label}")
    post_delete.connect(
        post_delete_signal_handler, sender=model, dispatch_uid=f"ik_index_on_delete:{label}"
    )


@contextmanager
def search_index_updates_suspended(model):
    """Saving ``model`` in this thread does not update the search index meanwhile; the caller
    re-indexes once afterwards. Other threads (a threaded server's requests beside an import)
    go on indexing their saves."""
    if getattr(model, "search_auto_update", True):
        raise ValueError(f"{model._meta.label} is indexed by Wagtail's own receivers.")
    previous = getattr(_suspended, "models", frozenset())
    _suspended.models = previous | {model}
    try:
        yield
    finally:
        _suspended.models = previous


#: Sent with ``project_ids`` after a bulk write, inside its transaction.
projects_written = Signal()
_bulk = threading.local()


@contextmanager
def bulk_write():
    """In this thread, listeners that act on every project save may wait for
    ``projects_written`` instead (see ``in_bulk_write``)."""
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = False


def in_bulk_write():
    return getattr(_bulk, "active", False)


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
