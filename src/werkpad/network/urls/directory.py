"""The network's start page and who is who in the region (issue 15, item 1)."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import directory as views

urlpatterns: list[URLPattern] = [
    path("", views.home, name="home"),
    path("wie-is-wie/", views.directory, name="directory"),
    path("wie-is-wie/<int:pk>/", views.entry, name="entry"),
    path("wie-is-wie/onze-vermelding/", views.own_entry, name="own_entry"),
    path("wie-is-wie/onze-vermelding/bevestigen/", views.confirm_entry, name="confirm_entry"),
    path("wie-is-wie/sleutelpersoon/", views.key_person, name="key_person_add"),
    path("wie-is-wie/sleutelpersoon/<int:pk>/", views.key_person, name="key_person_edit"),
    path(
        "wie-is-wie/sleutelpersoon/<int:pk>/verwijderen/",
        views.key_person_delete,
        name="key_person_delete",
    ),
]
