"""What pages need of the page tree: cheap routing, cached section links and breadcrumbs.

Menus and links to the intranet's sections (the actor directory, the library) appear on every
page; looking them up costs queries on every request although they change only with the page
tree. They are cached under the page tree's generation (``ik_wagtail.derived.PAGE_TREE``).
"""

from django.core.cache import cache
from django.http import Http404
from wagtail.models import Site

from .derived import PAGE_TREE
from .visibility import visible

# Values under an old generation are never read again; they expire instead of piling up (Redis).
PAGE_TREE_CACHE_TIMEOUT = 60 * 60 * 24


def section_page(model, request):
    """``(id, URL)`` of the first live page of ``model`` (``(None, "")`` without one), cached.

    The URL is relative to the request's site when the page is on it (absolute without a
    request, e.g. in an e-mail).
    """
    # Remembered on the request too: a page may link a hundred actors, and each cache read
    # is a round trip to Redis.
    remembered = request.__dict__.setdefault("_ik_section_pages", {}) if request else {}
    if model not in remembered:
        key = f"ik_wagtail:section:{PAGE_TREE.current()}:{model._meta.label}:{site_id(request)}"
        found = cache.get(key)
        if found is None:
            page = visible(model.objects.all()).first()
            found = (page.pk, page.get_url(request)) if page else (None, "")
            cache.set(key, found, PAGE_TREE_CACHE_TIMEOUT)
        remembered[model] = found
    return remembered[model]


def page_ancestors(page, request):
    """(title, URL) of each ancestor of ``page`` below the tree's root page, cached.

    Every page shows them as breadcrumbs; they change only with the page tree.
    """
    key = f"ik_wagtail:ancestors:{PAGE_TREE.current()}:{page.pk}:{site_id(request)}"
    ancestors = cache.get(key)
    if ancestors is None:
        ancestors = [
            (ancestor.title, ancestor.get_url(request))
            for ancestor in page.get_ancestors().filter(depth__gt=1)
        ]
        cache.set(key, ancestors, PAGE_TREE_CACHE_TIMEOUT)
    return ancestors


def site_id(request):
    site = Site.find_for_request(request) if request else None
    return site.pk if site else 0


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
