from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Site search over live pages the user may see.

    ``Page.objects.live()`` alone ignores page privacy (see README "Zugriffsschutz"), so
    restricted pages the user cannot pass are excluded here.
    """
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = ""
    if len(query) > MAX_QUERY_LENGTH:
        error = _("The search term is too long: please use at most %(limit)d characters.") % {
            "limit": MAX_QUERY_LENGTH
        }
        query = ""

    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .exclude(pk__in=restricted_page_ids_for(request))
            .specific()
            .search(query)
        )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "error": error, "page_obj": page_obj, "paginator": paginator},
    )


def restricted_page_ids_for(request):
    """Ids of live pages behind a privacy restriction that the user does not pass."""
    hidden = Page.objects.none()
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            hidden |= Page.objects.descendant_of(restriction.page, inclusive=True)
    return hidden.values("pk")
