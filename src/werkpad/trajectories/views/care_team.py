"""The care team of a trajectory, ending a membership, and a teamleider's handover."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from werkpad.access.policy import Action, may, require
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, selectors, services
from ._shared import _trajectory


@login_required
@require_http_methods(["GET", "POST"])
def team(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    # Everyone on the team reads it; only the organisation running the trajectory adds to it.
    trajectory = _trajectory(request, pk)
    can_manage = selectors.may_manage(actor=actor, trajectory=trajectory)
    if request.method == "POST":
        require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    form = forms.TeamAddForm(
        _posted(request),
        candidates=selectors.team_candidates(actor=actor, trajectory=trajectory),
    )
    done = _submit(
        request,
        form,
        lambda data: services.team_member_add(actor=actor, trajectory=trajectory, **data),
        _("De professional staat nu in het team."),
    )
    if done.saved:
        if not selectors.member_can_see(member=done.result):
            messages.warning(
                request,
                _(
                    "%(org)s ziet dit traject pas als de cliënt toestemming geeft voor "
                    "basisgegevens (doel: dit traject). Leg die samen met de cliënt vast."
                )
                % {"org": done.result.organisation.name},
            )
        return redirect("trajectories:team", pk=trajectory.pk)
    status = done.status
    members = selectors.team_for(actor=actor, trajectory=trajectory)
    # Which memberships this actor may end: their own, or all when their organisation runs
    # the trajectory (the policy decides; this only hides buttons).
    may_end = {m.pk for m in members if may(actor, Action.END_TEAM_MEMBERSHIP, m)}
    return render(
        request,
        "trajectories/team.html",
        {
            "t": trajectory,
            "form": form if can_manage else None,
            "members": members,
            "may_end": may_end,
        },
        status=status,
    )


@login_required
@require_POST
def team_end(request: HttpRequest, pk: int, member_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    member = selectors.team_member_get(actor=actor, trajectory=trajectory, pk=member_id)
    try:
        services.team_member_end(actor=actor, member=member)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Het teamlidmaatschap is beëindigd."))
    return redirect("trajectories:team", pk=trajectory.pk)


@login_required
@require_http_methods(["GET", "POST"])
def team_handover(request: HttpRequest) -> HttpResponse:
    """Three steps: whose trajectories (GET ``?van=``), which and to whom, then a confirmation
    that names the count and the trajectories before anything moves."""
    actor = _actor(request)
    raw = request.GET.get("van")
    handover = selectors.handover_for(
        actor=actor, source_id=int(raw) if raw and raw.isdigit() else None
    )
    asked = raw is not None or request.method == "POST"
    source_form = forms.HandoverSourceForm(
        request.GET if asked else None, colleagues=handover.colleagues
    )
    context: dict[str, Any] = {"source_form": source_form, "handover": handover}
    if handover.source is None:
        source_form.is_valid()  # the message for a missing or unknown colleague
        status = 400 if asked else 200
        return render(request, "trajectories/handover.html", context, status=status)
    initial = {"trajectories": [row.trajectory_id for row in handover.rows]}
    form = forms.HandoverForm(
        _posted(request), handover=handover, initial=initial if "alles" in request.GET else None
    )
    context["form"] = form
    if request.method == "POST" and form.is_valid() and not form.cleaned_data["confirmed"]:
        context["chosen"] = form.chosen_rows()
        return render(request, "trajectories/handover_confirm.html", context)

    def save(data: dict[str, Any]) -> int:
        return services.team_handover(
            actor=actor,
            from_membership=handover.source,  # type: ignore[arg-type]
            to_membership=data["to_membership"],
            trajectory_ids=data["trajectories"],
        )

    done = _submit(request, form, save, None)
    if done.saved:
        text = ngettext(
            "%(count)s traject overgedragen.", "%(count)s trajecten overgedragen.", done.result
        )
        messages.success(request, text % {"count": done.result})
        return redirect("trajectories:caseload")
    return render(request, "trajectories/handover.html", context, status=done.status)
