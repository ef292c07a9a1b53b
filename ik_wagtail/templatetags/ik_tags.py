from django import template
from django.http import QueryDict
from django.template.base import FilterExpression, TemplateSyntaxError, Variable
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

from ik_wagtail import generations
from ik_wagtail.derived import FRAGMENTS
from ik_wagtail.pages import PAGE_TREE_CACHE_TIMEOUT, page_ancestors

register = template.Library()


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with ``changes`` applied, so pagination keeps search and filters.

    A value of ``None`` removes the parameter. Where the context has a ``base_query`` (a cached
    listing), it replaces the request's own query string: a cached copy must not carry one
    reader's unknown parameters into another reader's links.
    """
    base = context.get("base_query")
    params = QueryDict(base, mutable=True) if base is not None else context["request"].GET.copy()
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
    varies on the generations the fragment depends on (``derived.FRAGMENTS``) and the language.
    """

    GENERATIONS_TEMPLATE_VAR = "ik_fragment_generations"

    def __init__(
        self, nodelist, expire_time, fragment_name, vary_on, cache_name, *, generation_names
    ):
        self.own_vary_on = list(vary_on)  # before Wagtail adds the page and the site to it
        super().__init__(nodelist, expire_time, fragment_name, vary_on, cache_name)
        self.generation_names = generation_names
        self.vary_on.append(Variable(self.GENERATIONS_TEMPLATE_VAR))

    def render(self, context):
        if any(variable.resolve(context) is None for variable in self.own_vary_on):
            return self.nodelist.render(context)  # a state not worth keeping (bad input)
        state = f"{generations.key(*self.generation_names)}:{get_language()}"
        with context.update({self.GENERATIONS_TEMPLATE_VAR: state}):
            return super().render(context)


@register.tag("ik_pagecache")
def ik_pagecache(parser, token):
    """``{% ik_pagecache "name" [vary_on …] %}…{% endik_pagecache %}``: a fragment of a page,
    rendered once until the page or the data it shows changes (a day at most).

    ``name`` must be declared in ``derived.FRAGMENTS`` with the generations the fragment
    depends on. For lists that cost a page most of its time. What depends on the user (their
    rights, their registrations, CSRF tokens) stays outside; so does anything from a page with
    a view restriction (``visibility.visible``). ``vary_on`` names what else the fragment
    shows, e.g. the actor of the directory's detail view; when one of them is ``None`` the
    fragment is rendered without the cache.
    """
    nodelist = parser.parse(("endik_pagecache",))
    parser.delete_first_token()
    tag_name, *arguments = token.split_contents()
    if not arguments:
        raise TemplateSyntaxError(f"'{tag_name}' needs a fragment name.")
    fragment_name, *vary_on = arguments
    fragment_name = fragment_name.strip("\"'")
    if fragment_name not in FRAGMENTS:
        raise TemplateSyntaxError(
            f"'{tag_name}': fragment {fragment_name!r} is not declared in ik_wagtail.derived."
        )
    return IntranetPageCacheNode(
        nodelist,
        FilterExpression(str(PAGE_TREE_CACHE_TIMEOUT), parser),
        fragment_name,
        [parser.compile_filter(variable) for variable in vary_on],
        None,
        generation_names=[generation.name for generation in FRAGMENTS[fragment_name]],
    )


FOLLOW_HOOK = "ik_follow_button"
PAGE_ACTIONS_HOOK = "ik_page_actions"
FOLLOW_RECOMMENDATIONS_HOOK = "ik_follow_recommendations"


@register.simple_tag(takes_context=True)
def ik_follow_button(context, kind, object_id, label=""):
    """A reader's "Follow" button, drawn by the app that offers following (nothing without
    one). It differs per reader, so it never goes inside an ``ik_pagecache`` fragment."""
    for render in hooks.get_hooks(FOLLOW_HOOK):
        return render(context["request"], kind, object_id, label)
    return ""


@register.simple_tag(takes_context=True)
def ik_page_actions(context, page):
    """Actions for this reader on this page from higher apps (e.g. the KI's "build the
    council report" on the Integrationskonzept page); per reader, so never cached."""
    return mark_safe(
        "".join(render(context["request"], page) for render in hooks.get_hooks(PAGE_ACTIONS_HOOK))
    )


@register.simple_tag(takes_context=True)
def ik_follow_recommendations(context, result_page):
    """ "Follow" buttons for the recommendations of a result page (see ``ik_follow_button``)."""
    for render in hooks.get_hooks(FOLLOW_RECOMMENDATIONS_HOOK):
        return render(context["request"], result_page)
    return ""
