"""Trainings and werkateliers (issue 15, item 5): planning, changing and cancelling a session;
registering oneself, a team member (the teamleider) or a manager (an employer, for Harrie
Helpt) with a cap and a waiting list; cancelling a registration, after which the first one
waiting moves up and hears so by mail; recording a training someone followed.

One transaction each, through the access policy, with its audit row. Places are counted with
the event row locked (``select_for_update``): two people taking the last place at the same
moment never both get it; the second waits for the first to commit and finds the event full.
An edit is checked against the event's fingerprint (``selectors.trainings.event_version``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, organisation_of, user_of
from werkpad.access.policy import Action, Decision, get_for, require
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import ArbeidsmarktRegio, Membership

from ..identifying import Place
from ..models import Event, EventDay, EventKind, Registration, Training, TrainingRecord
from ..selectors.trainings import (
    CANCELLED,
    MAX_DAYS,
    REGISTERED,
    WAITING,
    event_as_saved,
    event_version,
    my_regions,
    trainings_to_choose,
)
from .checks import refuse_identifying
from .training_mail import mail_cancelled, mail_moved_up

MAX_CAPACITY = 1000


@dataclass(frozen=True, kw_only=True)
class EventDetails:
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    training: Training | None = None
    description: str = ""
    audience: str = ""
    region: ArbeidsmarktRegio | None = None
    place: str = ""
    online_url: str = ""
    # The later days of an event that takes more than one day: (start, end) of each.
    more_days: tuple[tuple[datetime, datetime], ...] = ()


@dataclass(frozen=True)
class Manager:
    """A manager or colleague an employer signs up (Harrie Helpt): no Werkpad account."""

    name: str
    email: str


@dataclass
class Cancelled:
    registration: Registration
    moved_up: list[Registration] = field(default_factory=list)


class AlreadyRegistered(ValidationError):
    """The same person a second time: nothing changes, and the message says so kindly."""


class AlreadyFollowed(ValidationError):
    """A team member who followed the training already: not signed up again."""


# --- Checks ------------------------------------------------------------------------------------
def _check_event(actor: Actor, details: EventDetails, current: Event | None = None) -> None:
    """Every problem at once, each at its field; nothing is saved when there is one."""
    errors: dict[str, str] = {}
    if details.kind not in EventKind.values:
        errors["kind"] = _("Kies wat voor bijeenkomst het is.")
    if not details.title.strip():
        errors["title"] = _("Vul een titel in.")
    known = trainings_to_choose(actor)
    if details.training is not None and not known.filter(pk=details.training.pk).exists():
        errors["training"] = _("Kies een training uit het trainingsaanbod.")
    elif details.kind == EventKind.TRAINING and details.training is None:
        errors["training"] = _("Kies welke training dit is.")
    moved = current is None or current.starts_at != details.starts_at
    if moved and details.starts_at <= timezone.now():
        errors["day"] = _("Kies een datum en begintijd in de toekomst.")
    if details.ends_at <= details.starts_at:
        errors["ends"] = _("De eindtijd moet na de begintijd liggen.")
    errors.update(_check_more_days(details, current))
    errors.update(_check_capacity(details.capacity, current))
    errors.update(_check_place(details))
    if details.region is not None and not my_regions(actor).filter(pk=details.region.pk).exists():
        errors["region"] = _("Kies een regio waar je organisatie werkt, of landelijk.")
    errors.update(_identifying(actor, details))
    if errors:
        raise ValidationError(errors)


def _identifying(actor: Actor, details: EventDetails) -> dict[str, str]:
    """What the organiser wrote goes to every professional in the region: no client data."""
    written = {
        "title": details.title,
        "description": details.description,
        "audience": details.audience,
    }
    try:
        refuse_identifying(actor=actor, fields=written, place=Place.EVENT)
    except ValidationError as refused:
        return {field: " ".join(messages) for field, messages in refused.message_dict.items()}
    return {}


def _check_more_days(details: EventDetails, current: Event | None) -> dict[str, str]:
    """Each later day after the one before it, on another date, ending after it starts; a
    day that was already planned may stay as it was, one that is new lies ahead."""
    errors: dict[str, str] = {}
    if len(details.more_days) > MAX_DAYS - 1:
        return {"day_2": _("Plan hoogstens %(max)s dagen.") % {"max": MAX_DAYS}}
    known = set(_later_days(current)) if current is not None else set()
    before = details.starts_at
    for number, (start, end) in enumerate(details.more_days, start=2):
        field = f"day_{number}"
        if timezone.localtime(start).date() <= timezone.localtime(before).date():
            errors[field] = _("Kies voor dag %(n)s een datum na de dag ervoor.") % {"n": number}
        elif end <= start:
            errors[f"ends_{number}"] = _("De eindtijd moet na de begintijd liggen.")
        elif (start, end) not in known and start <= timezone.now():
            errors[field] = _("Kies voor dag %(n)s een datum in de toekomst.") % {"n": number}
        before = start
    return errors


def _later_days(event: Event) -> list[tuple[datetime, datetime]]:
    return [
        (day.starts_at, day.starts_at + timedelta(minutes=day.duration_minutes))
        for day in event.later_days.all()
    ]


def _save_days(event: Event, details: EventDetails) -> None:
    """The later days as planned now (replacing those there were)."""
    if _later_days(event) == list(details.more_days):
        return
    event.later_days.all().delete()
    EventDay.objects.bulk_create(
        EventDay(
            event=event,
            starts_at=start,
            duration_minutes=int((end - start).total_seconds() // 60),
        )
        for start, end in details.more_days
    )


def _check_capacity(capacity: int, current: Event | None) -> dict[str, str]:
    if capacity < 1:
        return {"capacity": _("Vul minstens 1 plaats in.")}
    if capacity > MAX_CAPACITY:
        return {"capacity": _("Vul hoogstens %(max)s plaatsen in.") % {"max": MAX_CAPACITY}}
    taken = _taken(current) if current is not None else 0
    if capacity < taken:
        message = _("Er hebben al %(n)s mensen een plaats. Kies minstens %(n)s plaatsen.")
        return {"capacity": message % {"n": taken}}
    return {}


def _check_place(details: EventDetails) -> dict[str, str]:
    if not details.place.strip() and not details.online_url.strip():
        return {"place": _("Vul een plaats in, of een link om online mee te doen.")}
    if details.online_url:
        try:
            URLValidator(schemes=["https", "http"])(details.online_url)
        except ValidationError:
            return {"online_url": _("Vul een volledig webadres in, dat begint met https://.")}
    return {}


def _taken(event: Event) -> int:
    return event.registrations.filter(status=REGISTERED).count()


def _lock(event: Event) -> Event:
    """The event row, locked until the transaction ends: one registration at a time."""
    return Event.objects.select_for_update().get(pk=event.pk)


def _values(details: EventDetails) -> dict[str, Any]:
    left_out = ("ends_at", "more_days")
    values = {f.name: getattr(details, f.name) for f in fields(details) if f.name not in left_out}
    values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    values["duration_minutes"] = int((details.ends_at - details.starts_at).total_seconds() // 60)
    return values


# --- Events ------------------------------------------------------------------------------------
def event_plan(*, actor: Actor, details: EventDetails) -> Event:
    decision = require(actor, Action.ORGANISE_EVENT)
    _check_event(actor, details)
    with transaction.atomic():
        event = Event.objects.create(
            **_values(details), organiser=organisation_of(actor), created_by=user_of(actor)
        )
        _save_days(event, details)
        _audit(
            actor,
            "network.event.create",
            AuditAction.CREATE,
            event,
            decision,
            detail={"days": 1 + len(details.more_days)},
        )
    return event


def event_update(*, actor: Actor, event: Event, version: str, details: EventDetails) -> Event:
    """Changes the event as its organiser saw it; more places move people up the waiting
    list (and mail them). Fewer places than people who have one is refused."""
    decision = require(actor, Action.ORGANISE_EVENT, event)
    with transaction.atomic():
        locked = _lock(event)
        if locked.cancelled_at is not None:
            raise ValidationError(
                _("Deze bijeenkomst is afgelast. Er kan niets meer aan veranderen.")
            )
        if event_version(locked) != version:
            raise StaleEditError(event_as_saved(locked))
        _check_event(actor, details, current=locked)
        for name, value in _values(details).items():
            setattr(locked, name, value)
        locked.save()
        _save_days(locked, details)
        moved_up = _fill_places(locked)
        _audit(
            actor,
            "network.event.update",
            AuditAction.UPDATE,
            locked,
            decision,
            detail={"moved_up": [r.pk for r in moved_up]},
        )
        transaction.on_commit(lambda: mail_moved_up(locked, moved_up))
    return locked


def event_cancel(*, actor: Actor, event: Event, reason: str = "") -> Event:
    """Calls the event off; everyone registered or waiting hears so by mail."""
    decision = require(actor, Action.ORGANISE_EVENT, event)
    refuse_identifying(actor=actor, fields={"reason": reason}, place=Place.EVENT)
    with transaction.atomic():
        locked = _lock(event)
        if locked.cancelled_at is not None:
            raise ValidationError(_("Deze bijeenkomst is al afgelast. Er is niets veranderd."))
        locked.cancelled_at = timezone.now()
        locked.save(update_fields=["cancelled_at"])
        told = list(locked.registrations.exclude(status=CANCELLED).select_related("user"))
        _audit(
            actor,
            "network.event.cancel",
            AuditAction.UPDATE,
            locked,
            decision,
            detail={"mailed": len(told)},
        )
        transaction.on_commit(lambda: mail_cancelled(locked, told, reason.strip()[:500]))
    return locked


def _fill_places(event: Event) -> list[Registration]:
    """Free places go to those waiting, first come first served (the event is locked)."""
    free = event.capacity - _taken(event)
    if free <= 0 or event.starts_at <= timezone.now():
        return []
    waiting = event.registrations.filter(status=WAITING).select_related("user")
    moved_up = list(waiting.order_by("created_at", "pk")[:free])
    Registration.objects.filter(pk__in=[r.pk for r in moved_up]).update(status=REGISTERED)
    for registration in moved_up:
        registration.status = REGISTERED
    return moved_up


# --- Registrations -----------------------------------------------------------------------------
def _person(
    actor: Actor, member: Membership | None, manager: Manager | None
) -> tuple[User | None, str, str, str]:
    """Who is registered: (user, name, e-mail, for whom)."""
    if manager is not None:
        require(actor, Action.EMPLOYER_PAGES)
        name, email = manager.name.strip(), manager.email.strip()
        errors = {} if name else {"name": _("Vul de naam in.")}
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = _("Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.")
        if errors:
            raise ValidationError(errors)
        return None, name, email, "manager"
    if member is not None:
        require(actor, Action.VIEW_TEAM_TRAINING, member)  # their own team only (logged)
        return member.user, member.user.full_name, member.user.email, "team"
    user = user_of(actor)
    return user, user.full_name, user.email, "self"


def _already(existing: Registration, event: Event, for_whom: str) -> AlreadyRegistered:
    values = {"name": existing.name, "title": event.title, "status": existing.get_status_display()}
    if for_whom == "self":
        message = _("Je staat al op de lijst voor %(title)s (%(status)s). Er is niets veranderd.")
    else:
        message = _(
            "%(name)s staat al op de lijst voor %(title)s (%(status)s). Er is niets veranderd."
        )
    return AlreadyRegistered(message % values)


def registration_create(
    *,
    actor: Actor,
    event: Event,
    member: Membership | None = None,
    manager: Manager | None = None,
) -> Registration:
    """Registers the actor, a member of the teamleider's team (``member``) or an employer's
    manager (``manager``): a place while there is one, else the waiting list. The same
    person twice is refused kindly and changes nothing."""
    # Through the policy's scope: an event the actor does not see (for an employer: any but
    # the trainings it may sign managers up for) is not there (404), and the attempt is logged.
    event, decision = get_for(
        actor, Action.REGISTER_FOR_EVENT, Event.objects.select_related("training"), pk=event.pk
    )
    user, name, email, for_whom = _person(actor, member, manager)
    if for_whom == "team" and user is not None:
        _refuse_followed_already(user, event)
    organisation = organisation_of(actor)
    try:
        with transaction.atomic():
            locked = _lock(event)
            if locked.starts_at <= timezone.now():
                raise ValidationError(
                    _("Deze bijeenkomst is al begonnen. Aanmelden kan niet meer.")
                )
            existing = Registration.objects.filter(event=locked, email__iexact=email).first()
            if existing is not None and existing.status != CANCELLED:
                raise _already(existing, locked, for_whom)
            full = _taken(locked) >= locked.capacity
            waiting = locked.registrations.filter(status=WAITING).exists()
            values = {
                "user": user,
                "name": name,
                "organisation": organisation,
                "status": WAITING if full or waiting else REGISTERED,
                "registered_by": user_of(actor),
            }
            registration = _save_registration(locked, existing, email, values)
            _audit(
                actor,
                "network.registration.create",
                AuditAction.CREATE,
                registration,
                decision,
                detail={"event": locked.pk, "status": registration.status, "for": for_whom},
            )
    except IntegrityError as exc:  # the same person at the same moment, on another page
        raise AlreadyRegistered(
            _("Deze persoon staat al op de lijst. Er is niets veranderd.")
        ) from exc
    return registration


def _refuse_followed_already(user: User, event: Event) -> None:
    """A teamleider does not sign a team member up for a training they followed already (the
    team page shows it as followed): refused with the date, nothing changes."""
    if event.training_id is None:
        return
    record = TrainingRecord.objects.filter(user=user, training_id=event.training_id).first()
    if record is not None:
        values = {
            "name": user.full_name,
            "training": event.training.title if event.training else event.title,
            "on": date_format(record.completed_on, "j F Y"),
        }
        raise AlreadyFollowed(
            _(
                "%(name)s heeft %(training)s al gevolgd (op %(on)s). Aanmelden is niet nodig; "
                "er is niets veranderd."
            )
            % values
        )


def _save_registration(
    event: Event, existing: Registration | None, email: str, values: dict[str, Any]
) -> Registration:
    """A new row, or the cancelled one of the same e-mail address again (one row per
    address and event): at the back of the queue, as someone new."""
    if existing is None:
        return Registration.objects.create(event=event, email=email, **values)
    Registration.objects.filter(pk=existing.pk).update(created_at=timezone.now(), **values)
    existing.refresh_from_db()
    return existing


def registration_cancel(*, actor: Actor, registration: Registration) -> Cancelled:
    """The person cancels, or who registered them, or the organiser. A freed place goes to
    the first one waiting, who hears so by mail."""
    decision = require(actor, Action.REGISTER_FOR_EVENT, registration)
    with transaction.atomic():
        event = _lock(registration.event)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == CANCELLED:
            raise ValidationError(_("Deze aanmelding was al afgemeld. Er is niets veranderd."))
        had_place = current.status == REGISTERED
        current.status = CANCELLED
        current.save(update_fields=["status"])
        moved_up = _fill_places(event) if had_place else []
        _audit(
            actor,
            "network.registration.cancel",
            AuditAction.UPDATE,
            current,
            decision,
            detail={"event": event.pk, "moved_up": [r.pk for r in moved_up]},
        )
        transaction.on_commit(lambda: mail_moved_up(event, moved_up))
    return Cancelled(current, moved_up)


# --- Trainings followed ------------------------------------------------------------------------
def training_record(
    *, actor: Actor, training: Training, completed_on: date, member: Membership | None = None
) -> TrainingRecord:
    """That the actor (or, by their teamleider, a team member) followed a training."""
    decision: Decision
    if member is None:
        decision, user = require(actor, Action.VIEW_NETWORK), user_of(actor)
    else:
        decision = require(actor, Action.VIEW_TEAM_TRAINING, member)  # own team only
        user = member.user
    if not trainings_to_choose(actor).filter(pk=training.pk).exists():
        raise ValidationError({"training": _("Kies een training uit het trainingsaanbod.")})
    if completed_on > timezone.localdate():
        raise ValidationError({"completed_on": _("Vul een datum in die al geweest is.")})
    if TrainingRecord.objects.filter(user=user, training=training).exists():
        raise _followed_already(user, training)
    try:
        with transaction.atomic():
            record = TrainingRecord.objects.create(
                user=user, training=training, completed_on=completed_on, recorded_by=user_of(actor)
            )
            _audit(
                actor,
                "network.training.record",
                AuditAction.CREATE,
                record,
                decision,
                detail={"training": training.code, "for": "team" if member else "self"},
            )
    except IntegrityError as exc:
        raise _followed_already(user, training) from exc
    return record


def _followed_already(user: User, training: Training) -> ValidationError:
    message = _("Voor %(name)s staat %(training)s al vastgelegd. Er is niets veranderd.")
    return ValidationError(message % {"name": user.full_name, "training": training.title})
