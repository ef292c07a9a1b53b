from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from ik_wagtail.forms import SearchForm
from ik_wagtail.textsearch.folding import search_terms
from ik_wagtail.textsearch.models import Kind

from .results import Search

RESULTS_PER_PAGE = 10


@login_required  # also where a host site has no LoginRequiredMiddleware
def search(request):
    """The intranet search over pages, forum results, projects, actors and referents that the
    reader may see (``search/results.py``), filterable by kind, ten results a page."""
    search_form = SearchForm(request.GET)
    query = search_form.query()
    terms = search_terms(query)
    kind = request.GET.get("art")
    kind = kind if kind in Kind.values else None
    context = {"search_form": search_form, "query": query, "terms": terms, "kind": kind}
    if terms:
        found = Search(request, terms)
        paginator = Paginator(found.ordered(kind), RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context |= {
            "found": found,
            "kind_filters": found.kind_filters(),
            "total": len(found.ranked),
            "paginator": paginator,
            "page_obj": page_obj,
            "results": found.results(page_obj.object_list),
        }
    return TemplateResponse(request, "search/search.html", context)
