"""The Routekaart knowledge base (issue 15, item 2)."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import editors
from ..views import knowledge as views

urlpatterns: list[URLPattern] = [
    path("kennisbank/", views.articles, name="articles"),
    path("kennisbank/nieuw/", views.article_create, name="article_create"),
    path("kennisbank/<int:pk>/", views.article, name="article"),
    path("kennisbank/<int:pk>/bewerken/", views.article_edit, name="article_edit"),
    path("kennisbank/<int:pk>/versies/", views.versions, name="article_versions"),
    path("kennisbank/<int:pk>/nuttig/", views.helpful, name="article_helpful"),
    path("kennisbank/<int:pk>/verouderd/", views.outdated, name="article_outdated"),
    # The region's editors, named and removed by its regiocoördinator.
    path("kennisbank/redactie/<slug:code>/", editors.editors, name="editors"),
    path("kennisbank/redactie/<slug:code>/toevoegen/", editors.editor_add, name="editor_add"),
    path("kennisbank/redacteur/<int:pk>/verwijderen/", editors.editor_remove, name="editor_remove"),
]
