from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("home/includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The live children of the site's home page that editors marked "show in menus".

    An entry is marked current when the page being shown lies in its subtree.
    """
    request = context["request"]
    site = Site.find_for_request(request)
    current_path = getattr(context.get("page"), "path", "")
    pages = site.root_page.get_children().live().in_menu() if site else []
    return {
        "request": request,
        "entries": [(page, current_path.startswith(page.path)) for page in pages],
    }
