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
    path(
        "sachstandsbericht/neu/<int:page_id>/",
        views.yearly_report_create,
        name="yearly_report_create",
    ),
    path("sachstandsbericht/<int:report_id>/", views.yearly_report, name="yearly_report"),
    path(
        "sachstandsbericht/<int:report_id>/<str:file_format>/",
        views.yearly_report_file,
        name="yearly_report_file",
    ),
]
