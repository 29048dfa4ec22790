"""The care team of a trajectory: adding a professional (also of another organisation),
ending a membership, and a teamleider's handover of a colleague's trajectories."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, Basis, decide, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.organisations.models import Membership

from ..models import PlanAction, TeamMember, Trajectory, can_join_care_teams
from ._shared import _team_add


def team_member_add(
    *, actor: Actor, trajectory: Trajectory, membership: Membership, is_key_person: bool = False
) -> TeamMember:
    """Adds a professional, also of another organisation. What they then see of the client's
    data still depends on the client's consent for their organisation. Only the organisation
    that runs the trajectory adds people to its team."""
    decision = require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    if not membership.is_active or membership.user.kind != "professional":
        raise ValidationError({"membership": _("Kies een actieve professional.")})
    if TeamMember.objects.filter(
        trajectory=trajectory, user_id=membership.user_id, ended_on__isnull=True
    ).exists():
        raise ValidationError({"membership": _("Deze persoon staat al in het team.")})
    with transaction.atomic():
        member = _team_add(actor, trajectory, membership, is_key_person=is_key_person)
        _audit(
            actor,
            "team.add",
            AuditAction.CREATE,
            member,
            decision,
            detail={"user": membership.user_id, "organisation": membership.organisation_id},
        )
    return member


def team_member_end(*, actor: Actor, member: TeamMember) -> TeamMember:
    """Ends a team membership: the organisation that runs the trajectory ends anyone's, a
    guest only their own. The last member of the organisation that runs the trajectory
    cannot leave it ownerless: a teamleider hands it over instead."""
    decision = require(actor, Action.END_TEAM_MEMBERSHIP, member)
    trajectory = member.trajectory
    if member.organisation_id == trajectory.organisation_id and member.ended_on is None:
        others = TeamMember.objects.filter(
            trajectory=trajectory,
            organisation_id=trajectory.organisation_id,
            ended_on__isnull=True,
        ).exclude(pk=member.pk)
        if not trajectory.is_closed and not others.exists():
            raise ValidationError(
                _(
                    "Dit is de laatste begeleider van %(org)s in dit traject. Voeg eerst een "
                    "collega toe of laat de teamleider het traject overdragen."
                )
                % {"org": trajectory.organisation.name}
            )
    with transaction.atomic():
        TeamMember.objects.filter(pk=member.pk, ended_on__isnull=True).update(
            ended_on=timezone.localdate(), is_key_person=False
        )
        _audit(actor, "team.end", AuditAction.UPDATE, member, decision)
    member.refresh_from_db()
    return member


def team_handover(
    *,
    actor: Actor,
    from_membership: Membership,
    to_membership: Membership,
    trajectory_ids: list[int],
) -> int:
    """A teamleider hands the chosen trajectories of a professional of their team over to a
    colleague in one step (issue 13: chosen one by one and confirmed, never "all" by an empty
    field). The old team membership ends (so the access it gave ends); the history keeps who
    held the trajectory when. On another organisation's trajectory (where the professional was
    a guest) the membership ends, but the colleague is not added: who joins that team is the
    owning organisation's decision. A chosen trajectory the professional no longer holds
    (someone else handed it over meanwhile) refuses the whole handover, so that the count the
    teamleider confirmed is the count that moves."""
    require(actor, Action.HAND_OVER)
    lead = actor.membership
    assert lead is not None
    if lead.team_id is None:
        raise ValidationError(_("Je hoort bij geen team, dus er is niets om over te dragen."))
    for membership in (from_membership, to_membership):
        if membership.organisation_id != lead.organisation_id or membership.team_id != lead.team_id:
            raise ValidationError(_("Je kunt alleen trajecten binnen je eigen team overdragen."))
    if not to_membership.is_active:
        raise ValidationError({"to_membership": _("Kies een collega die nog actief is.")})
    if from_membership.pk == to_membership.pk:
        raise ValidationError({"to_membership": _("Kies een andere collega.")})
    if not can_join_care_teams(to_membership):
        raise ValidationError(
            {"to_membership": _("Deze collega kan geen trajecten begeleiden. Kies een ander.")}
        )
    if not trajectory_ids:
        raise ValidationError({"trajectories": _("Kies minstens één traject om over te dragen.")})
    held = TeamMember.objects.filter(
        user_id=from_membership.user_id,
        organisation_id=from_membership.organisation_id,
        ended_on__isnull=True,
        trajectory__ended_on__isnull=True,
        trajectory_id__in=trajectory_ids,
    ).select_related("trajectory")
    if len(held) != len(set(trajectory_ids)):
        raise ValidationError(
            {
                "trajectories": _(
                    "Niet alle gekozen trajecten horen nog bij %(name)s: misschien heeft "
                    "iemand ze net overgedragen. Bekijk de lijst opnieuw."
                )
                % {"name": from_membership.user.full_name}
            }
        )
    today = timezone.localdate()
    with transaction.atomic():
        handed = 0
        for member in held:
            TeamMember.objects.filter(pk=member.pk).update(ended_on=today, is_key_person=False)
            owned = decide(actor, Action.MANAGE_TRAJECTORY, member.trajectory).allowed
            already = TeamMember.objects.filter(
                trajectory_id=member.trajectory_id,
                user_id=to_membership.user_id,
                ended_on__isnull=True,
            ).exists()
            if owned and not already:
                _team_add(
                    actor, member.trajectory, to_membership, is_key_person=member.is_key_person
                )
            # Open actions go with the trajectory, so none is left without a reachable owner
            # (on a guest's trajectory only to a colleague who is on that team).
            if owned or already:
                PlanAction.objects.filter(
                    trajectory_id=member.trajectory_id,
                    owner_id=from_membership.user_id,
                    done_on__isnull=True,
                ).update(owner_id=to_membership.user_id)
            record(
                actor,
                event="team.handover",
                action=AuditAction.UPDATE,
                obj=member.trajectory,
                basis=Basis.ROLE,
                detail={"from": from_membership.user_id, "to": to_membership.user_id},
            )
            handed += 1
    return handed
