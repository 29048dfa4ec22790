"""Goals and actions of the integrated plan."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from werkpad.access.policy import Action
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, selectors, services
from ..models import Goal, PlanAction, author_category, default_category
from ._shared import _render_on, _team_users, _trajectory, _visible_for


def _goal_default(request: HttpRequest, form: Form, fallback: str = "") -> str:
    """The category a goal gets when none is chosen: ``fallback`` (an edited goal's own) or
    the default for the life domain (posted or initial) and the author's role."""
    if fallback:
        return fallback
    domain = form.data.get("life_domain") if form.is_bound else form.initial.get("life_domain")
    return default_category(domain or "", _actor(request).role)


def _split_confirm(data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    data = dict(data)
    return data, bool(data.pop("confirm_wider", False))


@login_required
@require_http_methods(["GET", "POST"])
def goal_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    form = forms.GoalForm(_posted(request))

    def save(data: dict[str, Any]) -> Goal:
        details, confirm = _split_confirm(data)
        return services.goal_create(
            actor=actor,
            trajectory=trajectory,
            details=services.GoalDetails(**details),
            confirm_wider=confirm,
        )

    done = _submit(request, form, save, _("Het doel staat in het plan."))
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, _goal_default(request, form))
    return _render_on(request, trajectory, form, _("Nieuw doel"), status, extra=extra)


@login_required
@require_http_methods(["GET", "POST"])
def goal_update(request: HttpRequest, pk: int, goal_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    goal: Goal = selectors.goal_get(actor=actor, trajectory=trajectory, pk=goal_id)
    initial = {
        name: getattr(goal, name)
        for name in ("own_words", "professional_text", "life_domain", "category", "status")
    }
    initial.update(target_date=goal.target_date, version=goal.version)
    form = forms.GoalEditForm(_posted(request), initial=initial)

    def save(data: dict[str, Any]) -> Goal:
        data, confirm = _split_confirm(data)
        version = data.pop("version")
        details = services.GoalDetails(**data)
        return services.goal_update(
            actor=actor, goal=goal, version=version, details=details, confirm_wider=confirm
        )

    done = _submit(request, form, save, _("Het doel is bijgewerkt."))
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    history = list(goal.revisions.select_related("changed_by"))
    extra = {"history": history, **_visible_for(request, trajectory, form, goal.category)}
    return _render_on(request, trajectory, form, _("Doel wijzigen"), status, extra=extra)


@login_required
@require_http_methods(["GET", "POST"])
def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    goals = selectors.goals_for(actor=actor, trajectory=trajectory)
    default = author_category(actor.role)
    form = forms.ActionForm(
        _posted(request),
        team_users=_team_users(trajectory, with_client=True),
        goals=goals,
        initial={"category": default},
    )
    done = _submit(
        request,
        form,
        lambda data: services.action_create(actor=actor, trajectory=trajectory, **data),
        _("De actie staat in het plan."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(request, trajectory, form, _("Nieuwe actie"), status, extra=extra)


@login_required
@require_POST
def action_complete(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    action: PlanAction = selectors.action_get(actor=actor, trajectory=trajectory, pk=action_id)
    services.action_complete(actor=actor, action=action)
    messages.success(request, _("De actie is afgevinkt."))
    return redirect("trajectories:detail", pk=trajectory.pk)
