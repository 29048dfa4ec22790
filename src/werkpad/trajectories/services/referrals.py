"""Referrals to a team of the own or another organisation: to another organisation only under
the client's consent for basic data; accepting one starts a trajectory, declining one needs
a reason the referrer reads."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, client_consents_to, decide, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client, Consent
from werkpad.organisations.models import Membership, Team

from ..models import Referral, ReferralStatus, Trajectory, author_category
from ._shared import _team_add
from .trajectory import TrajectorySetup, _trajectory_create


def referral_create(
    *,
    actor: Actor,
    client: Client,
    route: str,
    to_team: Team | None,
    reason: str,
    category: str = "",
) -> Referral:
    """A referral to a team. To another organisation only while the client's consent lets that
    organisation see the basic data: a referral must not tell anyone who is in care here."""
    decision = require(actor, Action.REFER_CLIENT, client)
    if to_team is None:
        raise ValidationError({"to_team": _("Kies het team waarnaar je verwijst.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Geef een reden voor de verwijzing.")})
    to_organisation = to_team.organisation
    own = _organisation(actor)
    if Referral.objects.filter(
        client=client, to_team=to_team, status=ReferralStatus.PENDING
    ).exists():
        raise ValidationError(
            {"to_team": _("Er staat al een verwijzing naar dit team open voor deze cliënt.")}
        )
    if to_organisation != own and not client_consents_to(client, to_organisation):
        raise ValidationError(
            {
                "to_team": _(
                    "%(org)s mag deze cliënt nog niet zien. Leg eerst samen met de cliënt de "
                    "toestemming voor basisgegevens vast."
                )
                % {"org": to_organisation.name}
            }
        )
    with transaction.atomic():
        referral = Referral.objects.create(
            client=client,
            route=route,
            from_organisation=own,
            from_user=_user(actor),
            to_organisation=to_organisation,
            to_team=to_team,
            reason=reason.strip(),
            # The receiving organisation reads the reason under consent for this category
            # (policy.readable_texts); without one given, the referrer's role decides it.
            category=category or author_category(actor.role),
        )
        _audit(
            actor,
            "referral.create",
            AuditAction.CREATE,
            referral,
            decision,
            detail={"route": route, "to": to_organisation.pk},
        )
    return referral


def referral_accept(
    *, actor: Actor, referral: Referral, setup: TrajectorySetup | None = None
) -> Trajectory:
    """The receiving team accepts: a trajectory of the referral's route starts, with the
    accepting professional as key person and the referrer on its team."""
    decision = require(actor, Action.DECIDE_REFERRAL, referral)
    try:
        with transaction.atomic():
            trajectory = _referral_accept(actor, referral, setup)
            _audit(actor, "referral.accept", AuditAction.UPDATE, referral, decision)
    except _ConsentWithdrawn:
        # The client withdrew while the form was open: the denial is logged (outside the
        # rolled-back transaction) and the actor no longer sees the referral.
        require(actor, Action.DECIDE_REFERRAL, referral)
        raise
    referral.refresh_from_db()
    return trajectory


class _ConsentWithdrawn(Exception):
    pass


def _referral_accept(actor: Actor, referral: Referral, setup: TrajectorySetup | None) -> Trajectory:
    # Consent is read again inside the transaction, with the client's consents for the
    # receiving organisation locked, so that a withdrawal either happens before (and the
    # accept is refused) or waits until the trajectory exists (and then closes it to others
    # as any withdrawal does). Accepting starts a trajectory this organisation owns.
    list(
        Consent.objects.select_for_update()
        .filter(client_id=referral.client_id, recipient_id=_organisation(actor).pk)
        .values_list("pk", flat=True)
    )
    if not decide(actor, Action.DECIDE_REFERRAL, referral):
        raise _ConsentWithdrawn
    updated = Referral.objects.filter(pk=referral.pk, status=ReferralStatus.PENDING).update(
        status=ReferralStatus.ACCEPTED, decided_by=_user(actor), decided_at=timezone.now()
    )
    if not updated:
        raise ValidationError(_("Over deze verwijzing is al besloten."))
    trajectory = _trajectory_create(
        actor, referral.client, referral.route, setup or TrajectorySetup()
    )
    referrer = (
        Membership.objects.filter(
            user=referral.from_user, organisation=referral.from_organisation, is_active=True
        )
        .order_by("id")
        .first()
    )
    if referrer is not None and referrer.user_id != _user(actor).pk:
        # The referrer stays involved; as key person only for another organisation (the
        # accepting professional is the key person of their own).
        other = referrer.organisation_id != _organisation(actor).pk
        _team_add(actor, trajectory, referrer, is_key_person=other)
    Referral.objects.filter(pk=referral.pk).update(trajectory=trajectory)
    return trajectory


def referral_decline(*, actor: Actor, referral: Referral, reason: str) -> Referral:
    decision = require(actor, Action.DECIDE_REFERRAL, referral)
    if not reason.strip():
        raise ValidationError({"reason": _("Geef een reden, zodat de verwijzer weet waarom.")})
    with transaction.atomic():
        updated = Referral.objects.filter(pk=referral.pk, status=ReferralStatus.PENDING).update(
            status=ReferralStatus.DECLINED,
            decided_by=_user(actor),
            decided_at=timezone.now(),
            decline_reason=reason.strip(),
            decline_category=author_category(actor.role),
        )
        if not updated:
            raise ValidationError(_("Over deze verwijzing is al besloten."))
        _audit(actor, "referral.decline", AuditAction.UPDATE, referral, decision)
    referral.refresh_from_db()
    return referral
