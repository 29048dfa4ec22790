"""Referring a client, the referrals received and sent, and deciding on one."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, require
from werkpad.clients import selectors as client_selectors
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import put_on_form as _put_on_form
from werkpad.core.submit import submit as _submit

from .. import forms, selectors, services
from ._shared import _form_context


@login_required
@require_http_methods(["GET", "POST"])
def referral_create(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.REFER_CLIENT
    )
    form = forms.ReferralForm(
        _posted(request),
        organisation=actor.organisation,
        consented=selectors.organisations_consented(client=client),
    )
    done = _submit(
        request,
        form,
        lambda data: services.referral_create(actor=actor, client=client, **data),
        _("De verwijzing is verstuurd."),
    )
    if done.saved:
        return redirect("trajectories:referrals")
    status = done.status
    return render(
        request,
        "trajectories/simple_form.html",
        _form_context(client, form, "refer"),
        status=status,
    )


@login_required
@require_GET
def referral_list(request: HttpRequest) -> HttpResponse:
    received, sent = selectors.referrals(actor=_actor(request))
    return render(request, "trajectories/referrals.html", {"received": received, "sent": sent})


@login_required
@require_http_methods(["GET", "POST"])
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    referral = selectors.referral_get(actor=actor, pk=pk)
    can_decide = referral.status == "open" and selectors.may_decide(actor=actor, referral=referral)
    decision = request.POST.get("besluit") if request.method == "POST" else None
    accepting = decision == "accepteren"
    accept_form = forms.AcceptForm(
        request.POST if accepting else None,
        route=referral.route,
        # The reason WGB needs without a UWV benefit is refused with the form's own errors.
        reason_needed=accepting
        and referral.route == "wgb"
        and services.wgb_reason_needed(actor=actor, client=referral.client),
    )
    decline_form = forms.DeclineForm(request.POST if decision == "afwijzen" else None)
    status = 200
    if request.method == "POST":
        require(actor, Action.DECIDE_REFERRAL, referral)
        status = 400
        try:
            if decision == "accepteren" and accept_form.is_valid():
                setup = services.TrajectorySetup(**accept_form.cleaned_data)
                trajectory = services.referral_accept(actor=actor, referral=referral, setup=setup)
                messages.success(request, _("Verwijzing geaccepteerd; het traject is gestart."))
                return redirect("trajectories:detail", pk=trajectory.pk)
            if decision == "afwijzen" and decline_form.is_valid():
                services.referral_decline(
                    actor=actor, referral=referral, reason=decline_form.cleaned_data["reason"]
                )
                messages.success(request, _("Verwijzing afgewezen. De verwijzer ziet de reden."))
                return redirect("trajectories:referrals")
        except ValidationError as error:
            _put_on_form(accept_form if decision == "accepteren" else decline_form, error)
    context = {
        "referral": referral,
        "can_decide": can_decide,
        "accept_form": accept_form,
        "decline_form": decline_form,
        "outcome": selectors.referral_outcome(actor=actor, referral=referral),
    }
    return render(request, "trajectories/referral_detail.html", context, status=status)
