"""The regional network's URLs under /netwerk/, one module per part. Every URL is in the
access matrix (``network/tests/matrix/``)."""

from __future__ import annotations

from django.urls import URLPattern

from . import agreements, directory, knowledge, questions, search, trainings

app_name = "network"

urlpatterns: list[URLPattern] = [
    *directory.urlpatterns,
    *agreements.urlpatterns,
    *knowledge.urlpatterns,
    *search.urlpatterns,
    *questions.urlpatterns,
    *trainings.urlpatterns,
]
