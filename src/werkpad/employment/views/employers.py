"""Views: Job development: the dashboard, employers, their contacts and contact persons, the face-
to-face figures, and the regions whose employers are shared."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of, posted, submit
from werkpad.organisations.models import ArbeidsmarktRegio

from .. import forms, selectors, services
from ._shared import _form_page


# --- Job development dashboard, employers, contacts ----------------------------------------
@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    figures = selectors.contact_figures(actor=actor)
    employers = selectors.employer_list(actor=actor, mine=True)
    context = {"figures": figures, "employers": employers}
    return render(request, "employment/home.html", context)


@login_required
@require_GET
def employer_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:100]
    employers = selectors.employer_list(actor=actor_of(request), query=query)
    return render(request, "employment/employers.html", {"employers": employers, "q": query})


def _employer_details(data: dict[str, Any]) -> services.EmployerDetails:
    fields = {k: v for k, v in data.items() if k not in ("version", "confirm_duplicate")}
    return services.EmployerDetails(**fields)


@login_required
@require_http_methods(["GET", "POST"])
def employer_create(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.CREATE_EMPLOYER)
    form = forms.EmployerCreateForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.employer_create(
            actor=actor,
            details=_employer_details(d),
            confirm_duplicate=d["confirm_duplicate"],
        ),
        _("Werkgever toegevoegd."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Werkgever toevoegen"),
        submit_label=_("Werkgever toevoegen"),
        back=("employment:employers", None),
    )


@login_required
@require_GET
def employer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk)
    view = selectors.employer_view(actor=actor, employer=employer)
    return render(request, "employment/employer_detail.html", {"view": view, "e": employer})


@login_required
@require_http_methods(["GET", "POST"])
def employer_update(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.CHANGE_EMPLOYER)
    initial = {name: getattr(employer, name) for name in forms.EmployerForm.base_fields}
    initial.update(gemeente=employer.gemeente_id, version=employer.version)
    form = forms.EmployerEditForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.employer_update(
            actor=actor, employer=employer, version=d["version"], details=_employer_details(d)
        ),
        _("Werkgever bijgewerkt."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=employer.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(name)s bewerken") % {"name": employer.name},
        submit_label=_("Opslaan"),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def contact_person_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.CHANGE_EMPLOYER)
    form = forms.ContactPersonForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.contact_person_add(actor=actor, employer=employer, **d),
        _("Contactpersoon toegevoegd."),
    )
    if done.saved:
        return redirect("employment:employer_detail", pk=employer.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Contactpersoon bij %(name)s") % {"name": employer.name},
        submit_label=_("Toevoegen"),
        back=("employment:employer_detail", employer.pk),
    )


@login_required
@require_http_methods(["GET", "POST"])
def employer_contact_log(request: HttpRequest, pk: int) -> HttpResponse:
    """Logging a contact on a phone: open, choose the purpose, save."""
    actor = actor_of(request)
    employer = selectors.employer_get(actor=actor, pk=pk, action=Action.LOG_EMPLOYER_CONTACT)
    form = forms.ContactLogForm(
        posted(request),
        trajectories=selectors.job_seekers(actor=actor, shown=True),
        initial={"occurred_on": timezone.localdate()},
    )
    done = submit(
        request,
        form,
        lambda d: services.employer_contact_log(actor=actor, employer=employer, **d),
        _("Contact met %(name)s vastgelegd.") % {"name": employer.name},
    )
    if done.saved:
        return redirect("employment:home")  # where the week's count against the norm shows
    return _form_page(
        request,
        form,
        done.status,
        title=_("Contact met %(name)s") % {"name": employer.name},
        submit_label=_("Contact opslaan"),
        back=("employment:employer_detail", employer.pk),
    )


# --- Regional sharing (the organisation's functioneel beheerder) ---------------------------
@login_required
@require_http_methods(["GET", "POST"])
def sharing(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    view = selectors.sharing_view(actor=actor)
    regions = ArbeidsmarktRegio.objects.filter(pk__in=[r.pk for r in view.regions])
    form = forms.SharingForm(
        posted(request), regions=regions, initial={"regions": sorted(view.shared)}
    )
    done = submit(
        request,
        form,
        lambda d: services.employer_sharing_set(actor=actor, regions=list(d["regions"])),
        _("Opgeslagen: zo deelt je organisatie werkgevers in de regio."),
    )
    if done.saved:
        return redirect("employment:sharing")
    context = {"view": view, "form": form, "submit_label": _("Opslaan")}
    return render(request, "employment/sharing.html", context, status=done.status)
