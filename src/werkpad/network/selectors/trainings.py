"""Reads of trainings, their sessions, werkateliers and registrations (issue 15, item 5).

Organisation knowledge, no client data: nothing here is logged. Every read is scoped by the
access policy; each list page runs the same number of queries however many rows it shows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, may, require, visible_to
from werkpad.access.roles import Role
from werkpad.organisations.models import ArbeidsmarktRegio, Membership

from ..ics import day_text, event_days, event_ends_at, when_text
from ..models import Event, EventKind, Registration, RegistrationStatus, Training, TrainingRecord

MAX_DAYS = 4  # an event's first day and at most three more

REGISTERED, WAITING, CANCELLED = (
    RegistrationStatus.REGISTERED,
    RegistrationStatus.WAITING,
    RegistrationStatus.CANCELLED,
)


@dataclass(frozen=True)
class EventRow:
    """An event as a list shows it: when, how many places are taken, and my own status."""

    event: Event
    taken: int
    waiting: int
    my_status: str = ""  # RegistrationStatus of the actor's own registration, "" for none

    @property
    def places_left(self) -> int:
        return max(self.event.capacity - self.taken, 0)

    @property
    def full(self) -> bool:
        return self.places_left == 0

    @property
    def when(self) -> str:
        return when_text(self.event)

    @property
    def days(self) -> list[str]:
        """Each day of the event in words (one for most events; Harrie Helpt has two)."""
        return [day_text(start, end) for start, end in event_days(self.event)]

    @property
    def ends_at(self) -> datetime:
        return event_ends_at(self.event)

    @property
    def audience(self) -> str:
        """For whom: as the organiser wrote it (role codes in it said in words), else the
        roles the training is meant for, in words."""
        written = self.event.audience.strip()
        codes = [code.strip() for code in written.split(",")]
        if written and all(code in Role.values for code in codes):
            return ", ".join(_role_words(codes))
        training = self.event.training
        words = _role_words(training.audience.split(",")) if training else []
        return written or ", ".join(words)


def _with_counts(actor: Actor, events: QuerySet[Event]) -> list[EventRow]:
    """Rows in one query: the counts and the actor's own status as annotations."""
    mine = (
        Registration.objects.filter(
            event=OuterRef("pk"), user_id=actor.user.pk if actor.user else 0
        )
        .exclude(status=CANCELLED)
        .values("status")[:1]
    )
    annotated = (
        events.select_related("training", "region", "organiser")
        .prefetch_related("later_days")
        .annotate(
            taken_count=Count("registrations", filter=Q(registrations__status=REGISTERED)),
            waiting_count=Count("registrations", filter=Q(registrations__status=WAITING)),
            my_status=Subquery(mine),
        )
        .order_by("starts_at", "pk")
    )
    return [
        EventRow(
            event,
            event.taken_count,
            event.waiting_count,
            event.my_status or "",
        )
        for event in annotated
    ]


def _upcoming(actor: Actor, now: datetime | None = None) -> QuerySet[Event]:
    return visible_to(
        actor,
        Event.objects.filter(cancelled_at__isnull=True, starts_at__gte=now or timezone.now()),
    )


def upcoming_events(*, actor: Actor, kind: str = "") -> list[EventRow]:
    """The coming sessions and werkateliers in the actor's regions and national ones."""
    require(actor, Action.VIEW_NETWORK)
    events = _upcoming(actor)
    if kind in EventKind.values:
        events = events.filter(kind=kind)
    return _with_counts(actor, events)


@dataclass(frozen=True)
class TrainingRow:
    training: Training
    audience: list[str]  # the roles it is meant for, in words
    required: list[str]  # the roles whose work asks for it


# Who a role is as an audience, where its label alone reads like a code.
_AUDIENCE_WORDS = {Role.WERKGEVER_CONTACTPERSOON: _("leidinggevenden en collega's bij werkgevers")}


def _role_words(codes: list[str]) -> list[str]:
    return [
        str(_AUDIENCE_WORDS.get(Role(code), Role(code).label))
        for code in codes
        if code in Role.values
    ]


def training_register(*, actor: Actor) -> list[TrainingRow]:
    require(actor, Action.VIEW_NETWORK)
    return [
        TrainingRow(
            t,
            _role_words([c for c in t.audience.split(",") if c]),
            _role_words(t.required_roles),
        )
        for t in trainings_to_choose(actor)
    ]


def trainings_to_choose(actor: Actor) -> QuerySet[Training]:
    """The trainings a form offers: what the actor sees of the register."""
    return visible_to(actor, Training.objects.all()).order_by("title", "pk")


def my_regions(actor: Actor) -> QuerySet[ArbeidsmarktRegio]:
    """The regions of the actor's organisation: where an organiser can plan a session."""
    return ArbeidsmarktRegio.objects.filter(organisations=actor.organisation_id).order_by("code")


# --- One event -------------------------------------------------------------------------------
def event_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_NETWORK) -> Event:
    queryset = Event.objects.select_related("training", "region", "organiser").prefetch_related(
        "later_days"
    )
    event, _decision = get_for(actor, action, queryset, pk=pk)
    return event


@dataclass
class EventPage:
    row: EventRow
    mine: Registration | None
    can_register: bool
    can_organise: bool
    started: bool
    # The organiser's list: who has a place and who waits, in order
    registered: list[Registration] = field(default_factory=list)
    waiting: list[Registration] = field(default_factory=list)
    # An employer's: whom its organisation signed up for this event
    ours: list[Registration] = field(default_factory=list)


def event_page(*, actor: Actor, event: Event) -> EventPage:
    row = _with_counts(actor, visible_to(actor, Event.objects.filter(pk=event.pk)))[0]
    # One's own place: in one's name, or by one's e-mail address (an employer who signed
    # himself up as one of the managers, without his account).
    user = actor.user
    own = Q(user=user) | Q(email__iexact=user.email) if user is not None else Q(pk__in=[])
    mine = (
        visible_to(actor, Registration.objects.filter(own, event=event))
        .exclude(status=CANCELLED)
        .order_by("pk")
        .first()
    )
    page = EventPage(
        row=row,
        mine=mine,
        can_register=may(actor, Action.REGISTER_FOR_EVENT, event),
        can_organise=may(actor, Action.ORGANISE_EVENT, event),
        started=event.starts_at <= timezone.now(),
    )
    if actor.is_employer:
        page.ours = list(
            visible_to(actor, Registration.objects.filter(event=event))
            .filter(organisation=actor.organisation)
            .exclude(status=CANCELLED)
            .order_by("created_at", "pk")
        )
    if page.can_organise:
        everyone = list(
            visible_to(actor, Registration.objects.filter(event=event))
            .exclude(status=CANCELLED)
            .select_related("organisation")
            .order_by("created_at", "pk")
        )
        page.registered = [r for r in everyone if r.status == REGISTERED]
        page.waiting = [r for r in everyone if r.status == WAITING]
    return page


# --- The version of an event (its fingerprint) -------------------------------------------------
_FINGERPRINTED = (
    *("kind", "training_id", "title", "description", "audience", "region_id", "starts_at"),
    *("duration_minutes", "place", "online_url", "capacity", "cancelled_at"),
)


def event_version(event: Event) -> str:
    """The event model has no ``version`` field: an edit carries this fingerprint of the event
    as its form showed it, and a changed fingerprint is an edit conflict."""

    def plain(value: Any) -> str:
        return value.astimezone(UTC).isoformat() if isinstance(value, datetime) else str(value)

    values = [plain(getattr(event, name)) for name in _FINGERPRINTED]
    values += [f"{plain(day.starts_at)}+{day.duration_minutes}" for day in event.later_days.all()]
    return hashlib.sha256("\x1f".join(values).encode()).hexdigest()[:16]


def event_as_saved(event: Event) -> SimpleNamespace:
    """The event as it is saved now, by the names of the form's fields, for the conflict."""
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event_ends_at(event))
    later: dict[str, Any] = {
        f"{name}_{number}": None
        for number in range(2, MAX_DAYS + 1)
        for name in ("day", "starts", "ends")
    }
    for number, (day_start, day_end) in enumerate(event_days(event)[1:], start=2):
        local_start, local_end = timezone.localtime(day_start), timezone.localtime(day_end)
        later[f"day_{number}"] = local_start.date()
        later[f"starts_{number}"] = local_start.time()
        later[f"ends_{number}"] = local_end.time()
    return SimpleNamespace(
        **later,
        version=event_version(event),
        get_kind_display=event.get_kind_display,
        **{name: getattr(event, name) for name in ("kind", "title", "description", "audience")},
        **{name: getattr(event, name) for name in ("place", "online_url", "capacity")},
        training=event.training,
        region=event.region,
        day=start.date(),
        starts=start.time(),
        ends=end.time(),
    )


def registration_get(*, actor: Actor, pk: int) -> Registration:
    queryset = Registration.objects.select_related("event", "event__training")
    registration, _decision = get_for(actor, Action.REGISTER_FOR_EVENT, queryset, pk=pk)
    return registration


# --- Mine ------------------------------------------------------------------------------------
@dataclass
class MyTrainings:
    records: list[TrainingRecord]
    registrations: list[Registration]
    still_needed: list[Training]  # required for my role and not followed yet


def my_trainings(*, actor: Actor) -> MyTrainings:
    require(actor, Action.VIEW_NETWORK)
    records = list(
        visible_to(actor, TrainingRecord.objects.filter(user=actor.user)).select_related("training")
    )
    registrations = list(
        visible_to(actor, Registration.objects.filter(user=actor.user))
        .filter(event__starts_at__gte=timezone.now())
        .exclude(status=CANCELLED)
        .select_related("event")
        .order_by("event__starts_at", "pk")
    )
    followed = {r.training_id for r in records}
    needed = [
        t
        for t in trainings_to_choose(actor)
        if actor.role in t.required_roles and t.pk not in followed
    ]
    return MyTrainings(records, registrations, needed)


# --- The team --------------------------------------------------------------------------------
def team_members(actor: Actor) -> QuerySet[Membership]:
    """The active members of the teamleider's own team (not the teamleider)."""
    team_id = actor.membership.team_id if actor.membership is not None else None
    if team_id is None or actor.user is None:
        return Membership.objects.none()
    members = Membership.objects.filter(team_id=team_id, is_active=True)
    return (
        visible_to(actor, members)
        .exclude(user_id=actor.user.pk)
        .select_related("user")
        .order_by("user__full_name", "pk")
    )


@dataclass(frozen=True)
class Cell:
    training: Training
    followed_on: date | None
    required: bool
    # A coming session of this training the member is signed up for (or waits for)
    registration: Registration | None = None

    @property
    def missing(self) -> bool:
        return self.required and self.followed_on is None


@dataclass
class MemberRow:
    membership: Membership
    cells: list[Cell]
    registrations: list[Registration]

    @property
    def missing(self) -> list[Training]:
        """Required for the member's role and not followed, signed up or not."""
        return [c.training for c in self.cells if c.missing]

    @property
    def not_signed_up(self) -> list[Training]:
        """Still needed, and no coming session of it on their list: the teamleider's work."""
        return [c.training for c in self.cells if c.missing and c.registration is None]

    @property
    def signed_up(self) -> list[Registration]:
        """Still needed, and signed up (or waiting) for a coming session of it."""
        return [c.registration for c in self.cells if c.missing and c.registration is not None]


@dataclass
class TeamCoverage:
    trainings: list[Training]  # the columns: trainings the team's roles require first
    rows: list[MemberRow]

    @property
    def still_needed(self) -> list[MemberRow]:
        """Who still needs a training their role requires and is not signed up for it."""
        return [row for row in self.rows if row.not_signed_up]

    @property
    def signed_up(self) -> list[MemberRow]:
        """Who still needs a training and is signed up for a coming session of it."""
        return [row for row in self.rows if row.signed_up]


def _for_any_of(training: Training, roles: set[str]) -> bool:
    """A training meant for (or required of) one of the roles, or for everyone: the columns
    of a team's coverage leave out what is only for others (Harrie Helpt, for employers)."""
    audience = {code for code in training.audience.split(",") if code}
    return not audience or bool((audience | set(training.required_roles)) & roles)


def team_coverage(*, actor: Actor) -> TeamCoverage:
    """Who in the teamleider's team followed which training, and who still needs one their
    role requires (the IPS basistraining for an IPS-trajectbegeleider). Four queries."""
    require(actor, Action.VIEW_TEAM_TRAINING)
    members = list(team_members(actor))
    user_ids = [m.user_id for m in members]
    roles = {m.role for m in members}
    trainings = sorted(
        (t for t in trainings_to_choose(actor) if _for_any_of(t, roles)),
        key=lambda t: (not roles.intersection(t.required_roles), t.title.lower()),
    )
    followed = {
        (user_id, training_id): on
        for user_id, training_id, on in visible_to(
            actor, TrainingRecord.objects.filter(user_id__in=user_ids)
        ).values_list("user_id", "training_id", "completed_on")
    }
    coming: dict[int, list[Registration]] = {}
    for registration in (
        visible_to(actor, Registration.objects.filter(user_id__in=user_ids))
        .filter(event__starts_at__gte=timezone.now(), event__cancelled_at__isnull=True)
        .exclude(status=CANCELLED)
        .select_related("event")
        .order_by("event__starts_at", "pk")
    ):
        coming.setdefault(registration.user_id or 0, []).append(registration)
    rows = [
        MemberRow(
            membership=m,
            cells=[
                Cell(
                    t,
                    followed.get((m.user_id, t.pk)),
                    m.role in t.required_roles,
                    _first_for(coming.get(m.user_id, []), t),
                )
                for t in trainings
            ],
            registrations=coming.get(m.user_id, []),
        )
        for m in members
    ]
    return TeamCoverage(trainings, rows)


def _first_for(registrations: list[Registration], training: Training) -> Registration | None:
    """The first coming session of ``training`` among a member's registrations: a place
    before a place on the waiting list."""
    of_it = [r for r in registrations if r.event.training_id == training.pk]
    return next((r for r in of_it if r.status == REGISTERED), of_it[0] if of_it else None)


def events_for_team(actor: Actor) -> QuerySet[Event]:
    """The coming sessions a teamleider can register team members for."""
    events = _upcoming(actor).select_related("training").prefetch_related("later_days")
    return events.order_by("starts_at", "pk")


# --- The employer ----------------------------------------------------------------------------
@dataclass
class EmployerPage:
    trainings: list[Training]
    events: list[EventRow]
    registrations: list[Registration]


def employer_page(*, actor: Actor) -> EmployerPage:
    """What an employer signs managers up for (Harrie Helpt), and whom it signed up."""
    require(actor, Action.EMPLOYER_PAGES)
    events = _upcoming(actor)
    registrations = list(
        visible_to(actor, Registration.objects.filter(organisation=actor.organisation))
        .filter(event__starts_at__gte=timezone.now())
        .exclude(status=CANCELLED)
        .select_related("event")
        .order_by("event__starts_at", "name", "pk")
    )
    return EmployerPage(
        trainings=list(trainings_to_choose(actor)),
        events=_with_counts(actor, events),
        registrations=registrations,
    )


def employer_events(actor: Actor) -> QuerySet[Event]:
    events = _upcoming(actor).select_related("training").prefetch_related("later_days")
    return events.order_by("starts_at", "pk")
