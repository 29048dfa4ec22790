"""Meetings with their participants, report and decisions (which become actions in the plan)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.forms import StaleEditError

from ..models import Meeting, TeamMember, Trajectory, author_category
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
    team_ids = set(
        TeamMember.objects.filter(trajectory=trajectory, ended_on__isnull=True).values_list(
            "user_id", flat=True
        )
    )
    if not participants:
        raise ValidationError({"participants": _("Kies wie er bij het gesprek waren.")})
    if any(p.pk not in team_ids for p in participants):
        raise ValidationError({"participants": _("Deelnemers komen uit het team.")})
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
    """Refused (``StaleEditError``) when someone changed the report since ``version``."""
    decision = require(actor, Action.CHANGE_RECORD, meeting)
    with transaction.atomic():
        updated = Meeting.objects.filter(pk=meeting.pk, version=version).update(
            agenda=agenda, summary=summary, version=version + 1
        )
        if not updated:
            raise StaleEditError(Meeting.objects.get(pk=meeting.pk))
        _audit(actor, "meeting.update", AuditAction.UPDATE, meeting, decision)
    meeting.refresh_from_db()
    return meeting
