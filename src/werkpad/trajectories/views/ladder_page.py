"""A participatieladder assessment on a trajectory."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from werkpad.access.policy import Action
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, services
from ..models import Perspective
from ._shared import _ladder_definitions, _render_on, _trajectory


@login_required
@require_http_methods(["GET", "POST"])
def ladder_assess(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    form = forms.LadderForm(
        _posted(request),
        initial={"assessed_on": timezone.localdate(), "perspective": Perspective.PROFESSIONAL},
    )
    done = _submit(
        request,
        form,
        lambda data: services.ladder_assess(actor=actor, trajectory=trajectory, **data),
        _("De inschatting op de ladder is vastgelegd."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    return _render_on(
        request,
        trajectory,
        form,
        _("Participatieladder"),
        status,
        extra={"ladder": _ladder_definitions()},
    )
