from django import template

from ..models import ProjectLibraryPage

register = template.Library()


def project_library_for(request):
    """The live project library, looked up once per request (``None`` if there is none)."""
    if request is None:
        return ProjectLibraryPage.objects.live().first()
    if not hasattr(request, "_ik_project_library"):
        request._ik_project_library = ProjectLibraryPage.objects.live().first()
    return request._ik_project_library


@register.simple_tag(takes_context=True)
def project_url(context, project):
    """URL of a published project's page in the library; "" for drafts or without a library."""
    if project is None or not project.live:
        return ""
    request = context.get("request")
    page = context.get("page")
    library = page if isinstance(page, ProjectLibraryPage) else project_library_for(request)
    return library.url_for_project(project, request) if library else ""
