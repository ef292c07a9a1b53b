from django import template

from ik_wagtail.pages import section_page

from ..models import ProjectLibraryPage

register = template.Library()


@register.simple_tag(takes_context=True)
def project_url(context, project):
    """URL of a published project's page in the library; "" for drafts or without a library.

    Lists of projects call this for every entry: the library's URL comes from the cache and
    each project's path from the library's routes, without a query.
    """
    if project is None or not project.live:
        return ""
    library_url = section_page(ProjectLibraryPage, context.get("request"))[1]
    if not library_url:
        return ""
    return library_url + ProjectLibraryPage.get_resolver().reverse("project_detail", project.slug)
