"""Meetings with their participants, report and decisions (which become actions in the plan)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError

from ..models import Meeting, MeetingKind, MeetingStatus, TeamMember, Trajectory, author_category
from ._shared import _check_widening, touch_contact
from .plan import action_create


@dataclass(frozen=True, kw_only=True)
class DecisionItem:
    description: str
    owner: User
    due_on: date
    category: str = ""  # empty: the meeting's category; a wider one needs confirm_wider


@dataclass(frozen=True, kw_only=True)
class MeetingDetails:
    kind: str
    held_on: date
    client_present: bool
    agenda: str = ""
    summary: str = ""
    category: str = ""  # empty: the author's role's category (``author_category``)


@dataclass(frozen=True, kw_only=True)
class MeetingPlan:
    """A meeting planned ahead (issue 13, item 3): when, where (a place, a video link or
    both) and whether the client is invited. The report is written afterwards."""

    kind: str
    starts_at: datetime  # aware
    duration_minutes: int = 60
    location: str = ""
    video_link: str = ""
    client_present: bool = True  # the client is invited
    agenda: str = ""
    category: str = ""  # empty: the author's role's category (``author_category``)


MIN_DURATION, MAX_DURATION = 15, 8 * 60


def _check_participants(trajectory: Trajectory, participants: list[User], message: str) -> None:
    team_ids = set(
        TeamMember.objects.filter(trajectory=trajectory, ended_on__isnull=True).values_list(
            "user_id", flat=True
        )
    )
    if not participants:
        raise ValidationError({"participants": message})
    if any(p.pk not in team_ids for p in participants):
        raise ValidationError({"participants": _("Deelnemers komen uit het team.")})


def _check_plan(plan: MeetingPlan) -> None:
    """Every rule of a plan, all messages at once (nothing is saved when one fails)."""
    errors: dict[str, str] = {}
    if plan.kind not in MeetingKind.values:
        errors["kind"] = _("Kies een soort gesprek.")
    if timezone.is_naive(plan.starts_at) or plan.starts_at <= timezone.now():
        errors["starts_on"] = _(
            "Een gesprek plannen kan alleen in de toekomst. Was het gesprek al? Leg het dan "
            'vast met "Gesprek vastleggen".'
        )
    if not MIN_DURATION <= plan.duration_minutes <= MAX_DURATION:
        errors["duration_minutes"] = _("Een gesprek duurt tussen 15 minuten en 8 uur.")
    location, link = plan.location.strip(), plan.video_link.strip()
    if not location and not link:
        errors["location"] = _("Vul een plaats of een videolink in (of allebei).")
    if link:
        try:
            URLValidator(schemes=["https"])(link)
        except ValidationError:
            errors["video_link"] = _(
                "Een videolink begint met https:// (een beveiligde verbinding)."
            )
    if len(location) > 200:
        errors["location"] = _("Een plaats heeft hoogstens 200 tekens.")
    if errors:
        raise ValidationError(errors)


def meeting_plan(
    *,
    actor: Actor,
    trajectory: Trajectory,
    plan: MeetingPlan,
    participants: list[User],
    confirm_wider: bool = False,
) -> Meeting:
    """A meeting planned ahead: a future start, a place or an https video link, participants
    from the team. Saved as ``planned`` with its day as ``held_on``; the report is written
    afterwards on the meeting's page (``meeting_report_update``), which marks it held. The
    invitations (with an .ics file) go out after the commit (``meeting_mail``)."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    _check_plan(plan)
    _check_participants(trajectory, participants, _("Kies wie er bij het gesprek komen."))
    default = author_category(actor.role)
    widened = _check_widening(
        actor=actor,
        trajectory=trajectory,
        category=plan.category,
        reference=default,
        confirmed=confirm_wider,
    )
    with transaction.atomic():
        meeting = Meeting.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            created_by=_user(actor),
            kind=plan.kind,
            category=plan.category or default,
            status=MeetingStatus.PLANNED,
            starts_at=plan.starts_at,
            held_on=timezone.localdate(plan.starts_at),
            duration_minutes=plan.duration_minutes,
            location=plan.location.strip(),
            video_link=plan.video_link.strip(),
            client_present=plan.client_present,
            agenda=plan.agenda,
        )
        meeting.participants.set(participants)
        _audit(
            actor,
            "meeting.plan",
            AuditAction.CREATE,
            meeting,
            decision,
            detail={"kind": plan.kind, **widened},
        )
        from ..meeting_mail import send_invitations  # the mail module imports the models only

        transaction.on_commit(lambda: send_invitations(meeting.pk))
    return meeting


def meeting_record(
    *,
    actor: Actor,
    trajectory: Trajectory,
    details: MeetingDetails,
    participants: list[User],
    decisions: list[DecisionItem] | None = None,
    confirm_wider: bool = False,
) -> Meeting:
    """A meeting with its participants; its decisions become actions in the plan, of the
    meeting's category unless a decision has its own. As for goals, actions and notes (issue
    11, item 4), the meeting's category follows from the author's role unless chosen, and a
    chosen one that more people read than that, or a decision's that more people read than
    the meeting's, needs ``confirm_wider`` (``_check_widening``): checked before anything is
    saved."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    _check_participants(trajectory, participants, _("Kies wie er bij het gesprek waren."))
    default = author_category(actor.role)
    widened = _check_widening(
        actor=actor,
        trajectory=trajectory,
        category=details.category,
        reference=default,
        confirmed=confirm_wider,
    )
    if not details.category:
        details = replace(details, category=default)
    for item in decisions or []:
        _check_widening(
            actor=actor,
            trajectory=trajectory,
            category=item.category,
            reference=details.category,
            confirmed=confirm_wider,
        )
    with transaction.atomic():
        meeting = Meeting.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            created_by=_user(actor),
            **asdict(details),
        )
        meeting.participants.set(participants)
        for item in decisions or []:
            action_create(
                actor=actor,
                trajectory=trajectory,
                description=item.description,
                owner=item.owner,
                due_on=item.due_on,
                meeting=meeting,
                category=item.category,
                confirm_wider=confirm_wider,
            )
        if details.client_present:
            touch_contact(trajectory, details.held_on)
        _audit(
            actor,
            "meeting.record",
            AuditAction.CREATE,
            meeting,
            decision,
            detail={"kind": details.kind, "decisions": len(decisions or []), **widened},
        )
    return meeting


def meeting_report_update(
    *, actor: Actor, meeting: Meeting, version: int, agenda: str, summary: str
) -> Meeting:
    """Refused (``StaleEditError``) when someone changed the report since ``version``. The
    report of a planned meeting, written on or after its day, marks it held (and, when the
    client was invited, counts as contact with the client); before its day only the agenda
    can be prepared."""
    decision = require(actor, Action.CHANGE_RECORD, meeting)
    changes: dict[str, object] = {"agenda": agenda, "summary": summary}
    held_now = meeting.is_planned and meeting.held_on <= timezone.localdate()
    if meeting.is_planned and summary.strip() and not held_now:
        raise ValidationError(
            {"summary": _("Het verslag schrijf je op of na de dag van het gesprek.")}
        )
    if held_now and summary.strip():
        changes["status"] = MeetingStatus.HELD
    with transaction.atomic():
        updated = Meeting.objects.filter(pk=meeting.pk, version=version).update(
            **changes, version=version + 1
        )
        if not updated:
            raise StaleEditError(Meeting.objects.get(pk=meeting.pk))
        if changes.get("status") == MeetingStatus.HELD and meeting.client_present:
            touch_contact(meeting.trajectory, meeting.held_on)
        _audit(
            actor,
            "meeting.update",
            AuditAction.UPDATE,
            meeting,
            decision,
            detail={"held": True} if "status" in changes else None,
        )
    meeting.refresh_from_db()
    return meeting
