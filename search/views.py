from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Page

from ik_wagtail.forms import SearchForm
from ik_wagtail.visibility import visible_to

RESULTS_PER_PAGE = 10


@login_required  # also where a host site has no LoginRequiredMiddleware
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
            .filter(pk__in=visible_to(Page.objects.all(), request).values("pk"))
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
