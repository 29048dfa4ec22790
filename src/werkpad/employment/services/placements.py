"""Placements: a competitive job pays at least the minimum wage; a scan that is not all green
needs a conscious decision; IPS moves to 'plaatsing' and the ladder up; an ended job moves back to
'zoeken'."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.actor import organisation_of as _organisation
from werkpad.access.actor import user_of as _user
from werkpad.access.policy import Action, may, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record_decision as _audit
from werkpad.core.versioning import save_versioned
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import (
    LadderAssessment,
    LadderStep,
    Perspective,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.phases import IPS_SEARCH, TrajectoryType

from ..instruments import INSTRUMENT_BY_CODE, minimum_hourly_wage
from ..models import (
    AppliedInstrument,
    ContractType,
    Employer,
    InstrumentStatus,
    JobEndReason,
    Placement,
    Signal,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkplaceScan,
    WorkType,
)
from ._shared import (
    IPS_BEFORE_PLACEMENT,
    IPS_PLACEMENT,
    SUPPORT_INSTRUMENTS,
    UNPAID_STEP,
    _choices_valid,
    _not_in_future,
)
from .instrument_decisions import InstrumentDecision, _unconfirmed, instrument_warnings

# --- Placement -----------------------------------------------------------------------------
# A placement can be recorded ahead, once the job is agreed: up to a year before it starts.
MAX_DAYS_AHEAD = 365


@dataclass(frozen=True, kw_only=True)
class InstrumentUse:
    code: str
    starts_on: date
    ends_on: date | None = None
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class PlacementDetails:
    employer: Employer
    job_title: str
    work_type: str
    start_on: date
    hours_per_week: Decimal
    contract_type: str
    hourly_wage: Decimal | None = None
    vacancy: Vacancy | None = None
    scan: WorkplaceScan | None = None
    adjustments: str = ""
    red_light_decision: str = ""
    instruments: tuple[InstrumentUse, ...] = ()
    confirmed: bool = False  # the user saw the instruments' warnings and saves anyway


def _age_on(born: date | None, day: date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _check_placement(trajectory: Trajectory, details: PlacementDetails) -> None:
    """Every problem at once, the first one per field: the wage, the contract and the
    workplace scan's decision come in the same round, not one after another."""
    _choices_valid(contract_type=(details.contract_type, ContractType.values))
    errors: dict[str, str] = {}
    if not details.job_title.strip():
        errors.setdefault("job_title", _("Vul de functie in."))
    if details.work_type not in WorkType.values:
        errors.setdefault("work_type", _("Kies de soort plaatsing."))
    if not Decimal("1") <= details.hours_per_week <= Decimal("48"):
        errors.setdefault("hours_per_week", _("Kies tussen 1 en 48 uur per week."))
    if details.start_on < trajectory.started_on:
        errors.setdefault("start_on", _("De startdatum ligt voor de start van het traject."))
    if details.start_on > timezone.localdate() + timedelta(days=MAX_DAYS_AHEAD):
        errors.setdefault(
            "start_on",
            _("Kies een startdatum binnen een jaar. Een plaatsing leg je vast als die vaststaat."),
        )
    if details.work_type == WorkType.COMPETITIVE:
        minimum = minimum_hourly_wage(_age_on(trajectory.client.date_of_birth, details.start_on))
        if details.hourly_wage is None or details.hourly_wage < minimum:
            errors.setdefault(
                "hourly_wage",
                _(
                    "Regulier betaald werk betaalt minstens het minimumloon: %(minimum)s "
                    "euro bruto per uur voor deze leeftijd."
                )
                % {"minimum": number_format(minimum, 2)},
            )
        if details.contract_type == "geen":
            errors.setdefault(
                "contract_type", _("Regulier betaald werk heeft een arbeidscontract.")
            )
    vacancy = details.vacancy
    if vacancy is not None and vacancy.employer_id != details.employer.pk:
        errors.setdefault("vacancy", _("Deze vacature hoort bij een andere werkgever."))
    if (
        vacancy is not None
        and vacancy.kind == VacancyKind.CREATED
        and vacancy.for_trajectory_id != trajectory.pk
    ):
        errors.setdefault("vacancy", _("Deze baan is voor iemand anders gemaakt."))
    scan = details.scan
    if scan is not None and scan.trajectory_id != trajectory.pk:
        errors.setdefault("scan", _("Deze werkplekscan hoort bij een ander traject."))
    if scan is not None and scan.employer_id != details.employer.pk:
        errors.setdefault("scan", _("Deze werkplekscan hoort bij een andere werkgever."))
    if scan is not None and not scan.all_green and not details.red_light_decision.strip():
        errors.setdefault("red_light_decision", _decision_needed(scan))
    for use in details.instruments:
        if use.code not in INSTRUMENT_BY_CODE:
            errors.setdefault("instruments", _("Onbekend instrument."))
        if use.ends_on is not None and use.ends_on < use.starts_on:
            errors.setdefault("instruments", _("Een instrument eindigt voor het begint."))
    warnings = [
        warning
        for use in details.instruments
        for warning in instrument_warnings(
            details.hours_per_week,
            use.code,
            InstrumentDecision(starts_on=use.starts_on, ends_on=use.ends_on),
        )
    ]
    for name, message in _unconfirmed(warnings, details.confirmed).items():
        errors.setdefault(name, message)
    if errors:
        raise ValidationError(errors)


def _decision_needed(scan: WorkplaceScan) -> str:
    """ "Alle lichten moeten op groen staan" (the werkplekscan's own rule, issue 13 item 9):
    a red or an orange light, or an aspect the scan did not look at, asks for the conscious
    decision."""
    if scan.red_aspects:
        return str(
            _(
                "De werkplekscan heeft een rood licht. Leg vast waarom jullie toch bewust voor "
                "deze plaatsing kiezen."
            )
        )
    if scan.orange_aspects:
        return str(
            _(
                "De werkplekscan heeft een oranje licht, en alle lichten moeten op groen staan. "
                "Leg vast waarom jullie toch bewust voor deze plaatsing kiezen."
            )
        )
    return str(
        _(
            "De werkplekscan heeft niet alles bekeken, en alle lichten moeten op groen staan. "
            "Leg vast waarom jullie toch bewust voor deze plaatsing kiezen."
        )
    )


def placement_record(
    *, actor: Actor, trajectory: Trajectory, details: PlacementDetails
) -> Placement:
    """Record a placement with its instruments (requested). Its vacancy is marked filled at
    once (one with more places is reopened by its holder or employer). On the start
    date, today or later (``placements_start_due``), an IPS trajectory moves to 'plaatsing'
    and the ladder goes up to the step this work is (never down). A placement moves the
    trajectory's phase, so it is the owning organisation's to record."""
    decision = require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    require(actor, Action.VIEW_EMPLOYER, details.employer)
    _check_placement(trajectory, details)
    if trajectory.ended_on is not None:
        raise ValidationError(_("Dit traject is afgesloten."))
    open_elsewhere = Placement.objects.filter(
        trajectory=trajectory, employer=details.employer, ended_on__isnull=True
    )
    if open_elsewhere.exists():
        raise ValidationError(_("Er loopt al een plaatsing bij deze werkgever."))
    with transaction.atomic():
        placement = Placement.objects.create(
            trajectory=trajectory,
            organisation=_organisation(actor),
            employer=details.employer,
            vacancy=details.vacancy,
            scan=details.scan,
            job_title=details.job_title.strip(),
            work_type=details.work_type,
            start_on=details.start_on,
            hours_per_week=details.hours_per_week,
            hourly_wage=details.hourly_wage,
            contract_type=details.contract_type,
            adjustments=details.adjustments.strip(),
            red_light_decision=details.red_light_decision.strip(),
            coach=_user(actor),
            start_pending=details.start_on > timezone.localdate(),
        )
        AppliedInstrument.objects.bulk_create(
            AppliedInstrument(
                placement=placement,
                instrument=use.code,
                # Ticked on the placement form: asked for, not yet decided (issue 13, item 8).
                status=InstrumentStatus.REQUESTED,
                starts_on=use.starts_on,
                ends_on=use.ends_on,
                note=use.note.strip(),
            )
            for use in details.instruments
        )
        if details.vacancy is not None:
            # The job is taken (issue 13, item 8): matching stops offering it. A vacancy with
            # more places is opened again by its holder or employer (``vacancy_reopen``). The
            # version stays: an edit of its texts meanwhile does not touch the status.
            Vacancy.objects.filter(pk=details.vacancy.pk, status=VacancyStatus.OPEN).update(
                status=VacancyStatus.FILLED, closed_at=timezone.now()
            )
        _audit(
            actor,
            "placement.create",
            AuditAction.CREATE,
            placement,
            decision,
            detail={
                "instruments": [u.code for u in details.instruments],
                "starts_on": details.start_on.isoformat(),
            },
        )
        if not placement.start_pending:
            _move_to_placement(actor, trajectory, placement)
    return placement


def _acting_for(placement: Placement) -> Actor | None:
    """Who a placement's start is done on behalf of, on its start date: the coach who
    recorded it, or after a handover a member of the placing organisation on the team now,
    as long as the policy lets them manage the trajectory. The access log names them, with
    ``on_start_date`` in the detail, because it is their recorded decision that takes
    effect."""
    members = TeamMember.objects.filter(
        trajectory_id=placement.trajectory_id,
        organisation_id=placement.organisation_id,
        ended_on__isnull=True,
        user__is_active=True,
    ).select_related("user")
    users = [placement.coach, *(m.user for m in members)]
    for user in users:
        membership = user.memberships.filter(
            organisation_id=placement.organisation_id, is_active=True
        ).first()
        if membership is None:
            continue
        actor = actor_for_user(user, membership_id=membership.pk)
        if may(actor, Action.MANAGE_TRAJECTORY, placement.trajectory):
            return actor
    return None


def placements_start_due(*, today: date | None = None) -> int:
    """The daily start of placements recorded ahead: on (or after, if a run was missed) the
    start date the trajectory moves to 'plaatsing' and up the ladder, dated the start date.
    A placement ended before it started is skipped. Returns how many started."""
    day = today or timezone.localdate()
    started = 0
    due = Placement.objects.filter(
        start_pending=True, start_on__lte=day, ended_on__isnull=True
    ).select_related("trajectory__client", "coach")
    for placement in due:
        actor = _acting_for(placement)
        if actor is None:
            continue  # nobody of the placing organisation may: it shows as pending to them
        with transaction.atomic():
            claimed = Placement.objects.filter(pk=placement.pk, start_pending=True).update(
                start_pending=False
            )
            if not claimed:
                continue
            _audit(
                actor,
                "placement.start",
                AuditAction.UPDATE,
                placement,
                require(actor, Action.MANAGE_TRAJECTORY, placement.trajectory),
                detail={"on_start_date": placement.start_on.isoformat()},
            )
            if placement.trajectory.ended_on is None:
                _move_to_placement(actor, placement.trajectory, placement)
        started += 1
    return started


def _move_to_placement(actor: Actor, trajectory: Trajectory, placement: Placement) -> None:
    # The caller's object may be older than the trajectory (a job ended meanwhile): its
    # phase and version are read again, so the phase change neither fails nor is skipped.
    trajectory.refresh_from_db()
    day = min(placement.start_on, timezone.localdate())  # the start day, also when caught up
    # Only forward: a new job while in aftercare ('nazorg') keeps the trajectory there.
    if trajectory.type == TrajectoryType.IPS and trajectory.phase in IPS_BEFORE_PLACEMENT:
        trajectory_services.trajectory_phase_change(
            actor=actor,
            trajectory=trajectory,
            version=trajectory.version,
            to_phase=IPS_PLACEMENT,
            reason=_("Geplaatst: %(job)s") % {"job": placement.job_title},
            on=day,
        )
    step = ladder_step_for(placement, {i.instrument for i in placement.instruments.all()})
    latest = (
        LadderAssessment.objects.filter(trajectory=trajectory, perspective=Perspective.PROFESSIONAL)
        .order_by("-assessed_on", "-id")
        .values_list("step", flat=True)
        .first()
    )
    if latest is None or step > latest:
        trajectory_services.ladder_assess(
            actor=actor,
            trajectory=trajectory,
            step=step,
            perspective=Perspective.PROFESSIONAL,
            assessed_on=day,
            note=_("Bij de plaatsing als %(job)s.") % {"job": placement.job_title},
        )


def ladder_step_for(placement: Placement, instruments: set[str]) -> int:
    if placement.work_type in UNPAID_STEP:
        return int(UNPAID_STEP[WorkType(placement.work_type)])
    if "proefplaatsing" in instruments:  # on trial with benefit kept: not paid yet
        return int(LadderStep.UNPAID_WORK)
    if instruments & SUPPORT_INSTRUMENTS:
        return int(LadderStep.PAID_WITH_SUPPORT)
    return int(LadderStep.PAID_WORK)


def placement_end(
    *,
    actor: Actor,
    placement: Placement,
    version: int,
    ended_on: date,
    reason: str,
    learned: str = "",
) -> Placement:
    """The job ended: the reason, what was learned; an IPS trajectory goes back to 'zoeken'
    (support is time-unlimited: a new start is the next step)."""
    decision = require(actor, Action.CHANGE_RECORD, placement)
    if placement.ended_on is not None:
        raise ValidationError(_("Deze plaatsing is al beëindigd."))
    if reason not in JobEndReason.values:
        raise ValidationError({"reason": _("Kies waarom het werk stopte.")})
    _not_in_future(ended_on, "ended_on")
    # A job that falls through before its start date ends before it began: that is allowed
    # while the start is pending, and then nothing about the trajectory had moved yet.
    not_started = placement.start_pending
    if ended_on < placement.start_on and not not_started:
        raise ValidationError({"ended_on": _("De einddatum ligt voor de startdatum.")})
    trajectory = placement.trajectory
    with transaction.atomic():
        save_versioned(
            Placement,
            placement,
            version,
            {
                "ended_on": ended_on,
                "end_reason": reason,
                "learned": learned.strip(),
                "start_pending": False,
            },
        )
        Signal.objects.filter(placement=placement, resolved_at__isnull=True).update(
            resolved_at=timezone.now(), resolved_by=_user(actor), resolution=_("Werk gestopt.")
        )
        _audit(
            actor,
            "placement.end",
            AuditAction.UPDATE,
            placement,
            decision,
            detail={"reason": reason, "tenure_days": placement.tenure_days()},
        )
        trajectory.refresh_from_db()
        still_working = Placement.objects.filter(trajectory=trajectory, ended_on__isnull=True)
        if (
            not not_started
            and trajectory.type == TrajectoryType.IPS
            and trajectory.ended_on is None
            and trajectory.phase != IPS_SEARCH
            and not still_working.exists()
        ):
            trajectory_services.trajectory_phase_change(
                actor=actor,
                trajectory=trajectory,
                version=trajectory.version,
                to_phase=IPS_SEARCH,
                reason=_("Werk gestopt (%(reason)s); we zoeken verder.")
                % {"reason": JobEndReason(reason).label},
                on=min(ended_on, timezone.localdate()),
            )
    return placement
