from django import template
from django.template.base import FilterExpression, TemplateSyntaxError, Variable
from django.utils.translation import get_language
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from ik_wagtail.pages import PAGE_CONTENT_VERSION, PAGE_TREE_CACHE_TIMEOUT, page_ancestors

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


class IntranetPageCacheNode(WagtailPageCacheNode):
    """``{% wagtailpagecache %}`` (the page's state, the site, never in previews) that also
    varies on the data the plugin's pages show (``PAGE_CONTENT_VERSION``) and the language."""

    CONTENT_TEMPLATE_VAR = "ik_page_content_version"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.vary_on.append(Variable(self.CONTENT_TEMPLATE_VAR))

    def render(self, context):
        version = f"{PAGE_CONTENT_VERSION.current()}:{get_language()}"
        with context.update({self.CONTENT_TEMPLATE_VAR: version}):
            return super().render(context)


@register.tag("ik_pagecache")
def ik_pagecache(parser, token):
    """``{% ik_pagecache "name" [vary_on …] %}…{% endik_pagecache %}``: a fragment of a page,
    rendered once until the page or anything the plugin's pages show changes (a day at most).

    For lists that cost a page most of its time. What depends on the user (their rights, their
    registrations, CSRF tokens) stays outside. ``vary_on`` names what else the fragment shows,
    e.g. the actor of the directory's detail view.
    """
    nodelist = parser.parse(("endik_pagecache",))
    parser.delete_first_token()
    tag_name, *arguments = token.split_contents()
    if not arguments:
        raise TemplateSyntaxError(f"'{tag_name}' needs a fragment name.")
    fragment_name, *vary_on = arguments
    return IntranetPageCacheNode(
        nodelist,
        FilterExpression(str(PAGE_TREE_CACHE_TIMEOUT), parser),
        fragment_name.strip("\"'"),
        [parser.compile_filter(variable) for variable in vary_on],
        None,
    )
