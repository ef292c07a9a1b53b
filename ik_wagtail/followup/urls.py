"""Intranet URLs of the follow-up; a host site includes them, e.g. under ``ik/berichte/``."""

from django.urls import path

from . import views

app_name = "ik_followup"

urlpatterns = [
    path("", views.my_recommendations, name="my_recommendations"),
    path("<int:tracking_id>/", views.report, name="report"),
    path("<int:tracking_id>/link/<str:token>/", views.report_by_link, name="report_by_link"),
    path("folgen/", views.follow, name="follow"),
    path("benachrichtigungen/", views.notice_settings, name="notice_settings"),
    path("abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
