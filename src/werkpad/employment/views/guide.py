"""Views: The instruments guide before there is a placement. For the professional, advice on
what they fill in (benefit, doelgroepregister, hours, the employer's SROI obligation): no
client record is read, so nothing is logged. For the employer, every instrument explained in
general, in their own voice: no worker, no verdict."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of

from ..forms.guide import GuideForm
from ..instruments import INSTRUMENTS, RULES_CHECKED_ON, Reader, advise


@login_required
@require_GET
def guide(request: HttpRequest) -> HttpResponse:
    require(actor_of(request), Action.VIEW_JOB_DEVELOPMENT)
    form = GuideForm(request.GET or None)
    advice = None
    status = 200
    if form.is_bound:
        if form.is_valid():
            data = form.cleaned_data
            advice = advise(
                benefit=data["benefit"],
                in_register=data["in_register"],
                hours_per_week=data["hours_per_week"],
                employer_has_sroi=data["employer_has_sroi"],
            )
        else:
            status = 400  # the messages are on the form; nothing is advised on bad input
    context = {
        "form": form,
        "advice": advice,
        "checked_on": RULES_CHECKED_ON,
        "reader": Reader.PROFESSIONAL,
    }
    return render(request, "employment/guide.html", context, status=status)


@login_required
@require_GET
def employer_guide(request: HttpRequest) -> HttpResponse:
    require(actor_of(request), Action.EMPLOYER_PAGES)
    context = {
        "instruments": INSTRUMENTS,
        "checked_on": RULES_CHECKED_ON,
        "reader": Reader.EMPLOYER,
    }
    return render(request, "employment/employer_guide.html", context)
