"""Views: On a trajectory: the career profile, work history and matches."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, may, require
from werkpad.core.submit import actor_of, posted, submit
from werkpad.trajectories import selectors as trajectory_selectors

from .. import forms, selectors, services
from ..instruments import RULES_CHECKED_ON
from ..matching import FOLD_BELOW, folded_apart
from ._shared import _form_page, _work_trajectory


# --- On a trajectory -----------------------------------------------------------------------
def _profile_details(data: dict[str, Any]) -> services.ProfileDetails:
    values = {k: v for k, v in data.items() if k != "version"}
    return services.ProfileDetails(**values)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = trajectory_selectors.trajectory_get(actor=actor, pk=pk)
    existing = selectors.profile_for(actor=actor, trajectory=trajectory)
    if existing is None and selectors.profile_hidden(actor=actor, trajectory=trajectory):
        status = 403 if request.method == "POST" else 200
        context = {"trajectory": trajectory, "hidden": True}
        return render(request, "employment/profile.html", context, status=status)
    if request.method == "POST":
        # A guest writes the profile when there is none; an existing one is changed by the
        # organisation that made it.
        require(actor, Action.ADD_OWN_RECORD, trajectory)
        if existing is not None:
            require(actor, Action.CHANGE_RECORD, existing)
    if existing is not None:
        initial = {name: getattr(existing, name) for name in forms.ProfileForm.base_fields}
        initial.update(home_gemeente=existing.home_gemeente_id, version=existing.version)
        form: forms.ProfileForm = forms.ProfileEditForm(posted(request), initial=initial)
    else:
        intake = trajectory_selectors.latest_intake(actor=actor, client=trajectory.client)
        initial = {
            "home_gemeente": trajectory.client.gemeente_id,
            "benefit_status": intake.benefit_status if intake else "",
            "own_words": intake.work_direction if intake else "",
        }
        form = forms.ProfileForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.career_profile_save(
            actor=actor,
            trajectory=trajectory,
            details=_profile_details(d),
            version=d.get("version"),
        ),
        _("Loopbaanprofiel opgeslagen."),
    )
    if done.saved:
        return redirect("employment:profile", pk=trajectory.pk)
    context = {
        "trajectory": trajectory,
        "profile": existing,
        "form": form,
        "can_work": (
            may(actor, Action.CHANGE_RECORD, existing)
            if existing is not None
            else may(actor, Action.ADD_OWN_RECORD, trajectory)
        ),
        "advice": selectors.advice_for_profile(existing) if existing else [],
        "checked_on": RULES_CHECKED_ON,
    }
    return render(request, "employment/profile.html", context, status=done.status)


@login_required
@require_http_methods(["GET", "POST"])
def history_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk)
    profile_ = selectors.profile_for(actor=actor, trajectory=trajectory)
    if profile_ is None:
        return redirect("employment:profile", pk=trajectory.pk)
    require(actor, Action.CHANGE_RECORD, profile_)  # the work history is part of the profile
    form = forms.HistoryForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.work_history_add(actor=actor, profile=profile_, **d),
        _("Werkervaring toegevoegd."),
    )
    if done.saved:
        return redirect("employment:profile", pk=trajectory.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkervaring toevoegen"),
        submit_label=_("Toevoegen"),
        trajectory=trajectory,
    )


@login_required
@require_GET
def matches(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = trajectory_selectors.trajectory_get(actor=actor, pk=pk)
    profile_ = selectors.profile_for(actor=actor, trajectory=trajectory)
    found = selectors.matches_for_trajectory(actor=actor, profile=profile_) if profile_ else []
    shown, folded = folded_apart(found)
    context = {
        "trajectory": trajectory,
        "profile": profile_,
        "matches": shown,
        "folded": folded,
        "fold_below": FOLD_BELOW,
        "may_change_profile": profile_ is not None and may(actor, Action.CHANGE_RECORD, profile_),
    }
    return render(request, "employment/matches.html", context)
