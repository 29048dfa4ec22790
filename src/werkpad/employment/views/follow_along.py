"""Views: Follow-along after placement: notes with the employer's preview, corrections and
withdrawals, the coach's contact for employers, check-ins and signals."""

from __future__ import annotations

import hashlib
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of, posted, put_on_form, submit

from .. import forms, selectors, services
from ._shared import _form_page
from .placements import _placement_form_page


# --- Follow-along ------------------------------------------------------------------------------
def _digest(text: str) -> str:
    return hashlib.sha256(text.strip().encode()).hexdigest()[:32]


def _employer_preview(request: HttpRequest, form: Any, worker: str, day: Any) -> Any:
    """For a note the employer will read: checked for care words, then shown exactly as the
    employer reads it, before it is shared. Returns the preview to show (nothing is saved
    yet), or None when the coach already saw this exact text and chose to share it."""
    note = form.cleaned_data["note"]
    try:
        text = services.follow_up_check_for_employer(note=note)
    except ValidationError as error:
        put_on_form(form, error)
        return False
    if request.POST.get("go") == "share" and form.cleaned_data.get("previewed") == _digest(note):
        return None
    data = form.data.copy()
    data["previewed"] = _digest(note)
    form.data = data
    return {"worker": worker, "day": day, "note": text}


def _follow_up_page(
    request: HttpRequest, form: Any, status: int, placement: Any, preview: Any, title: str
) -> HttpResponse:
    context = {"form": form, "title": title, "placement": placement, "preview": preview}
    return render(request, "employment/follow_up_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def follow_up_add(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    placement = selectors.placement_get(actor=actor, pk=pk)
    require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    form = forms.FollowUpForm(posted(request), initial={"occurred_on": timezone.localdate()})
    title = _("Nazorgcontact vastleggen")
    if request.method == "POST" and form.is_valid() and form.cleaned_data["for_employer"]:
        preview = _employer_preview(
            request,
            form,
            placement.trajectory.client.full_name,
            form.cleaned_data["occurred_on"],
        )
        if preview is False:
            return _follow_up_page(request, form, 400, placement, None, title)
        if preview is not None:  # look first: nothing is shared before the coach saw it
            return _follow_up_page(request, form, 200, placement, preview, title)
    done = submit(
        request,
        form,
        lambda d: services.follow_up_add(
            actor=actor, placement=placement, **{k: v for k, v in d.items() if k != "previewed"}
        ),
        _("Nazorgcontact vastgelegd."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _follow_up_page(request, form, done.status, placement, None, title)


@login_required
@require_http_methods(["GET", "POST"])
def follow_up_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """A correction of a note the employer reads: a new version, previewed like a new one."""
    actor = actor_of(request)
    contact = selectors.follow_up_get(actor=actor, pk=pk)
    placement = contact.placement
    form = forms.FollowUpCorrectForm(posted(request), initial={"note": contact.note})
    title = _("Bericht aan de werkgever verbeteren")
    if request.method == "POST" and form.is_valid():
        preview = _employer_preview(
            request, form, placement.trajectory.client.full_name, contact.occurred_on
        )
        if preview is False:
            return _follow_up_page(request, form, 400, placement, None, title)
        if preview is not None:
            return _follow_up_page(request, form, 200, placement, preview, title)
    done = submit(
        request,
        form,
        lambda d: services.follow_up_correct(actor=actor, contact=contact, note=d["note"]),
        _("Het bericht is verbeterd. De werkgever ziet nu alleen de nieuwe tekst."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=placement.pk)
    return _follow_up_page(request, form, done.status, placement, None, title)


@login_required
@require_POST
def follow_up_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    contact = selectors.follow_up_get(actor=actor, pk=pk)
    try:
        services.follow_up_withdraw(actor=actor, contact=contact)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Het bericht is teruggetrokken. De werkgever ziet het niet meer.")
        )
    return redirect("employment:placement_detail", pk=contact.placement_id)


@login_required
@require_http_methods(["GET", "POST"])
def my_employer_contact(request: HttpRequest) -> HttpResponse:
    """How employers and clients reach the professional: set by them; employers see it
    instead of the work address, clients beside the name in their team list."""
    actor = actor_of(request)
    require(actor, Action.VIEW_JOB_DEVELOPMENT)
    membership = actor.membership
    initial = {
        "phone": membership.employer_phone,
        "email": membership.employer_email,
        "client_phone": membership.client_phone,
    }
    form = forms.EmployerContactForm(posted(request), initial=initial)
    done = submit(
        request,
        form,
        lambda d: services.employer_contact_set(
            actor=actor, phone=d["phone"], email=d["email"], client_phone=d["client_phone"]
        ),
        _("Bewaard. Werkgevers en cliënten zien dit bij je naam."),
    )
    if done.saved:
        return redirect("employment:my_employer_contact")
    return _form_page(
        request,
        form,
        done.status,
        title=_("Hoe werkgevers en cliënten je bereiken"),
        submit_label=_("Bewaren"),
        intro=_(
            "Werkgevers zien je naam en het telefoonnummer en e-mailadres voor werkgevers. Niet "
            "je werkadres en niet je organisatie: daaraan zou de werkgever zien waar je "
            "medewerker in zorg is. Cliënten in je teams zien het telefoonnummer voor cliënten."
        ),
        back=("employment:home", None),
    )


@login_required
@require_http_methods(["GET", "POST"])
def checkin_record(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.CheckInForm,
        lambda actor, p, d: services.checkin_record(actor=actor, placement=p, **d),
        title=_("Check-in vastleggen"),
        success=_("Check-in opgeslagen."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def placement_end(request: HttpRequest, pk: int) -> HttpResponse:
    return _placement_form_page(
        request,
        pk,
        forms.PlacementEndForm,
        lambda actor, p, d: services.placement_end(actor=actor, placement=p, **d),
        title=_("Werk beëindigen"),
        success=_("Het werk is beëindigd; het traject gaat terug naar zoeken."),
        action=Action.CHANGE_RECORD,
        initial={"ended_on": timezone.localdate()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def signal_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    signal = selectors.signal_get(actor=actor, pk=pk)
    require(actor, Action.CHANGE_RECORD, signal)
    form = forms.SignalResolveForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.signal_resolve(actor=actor, signal=signal, **d),
        _("Signaal afgehandeld."),
    )
    if done.saved:
        return redirect("employment:placement_detail", pk=signal.placement_id)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Signaal afhandelen: %(reason)s") % {"reason": signal.get_reason_display()},
        submit_label=_("Afhandelen"),
        back=("employment:placement_detail", signal.placement_id),
    )


# --- The worker's own check-in -------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def my_checkin(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    placements = selectors.my_running_placements(actor=actor)
    # Follow-along opens on the start date: a job recorded ahead is only announced.
    placement = next((p for p in placements if p.has_started()), None)
    form = forms.CheckInForm(posted(request))
    if placement is None:
        upcoming = next((p for p in placements if not p.has_started()), None)
        context: dict[str, Any] = {"form": None, "upcoming": upcoming}
        return render(request, "employment/my_checkin.html", context)
    done = submit(
        request,
        form,
        lambda d: services.checkin_record(actor=actor, placement=placement, **d),
        None,
    )
    if done.saved:
        worried = done.result.support_needed or 1 in (
            done.result.work,
            done.result.workload,
            done.result.sleep,
        )
        messages.success(
            request,
            _("Dank je wel. Je begeleider neemt snel contact met je op.")
            if worried
            else _("Dank je wel. Je begeleider ziet hoe het gaat."),
        )
        return redirect("employment:my_checkin")
    context = {
        "form": form,
        "placement": placement,
        "history": selectors.my_checkin_history(actor=actor, placement=placement),
        # Well-being data recorded for the placing organisation: the policy says who reads it.
        "readers": selectors.my_checkin_readers(actor=actor, placement=placement),
    }
    return render(request, "employment/my_checkin.html", context, status=done.status)
