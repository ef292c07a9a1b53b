from django import template

from ik_wagtail.pages import section_page

from ..models import ActorDirectoryPage

register = template.Library()


@register.simple_tag(takes_context=True)
def actor_url(context, actor):
    """URL of the actor's entry in the directory, or an empty string without a directory.

    Pages list up to a hundred actors (invitations, participants): the directory's URL comes
    from the cache and each entry's path from the directory's routes, without a query.
    """
    directory_url = section_page(ActorDirectoryPage, context.get("request"))[1]
    if not directory_url:
        return ""
    return directory_url + ActorDirectoryPage.get_resolver().reverse("actor_detail", actor.slug)
