from django import template
from django.core.cache import cache
from wagtail.models import Site

from ik_wagtail.derived import PAGE_TREE
from ik_wagtail.pages import PAGE_TREE_CACHE_TIMEOUT
from ik_wagtail.visibility import visible

register = template.Library()


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The live children of the site's home page that editors marked "show in menus".

    Every page shows it, and it changes only when pages are published, unpublished, moved or
    deleted, so the entries are cached per site under the page tree's generation (two queries less
    on every page). An entry is marked current when the page being shown lies in its subtree.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {"entries": []}
    key = f"ik_home:navigation:{PAGE_TREE.current()}:{site.pk}"
    entries = cache.get(key)
    if entries is None:
        pages = visible(site.root_page.get_children()).in_menu()
        entries = [(page.title, page.get_url(request), page.path) for page in pages]
        cache.set(key, entries, PAGE_TREE_CACHE_TIMEOUT)
    current_path = getattr(context.get("page"), "path", "")
    return {
        "entries": [(title, url, current_path.startswith(path)) for title, url, path in entries]
    }
