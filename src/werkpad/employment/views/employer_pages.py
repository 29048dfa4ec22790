"""Views: The employer's own pages: home, their vacancies (add, edit, close, reopen), a placement
as the worker chose to show it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, require, visible_to
from werkpad.core.submit import actor_of, posted, submit

from .. import forms, selectors, services
from ..instruments import INSTRUMENTS, RULES_CHECKED_ON
from ..models import Employer, Vacancy
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
        return redirect("employment:employer_vacancies")
    return _form_page(
        request,
        form,
        done.status,
        title=_("Vacature toevoegen"),
        submit_label=_("Vacature toevoegen"),
        back=("employment:employer_vacancies", None),
    )


@login_required
@require_GET
def employer_vacancies(request: HttpRequest) -> HttpResponse:
    vacancies = selectors.employer_vacancies(actor=actor_of(request))
    return render(request, "employment/employer_vacancies.html", {"vacancies": vacancies})


def _employer_details(vacancy: Vacancy, data: dict[str, Any]) -> services.VacancyDetails:
    """The employer's form changes the job; what kind of job it is, for whom it was made and
    whether it is open stay as they are (closing and reopening have their own steps)."""
    return services.VacancyDetails(
        **{k: v for k, v in data.items() if k != "version"},
        kind=vacancy.kind,
        for_trajectory=vacancy.for_trajectory,
        status=vacancy.status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def employer_vacancy_update(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    vacancy = selectors.employer_vacancy_get(actor=actor, pk=pk)
    form = forms.EmployerVacancyEditForm(posted(request), initial=forms.vacancy_initial(vacancy))
    done = submit(
        request,
        form,
        lambda d: services.vacancy_update(
            actor=actor,
            vacancy=vacancy,
            version=d["version"],
            details=_employer_details(vacancy, d),
        ),
        _("Vacature bijgewerkt."),
    )
    if done.saved:
        return redirect("employment:employer_vacancies")
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s bewerken") % {"title": vacancy.title},
        submit_label=_("Opslaan"),
        back=("employment:employer_vacancies", None),
    )


@login_required
@require_http_methods(["GET", "POST"])
def employer_vacancy_close(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    vacancy = selectors.employer_vacancy_get(actor=actor, pk=pk)
    form = forms.VacancyCloseForm(posted(request), initial={"version": vacancy.version})
    done = submit(
        request,
        form,
        lambda d: services.vacancy_close(
            actor=actor, vacancy=vacancy, version=d["version"], reason=d["reason"]
        ),
        _("Vacature gesloten. Wij stellen haar niet meer voor."),
    )
    if done.saved:
        return redirect("employment:employer_vacancies")
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s sluiten") % {"title": vacancy.title},
        submit_label=_("Vacature sluiten"),
        intro=_(
            "Een gesloten vacature wordt niet meer voorgesteld. U kunt haar later weer openzetten."
        ),
        back=("employment:employer_vacancies", None),
    )


@login_required
@require_POST
def employer_vacancy_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    vacancy = selectors.employer_vacancy_get(actor=actor, pk=pk)
    form = forms.VacancyReopenForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.vacancy_reopen(actor=actor, vacancy=vacancy, version=d["version"]),
        _("Vacature staat weer open."),
    )
    if done.saved:
        return redirect("employment:employer_vacancies")
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s weer openzetten") % {"title": vacancy.title},
        submit_label=_("Weer openzetten"),
        back=("employment:employer_vacancies", None),
    )


@login_required
@require_GET
def employer_placement(request: HttpRequest, pk: int) -> HttpResponse:
    placement = selectors.employer_placement(actor=actor_of(request), pk=pk)
    return render(request, "employment/employer_placement.html", {"p": placement})
