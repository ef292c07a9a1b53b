from django import template

from ik_wagtail.pages import page_ancestors

register = template.Library()


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with ``changes`` applied, so pagination keeps search and filters.

    A value of ``None`` removes the parameter.
    """
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """(title, URL) of the page's ancestors below the site root, cached until the tree changes."""
    request = context.get("request")
    return page_ancestors(page, request)
