"""Trainings and werkateliers: the list of coming sessions, the register of trainings, one
event (register, cancel, the organiser's list), its calendar file, my trainings, the
teamleider's team coverage, planning and changing a session, and the employer's page to sign
managers up for Harrie Helpt. Thin views: the policy decides, the services change."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, may, require
from werkpad.core.submit import actor_of, posted, submit

from ..forms import trainings as forms
from ..ics import CONTENT_TYPE, calendar_filename, event_calendar, when_text
from ..models import Event, EventKind, Registration, RegistrationStatus
from ..selectors import trainings as selectors
from ..services import trainings as services

T = "network/trainings/"


def _nav(actor: Actor) -> dict[str, bool]:
    return {
        "may_team": may(actor, Action.VIEW_TEAM_TRAINING),
        "may_plan": may(actor, Action.ORGANISE_EVENT),
    }


def _registered_message(registration: Registration, event: Event, *, own: bool) -> str:
    values = {"name": registration.name, "title": event.title}
    if registration.status == RegistrationStatus.REGISTERED:
        if own:
            return _("Je bent aangemeld voor %(title)s.") % values
        return _("%(name)s is aangemeld voor %(title)s.") % values
    if own:
        return (
            _(
                "Alle plaatsen voor %(title)s zijn bezet. Je staat op de wachtlijst: komt er een "
                "plaats vrij, dan krijg je een e-mail."
            )
            % values
        )
    return _("%(name)s staat op de wachtlijst voor %(title)s.") % values


def _back(request: HttpRequest, default: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(default)


# --- Lists -------------------------------------------------------------------------------------
@login_required
@require_GET
def events(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    kind = request.GET.get("soort", "")
    kind = kind if kind in EventKind.values else ""
    rows = selectors.upcoming_events(actor=actor, kind=kind)
    context = {"rows": rows, "kind": kind, "kinds": EventKind.choices, **_nav(actor)}
    return render(request, T + "events.html", context)


@login_required
@require_GET
def trainings(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    register = selectors.training_register(actor=actor)
    return render(request, T + "trainings.html", {"trainings": register, **_nav(actor)})


# --- One event ---------------------------------------------------------------------------------
@login_required
@require_GET
def event(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    page = selectors.event_page(actor=actor, event=selectors.event_get(actor=actor, pk=pk))
    # Back to where the reader came from: an employer's page is its trainings for managers.
    if may(actor, Action.VIEW_NETWORK):
        back = (reverse("network:events"), _("Trainingen en werkateliers"))
    else:
        back = (reverse("network:employer_signup"), _("Trainingen voor leidinggevenden"))
    context = {"page": page, "e": page.row.event, "back": back, **_nav(actor)}
    return render(request, T + "event.html", context)


@login_required
@require_GET
def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    event = selectors.event_get(actor=actor_of(request), pk=pk)
    page_url = request.build_absolute_uri(reverse("network:event", args=[event.pk]))
    response = HttpResponse(event_calendar(event, page_url=page_url), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{calendar_filename(event)}"'
    return response


@login_required
@require_POST
def event_register(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    event = selectors.event_get(actor=actor, pk=pk, action=Action.REGISTER_FOR_EVENT)
    try:
        registration = services.registration_create(actor=actor, event=event)
    except services.AlreadyRegistered as already:
        messages.info(request, already.messages[0])
    except ValidationError as refused:
        messages.error(request, refused.messages[0])
    else:
        messages.success(request, _registered_message(registration, event, own=True))
    return redirect("network:event", pk=event.pk)


def _safe_next(request: HttpRequest, target: str) -> str:
    allowed = url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())
    return target if target and allowed else ""


@login_required
@require_http_methods(["GET", "POST"])
def registration_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Afmelden, in two steps: this page asks "Weet je het zeker?" (GET), its button cancels
    (POST). No script needed."""
    actor = actor_of(request)
    registration = selectors.registration_get(actor=actor, pk=pk)
    event = registration.event
    own = registration.user_id == getattr(actor.user, "pk", None)
    if request.method == "GET":
        context = {
            "reg": registration,
            "e": event,
            "own": own,
            "when": when_text(event),
            "next": _safe_next(request, request.GET.get("next", ""))
            or reverse("network:event", args=[event.pk]),
        }
        return render(request, T + "registration_cancel.html", context)
    try:
        outcome = services.registration_cancel(actor=actor, registration=registration)
    except ValidationError as refused:
        messages.info(request, refused.messages[0])
    else:
        values = {"name": registration.name, "title": event.title}
        done = (
            _("Je bent afgemeld voor %(title)s.")
            if own
            else _("%(name)s is afgemeld voor %(title)s.")
        ) % values
        if outcome.moved_up:
            done += " " + _("De eerste op de wachtlijst krijgt de plaats, en een e-mail.")
        messages.success(request, done)
    return _back(request, reverse("network:event", args=[event.pk]))


# --- Organising --------------------------------------------------------------------------------
def _form_page(request: HttpRequest, form: Any, status: int, **context: Any) -> HttpResponse:
    return render(request, T + "form.html", {"form": form, **context}, status=status)


def _event_form_kwargs(actor: Actor) -> dict[str, Any]:
    return {
        "trainings": selectors.trainings_to_choose(actor),
        "regions": selectors.my_regions(actor),
    }


@login_required
@require_http_methods(["GET", "POST"])
def event_plan(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.ORGANISE_EVENT)
    form = forms.EventForm(
        posted(request),
        initial={
            "kind": EventKind.WERKATELIER,
            "capacity": 20,
            "region": selectors.my_regions(actor).first(),
        },
        **_event_form_kwargs(actor),
    )
    done = submit(
        request,
        form,
        lambda d: services.event_plan(actor=actor, details=form.details()),
        _("De bijeenkomst staat in de agenda van het netwerk."),
    )
    if done.saved:
        return redirect("network:event", pk=done.result.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("Plan een bijeenkomst"),
        intro=_(
            "Een sessie van een training, een regionaal werkatelier of een andere bijeenkomst. "
            "Professionals in de regio zien hem en melden zich aan."
        ),
        submit_label=_("Bijeenkomst plannen"),
        back=reverse("network:events"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_update(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    event = selectors.event_get(actor=actor, pk=pk, action=Action.ORGANISE_EVENT)
    form = forms.EventEditForm(
        posted(request),
        initial=forms.event_initial(event, selectors.event_version(event)),
        **_event_form_kwargs(actor),
    )
    done = submit(
        request,
        form,
        lambda d: services.event_update(
            actor=actor, event=event, version=d["version"], details=form.details()
        ),
        _("De bijeenkomst is bijgewerkt."),
    )
    if done.saved:
        return redirect("network:event", pk=event.pk)
    return _form_page(
        request,
        form,
        done.status,
        title=_("%(title)s bewerken") % {"title": event.title},
        submit_label=_("Opslaan"),
        back=reverse("network:event", args=[event.pk]),
    )


@login_required
@require_http_methods(["GET", "POST"])
def event_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_of(request)
    event = selectors.event_get(actor=actor, pk=pk, action=Action.ORGANISE_EVENT)
    form = forms.CancelEventForm(posted(request))
    done = submit(
        request,
        form,
        lambda d: services.event_cancel(actor=actor, event=event, reason=d["reason"]),
        _("De bijeenkomst is afgelast. Iedereen die zich had aangemeld, krijgt een e-mail."),
    )
    if done.saved:
        return redirect("network:event", pk=event.pk)
    page = selectors.event_page(actor=actor, event=event)
    context = {"form": form, "page": page, "e": event}
    return render(request, T + "cancel.html", context, status=done.status)


# --- Mine and my team --------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def my_trainings(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_NETWORK)
    form = forms.RecordTrainingForm(posted(request), trainings=selectors.trainings_to_choose(actor))
    done = submit(
        request,
        form,
        lambda d: services.training_record(
            actor=actor, training=d["training"], completed_on=d["completed_on"]
        ),
        None,
    )
    if done.saved:
        title = done.result.training.title
        messages.success(request, _("Vastgelegd: je hebt %(title)s gevolgd.") % {"title": title})
        return redirect("network:my_trainings")
    page = selectors.my_trainings(actor=actor)
    context = {"page": page, "form": form, **_nav(actor)}
    return render(request, T + "my_trainings.html", context, status=done.status)


def _team_page(request: HttpRequest, status: int = 200, **forms_: Any) -> HttpResponse:
    actor = actor_of(request)
    coverage = selectors.team_coverage(actor=actor)
    members, events_ = selectors.team_members(actor), selectors.events_for_team(actor)
    register_form = forms_.get("register_form") or forms.TeamRegisterForm(
        events=events_, members=members, initial={"event": request.GET.get("bijeenkomst")}
    )
    record_form = forms_.get("record_form") or forms.TeamRecordForm(
        trainings=selectors.trainings_to_choose(actor), members=members
    )
    context = {
        "coverage": coverage,
        "register_form": register_form,
        "record_form": record_form,
        **_nav(actor),
    }
    return render(request, T + "team.html", context, status=status)


@login_required
@require_GET
def team_trainings(request: HttpRequest) -> HttpResponse:
    return _team_page(request)


def _register_members(request: HttpRequest, actor: Actor, data: dict[str, Any]) -> None:
    event = data["event"]
    for member in data["members"]:
        try:
            registration = services.registration_create(actor=actor, event=event, member=member)
        except (services.AlreadyRegistered, services.AlreadyFollowed) as already:
            messages.info(request, already.messages[0])
        else:
            messages.success(request, _registered_message(registration, event, own=False))


@login_required
@require_POST
def team_register(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_TEAM_TRAINING)
    form = forms.TeamRegisterForm(
        request.POST,
        events=selectors.events_for_team(actor),
        members=selectors.team_members(actor),
    )
    done = submit(request, form, lambda d: _register_members(request, actor, d), None)
    if done.saved:
        return redirect("network:team_trainings")
    return _team_page(request, done.status, register_form=form)


@login_required
@require_POST
def team_record(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.VIEW_TEAM_TRAINING)
    form = forms.TeamRecordForm(
        request.POST,
        trainings=selectors.trainings_to_choose(actor),
        members=selectors.team_members(actor),
    )
    done = submit(
        request,
        form,
        lambda d: services.training_record(
            actor=actor, training=d["training"], completed_on=d["completed_on"], member=d["member"]
        ),
        None,
    )
    if done.saved:
        record = done.result
        values = {"name": record.user.full_name, "title": record.training.title}
        messages.success(request, _("Vastgelegd: %(name)s heeft %(title)s gevolgd.") % values)
        return redirect("network:team_trainings")
    return _team_page(request, done.status, record_form=form)


# --- The employer ------------------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def employer_signup(request: HttpRequest) -> HttpResponse:
    actor = actor_of(request)
    require(actor, Action.EMPLOYER_PAGES)
    form = forms.ManagerForm(
        posted(request),
        events=selectors.employer_events(actor),
        initial={"event": request.GET.get("bijeenkomst")},
    )
    done = submit(
        request,
        form,
        lambda d: services.registration_create(
            actor=actor, event=d["event"], manager=form.manager()
        ),
        None,
    )
    if done.saved:
        registration = done.result
        messages.success(request, _registered_message(registration, registration.event, own=False))
        return redirect("network:employer_signup")
    page = selectors.employer_page(actor=actor)
    return render(request, T + "employer.html", {"page": page, "form": form}, status=done.status)
