"""What the trajectory views share: the trajectory a view works on, the form pages, the team
to choose from, "zichtbaar voor: ..." and the participatieladder's definitions."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkpad.access.policy import Action
from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.core.submit import actor_of as _actor

from .. import selectors
from ..models import LadderStep, Trajectory


def _team_users(trajectory: Trajectory, *, with_client: bool = False) -> Any:
    """The team; for who does an action also the client when they have a portal account
    (they mark their own actions done there)."""
    people = Q(pk__in=trajectory.team.filter(ended_on__isnull=True).values("user_id"))
    if with_client and trajectory.client.user_id:
        people |= Q(pk=trajectory.client.user_id)
    return User.objects.filter(people).order_by("full_name")


_FORM_TEXT = {
    "refer": (
        gettext_lazy("Verwijzen"),
        gettext_lazy(
            "Verwijs naar een team van je eigen of een andere organisatie. Het ontvangende "
            "team accepteert of wijst af met een reden, en je ziet wat ervan terechtkomt."
        ),
        gettext_lazy("Verwijzing versturen"),
    ),
    "start": (gettext_lazy("Traject starten"), "", gettext_lazy("Traject starten")),
}


def _form_context(client: Any, form: Form, which: str) -> dict[str, Any]:
    title, intro, submit = _FORM_TEXT[which]
    return {"client": client, "form": form, "title": title, "intro": intro, "submit_label": submit}


def _trajectory(request: HttpRequest, pk: int, action: Action = Action.VIEW_TRAJECTORY) -> Any:
    return selectors.trajectory_get(actor=_actor(request), pk=pk, action=action)


def _render_on(
    request: HttpRequest,
    trajectory: Trajectory,
    form: Form,
    title: str,
    status: int,
    submit: str = "",
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    context = {
        "t": trajectory,
        "form": form,
        "title": title,
        "submit_label": submit or _("Opslaan"),
    }
    context.update(extra or {})
    return render(request, "trajectories/trajectory_form.html", context, status=status)


def _visible_for(
    request: HttpRequest, trajectory: Trajectory, form: Form, default: str
) -> dict[str, Any]:
    """ "Zichtbaar voor: …" (issue 11, item 4): who would read the record, for the category
    chosen in a posted form, else ``default`` (what the service would use)."""
    chosen = form.data.get("category", "") if form.is_bound else ""
    category = chosen if chosen in DataCategory.values else default
    return {
        "readers": selectors.readers_for(
            actor=_actor(request), trajectory=trajectory, category=category
        ),
        "readers_category": DataCategory(category).label,
    }


def _ladder_definitions() -> list[tuple[str, str]]:
    from ..models import LADDER_DEFINITIONS

    return [(str(step.label), str(LADDER_DEFINITIONS[step.value])) for step in LadderStep]
