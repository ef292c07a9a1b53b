"""Intranet views: the reply link (no login), forum registration, own registrations, booklet.

Nothing changes state on GET. The reply link answers every bad token with a German page and a
4xx status; registration views show only the user's own registrations (others' ids are 404).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required, login_required
from django.core import signing
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from ik_wagtail.conferences.calendar import calendar_response, forum_calendar
from ik_wagtail.conferences.models import (
    ConferencePage,
    ForumPage,
)
from ik_wagtail.visibility import visible_to

from . import invitations as invitation_logic
from .booklet import booklet_pdf, pdf_available
from .calendar_feeds import feed_calendar, feed_for, feed_urls
from .enums import ACTIVE_REGISTRATION_STATUSES
from .forms import RegistrationForm, ReplyForm
from .models import CalendarFeed, ForumRegistration, InvitationDelivery
from .registration import (
    RegistrationRefused,
    cancel,
    is_upcoming,
    open_forums,
    organisation_of,
    register,
    settings_for,
)


def live_conference(conference_id):
    return get_object_or_404(ConferencePage.objects.live(), pk=conference_id)


# Reply link ----------------------------------------------------------------------------------


def reply_refused(request, message, status):
    return render(request, "ik_cycle/rsvp_refused.html", {"message": message}, status=status)


@login_not_required
@require_http_methods(["GET", "POST"])
def rsvp(request, token):
    """The invitee's one-click reply: a confirmation page (GET), the reply itself (POST)."""
    try:
        delivery = invitation_logic.delivery_for_token(token)
    except signing.SignatureExpired:
        return reply_refused(request, _("This reply link has expired."), 410)
    except (signing.BadSignature, InvitationDelivery.DoesNotExist):
        return reply_refused(
            request,
            _("This reply link is not valid. Please use the link from your invitation e-mail."),
            400,
        )
    try:
        invitation_logic.check_reply_allowed(delivery)
    except invitation_logic.ReplyRefused as refusal:
        return reply_refused(request, refusal.message, refusal.status)
    form = ReplyForm(request.POST or None)
    if request.method == "POST":
        if not form.is_valid():
            return reply_refused(request, _("Please choose to accept or decline."), 400)
        try:
            delivery = invitation_logic.apply_reply(delivery.pk, form.cleaned_data["answer"])
        except invitation_logic.ReplyRefused as refusal:
            return reply_refused(request, refusal.message, refusal.status)
        return render(request, "ik_cycle/rsvp_done.html", {"delivery": delivery})
    return render(request, "ik_cycle/rsvp.html", {"delivery": delivery, "token": token})


# Registration --------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def conference_registration(request, conference_id):
    conference = live_conference(conference_id)
    form = RegistrationForm(
        request.POST or None,
        conference=conference,
        request=request,
        initial={"organisation": organisation_of(request.user)},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                registration = register(
                    request.user,
                    form.cleaned_data["forum"].pk,
                    conference,
                    organisation=form.cleaned_data["organisation"],
                )
            except RegistrationRefused as refusal:
                form.add_error("forum", str(refusal))
            else:
                if registration.status == "waiting":
                    messages.warning(
                        request,
                        _("The forum is full: you are on the waiting list for “%(forum)s”.")
                        % {"forum": registration.forum.title},
                    )
                else:
                    messages.success(
                        request,
                        _("You are registered for “%(forum)s”.")
                        % {"forum": registration.forum.title},
                    )
                return redirect("ik_cycle:registration", conference.pk)
        status = 400
    mine = {
        registration.forum_id: registration
        for registration in ForumRegistration.objects.filter(
            user=request.user,
            status__in=ACTIVE_REGISTRATION_STATUSES,
            forum__in=ForumPage.objects.child_of(conference),
        )
    }
    forums = list(open_forums(conference, request))
    for forum in forums:
        forum.my_registration = mine.get(forum.pk)
        forum.seats_left = (
            None if forum.capacity is None else max(forum.capacity - forum.registered_count, 0)
        )
    return render(
        request,
        "ik_cycle/registration.html",
        {
            "conference": conference,
            "forums": forums,
            "form": form,
            "is_open": is_upcoming(conference) and settings_for(conference).is_open,
            "max_forums": settings_for(conference).max_forums_per_person,
            "organisation": form["organisation"].value() or "",
        },
        status=status,
    )


@login_required
def my_registrations(request):
    registrations = list(
        ForumRegistration.objects.filter(
            user=request.user, status__in=ACTIVE_REGISTRATION_STATUSES
        ).select_related("forum")
    )
    conferences = {
        conference.path: conference
        for conference in ConferencePage.objects.filter(
            path__in={r.forum.path[: -ForumPage.steplen] for r in registrations}
        ).defer_streamfields()
    }
    for registration in registrations:
        registration.conference = conferences.get(registration.forum.path[: -ForumPage.steplen])
    return render(request, "ik_cycle/my_registrations.html", {"registrations": registrations})


@login_required
@require_POST
def cancel_registration(request, pk):
    registration = get_object_or_404(
        ForumRegistration.objects.filter(
            user=request.user, status__in=ACTIVE_REGISTRATION_STATUSES
        ),
        pk=pk,
    )
    cancel(registration)
    messages.success(
        request,
        _("Your registration for “%(forum)s” is cancelled.") % {"forum": registration.forum.title},
    )
    return redirect("ik_cycle:my_registrations")


# Programme booklet ---------------------------------------------------------------------------


def booklet_forums(conference):
    """The conference's forums (as its page shows them) in the order of the day."""
    return conference.forums().order_by("starts_at", "number", "path")


@login_required
def programme(request, conference_id):
    """The printable programme: forums with times, rooms, guiding questions, referents and
    moderators, styled for A4 by the print stylesheet."""
    conference = live_conference(conference_id)
    return render(
        request,
        "ik_cycle/programme.html",
        {
            "conference": conference,
            "forums": booklet_forums(conference),
            "pdf_url": reverse("ik_cycle:programme_pdf", args=[conference.pk])
            if pdf_available()
            else None,
        },
    )


@login_required
def programme_pdf(request, conference_id):
    conference = live_conference(conference_id)
    if not pdf_available():
        raise Http404
    response = HttpResponse(
        booklet_pdf(conference, booklet_forums(conference), request),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'attachment; filename="programm-{conference.year}.pdf"'
    return response


# Calendars ------------------------------------------------------------------------------------


@login_required
def forum_ics(request, forum_id):
    """One forum as a calendar file (the conference's file holds the conference only)."""
    forum = get_object_or_404(visible_to(ForumPage.objects.all(), request), pk=forum_id)
    conference = forum.get_parent().specific
    return calendar_response(
        forum_calendar(forum, conference), f"forum-{conference.year}-{forum.number}.ics"
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_calendar(request):
    """The person's subscription address; a POST replaces it (the old one stops working)."""
    feed = feed_for(request.user)
    if request.method == "POST":
        feed.renew()
        messages.success(
            request, _("Your calendar has a new address; the old one no longer works.")
        )
        return redirect("ik_cycle:my_calendar")
    return render(request, "ik_cycle/my_calendar.html", {"urls": feed_urls(feed)})


@login_not_required
def calendar_feed(request, token):
    """The subscription itself, fetched by calendar programs without a session."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    if not feed.user.is_active:
        raise Http404
    response = calendar_response(feed_calendar(feed), "integrationskonferenz.ics")
    response["Cache-Control"] = "private, no-store"
    return response
