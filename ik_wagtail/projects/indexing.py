"""Bulk writes of projects: imports and generated data index and link once, not once per save.

Saving a project updates the search indexes (Wagtail's, and the intranet search's own rows in
``ik_wagtail.textsearch``), Wagtail's reference index and the network's links (``network``
listens to ``post_save``). For thousands of projects in one transaction each of
these is done once at the end: ``bulk_write()`` tells listeners to wait, ``projects_written``
tells them which projects to catch up on.
"""

import threading
from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signals import published, unpublished

from ik_wagtail.textsearch import indexing as textsearch
from ik_wagtail.textsearch.models import Kind, SearchEntry

from .models.project import IntegrationProject
from .search import project_texts

INDEX_BATCH_SIZE = 500


_suspended = threading.local()


def index_on_save(sender, instance, **kwargs):
    """Wagtail's (modelsearch's) receiver and the intranet search's rows, unless this thread
    suspended updates for ``sender``."""
    if sender in getattr(_suspended, "models", ()):
        return
    post_save_signal_handler(instance, **kwargs)
    if sender is IntegrationProject and not kwargs.get("raw", False):
        index_projects([instance.pk])


def index_on_publish(sender, instance, **kwargs):
    """Again once a revision is published or withdrawn: ``post_save`` comes before the
    project's keywords, places and partners are written (``ClusterableModel.save``)."""
    if sender not in getattr(_suspended, "models", ()):
        index_projects([instance.pk])


def remove_on_delete(sender, instance, **kwargs):
    textsearch.replace(Kind.PROJECT, [instance.pk], [])


def connect_index_updates(model):
    """Keep ``model``'s search index current through receivers that honour
    ``search_index_updates_suspended``. The model sets ``search_auto_update = False`` so that
    Wagtail does not connect its own, which nothing could switch off for one thread only."""
    label = model._meta.label
    post_save.connect(index_on_save, sender=model, dispatch_uid=f"ik_index_on_save:{label}")
    post_delete.connect(
        post_delete_signal_handler, sender=model, dispatch_uid=f"ik_index_on_delete:{label}"
    )
    if model is IntegrationProject:
        for signal in (published, unpublished):
            signal.connect(index_on_publish, sender=model, dispatch_uid=f"ik_text_index:{signal}")
        post_delete.connect(remove_on_delete, sender=model, dispatch_uid="ik_text_index:delete")


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


def project_document(project):
    """The intranet search's row of a published project (``for_listing``): its title, summary
    and the texts the library marks matches in; never contact data."""
    return textsearch.Document(
        kind=Kind.PROJECT,
        object_id=project.pk,
        title=project.title,
        text="\n".join([project.summary, *(text for _label, text in project_texts(project))]),
        url_key=project.slug,
        context=project.lead_actor.name if project.lead_actor else "",
    )


def index_projects(ids):
    """The intranet search's rows of the projects ``ids`` as the database holds them now:
    published ones (re)written, the others removed."""
    ids = list(ids)
    for start in range(0, len(ids), INDEX_BATCH_SIZE):
        batch = ids[start : start + INDEX_BATCH_SIZE]
        live = IntegrationProject.objects.filter(pk__in=batch, live=True).for_listing()
        textsearch.replace(Kind.PROJECT, batch, [project_document(p) for p in live])


def rebuild_project_rows():
    SearchEntry.objects.filter(kind=Kind.PROJECT).delete()
    index_projects(IntegrationProject.objects.filter(live=True).values_list("pk", flat=True))


textsearch.register_source(Kind.PROJECT, rebuild_project_rows)


def update_search_index(queryset):
    """Index the projects of ``queryset`` in every auto-updated backend, in batches: published
    ones added, the intranet search's rows of the others removed."""
    index_projects(queryset.order_by("pk").values_list("pk", flat=True))
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
