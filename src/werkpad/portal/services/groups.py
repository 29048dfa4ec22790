"""Peer-support groups (decision 0030). Taking part is voluntary, free to leave, and private
unless the client chooses to tell their team. A group is started by an ervaringsdeskundige or
a herstelacademie and run by its members: a member who offers to host can be made the host,
hands hosting on or steps down; a professional facilitator is optional and may step back
once a member hosts. One transaction each, checked by the access policy and written to the
access log (a membership with the client's pseudonymous id) with the change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, organisation_of, user_of
from werkpad.access.policy import Action, Decision, require, visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client
from werkpad.core.versioning import save_versioned
from werkpad.organisations.models import ArbeidsmarktRegio

from ..models import GroupMode, PeerGroup, PeerGroupMembership
from ..selectors.groups import facilitator_candidates


class AlreadyMember(ValidationError):
    """Joining a group one is in: nothing changes, and the client is told so kindly."""


def _already(group: PeerGroup) -> AlreadyMember:
    return AlreadyMember(
        _("Je doet al mee met %(name)s. Er is niets veranderd.") % {"name": group.name}
    )


def group_join(*, actor: Actor, group: PeerGroup) -> PeerGroupMembership:
    """The client joins a group. A closed group is refused by the policy (403); joining
    twice changes nothing."""
    mine = visible_to(
        actor, PeerGroupMembership.objects.filter(group=group, left_at__isnull=True)
    ).filter(client__user=actor.user)
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
    """Leaving is always allowed, without questions. The team no longer sees it either; a
    host who leaves stops hosting with it (and so no longer sees the members)."""
    decision = require(actor, Action.CHANGE_OWN, membership)
    if membership.left_at is not None:
        return membership
    with transaction.atomic():
        membership.left_at = timezone.now()
        membership.offers_to_host = False
        membership.save(update_fields=["left_at", "offers_to_host"])
        hosting_ended = _end_hosting(membership.group_id, membership.pk)
        _audit(
            actor,
            "portal.peer_group.leave",
            AuditAction.UPDATE,
            membership,
            decision,
            detail={"group": membership.group_id, "hosting_ended": hosting_ended},
        )
    return membership


def _end_hosting(group_id: int, membership_id: int) -> bool:
    """The group's hosting ends when ``membership_id`` hosts it; whether it did."""
    return bool(
        PeerGroup.objects.filter(pk=group_id, host_id=membership_id).update(
            host=None, host_name="", version=F("version") + 1
        )
    )


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


# --- Offering to host ------------------------------------------------------------------------
def group_volunteer(
    *, actor: Actor, membership: PeerGroupMembership, offer: bool
) -> PeerGroupMembership:
    """The member offers to host the group, or takes the offer back. Who runs or hosts the
    group then sees their first name among those who offered."""
    decision = require(actor, Action.CHANGE_OWN, membership)
    if membership.left_at is not None:
        raise ValidationError(_("Je doet niet meer mee met deze groep."))
    if not offer and PeerGroup.objects.filter(host=membership).exists():
        raise ValidationError(
            _(
                "Je bent nu gastvrouw of gastheer van deze groep. Wil je daarmee stoppen? "
                "Kies dan 'Ik stop als gastvrouw of gastheer'."
            )
        )
    if membership.offers_to_host == offer:
        return membership
    with transaction.atomic():
        membership.offers_to_host = offer
        membership.save(update_fields=["offers_to_host"])
        _audit(
            actor,
            "portal.peer_group.volunteer",
            AuditAction.UPDATE,
            membership,
            decision,
            detail={"group": membership.group_id, "offers_to_host": offer},
        )
    return membership


# --- Hosting ---------------------------------------------------------------------------------
HOST_CHANGED = _(
    "Intussen is er iets veranderd bij de gastvrouw of gastheer van deze groep. Er is niets "
    "opgeslagen. Bekijk de groep opnieuw."
)


def group_host_appoint(*, actor: Actor, group: PeerGroup, membership_id: int) -> PeerGroup:
    """Makes a member who offered to host the host: by whoever runs the group (facilitator,
    starter, organisation) or by the current host, who so hands hosting on. Only a member
    who offered can be made host; a change made meanwhile by someone else is not
    overwritten."""
    decision = require(actor, Action.APPOINT_HOST, group)
    new_host = (
        visible_to(
            actor,
            PeerGroupMembership.objects.filter(
                group=group, left_at__isnull=True, offers_to_host=True
            ),
        )
        .filter(pk=membership_id)
        .select_related("client")
        .first()
    )
    if new_host is None:
        raise ValidationError(
            _(
                "Alleen een deelnemer die heeft aangeboden gastvrouw of gastheer te zijn, kan "
                "dat worden. Er is niets veranderd."
            )
        )
    if group.host_id == new_host.pk:
        raise ValidationError(
            _("%(name)s is al gastvrouw of gastheer van deze groep. Er is niets veranderd.")
            % {"name": new_host.first_name}
        )
    previous = group.host_id
    with transaction.atomic():
        changed = PeerGroup.objects.filter(pk=group.pk, host_id=previous).update(
            host=new_host, host_name=new_host.first_name, version=F("version") + 1
        )
        if not changed:
            raise ValidationError(HOST_CHANGED)
        # The offer is taken up: who runs the group no longer sees them among the volunteers.
        PeerGroupMembership.objects.filter(pk=new_host.pk).update(offers_to_host=False)
        _audit(
            actor,
            "portal.peer_group.host",
            AuditAction.UPDATE,
            new_host,
            decision,
            detail={"group": group.pk, "host": True, "previous": previous},
        )
    group.refresh_from_db()
    return group


def group_host_step_down(*, actor: Actor, group: PeerGroup) -> PeerGroup:
    """The host stops hosting (and stays a member). Always allowed, like leaving: the group
    then looks for a new host, and its starter sees that on their page."""
    decision = require(actor, Action.HOST_PEER_GROUP, group)
    group.refresh_from_db(fields=["host"])  # the host as it is now, not as the page loaded it
    hosting = (
        PeerGroupMembership.objects.select_related("client").filter(pk=group.host_id or 0).first()
    )
    if hosting is None:  # hosting ended meanwhile (the policy just saw it: a race)
        raise ValidationError(HOST_CHANGED)
    with transaction.atomic():
        if not _end_hosting(group.pk, hosting.pk):
            raise ValidationError(HOST_CHANGED)
        _audit(
            actor,
            "portal.peer_group.host",
            AuditAction.UPDATE,
            hosting,
            decision,
            detail={"group": group.pk, "host": False},
        )
    group.refresh_from_db()
    return group


@dataclass(frozen=True)
class Practicalities:
    description: str
    place: str
    schedule: str
    is_open: bool


def group_update(
    *, actor: Actor, group: PeerGroup, practicalities: Practicalities, version: int
) -> PeerGroup:
    """The host keeps the practicalities up to date. An edit made on an older version of the
    group is refused (``StaleEditError``), never applied over someone else's change."""
    decision = require(actor, Action.HOST_PEER_GROUP, group)
    values: dict[str, Any] = {
        "description": practicalities.description.strip(),
        "place": practicalities.place.strip(),
        "schedule": practicalities.schedule.strip(),
    }
    empty = [name for name, value in values.items() if not value]
    if empty:
        raise ValidationError({name: _("Vul dit veld in.") for name in empty})
    with transaction.atomic():
        save_versioned(PeerGroup, group, version, {**values, "is_open": practicalities.is_open})
        _audit(actor, "portal.peer_group.update", AuditAction.UPDATE, group, decision)
    return group


# --- The professional facilitator ----------------------------------------------------------
def group_step_back(*, actor: Actor, group: PeerGroup) -> PeerGroup:
    """The professional facilitator steps back and the members run the group. Only when a
    member hosts it: a group always has a host or a professional. From then on the
    ex-facilitator no longer sees the members."""
    decision = require(actor, Action.FACILITATE_GROUP, group)
    with transaction.atomic():
        stepped_back = PeerGroup.objects.filter(
            pk=group.pk,
            facilitator=user_of(actor),
            host__isnull=False,
            host__left_at__isnull=True,
        ).update(facilitator=None, version=F("version") + 1)
        if not stepped_back:
            raise ValidationError(
                _(
                    "Je kunt pas stoppen als begeleider als een deelnemer gastvrouw of gastheer "
                    "is. Een groep heeft altijd een gastvrouw of gastheer, of een professional. "
                    "Er is niets veranderd."
                )
            )
        _audit(
            actor,
            "portal.peer_group.facilitator",
            AuditAction.UPDATE,
            group,
            decision,
            detail={"facilitator": None, "previous": user_of(actor).pk},
        )
    group.refresh_from_db()
    return group


def group_facilitator_set(*, actor: Actor, group: PeerGroup, professional: User) -> PeerGroup:
    """Who runs the group (its starter, or one who starts groups at its organisation) asks a
    professional to facilitate it again. Only when it has none: a facilitator is not
    replaced behind their back."""
    decision = require(actor, Action.RUN_PEER_GROUP, group)
    if not facilitator_candidates(group).filter(pk=professional.pk).exists():
        raise ValidationError(
            {"professional": _("Kies een professional uit de lijst. Er is niets veranderd.")}
        )
    with transaction.atomic():
        changed = PeerGroup.objects.filter(pk=group.pk, facilitator__isnull=True).update(
            facilitator=professional, facilitator_since=timezone.now(), version=F("version") + 1
        )
        if not changed:
            raise ValidationError(_("Deze groep heeft al een begeleider. Er is niets veranderd."))
        _audit(
            actor,
            "portal.peer_group.facilitator",
            AuditAction.UPDATE,
            group,
            decision,
            detail={"facilitator": professional.pk},
        )
    group.refresh_from_db()
    return group


# --- Starting a group ------------------------------------------------------------------------
@dataclass(frozen=True)
class NewGroup:
    name: str
    theme: str
    description: str
    mode: str
    place: str
    schedule: str
    region: ArbeidsmarktRegio
    is_open: bool = True


def group_start(*, actor: Actor, new: NewGroup, facilitate: bool) -> PeerGroup:
    """An ervaringsdeskundige (of any organisation) or a professional of a herstelacademie
    starts a group for their organisation, with themselves as facilitator or without a
    professional (then a member who offers will host it)."""
    decision: Decision = require(actor, Action.START_PEER_GROUP)
    if new.mode not in GroupMode.values:
        raise ValidationError({"mode": _("Kies of de groep op locatie of online samenkomt.")})
    values: dict[str, Any] = {
        "name": new.name.strip(),
        "theme": new.theme.strip(),
        "description": new.description.strip(),
        "place": new.place.strip(),
        "schedule": new.schedule.strip(),
    }
    empty = [name for name, value in values.items() if not value]
    if empty:
        raise ValidationError({name: _("Vul dit veld in.") for name in empty})
    if PeerGroup.objects.filter(
        organisation=organisation_of(actor), name__iexact=values["name"]
    ).exists():
        raise ValidationError(
            {"name": _("Je organisatie heeft al een groep met deze naam. Kies een andere naam.")}
        )
    user = user_of(actor)
    organisation = organisation_of(actor)
    with transaction.atomic():
        group = PeerGroup.objects.create(
            organisation=organisation,
            started_by=user,
            facilitator=user if facilitate else None,
            region=new.region,
            mode=new.mode,
            is_open=new.is_open,
            **values,
        )
        _audit(
            actor,
            "network.peer_group.create",
            AuditAction.CREATE,
            group,
            decision,
            detail={"facilitated": facilitate, "region": new.region.code},
        )
    return group
