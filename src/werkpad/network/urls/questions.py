"""Questions between professionals (issue 15, item 3), under /netwerk/vragen/."""

from __future__ import annotations

from django.urls import URLPattern, path

from ..views import questions as views

urlpatterns: list[URLPattern] = [
    path("vragen/", views.question_list, name="questions"),
    path("vragen/nieuw/", views.question_ask, name="question_ask"),
    path("vragen/volgen/", views.follows, name="follows"),
    path("vragen/volgen/<int:pk>/stoppen/", views.follow_delete, name="follow_delete"),
    path("vragen/<int:pk>/", views.question_detail, name="question"),
    path(
        "vragen/<int:pk>/antwoorden/<int:answer_pk>/hielp/",
        views.answer_helpful,
        name="answer_helpful",
    ),
    path("vragen/<int:pk>/artikel/", views.question_article, name="question_article"),
]
