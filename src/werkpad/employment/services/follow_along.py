"""Follow-along after placement: notes (the employer's preview checked for care words, corrected or
withdrawn), the worker's check-ins and the signals they raise."""

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
from werkpad.core.forms import StaleEditError
from werkpad.trajectories import services as trajectory_services

from ..care_words import care_words_in
from ..models import (
    CheckIn,
    ContactKind,
    FollowUpContact,
    Placement,
    Signal,
    WithWhom,
)
from ._shared import _not_in_future


# --- Follow-along and check-ins ------------------------------------------------------------
def follow_up_add(
    *,
    actor: Actor,
    placement: Placement,
    occurred_on: date,
    with_whom: str,
    kind: str,
    note: str,
    for_employer: bool = False,
) -> FollowUpContact:
    decision = require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    _not_in_future(occurred_on, "occurred_on")
    if occurred_on < placement.start_on:
        raise ValidationError({"occurred_on": _("Nazorg begint op de eerste werkdag.")})
    if with_whom not in WithWhom.values:
        raise ValidationError({"with_whom": _("Kies met wie.")})
    if kind not in ContactKind.values:
        raise ValidationError({"kind": _("Kies de soort contact.")})
    if not note.strip():
        raise ValidationError({"note": _("Schrijf kort wat er besproken is.")})
    if for_employer:
        follow_up_check_for_employer(note=note)
    with transaction.atomic():
        contact = FollowUpContact.objects.create(
            placement=placement,
            organisation=_organisation(actor),
            occurred_on=occurred_on,
            with_whom=with_whom,
            kind=kind,
            note=note.strip(),
            for_employer=for_employer,
            author=_user(actor),
        )
        if with_whom != WithWhom.EMPLOYER:
            trajectory_services.touch_contact(placement.trajectory, occurred_on)
        _audit(actor, "follow_up.create", AuditAction.CREATE, contact, decision)
    return contact


def follow_up_check_for_employer(*, note: str) -> str:
    """The note as the employer will read it, or ``ValidationError`` naming the first care
    word in it: the employer learns nothing about care or health through the coach."""
    words = care_words_in(note)
    if words:
        raise ValidationError(
            {
                "note": _(
                    "Je schrijft '%(word)s'. Dat gaat over zorg of gezondheid. De werkgever "
                    "mag daar niets over lezen. Haal het weg, of maak het bericht niet "
                    "zichtbaar voor de werkgever."
                )
                % {"word": words[0]}
            }
        )
    return note.strip()


def follow_up_withdraw(*, actor: Actor, contact: FollowUpContact) -> FollowUpContact:
    """Takes a note back from the employer: from the next request on the employer no longer
    sees it. The note stays for the team (and the log says who withdrew it and when)."""
    decision = require(actor, Action.CHANGE_RECORD, contact)
    with transaction.atomic():
        locked = FollowUpContact.objects.select_for_update().get(pk=contact.pk)
        if locked.withdrawn_at is not None:
            raise ValidationError(_("Dit bericht is al teruggetrokken."))
        if not locked.for_employer:
            raise ValidationError(_("Dit bericht was niet zichtbaar voor de werkgever."))
        locked.withdrawn_at = timezone.now()
        locked.withdrawn_by = _user(actor)
        locked.save(update_fields=["withdrawn_at", "withdrawn_by"])
        _audit(actor, "follow_up.withdraw", AuditAction.UPDATE, locked, decision)
    return locked


def follow_up_correct(*, actor: Actor, contact: FollowUpContact, note: str) -> FollowUpContact:
    """A correction of a note shared with the employer is a new version: a new row that
    replaces the old one, which is withdrawn (the employer sees only the new text). Checked
    for care words like a new note."""
    decision = require(actor, Action.CHANGE_RECORD, contact)
    if not note.strip():
        raise ValidationError({"note": _("Schrijf kort wat er besproken is.")})
    text = follow_up_check_for_employer(note=note)
    with transaction.atomic():
        old = FollowUpContact.objects.select_for_update().get(pk=contact.pk)
        if old.withdrawn_at is not None or not old.for_employer:
            raise ValidationError(
                _("Dit bericht ziet de werkgever niet (meer). Verbeteren kan dan niet.")
            )
        old.withdrawn_at = timezone.now()
        old.withdrawn_by = _user(actor)
        old.save(update_fields=["withdrawn_at", "withdrawn_by"])
        new = FollowUpContact.objects.create(
            placement=old.placement,
            organisation=_organisation(actor),
            occurred_on=old.occurred_on,
            with_whom=old.with_whom,
            kind=old.kind,
            note=text,
            for_employer=True,
            author=_user(actor),
            replaces=old,
        )
        _audit(actor, "follow_up.withdraw", AuditAction.UPDATE, old, decision)
        _audit(actor, "follow_up.correct", AuditAction.CREATE, new, decision)
    return new


def checkin_record(
    *,
    actor: Actor,
    placement: Placement,
    work: int,
    workload: int,
    sleep: int,
    support_needed: bool = False,
    note: str = "",
    on: date | None = None,
) -> CheckIn:
    """A well-being check-in by the worker (their own placement) or by the coach. The early-
    warning task reads it after the commit, through the tasks backend."""
    if actor.is_client:
        # Only on their own placement: another's is refused (and logged) by the policy.
        decision = require(actor, Action.WORKER_CHECKIN, placement)
    else:
        decision = require(actor, Action.ADD_OWN_RECORD, placement.trajectory)
    for name, value in (("work", work), ("workload", workload), ("sleep", sleep)):
        if value not in (1, 2, 3):
            raise ValidationError({name: _("Kies een van de drie antwoorden.")})
    day = on or timezone.localdate()
    _not_in_future(day, "on")
    if day < placement.start_on:
        raise ValidationError({"on": _("Een check-in hoort bij het werk: na de eerste werkdag.")})
    if placement.ended_on is not None:
        raise ValidationError(_("Dit werk is gestopt; een check-in hoort bij lopend werk."))
    with transaction.atomic():
        checkin = CheckIn.objects.create(
            placement=placement,
            organisation=placement.organisation if actor.is_client else _organisation(actor),
            on=day,
            by_worker=actor.is_client,
            work=work,
            workload=workload,
            sleep=sleep,
            support_needed=support_needed,
            note=note.strip(),
            recorded_by=_user(actor),
        )
        _audit(actor, "checkin.create", AuditAction.CREATE, checkin, decision)
        from ..tasks import evaluate_checkins

        transaction.on_commit(lambda: evaluate_checkins.enqueue(placement.pk))
    return checkin


def signal_resolve(*, actor: Actor, signal: Signal, resolution: str) -> Signal:
    decision = require(actor, Action.CHANGE_RECORD, signal)
    if signal.resolved_at is not None:
        raise ValidationError(_("Dit signaal is al afgehandeld."))
    if not resolution.strip():
        raise ValidationError({"resolution": _("Schrijf wat er gedaan is.")})
    with transaction.atomic():
        updated = Signal.objects.filter(pk=signal.pk, resolved_at__isnull=True).update(
            resolved_at=timezone.now(), resolved_by=_user(actor), resolution=resolution.strip()
        )
        if not updated:
            raise StaleEditError
        signal.refresh_from_db()
        _audit(actor, "signal.resolve", AuditAction.UPDATE, signal, decision)
    return signal
