"""Which pages count outside the admin: the one "live and visible" rule.

A page counts in a list, a roll-up, a footprint, the network, a search result, an export, a
calendar or a count when it and every ancestor are live and no view restriction that keeps
some signed-in readers out (password, groups) lies on it or above it. A "signed-in users"
restriction keeps nobody of the intranet out and hides nothing.

Aggregates leave restricted pages out **for everyone**, also for members of the group: one
cached copy then serves every reader, and a restricted page never leaks through a shared
cache. Whoever may open such a page reaches it by its link, where Wagtail checks the
restriction (README "Derived state"). What one reader sees and nobody caches (the site search,
the forum registration) follows that reader's rights instead (``visible_to``).
"""

from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .derived import PAGE_TREE

HIDDEN_ROOTS_TIMEOUT = 60 * 60 * 24


HIDING = Q(live=False, numchild__gt=0) | Q(
    view_restrictions__restriction_type__in=[
        PageViewRestriction.PASSWORD,
        PageViewRestriction.GROUPS,
    ]
)


def hidden_roots(*, fresh=False):
    """Paths of the pages whose subtree does not count: restricted ones, and unpublished ones
    with children (an unpublished conference hides its forums).

    Cached under the page tree's generation, which every publish, unpublish, move, delete and
    restriction change renews. The maintainers of derived tables, running inside the change's
    transaction, ask ``fresh``: they must not depend on the order in which receivers run.
    """
    if fresh:
        return sorted(set(Page.objects.filter(HIDING).values_list("path", flat=True)))
    key = f"ik_wagtail:hidden_roots:{PAGE_TREE.current()}"
    roots = cache.get(key)
    if roots is None:
        roots = hidden_roots(fresh=True)
        cache.set(key, roots, HIDDEN_ROOTS_TIMEOUT)
    return roots


def visible(pages, *, fresh=False):
    """``pages`` (a page queryset) limited to the live ones that count (see the module)."""
    pages = pages.live()
    roots = hidden_roots(fresh=fresh)
    if roots:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=root) for root in roots)))
    return pages


def visible_to(pages, request):
    """``pages`` limited to the live ones this reader may open: every ancestor live, and no view
    restriction on the way that the request does not pass. For what one reader sees and is not
    cached (the site search, the registration form); aggregates use ``visible``."""
    pages = pages.live()
    roots = unreadable_roots(request)
    if roots:
        pages = pages.exclude(reduce(or_, (Q(path__startswith=root) for root in roots)))
    return pages


def unreadable_roots(request):
    """Paths of the subtrees this request may not open, asked once per request (three queries
    however many restrictions there are)."""
    roots = getattr(request, "_ik_unreadable_roots", None)
    if roots is None:
        roots = [
            *Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True),
            *(
                restriction.page.path
                for restriction in PageViewRestriction.objects.select_related(
                    "page"
                ).prefetch_related("groups")
                if not passes(restriction, request)
            ),
        ]
        request._ik_unreadable_roots = roots
    return roots


def passes(restriction, request):
    """``restriction.accept_request(request)``, with the reader's groups read once: Wagtail's
    own check asks the database for them again for every group restriction."""
    if restriction.restriction_type != PageViewRestriction.GROUPS:
        return restriction.accept_request(request)  # login, password: no queries
    user = request.user
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    group_ids = getattr(request, "_ik_group_ids", None)
    if group_ids is None:
        group_ids = request._ik_group_ids = set(user.groups.values_list("pk", flat=True))
    return any(group.pk in group_ids for group in restriction.groups.all())


def is_visible(page):
    """Whether ``page`` counts, asked of the database (one query, no cache)."""
    if not page.live:
        return False
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return not Page.objects.filter(HIDING, path__in=paths).exists()
