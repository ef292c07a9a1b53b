"""What pages need of the page tree and the data they show: cheap routing, cached section
links, and versions that say when cached parts of pages are out of date.

Menus and links to the intranet's sections (the actor directory, the library) appear on every
page; looking them up costs queries on every request although they change only when pages are
published, unpublished, moved or deleted. ``PAGE_TREE_VERSION`` is renewed on exactly those
events, for pages of every type.

The lists that make a content page slow to render (a conference's forums and hundred
invitations, an actor's footprint, a forum's results) are cached as rendered HTML
(``{% ik_pagecache %}``) under ``PAGE_CONTENT_VERSION``. Which page shows which record is a web
of relations (an actor's name appears on conferences, forums, results, projects), so the
version is not tracked per page: any change to the page tree or to a record the plugin's pages
show renews it. Changes are rare next to the reading, and a change costs each page one render.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import Http404
from wagtail.models import COMMENTS_RELATION_NAME, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import CacheVersion

PAGE_TREE_VERSION = CacheVersion("ik_wagtail:page_tree")
PAGE_CONTENT_VERSION = CacheVersion("ik_wagtail:page_content")
# Values under an old version are never read again; they expire instead of piling up (Redis).
PAGE_TREE_CACHE_TIMEOUT = 60 * 60 * 24
# Apps besides the plugin's own whose records appear on its pages: keywords, documents, images.
SHOWN_THIRD_PARTY_APPS = frozenset(["taggit", "wagtaildocs", "wagtailimages"])
# Saves of only these fields change nothing a reader sees: Django's record of a sign-in, and
# Wagtail's bookkeeping when an editor saves (or autosaves) a draft of a page or snippet.
UNSHOWN_FIELDS = frozenset(
    [
        "last_login",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        COMMENTS_RELATION_NAME,
    ]
)


def refresh_page_tree(sender, **kwargs):
    PAGE_TREE_VERSION.renew_now_and_on_commit()
    PAGE_CONTENT_VERSION.renew_now_and_on_commit()


def is_shown_on_pages(model):
    """Whether records of ``model`` may appear on a page: pages, the plugin's records
    (``ik_wagtail.*`` apps), keywords, documents, images and user names (moderators).

    Tables that are rebuilt in bulk and renew the version themselves say so with
    ``renews_page_content_itself``: a signal receiver would cost them Django's fast delete.
    """
    # Imported here: model modules import this one while the app registry is loading.
    from wagtail.images.models import AbstractRendition

    if getattr(model, "renews_page_content_itself", False):
        return False
    if issubclass(model, AbstractRendition):
        # Made while a page renders its images: derived, and shown only where its image is.
        return False
    if issubclass(model, Page) or model is get_user_model():
        return True
    app_config = model._meta.app_config
    return app_config.name.startswith("ik_wagtail.") or app_config.label in SHOWN_THIRD_PARTY_APPS


def refresh_page_content(sender, raw=False, update_fields=None, action="post_", **kwargs):
    if raw or action.startswith("pre_"):
        return
    if update_fields and UNSHOWN_FIELDS.issuperset(update_fields):
        return
    PAGE_CONTENT_VERSION.renew_now_and_on_commit()


def connect_page_tree_signals():
    """Deleting a page of any type deletes its ``Page`` row too, which ``sender=Page`` sees.

    The content handler listens to the models that ``is_shown_on_pages`` only, so deleting
    anything else keeps Django's fast delete. Bulk writes send no signals: code that writes
    shown records in bulk renews ``PAGE_CONTENT_VERSION`` itself.
    """
    page_published.connect(refresh_page_tree, dispatch_uid="ik_page_tree_published")
    page_unpublished.connect(refresh_page_tree, dispatch_uid="ik_page_tree_unpublished")
    post_page_move.connect(refresh_page_tree, dispatch_uid="ik_page_tree_moved")
    post_delete.connect(refresh_page_tree, sender=Page, dispatch_uid="ik_page_tree_deleted")
    for model in apps.get_models(include_auto_created=True):
        if is_shown_on_pages(model):
            uid = f"ik_page_content:{model._meta.label}"
            post_save.connect(refresh_page_content, sender=model, dispatch_uid=uid)
            post_delete.connect(refresh_page_content, sender=model, dispatch_uid=uid)
            m2m_changed.connect(refresh_page_content, sender=model, dispatch_uid=uid)


def section_page(model, request):
    """``(id, URL)`` of the first live page of ``model`` (``(None, "")`` without one), cached.

    The URL is relative to the request's site when the page is on it (absolute without a
    request, e.g. in an e-mail).
    """
    # Remembered on the request too: a page may link a hundred actors, and each cache read
    # is a round trip to Redis.
    remembered = request.__dict__.setdefault("_ik_section_pages", {}) if request else {}
    if model not in remembered:
        site = Site.find_for_request(request) if request else None
        version = PAGE_TREE_VERSION.current()
        key = f"ik_wagtail:section:{version}:{model._meta.label}:{site.pk if site else 0}"
        found = cache.get(key)
        if found is None:
            page = model.objects.live().first()
            found = (page.pk, page.get_url(request)) if page else (None, "")
            cache.set(key, found, PAGE_TREE_CACHE_TIMEOUT)
        remembered[model] = found
    return remembered[model]


def page_ancestors(page, request):
    """(title, URL) of each ancestor of ``page`` below the tree's root page, cached.

    Every page shows them as breadcrumbs; they change only with the page tree.
    """
    key = f"ik_wagtail:ancestors:{PAGE_TREE_VERSION.current()}:{page.pk}"
    ancestors = cache.get(key)
    if ancestors is None:
        ancestors = [
            (ancestor.title, ancestor.get_url(request))
            for ancestor in page.get_ancestors().filter(depth__gt=1)
        ]
        cache.set(key, ancestors, PAGE_TREE_CACHE_TIMEOUT)
    return ancestors


class SingleChildTypeRoutingMixin:
    """Routing for a page type whose ``subpage_types`` allow exactly one model.

    Wagtail loads each child on a URL's path as a plain ``Page`` and then as its specific
    object, two queries per level; a forum's result statement lies five levels deep. Knowing
    the only possible child type, one query fetches the specific child.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        (child_model,) = self.allowed_subpage_models()
        try:
            child = child_model.objects.child_of(self).get(slug=path_components[0])
        except child_model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # as Wagtail does: get_parent() needs no query
        return child.route(request, path_components[1:])
