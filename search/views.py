from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page, PageViewRestriction

from ik_wagtail.forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    """Site search over live pages the user may see.

    ``Page.objects.live()`` alone ignores page privacy (see README "Zugriffsschutz"), so
    restricted pages the user cannot pass are excluded here.
    """
    search_form = SearchForm(request.GET)
    query = search_form.query()
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
        {"search_form": search_form, "query": query, "page_obj": page_obj, "paginator": paginator},
    )


def restricted_page_ids_for(request):
    """Ids of live pages behind a privacy restriction that the user does not pass."""
    hidden = Page.objects.none()
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            hidden |= Page.objects.descendant_of(restriction.page, inclusive=True)
    return hidden.values("pk")
