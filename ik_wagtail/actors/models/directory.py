import functools

from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from ik_wagtail.access import IntranetPageMixin
from ik_wagtail.conf import section_parent_page_types

from ..filters import directory_filters, listing_page, listing_query, matching_actors
from ..footprint import actor_footprint
from .actor import Actor

ACTORS_PER_PAGE = 20


class ActorDirectoryPage(IntranetPageMixin, RoutablePageMixin, Page):
    """The actor directory of the intranet: search, filters and one detail view per actor."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    ik_section_page = True  # the KI manages this subtree (conferences.roles)
    parent_page_types = section_parent_page_types()
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("actor directory")
        verbose_name_plural = _("actor directories")

    @path("")
    def directory(self, request):
        search_form, filterset = directory_filters(request)

        page_number = listing_page(request)
        query = listing_query(search_form, filterset)

        def listed_actors():
            actors, suggestion = matching_actors(search_form, filterset)
            page = Paginator(actors, ACTORS_PER_PAGE).get_page(page_number)
            page.suggestion = suggestion  # shown with the (cached) listing
            return page

        return self.render(
            request,
            context_overrides={
                "search_form": search_form,
                "filterset": filterset,
                # Lazy: searched only when the cached listing is rendered.
                "page_obj": SimpleLazyObject(listed_actors),
                "is_filtered": any(request.GET.get(name) for name in ["q", *filterset.filters]),
                # Links of the listing are built from the validated query, never the raw one.
                "base_query": query,
                "listing_state": None if query is None else f"{query}#{page_number}",
            },
        )

    @path("<slug:actor_slug>/", name="actor_detail")
    def actor_detail(self, request, actor_slug):
        actor = get_object_or_404(Actor, slug=actor_slug)

        @functools.cache
        def actor_details():
            return Actor.objects.for_listing().get(pk=actor.pk)

        return self.render(
            request,
            template="ik_actors/actor_detail.html",
            context_overrides={
                "actor": actor,
                # Lazy: gathered only when the cached part of the page is rendered.
                "actor_details": SimpleLazyObject(actor_details),
                "footprint": SimpleLazyObject(lambda: actor_footprint(actor_details())),
            },
        )

    def url_for_actor(self, actor, request=None):
        return self.get_url(request) + self.reverse_subpage("actor_detail", args=[actor.slug])
