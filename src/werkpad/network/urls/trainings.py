"""Trainings, werkateliers and registrations (issue 15, item 5)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
