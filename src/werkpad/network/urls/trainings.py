"""Trainings, werkateliers and registrations (issue 15, item 5)."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import trainings as views

urlpatterns: list[URLPattern] = [
    path("trainingen/", views.events, name="events"),
    path("trainingen/aanbod/", views.trainings, name="trainings"),
    path("trainingen/mijn/", views.my_trainings, name="my_trainings"),
    path("trainingen/mijn-team/", views.team_trainings, name="team_trainings"),
    path("trainingen/mijn-team/aanmelden/", views.team_register, name="team_register"),
    path("trainingen/mijn-team/vastleggen/", views.team_record, name="team_record"),
    path("trainingen/werkgever/", views.employer_signup, name="employer_signup"),
    path("trainingen/nieuw/", views.event_plan, name="event_plan"),
    path("trainingen/<int:pk>/", views.event, name="event"),
    path("trainingen/<int:pk>/agenda.ics", views.event_ics, name="event_ics"),
    path("trainingen/<int:pk>/aanmelden/", views.event_register, name="event_register"),
    path("trainingen/<int:pk>/bewerken/", views.event_update, name="event_update"),
    path("trainingen/<int:pk>/afgelasten/", views.event_cancel, name="event_cancel"),
    path(
        "trainingen/aanmeldingen/<int:pk>/afmelden/",
        views.registration_cancel,
        name="registration_cancel",
    ),
]
