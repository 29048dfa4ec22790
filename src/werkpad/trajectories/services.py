"""Use cases that change trajectories: one transaction each, checked by the access policy and
written to the access log together with the change. Invariants that are not a form's business
(a completed intake has the work question, an IPS trajectory in aftercare ends only when the
client wants, a referral to another organisation needs the client's consent) live here, so
every entry point (page, API, demo data, generator) keeps them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.models import NEED_TO_KNOW_CATEGORIES
from werkpad.access.policy import (
    Action,
    Basis,
    client_consents_to,
    decide,
    require,
    team_members_who_would_read,
    visible_to,
)
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.audit.recorder import record_decision as _audit
from werkpad.clients.models import Client, Consent, DataCategory
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Membership, Team

from .models import (
    UWV_BENEFITS,
    EndReason,
    Goal,
    GoalRevision,
    Intake,
    IntakeOutcome,
    LadderAssessment,
    Meeting,
    Note,
    NoteKind,
    PhaseChange,
    PlanAction,
    Referral,
    ReferralStatus,
    TeamMember,
    Trajectory,
    author_category,
    default_category,
)
from .phases import CLOSED, IPS_AFTERCARE, IPS_SEARCH, TrajectoryType, phases_for


# --- Intake with the work question -------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class IntakeDetails:
    held_on: date
    ladder_step: int
    benefit_status: str
    has_paid_work: bool
    work_discussed: bool
    work_wish: str = ""
    work_direction: str = ""
    work_meaning: str = ""
    work_coherence: str = ""
    outcome: str
    ask_again_on: date | None = None
    reason: str
    refer_to: Team | None = None  # the receiving team when the outcome is a referral


def _check_intake(details: IntakeDetails) -> None:
    errors: dict[str, str] = {}
    if details.work_discussed and not details.work_wish:
        errors["work_wish"] = _("Vul in of de cliënt werkwensen heeft.")
    if details.work_discussed and not details.work_meaning.strip():
        errors["work_meaning"] = _("Schrijf op wat werk voor de cliënt betekent.")
    if details.outcome == IntakeOutcome.NOT_NOW:
        if details.ask_again_on is None or details.ask_again_on <= details.held_on:
            errors["ask_again_on"] = _("Kies een datum na de intake waarop je het opnieuw vraagt.")
    elif details.refer_to is None:
        errors["refer_to"] = _("Kies het team waarnaar je verwijst.")
    if not details.reason.strip():
        errors["reason"] = _("Geef een reden voor deze uitkomst.")
    if errors:
        raise ValidationError(errors)


def intake_record(*, actor: Actor, client: Client, details: IntakeDetails) -> Intake:
    """A ggz intake with the work question. An outcome other than 'not now' refers the client
    to the chosen team in the same step."""
    decision = require(actor, Action.RECORD_INTAKE, client)
    _check_intake(details)
    fields = asdict(details)
    team = fields.pop("refer_to")
    if details.outcome != IntakeOutcome.NOT_NOW:
        fields["ask_again_on"] = None  # only 'not now' has a date to ask again
    with transaction.atomic():
        referral = None
        if details.outcome != IntakeOutcome.NOT_NOW:
            referral = referral_create(
                actor=actor,
                client=client,
                route=details.outcome,
                to_team=team,
                reason=details.reason,
                category=Intake.category,  # the intake's reason keeps its category: werk
            )
        intake = Intake.objects.create(
            client=client,
            organisation=_organisation(actor),
            recorded_by=_user(actor),
            referral=referral,
            **fields,
        )
        _audit(
            actor,
            "intake.record",
            AuditAction.CREATE,
            intake,
            decision,
            detail={"outcome": details.outcome, "work_discussed": details.work_discussed},
        )
    return intake


# --- Referrals ---------------------------------------------------------------------------
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


@dataclass(frozen=True, kw_only=True)
class TrajectorySetup:
    wgb_months: int | None = None
    own_phases: list[str] = field(default_factory=list)
    wgb_reason: str = ""  # required when the client has no UWV benefit (REFERENCE §1.5)


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


# --- Trajectories and phases -------------------------------------------------------------
def _check_setup(trajectory_type: str, setup: TrajectorySetup) -> None:
    if trajectory_type == TrajectoryType.WGB and setup.wgb_months not in (12, 18):
        raise ValidationError({"wgb_months": _("Een WGB-traject duurt 12 of 18 maanden.")})
    if trajectory_type == TrajectoryType.OWN and not [p for p in setup.own_phases if p.strip()]:
        raise ValidationError({"own_phases": _("Noem minstens één fase van de eigen route.")})


def _wgb_reason(actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup) -> str:
    """WGB is for clients with specialist-ggz treatment and a UWV benefit (REFERENCE §1.5; seed
    004: "De behandelaar vraagt bij de intake naar de status van werk en uitkering"). Without
    a UWV benefit on the latest intake the actor may read (or without any intake), starting
    one needs a reason, which is kept. '' when no reason is needed."""
    if trajectory_type != TrajectoryType.WGB:
        return ""
    latest = (
        visible_to(actor, Intake.objects.filter(client=client)).order_by("-held_on", "-id").first()
    )
    if latest is not None and latest.benefit_status in UWV_BENEFITS:
        return ""
    reason = setup.wgb_reason.strip()
    if not reason:
        raise ValidationError(
            {
                "wgb_reason": _(
                    "WGB is bedoeld voor cliënten in de specialistische ggz met een uitkering "
                    "van UWV (WW, WIA, Wajong of Ziektewet). Uit de laatste intake blijkt geen "
                    "UWV-uitkering. Geef een reden om het WGB-traject toch te starten."
                )
            }
        )
    return reason


def _trajectory_create(
    actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup
) -> Trajectory:
    _check_setup(trajectory_type, setup)
    wgb_reason = _wgb_reason(actor, client, trajectory_type, setup)
    today = timezone.localdate()
    own_phases = [p.strip() for p in setup.own_phases if p.strip()]
    first = phases_for(trajectory_type, own_phases)[0].code
    trajectory = Trajectory.objects.create(
        client=client,
        type=trajectory_type,
        organisation=_organisation(actor),
        own_phases=own_phases,
        wgb_months=setup.wgb_months if trajectory_type == TrajectoryType.WGB else None,
        wgb_start_reason=wgb_reason,
        phase=first,
        phase_since=today,
        started_on=today,
        last_contact_on=today,
    )
    PhaseChange.objects.create(
        trajectory=trajectory,
        to_phase=first,
        changed_on=today,
        changed_by=_user(actor),
        organisation=_organisation(actor),
        category=author_category(actor.role),
    )
    membership = actor.membership
    assert membership is not None
    _team_add(actor, trajectory, membership, is_key_person=True)
    record(
        actor,
        event="trajectory.start",
        action=AuditAction.CREATE,
        obj=trajectory,
        basis=Basis.OWN_ORGANISATION,
        detail={
            "type": trajectory_type,
            **({"wgb_without_uwv_benefit": True} if wgb_reason else {}),
        },
    )
    return trajectory


def trajectory_start(
    *, actor: Actor, client: Client, trajectory_type: str, setup: TrajectorySetup | None = None
) -> Trajectory:
    """A trajectory the organisation starts for its own client (without a referral)."""
    require(actor, Action.START_TRAJECTORY, client)
    with transaction.atomic():
        return _trajectory_create(actor, client, trajectory_type, setup or TrajectorySetup())


def trajectory_phase_change(
    *,
    actor: Actor,
    trajectory: Trajectory,
    version: int,
    to_phase: str,
    reason: str = "",
    end_reason: str = "",
    on: date | None = None,
) -> Trajectory:
    """The organisation that runs the trajectory moves its phase (and closes it); a guest on
    the team does not."""
    decision = require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    day = on or timezone.localdate()
    codes = [p.code for p in trajectory.phases]
    if to_phase not in codes:
        raise ValidationError({"to_phase": _("Deze fase hoort niet bij dit traject.")})
    if to_phase == trajectory.phase:
        raise ValidationError({"to_phase": _("Het traject is al in deze fase.")})
    closing = to_phase == CLOSED
    if closing and end_reason not in EndReason.values:
        raise ValidationError({"end_reason": _("Kies waarom het traject stopt.")})
    if (
        closing
        and trajectory.type == TrajectoryType.IPS
        and trajectory.phase == IPS_AFTERCARE
        and end_reason != EndReason.CLIENT_WISH
    ):
        raise ValidationError(
            {"end_reason": _("Nazorg in IPS is onbeperkt: die stopt alleen als de cliënt dat wil.")}
        )
    changes: dict[str, Any] = {"phase": to_phase, "phase_since": day, "version": version + 1}
    if closing:
        changes.update(ended_on=day, end_reason=end_reason)
    else:
        changes.update(ended_on=None, end_reason="")
    if to_phase == IPS_SEARCH and trajectory.search_started_on is None:
        changes["search_started_on"] = day
    with transaction.atomic():
        updated = Trajectory.objects.filter(pk=trajectory.pk, version=version).update(**changes)
        if not updated:
            raise StaleEditError
        PhaseChange.objects.create(
            trajectory=trajectory,
            from_phase=trajectory.phase,
            to_phase=to_phase,
            changed_on=day,
            changed_by=_user(actor),
            organisation=_organisation(actor),
            reason=reason.strip() or (str(EndReason(end_reason).label) if closing else ""),
            # Others read the reason under consent for this category (the change itself
            # is on every timeline): a behandelaar's reason is about treatment.
            category=author_category(actor.role),
        )
        _audit(
            actor,
            "trajectory.phase",
            AuditAction.UPDATE,
            trajectory,
            decision,
            detail={"from": trajectory.phase, "to": to_phase},
        )
    trajectory.refresh_from_db()
    return trajectory


# --- Care team ---------------------------------------------------------------------------
def _team_add(
    actor: Actor, trajectory: Trajectory, membership: Membership, *, is_key_person: bool
) -> TeamMember:
    if is_key_person:
        # One key person per organisation on a trajectory.
        TeamMember.objects.filter(
            trajectory=trajectory,
            organisation_id=membership.organisation_id,
            ended_on__isnull=True,
        ).update(is_key_person=False)
    return TeamMember.objects.create(
        trajectory=trajectory,
        user_id=membership.user_id,
        organisation_id=membership.organisation_id,
        role=membership.role,
        is_key_person=is_key_person,
        started_on=timezone.localdate(),
        added_by=_user(actor),
    )


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
    trajectory_ids: list[int] | None = None,
) -> int:
    """A teamleider hands one or all trajectories of a professional of their team over to a
    colleague in one step. The old team membership ends (so the access it gave ends); the
    history keeps who held the trajectory when. On another organisation's trajectory (where
    the professional was a guest) the membership ends, but the colleague is not added: who
    joins that team is the owning organisation's decision."""
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
    held = TeamMember.objects.filter(
        user_id=from_membership.user_id,
        organisation_id=from_membership.organisation_id,
        ended_on__isnull=True,
    ).select_related("trajectory")
    if trajectory_ids is not None:
        held = held.filter(trajectory_id__in=trajectory_ids)
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


# --- The integrated plan -----------------------------------------------------------------
def _readers(trajectory: Trajectory, category: str, organisation_id: int) -> dict[int, str]:
    """Who would read a record of ``category`` (policy.team_members_who_would_read), by
    team-member id, as "name (organisation)"."""
    members = team_members_who_would_read(trajectory, category, organisation_id)
    return {m.pk: f"{m.user.full_name} ({m.organisation.name})" for m in members}


def _check_widening(
    *,
    actor: Actor,
    trajectory: Trajectory,
    category: str,
    reference: str,
    confirmed: bool,
    field: str = "category",
) -> dict[str, Any]:
    """Issue 11, item 4: a category that lets more people read a record than the
    ``reference`` one (the default for its life domain and the author's role, or its category
    so far) is refused unless the author confirms it; the refusal names who would then read
    it too. Returns what the audit row notes about a confirmed widening (empty otherwise)."""
    if not category or category == reference:
        return {}
    organisation_id = actor.organisation_id
    assert organisation_id is not None
    extra = _readers(trajectory, category, organisation_id)
    for pk in _readers(trajectory, reference, organisation_id):
        extra.pop(pk, None)
    names = sorted(extra.values())
    # Out of need-to-know (decision 0033), every colleague of the organisation reads it, on
    # the team or not: a widening even when the team is the organisation's alone.
    colleagues = reference in NEED_TO_KNOW_CATEGORIES and category not in NEED_TO_KNOW_CATEGORIES
    if colleagues:
        names.append(
            _("collega's van %(organisation)s buiten het team")
            % {"organisation": _organisation(actor).name}
        )
    if not names:
        return {}
    if not confirmed:
        raise ValidationError(
            {
                field: _(
                    "Met soort gegevens '%(chosen)s' lezen meer mensen dit dan met "
                    "'%(default)s', de soort die hier hoort: ook %(names)s. Kies "
                    "'%(default)s', of vink aan dat zij het ook mogen lezen."
                )
                % {
                    "chosen": DataCategory(category).label,
                    "default": DataCategory(reference).label,
                    "names": ", ".join(names),
                }
            }
        )
    return {
        "wider": category,
        "default": reference,
        "extra_readers": sorted(extra),
        "colleagues_off_the_team": colleagues,
    }


@dataclass(frozen=True, kw_only=True)
class GoalDetails:
    category: str  # empty: the default for the life domain and the author's role
    life_domain: str
    own_words: str
    professional_text: str = ""
    status: str = "proposed"
    target_date: date | None = None


def _snapshot(details: GoalDetails) -> dict[str, Any]:
    data = asdict(details)
    data["target_date"] = details.target_date.isoformat() if details.target_date else None
    return data


def goal_create(
    *, actor: Actor, trajectory: Trajectory, details: GoalDetails, confirm_wider: bool = False
) -> Goal:
    """The category follows from the life domain and the author's role unless chosen; a
    chosen one that more people read needs ``confirm_wider`` (``_check_widening``)."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    default = default_category(details.life_domain, actor.role)
    widened = _check_widening(
        actor=actor,
        trajectory=trajectory,
        category=details.category,
        reference=default,
        confirmed=confirm_wider,
    )
    if not details.category:
        details = replace(details, category=default)
    with transaction.atomic():
        goal = Goal.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            created_by=_user(actor),
            **asdict(details),
        )
        GoalRevision.objects.create(
            goal=goal, version=1, snapshot=_snapshot(details), changed_by=_user(actor)
        )
        _audit(actor, "goal.create", AuditAction.CREATE, goal, decision, detail=widened or None)
    return goal


def goal_update(
    *, actor: Actor, goal: Goal, version: int, details: GoalDetails, confirm_wider: bool = False
) -> Goal:
    """Refused (``StaleEditError``) when someone changed the goal since ``version``. A new
    category that more people read than the goal's category so far needs ``confirm_wider``;
    an empty one keeps the goal's category."""
    decision = require(actor, Action.CHANGE_RECORD, goal)
    widened = _check_widening(
        actor=actor,
        trajectory=goal.trajectory,
        category=details.category,
        reference=goal.category,
        confirmed=confirm_wider,
    )
    if not details.category:
        details = replace(details, category=goal.category)
    with transaction.atomic():
        updated = Goal.objects.filter(pk=goal.pk, version=version).update(
            version=version + 1, **asdict(details)
        )
        if not updated:
            raise StaleEditError
        GoalRevision.objects.create(
            goal=goal, version=version + 1, snapshot=_snapshot(details), changed_by=_user(actor)
        )
        _audit(actor, "goal.update", AuditAction.UPDATE, goal, decision, detail=widened or None)
    goal.refresh_from_db()
    return goal


def _may_own_actions(trajectory: Trajectory, owner: User) -> bool:
    """A team member, or the client (who marks their own actions done in the portal)."""
    if owner.pk is not None and owner.pk == trajectory.client.user_id:
        return True
    return TeamMember.objects.filter(
        trajectory=trajectory, user=owner, ended_on__isnull=True
    ).exists()


def action_create(
    *,
    actor: Actor,
    trajectory: Trajectory,
    description: str,
    owner: User,
    due_on: date,
    goal: Goal | None = None,
    meeting: Meeting | None = None,
    category: str = "",
    confirm_wider: bool = False,
) -> PlanAction:
    """Of a goal, the action has the goal's category. A meeting's decision has the meeting's
    category unless chosen; otherwise the chosen one or the author's role's. A chosen category
    that more people read than that reference (the meeting's, or the role's) needs
    ``confirm_wider``."""
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    if not description.strip():
        raise ValidationError({"description": _("Beschrijf de actie.")})
    if not _may_own_actions(trajectory, owner):
        raise ValidationError(
            {"owner": _("Wie de actie doet, moet in het team staan of de cliënt zelf zijn.")}
        )
    widened: dict[str, Any] = {}
    if goal:
        category = goal.category
    else:
        default = meeting.category if meeting else author_category(actor.role)
        widened = _check_widening(
            actor=actor,
            trajectory=trajectory,
            category=category,
            reference=default,
            confirmed=confirm_wider,
        )
        category = category or default
    with transaction.atomic():
        action = PlanAction.objects.create(
            trajectory=trajectory,
            goal=goal,
            meeting=meeting,
            organisation=_organisation(actor),
            category=category,
            description=description.strip(),
            owner=owner,
            due_on=due_on,
        )
        _audit(actor, "action.create", AuditAction.CREATE, action, decision, detail=widened or None)
    return action


def action_complete(*, actor: Actor, action: PlanAction) -> PlanAction:
    decision = require(actor, Action.CHANGE_RECORD, action)
    with transaction.atomic():
        PlanAction.objects.filter(pk=action.pk, done_on__isnull=True).update(
            done_on=timezone.localdate()
        )
        _audit(actor, "action.complete", AuditAction.UPDATE, action, decision)
    action.refresh_from_db()
    return action


# --- Meetings ----------------------------------------------------------------------------
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
            raise StaleEditError
        _audit(actor, "meeting.update", AuditAction.UPDATE, meeting, decision)
    meeting.refresh_from_db()
    return meeting


# --- Participatieladder and notes ---------------------------------------------------------
def ladder_assess(
    *,
    actor: Actor,
    trajectory: Trajectory,
    step: int,
    perspective: str,
    assessed_on: date,
    note: str = "",
) -> LadderAssessment:
    decision = require(actor, Action.ADD_OWN_RECORD, trajectory)
    if not 1 <= step <= 6:
        raise ValidationError({"step": _("Kies een trede van 1 tot en met 6.")})
    if assessed_on > timezone.localdate():
        raise ValidationError({"assessed_on": _("Een inschatting kan niet in de toekomst liggen.")})
    if assessed_on < trajectory.started_on:
        raise ValidationError({"assessed_on": _("Deze datum ligt voor de start van het traject.")})
    with transaction.atomic():
        assessment = LadderAssessment.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            step=step,
            perspective=perspective,
            assessed_on=assessed_on,
            assessed_by=_user(actor),
            note=note.strip(),
        )
        _audit(actor, "ladder.assess", AuditAction.CREATE, assessment, decision)
    return assessment


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


def touch_contact(trajectory: Trajectory, day: date) -> None:
    Trajectory.objects.filter(pk=trajectory.pk).filter(
        Q(last_contact_on__isnull=True) | Q(last_contact_on__lt=day)
    ).update(last_contact_on=day)
