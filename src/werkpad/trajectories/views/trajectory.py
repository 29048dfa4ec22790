"""The caseload, starting a trajectory, its page, its timeline and its phase."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action
from werkpad.clients import selectors as client_selectors
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, selectors, services
from ..models import LadderStep, Trajectory
from ._shared import _form_context, _render_on, _trajectory


@login_required
@require_GET
def caseload(request: HttpRequest) -> HttpResponse:
    result = selectors.caseload(actor=_actor(request))
    context = {"caseload": result, "today": timezone.localdate()}
    return render(request, "trajectories/caseload.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.START_TRAJECTORY
    )
    form = forms.StartForm(_posted(request))

    def save(data: dict[str, Any]) -> Trajectory:
        data = dict(data)
        trajectory_type = data.pop("trajectory_type")
        return services.trajectory_start(
            actor=actor,
            client=client,
            trajectory_type=trajectory_type,
            setup=services.TrajectorySetup(**data),
        )

    done = _submit(request, form, save, _("Het traject is gestart."))
    if done.saved:
        return redirect("trajectories:detail", pk=done.result.pk)
    status = done.status
    return render(
        request,
        "trajectories/simple_form.html",
        _form_context(client, form, "start"),
        status=status,
    )


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    view = selectors.trajectory_view(actor=actor, trajectory=trajectory)
    context = {
        "t": trajectory,
        "view": view,
        # Guests on the team add their own records; the owner also manages (the policy
        # decides; these only choose which buttons the page shows).
        "can_work": selectors.may_add_to(actor=actor, trajectory=trajectory),
        "can_manage": selectors.may_manage(actor=actor, trajectory=trajectory),
        "changeable": selectors.changeable(actor=actor, trajectory=trajectory, objs=view.actions),
        "changeable_goals": selectors.changeable(
            actor=actor, trajectory=trajectory, objs=view.goals
        ),
        "today": timezone.localdate(),
        "own_organisation_id": actor.organisation_id,
        "ladder_max": len(LadderStep),
        "chart": selectors.ladder_chart(view.ladder_table),
        "days_in_phase": trajectory.days_in_phase(timezone.localdate()),
        "shows_ips_norms": selectors.shows_ips_norms(actor),
    }
    return render(request, "trajectories/detail.html", context)


@login_required
@require_GET
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    kinds = request.GET.getlist("soort")
    categories = request.GET.getlist("gegevens")
    entries = selectors.timeline(
        actor=actor, trajectory=trajectory, kinds=kinds, categories=categories
    )
    context = {
        "t": trajectory,
        "entries": entries,
        "kinds": kinds,
        "categories": categories,
        "kind_choices": selectors.timeline_kind_choices(),
        "category_choices": selectors.category_choices(),
    }
    return render(request, "trajectories/timeline.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def phase_change(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.MANAGE_TRAJECTORY)
    form = forms.PhaseForm(
        _posted(request), trajectory=trajectory, initial={"version": trajectory.version}
    )
    done = _submit(
        request,
        form,
        lambda data: services.trajectory_phase_change(actor=actor, trajectory=trajectory, **data),
        _("De fase is gewijzigd."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    title = _("Fase wijzigen (nu: %(phase)s)") % {"phase": trajectory.phase_label}
    return _render_on(request, trajectory, form, title, status)
