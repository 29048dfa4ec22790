"""One search over the regional network (issue 15, item 4)."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import search as views

urlpatterns: list[URLPattern] = [
    path("zoeken/", views.search, name="search"),
]
