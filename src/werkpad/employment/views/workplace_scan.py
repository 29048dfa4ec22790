"""Views: The werkplekscan of a workplace for one trajectory."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.core.submit import actor_of, posted, submit
from werkpad.trajectories.models import Trajectory

from .. import forms, selectors, services
from ._shared import _form_page, _work_trajectory


# --- Werkplekscan ------------------------------------------------------------------------------
def _vacancy_options(request: HttpRequest, trajectory: Trajectory) -> Any:
    """The vacancies a scan or placement can be for: a short list, never all of them."""
    chosen = request.POST.get("vacancy") or request.GET.get("vacature") or ""
    return selectors.vacancy_options(
        actor=actor_of(request),
        trajectory=trajectory,
        chosen=int(chosen) if chosen.isdigit() else None,
    )


@login_required
@require_http_methods(["GET", "POST"])
def workplace_scan_record(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    trajectory = _work_trajectory(request, pk)
    initial: dict[str, Any] = {"done_on": timezone.localdate()}
    if request.GET.get("vacature", "").isdigit():
        initial["vacancy"] = int(request.GET["vacature"])
    form = forms.ScanForm(
        posted(request), vacancies=_vacancy_options(request, trajectory), initial=initial
    )
    done = submit(
        request,
        form,
        lambda d: services.workplace_scan_record(
            actor=actor,
            trajectory=trajectory,
            employer=d["vacancy"].employer,
            vacancy=d["vacancy"],
            done_on=d["done_on"],
            lights=form.lights(),
        ),
        _("Werkplekscan opgeslagen."),
    )
    if done.saved:
        return redirect("employment:scan_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkplekscan"),
        submit_label=_("Scan opslaan"),
        intro=_(
            "Voordat iemand start: alle lichten moeten op groen staan. Licht oranje en rood toe."
        ),
        trajectory=trajectory,
    )


@login_required
@require_GET
def scan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    scan = selectors.scan_get(actor=actor_of(request), pk=pk)
    return render(request, "employment/scan_detail.html", {"scan": scan})
