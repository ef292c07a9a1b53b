from django import template

from ..models import ActorDirectoryPage

register = template.Library()


def actor_directory_for(request):
    """The live actor directory, looked up once per request (``None`` if there is none)."""
    if not hasattr(request, "_ik_actor_directory"):
        request._ik_actor_directory = ActorDirectoryPage.objects.live().first()
    return request._ik_actor_directory


@register.simple_tag(takes_context=True)
def actor_url(context, actor):
    """URL of the actor's entry in the directory, or an empty string without a directory."""
    request = context["request"]
    directory = actor_directory_for(request)
    return directory.url_for_actor(actor, request) if directory else ""
