from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from ik_wagtail.admin_menu import IK_MENU_HOOK
from ik_wagtail.conferences.models import ConferencePage, ForumPage
from ik_wagtail.conferences.models.conference import CONFERENCE_ACTIONS_HOOK
from ik_wagtail.templatetags.ik_tags import PAGE_ACTIONS_HOOK

from . import admin_views
from .registration import is_upcoming, settings_for
from .roles import can_manage_cycle

admin_urlpatterns = [
    path("", admin_views.CycleIndexView.as_view(), name="index"),
    path(
        "<int:conference_id>/einladungen/",
        admin_views.InvitationsView.as_view(),
        name="invitations",
    ),
    path(
        "<int:conference_id>/einladungen/text/",
        admin_views.InvitationLetterView.as_view(),
        name="letter",
    ),
    path(
        "<int:conference_id>/einladungen/export.<str:export_format>",
        admin_views.InvitationExportView.as_view(),
        name="invitations_export",
    ),
    path(
        "<int:conference_id>/anmeldungen/",
        admin_views.RegistrationsView.as_view(),
        name="registrations",
    ),
    path(
        "<int:conference_id>/anmeldungen/<int:forum_id>/export.<str:export_format>",
        admin_views.ParticipantExportView.as_view(),
        name="participants_export",
    ),
    path(
        "<int:conference_id>/folgekonferenz/",
        admin_views.PrepareNextConferenceView.as_view(),
        name="prepare_next",
    ),
]


@hooks.register("register_admin_urls")
def register_cycle_admin_urls():
    return [path("ik-jahreszyklus/", include((admin_urlpatterns, "ik_cycle_admin")))]


class CycleMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_cycle(request.user)


@hooks.register(IK_MENU_HOOK)
def register_cycle_menu_item():
    return CycleMenuItem(
        _("Invitations and registrations"),
        reverse("ik_cycle_admin:index"),
        icon_name="group",
        order=300,
    )


class ConferenceCycleButton(PageMenuItem):
    def is_shown(self, user):
        return can_manage_cycle(user)


@hooks.register("register_page_header_buttons")
def conference_cycle_buttons(page, user, view_name, next_url=None):
    if not isinstance(page.specific_deferred, ConferencePage):
        return []
    return [
        ConferenceCycleButton(
            _("Invitations"),
            reverse("ik_cycle_admin:invitations", args=[page.pk]),
            icon_name="mail",
            priority=80,
            page=page,
        ),
        ConferenceCycleButton(
            _("Forum registrations"),
            reverse("ik_cycle_admin:registrations", args=[page.pk]),
            icon_name="group",
            priority=81,
            page=page,
        ),
        ConferenceCycleButton(
            _("Prepare follow-up conference"),
            reverse("ik_cycle_admin:prepare_next", args=[page.pk]),
            icon_name="copy",
            priority=82,
            page=page,
        ),
    ]


@hooks.register(CONFERENCE_ACTIONS_HOOK)
def conference_page_links(conference, request):
    """Links on the conference page: the printable programme, and registration while open."""
    links = [(_("Print programme"), reverse("ik_cycle:programme", args=[conference.pk]))]
    if is_upcoming(conference) and settings_for(conference).is_open:
        links.insert(
            0, (_("Register for forums"), reverse("ik_cycle:registration", args=[conference.pk]))
        )
    return links


@hooks.register(PAGE_ACTIONS_HOOK)
def render_forum_calendar_action(request, page):
    """On a forum page: the forum alone as a calendar file."""
    if page.specific_class is not ForumPage:
        return ""
    return format_html(
        '<p class="no-print"><a class="button button--secondary" href="{}">{}</a></p>',
        reverse("ik_cycle:forum_calendar", args=[page.pk]),
        _("Add this forum to my calendar (.ics)"),
    )
