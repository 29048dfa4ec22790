"""Views: The employer's own pages: home, a vacancy of their own, a placement as the worker chose
to show it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, require, visible_to
from werkpad.core.submit import actor_of, posted, submit

from .. import forms, selectors, services
from ..instruments import INSTRUMENTS, RULES_CHECKED_ON
from ..models import Employer
from ._shared import _form_page
from .vacancies import _vacancy_details


# --- The employer's own pages --------------------------------------------------------------
@login_required
@require_GET
def employer_home(request: HttpRequest) -> HttpResponse:
    portal = selectors.employer_portal(actor=actor_of(request))
    context = {"portal": portal, "checked_on": RULES_CHECKED_ON, "all_instruments": INSTRUMENTS}
    return render(request, "employment/employer_home.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def employer_vacancy_create(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.EMPLOYER_PAGES)
    employer = visible_to(actor, Employer.objects.all()).first()
    if employer is None:
        return render(request, "employment/employer_home.html", {"portal": None}, status=404)
    form = forms.VacancyForm(
        posted(request), initial={"sector": employer.sector, "gemeente": employer.gemeente_id}
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_create(
            actor=actor, employer=employer, details=_vacancy_details(d)
        ),
        # Not the coach's organisation: that it is a ggz would tell the employer more about
        # the workers than they chose to disclose.
        _("Vacature toegevoegd. Uw contactpersoon ziet haar nu."),
    )
    if done.saved:
        return redirect("employment:employer_home")
    return _form_page(
        request,
        form,
        done.status,
        title=_("Vacature toevoegen"),
        submit_label=_("Vacature toevoegen"),
        back=("employment:employer_home", None),
    )


@login_required
@require_GET
def employer_placement(request: HttpRequest, pk: int) -> HttpResponse:
    placement = selectors.employer_placement(actor=actor_of(request), pk=pk)
    return render(request, "employment/employer_placement.html", {"p": placement})
