"""Views: Placements: start one, read it, add an instrument, end it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, decidable_instruments, may, require
from werkpad.core.submit import actor_of, posted, submit

from .. import forms, selectors, services
from ..instruments import INSTRUMENT_BY_CODE, MINIMUM_HOURLY_WAGE_21, RULES_CHECKED_ON
from ._shared import _form_page, _work_trajectory
from .workplace_scan import _vacancy_options


# --- Placements --------------------------------------------------------------------------------
def _instrument_uses(data: dict[str, Any]) -> tuple[services.InstrumentUse, ...]:
    return tuple(
        services.InstrumentUse(code=code, starts_on=data["start_on"])
        for code in data.get("instruments", [])
    )


@login_required
@require_http_methods(["GET", "POST"])
def placement_record(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk, Action.MANAGE_TRAJECTORY)
    initial: dict[str, Any] = {"start_on": timezone.localdate()}
    if request.GET.get("vacature", "").isdigit():
        initial["vacancy"] = int(request.GET["vacature"])
    form = forms.PlacementForm(
        posted(request),
        vacancies=_vacancy_options(request, trajectory),
        scans=selectors.scans_for(actor=actor, trajectory=trajectory),
        initial=initial,
    )

    def save(d: dict[str, Any]) -> Any:
        details = services.PlacementDetails(
            employer=d["vacancy"].employer,
            vacancy=d["vacancy"],
            job_title=d["job_title"],
            work_type=d["work_type"],
            start_on=d["start_on"],
            hours_per_week=d["hours_per_week"],
            hourly_wage=d["hourly_wage"],
            contract_type=d["contract_type"],
            adjustments=d["adjustments"],
            scan=d["scan"],
            red_light_decision=d["red_light_decision"],
            instruments=_instrument_uses(d),
            confirmed=d["confirmed"],
        )
        return services.placement_record(actor=actor, trajectory=trajectory, details=details)

    done = submit(request, form, save, _("Plaatsing vastgelegd. Gefeliciteerd!"))
    if done.saved:
        return redirect("employment:placement_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Plaatsing vastleggen"),
        submit_label=_("Plaatsing opslaan"),
        intro=_("Minimumloon vanaf 21 jaar: %(wage)s euro bruto per uur.")
        % {"wage": number_format(MINIMUM_HOURLY_WAGE_21, 2)},
        trajectory=trajectory,
    )


@login_required
@require_GET
def placement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk)
    view = selectors.placement_view(actor=actor, placement=placement)
    context = {
        "view": view,
        "p": placement,
        "end_form": forms.PlacementEndForm(initial={"version": placement.version}),
        "checked_on": RULES_CHECKED_ON,
        "can_work": may(actor, Action.ADD_OWN_RECORD, placement.trajectory),
    }
    return render(request, "employment/placement_detail.html", context)


def _placement_form_page(
    request: HttpRequest,
    pk: int,
    form_class: Any,
    save: Any,
    *,
    title: str,
    success: str,
    action: Action = Action.VIEW_TRAJECTORY,
    initial: dict[str, Any] | None = None,
    form_kwargs: Any = None,
) -> HttpResponse:
    """A form on a placement; ``form_kwargs(actor, placement)`` adds what the form needs to
    know of them (the instruments the actor decides on, the placement's start)."""
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk, action=action)
    require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    extra = form_kwargs(actor, placement) if form_kwargs else {}
    form = form_class(posted(request), initial=initial or {}, **extra)
    done = submit(request, form, lambda d: save(actor, placement, d), success)
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=title,
        submit_label=_("Opslaan"),
        back=("employment:placement_detail", placement.pk),
        trajectory=placement.trajectory,
    )


def _instrument_choices(actor: Any, placement: Any) -> dict[str, Any]:
    """Only the instruments the actor records decisions on; they begin with the job."""
    return {
        "codes": decidable_instruments(actor, placement),
        "starts": max(placement.start_on, timezone.localdate()),
    }


@login_required
@require_http_methods(["GET", "POST"])
def instrument_apply(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.InstrumentForm,
        lambda actor, p, d: services.instrument_apply(
            actor=actor,
            placement=p,
            code=d["code"],
            starts_on=d["starts_on"],
            decision=forms.InstrumentForm.decision_of(d),
            confirmed=d["confirmed"],
        ),
        title=_("Instrument toevoegen"),
        success=_("Instrument toegevoegd."),
        action=Action.DECIDE_INSTRUMENT,
        form_kwargs=_instrument_choices,
    )


def _instrument_page(
    request: HttpRequest,
    applied: Any,
    form: Any,
    save: Any,
    *,
    success: str,
    title: str,
    submit_label: str,
) -> HttpResponse:
    """A form on one instrument of a placement: saved, back to the placement; else the form
    (a refused or a conflicting save keeps what was typed, see ``submit``)."""
    done = submit(request, form, save, success)
    if done.saved:
        return redirect("employment:placement_detail", pk=applied.placement_id)
    back = ("employment:placement_detail", applied.placement_id)
    trajectory = applied.placement.trajectory
    return _form_page(
        request,
        form,
        done.status,
        title=title,
        submit_label=submit_label,
        back=back,
        trajectory=trajectory,
    )


@login_required
@require_http_methods(["GET", "POST"])
def instrument_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Record the decision on an instrument as it now stands."""
    actor = actor_of(request)
    applied = selectors.instrument_get(actor=actor, pk=pk)
    return _instrument_page(
        request,
        applied,
        forms.InstrumentUpdateForm(posted(request), initial=forms.instrument_initial(applied)),
        lambda d: services.instrument_update(
            actor=actor,
            applied=applied,
            version=d["version"],
            decision=forms.InstrumentUpdateForm.decision_of(d),
            confirmed=d["confirmed"],
        ),
        success=_("Besluit bijgewerkt."),
        title=_("%(instrument)s: besluit vastleggen") % {"instrument": _instrument_name(applied)},
        submit_label=_("Opslaan"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def instrument_end(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    applied = selectors.instrument_get(actor=actor, pk=pk)
    initial = {"version": applied.version, "ends_on": timezone.localdate()}
    return _instrument_page(
        request,
        applied,
        forms.InstrumentEndForm(posted(request), initial=initial),
        lambda d: services.instrument_end(
            actor=actor, applied=applied, version=d["version"], ends_on=d["ends_on"]
        ),
        success=_("Instrument beëindigd."),
        title=_("%(instrument)s beëindigen") % {"instrument": _instrument_name(applied)},
        submit_label=_("Beëindigen"),
    )


def _instrument_name(applied: Any) -> str:
    known = INSTRUMENT_BY_CODE.get(applied.instrument)
    return str(known.name) if known else applied.instrument
