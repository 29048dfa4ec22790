"""Views: What the job-development views share: the form page and the trajectory a view works on."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from werkpad.access.policy import Action
from werkpad.core.submit import actor_of
from werkpad.trajectories import selectors as trajectory_selectors
from werkpad.trajectories.models import Trajectory

FORM = "employment/form.html"


def _form_page(
    request: HttpRequest, form: Any, status: int, *, title: str, submit_label: str, **extra: Any
) -> HttpResponse:
    context = {"form": form, "title": title, "submit_label": submit_label, **extra}
    return render(request, FORM, context, status=status)


def _work_trajectory(
    request: HttpRequest, pk: int, action: Action = Action.ADD_OWN_RECORD
) -> Trajectory:
    return trajectory_selectors.trajectory_get(actor=actor_of(request), pk=pk, action=action)
