"""Taking part in a peer-support group: voluntary, free to leave, and private unless the
client chooses to tell their team. One transaction each, checked by the access policy and
written to the access log (with the client's pseudonymous id) with the change."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client

from ..models import PeerGroup, PeerGroupMembership


class AlreadyMember(ValidationError):
    """Joining a group one is in: nothing changes, and the client is told so kindly."""


def _already(group: PeerGroup) -> AlreadyMember:
    return AlreadyMember(
        _("Je doet al mee met %(name)s. Er is niets veranderd.") % {"name": group.name}
    )


def group_join(*, actor: Actor, group: PeerGroup) -> PeerGroupMembership:
    """The client joins a group. A closed group is refused by the policy (403); joining
    twice changes nothing."""
    mine = visible_to(actor, PeerGroupMembership.objects.filter(group=group, left_at__isnull=True))
    if mine.exists():
        raise _already(group)
    decision = require(actor, Action.CHANGE_OWN, group)
    client = Client.objects.filter(user=actor.user).first()
    if client is None:
        raise ValidationError(_("Je hebt nog geen dossier bij een team. Vraag je team om hulp."))
    try:
        with transaction.atomic():
            membership = PeerGroupMembership.objects.create(group=group, client=client)
            _audit(
                actor,
                "portal.peer_group.join",
                AuditAction.CREATE,
                membership,
                decision,
                detail={"group": group.pk},
            )
    except IntegrityError as exc:  # a second click at the same moment
        raise _already(group) from exc
    return membership


def group_leave(*, actor: Actor, membership: PeerGroupMembership) -> PeerGroupMembership:
    """Leaving is always allowed, without questions. The team no longer sees it either."""
    decision = require(actor, Action.CHANGE_OWN, membership)
    if membership.left_at is not None:
        return membership
    with transaction.atomic():
        membership.left_at = timezone.now()
        membership.save(update_fields=["left_at"])
        _audit(
            actor,
            "portal.peer_group.leave",
            AuditAction.UPDATE,
            membership,
            decision,
            detail={"group": membership.group_id},
        )
    return membership


def group_share(
    *, actor: Actor, membership: PeerGroupMembership, share: bool
) -> PeerGroupMembership:
    """Whether the client's team may know that they take part. Takes effect at once."""
    decision = require(actor, Action.CHANGE_OWN, membership)
    if membership.left_at is not None:
        raise ValidationError(_("Je doet niet meer mee met deze groep."))
    if membership.share_with_team == share:
        return membership
    with transaction.atomic():
        membership.share_with_team = share
        membership.save(update_fields=["share_with_team"])
        _audit(
            actor,
            "portal.peer_group.share",
            AuditAction.UPDATE,
            membership,
            decision,
            detail={"group": membership.group_id, "share_with_team": share},
        )
    return membership
