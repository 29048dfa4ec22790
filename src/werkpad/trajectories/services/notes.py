"""Timeline notes: a contact note keeps 'last contact' current; the first face-to-face
employer contact in IPS is what the 30-day norm measures."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit

from ..models import Note, NoteKind, Trajectory, author_category
from ._shared import _check_widening, touch_contact


def note_add(
    *,
    actor: Actor,
    trajectory: Trajectory,
    category: str,
    text: str,
    occurred_on: date,
    kind: str = NoteKind.NOTE,
    confirm_wider: bool = False,
) -> Note:
    """A timeline note. A contact note keeps 'last contact' current; the first face-to-face
    employer contact in IPS is what the 30-day norm measures. A category that more people read
    than the author's role's category (``author_category``) needs ``confirm_wider``."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    if not text.strip():
        raise ValidationError({"text": _("Schrijf een notitie.")})
    if occurred_on > timezone.localdate():
        raise ValidationError({"occurred_on": _("Een notitie gaat over iets wat al gebeurd is.")})
    default = author_category(actor.role)
    widened = _check_widening(
        actor=actor,
        trajectory=trajectory,
        category=category,
        reference=default,
        confirmed=confirm_wider,
    )
    category = category or default
    with transaction.atomic():
        note = Note.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            category=category,
            kind=kind,
            occurred_on=occurred_on,
            text=text.strip(),
            author=_user(actor),
        )
        if kind == NoteKind.CLIENT_CONTACT:
            touch_contact(trajectory, occurred_on)
        if kind == NoteKind.EMPLOYER_CONTACT:
            Trajectory.objects.filter(
                pk=trajectory.pk, first_employer_contact_on__isnull=True
            ).update(first_employer_contact_on=occurred_on)
        detail = {"kind": kind, **widened}
        _audit(actor, "note.add", AuditAction.CREATE, note, decision, detail=detail)
    return note
