"""The intake with the work question on a client record, and the intake figures."""

from __future__ import annotations

from django.contrib import messages
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
from ._shared import _ladder_definitions


@login_required
@require_http_methods(["GET", "POST"])
def intake_record(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.RECORD_INTAKE
    )
    form = forms.IntakeForm(
        _posted(request),
        organisation=actor.organisation,
        initial={"held_on": timezone.localdate()},
    )
    done = _submit(
        request,
        form,
        lambda data: services.intake_record(
            actor=actor, client=client, details=services.IntakeDetails(**data)
        ),
        _("De intake met de werkvraag is vastgelegd."),
    )
    if done.saved:
        if done.result.referral is not None:
            messages.info(request, _("De verwijzing is verstuurd naar het gekozen team."))
        return redirect("clients:detail", public_id=client.public_id)
    status = done.status
    context = {"client": client, "form": form, "ladder": _ladder_definitions()}
    return render(request, "trajectories/intake_form.html", context, status=status)


@login_required
@require_GET
def intake_figures(request: HttpRequest) -> HttpResponse:
    figures = selectors.intake_figures(actor=_actor(request))
    return render(request, "trajectories/intake_figures.html", {"figures": figures})
