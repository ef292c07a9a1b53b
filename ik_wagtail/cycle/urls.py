"""Intranet URLs of the yearly cycle; a host site includes them, e.g. under ``ik/``."""

from django.urls import path

from . import views

app_name = "ik_cycle"

urlpatterns = [
    path("rueckmeldung/<str:token>/", views.rsvp, name="rsvp"),
    path("anmeldung/<int:conference_id>/", views.conference_registration, name="registration"),
    path("meine-anmeldungen/", views.my_registrations, name="my_registrations"),
    path(
        "meine-anmeldungen/<int:pk>/abmelden/",
        views.cancel_registration,
        name="cancel_registration",
    ),
    path("programm/<int:conference_id>/", views.programme, name="programme"),
    path("programm/<int:conference_id>/pdf/", views.programme_pdf, name="programme_pdf"),
    path("kalender/forum/<int:forum_id>/", views.forum_ics, name="forum_calendar"),
    path("kalender/", views.my_calendar, name="my_calendar"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
