"""Views: Vacancies and created jobs, and the candidates for one."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, may, require
from werkpad.core.submit import actor_of, posted, submit

from .. import forms, selectors, services
from ..matching import FOLD_BELOW, folded_apart
from ..models import Sector
from ._shared import _form_page


# --- Vacancies -----------------------------------------------------------------------------
def _vacancy_details(data: dict[str, Any]) -> services.VacancyDetails:
    return services.VacancyDetails(**{k: v for k, v in data.items() if k != "version"})


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.ADD_VACANCY)
    form = forms.CoachVacancyForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial={"sector": employer.sector, "gemeente": employer.gemeente_id},
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_create(
            actor=actor, employer=employer, details=_vacancy_details(d)
        ),
        _("Vacature toegevoegd."),
    )
    if done.saved:
        return redirect("employment:vacancy_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Vacature of baan bij %(name)s") % {"name": employer.name},
        submit_label=_("Opslaan"),
        intro=_(
            "Denk niet alleen in bestaande banen: een baan kan ook voor één persoon "
            "gemaakt of uit taken samengesteld worden."
        ),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_GET
def vacancy_list(request: HttpRequest) -> HttpResponse:
    sector = request.GET.get("sector", "")
    sector = sector if sector in Sector.values else ""
    vacancies = selectors.vacancy_list(actor=actor_of(request), sector=sector)
    context = {"vacancies": vacancies, "sector": sector, "sectors": Sector.choices}
    return render(request, "employment/vacancies.html", context)


@login_required
@require_GET
def vacancy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancy = selectors.vacancy_get(actor=actor, pk=pk)
    shown, folded = folded_apart(selectors.candidates_for_vacancy(actor=actor, vacancy=vacancy))
    context = {
        "vacancy": vacancy,
        "matches": shown,
        "folded": folded,
        "fold_below": FOLD_BELOW,
        "can_change": may(actor, Action.CHANGE_VACANCY, vacancy),
    }
    return render(request, "employment/vacancy_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_update(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    vacancy = selectors.vacancy_get(actor=actor, pk=pk, action=Action.CHANGE_VACANCY)
    form = forms.CoachVacancyEditForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial=forms.vacancy_initial(vacancy),
    )
    done = submit(
        request,
        form,
        lambda d: services.vacancy_update(
            actor=actor, vacancy=vacancy, version=d["version"], details=_vacancy_details(d)
        ),
        _("Vacature bijgewerkt."),
    )
    if done.saved:
        return redirect("employment:vacancy_detail", pk=vacancy.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s bewerken") % {"title": vacancy.title},
        submit_label=_("Opslaan"),
        back=("employment:vacancy_detail", vacancy.pk),
    )


@login_required
@require_GET
def figures(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    today = timezone.localdate()
    current = selectors.ips_quarter_figures(actor=actor, day=today)
    previous = selectors.ips_quarter_figures(actor=actor, day=current.start - timedelta(days=1))
    return render(request, "employment/figures.html", {"quarters": [current, previous]})
