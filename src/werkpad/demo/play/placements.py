"""Playing the placements (``data.placements``) through the employment services: the
werkplekscan, the placement with its instruments, the filled vacancy, the follow-along, the
check-ins and, for a job that ended, its end; then the placements of trajectories already in
'nazorg', which are written directly (the placement service would move such a trajectory
back to 'plaatsing')."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from werkpad.access.actor import Actor
from werkpad.clients.models import DataCategory
from werkpad.employment import services
from werkpad.employment.models import (
    AppliedInstrument,
    ContactKind,
    InstrumentStatus,
    Light,
    Placement,
    VacancyStatus,
    WorkplaceScan,
    WorkType,
)
from werkpad.employment.services import InstrumentDecision, InstrumentUse, PlacementDetails
from werkpad.employment.wellbeing import evaluate_placement
from werkpad.trajectories.models import NoteKind, Perspective
from werkpad.trajectories.services import ladder_assess, note_add

from .. import clock
from ..data.placements import AFTERCARE, PLACEMENTS, SCAN_ASPECTS, Decided, PlacementStory
from .employers import World


def placements(world: World) -> None:
    for story in PLACEMENTS:
        _play(world, story)
    _in_aftercare(world)


def _decide(world: World, placement: Placement, code: str, decided: Decided, start: date) -> None:
    """The decision on an instrument, recorded by whom the story says (the deciding
    organisation's own klantmanager or arbeidsdeskundige, or the coach)."""
    applied = placement.instruments.get(instrument=code)
    services.instrument_update(
        actor=world.actor(decided.by),
        applied=applied,
        version=applied.version,
        decision=InstrumentDecision(
            status=decided.status,
            starts_on=applied.starts_on,
            ends_on=applied.ends_on,
            decided_on=(
                None
                if decided.status == InstrumentStatus.REQUESTED
                else clock.up_to_today(start + timedelta(days=decided.after))
            ),
            wage_value_percentage=decided.wage_value,
            wage_value_by=decided.wage_value_by,
            provider=decided.provider,
            coach_hours_per_month=Decimal(decided.hours) if decided.hours else None,
            note=applied.note,
        ),
        confirmed=True,  # the demo's decisions were made knowingly
    )


def _start(world: World, story: PlacementStory) -> date:
    if story.start_ago is not None:
        return clock.ago(story.start_ago)
    trajectory = world.trajectory(story.name)
    return world.phase_day(trajectory, story.start_phase) + timedelta(days=story.start_after)


def _play(world: World, story: PlacementStory) -> None:
    start = _start(world, story)
    coach = world.actor(story.coach)
    scan = None
    if story.scan_before is not None:
        scan = _scan(world, story, start - timedelta(days=story.scan_before))
    if story.scan_note is not None:
        before, text = story.scan_note
        note_add(
            actor=coach,
            trajectory=world.trajectory(story.name),
            category=DataCategory.WERK,
            text=text,
            occurred_on=clock.up_to_today(start - timedelta(days=before)),
            kind=NoteKind.NOTE,
        )
    placement = services.placement_record(
        actor=coach,
        trajectory=world.trajectory(story.name),
        details=PlacementDetails(
            employer=world.employers[story.employer],
            vacancy=world.vacancies[story.vacancy] if story.vacancy else None,
            scan=scan,
            job_title=story.job_title,
            work_type=story.work_type,
            start_on=start,
            hours_per_week=Decimal(story.hours),
            hourly_wage=Decimal(story.wage) if story.wage else None,
            contract_type=story.contract,
            adjustments=story.adjustments,
            red_light_decision=story.red_light_decision,
            instruments=tuple(
                InstrumentUse(
                    code=instrument.code,
                    starts_on=start,
                    ends_on=(
                        start + timedelta(days=instrument.days)
                        if instrument.days is not None
                        else None
                    ),
                    note=instrument.note,
                )
                for instrument in story.instruments
            ),
        ),
    )
    for instrument in story.instruments:
        if instrument.decided is not None:
            _decide(world, placement, instrument.code, instrument.decided, start)
    if story.fill:
        _fill(world, story.vacancy)
    for follow_up in story.follow_ups:
        _follow_up(
            coach,
            placement,
            start + timedelta(days=follow_up.day),
            follow_up.with_whom,
            follow_up.note,
            kind=follow_up.kind,
            for_employer=follow_up.for_employer,
        )
    for actor, series in (
        (world.client_actor, story.client_checkins),
        (world.actor("ips"), story.checkins),
    ):
        days = [(start + timedelta(days=day), scores, note) for day, scores, note in series]
        _checkins(actor, placement, days)
    if story.end is not None:
        ended = clock.ago(story.end.ago)
        placement.refresh_from_db()
        services.placement_end(
            actor=coach,
            placement=placement,
            version=placement.version,
            ended_on=ended,
            reason=story.end.reason,
            learned=story.end.learned,
        )
        ladder_assess(
            actor=coach,
            trajectory=world.trajectory(story.name),
            step=story.end.ladder_step,
            perspective=Perspective.PROFESSIONAL,
            assessed_on=ended + timedelta(days=1),
            note=story.end.ladder_note,
        )
    if story.signal:
        # The check-in service hands the evaluation to the background task after the
        # commit; the demo runs the same rule now, so the signal is there without a worker.
        last = start + timedelta(days=story.checkins[-1][0])
        evaluate_placement(placement.pk, now=clock.at(clock.up_to_today(last), 17))


def _scan(world: World, story: PlacementStory, on: date) -> WorkplaceScan:
    green = {"light": Light.GREEN, "note": ""}
    exceptions = {aspect: {"light": light, "note": note} for aspect, light, note in story.lights}
    return services.workplace_scan_record(
        actor=world.actor(story.coach),
        trajectory=world.trajectory(story.name),
        employer=world.employers[story.employer],
        vacancy=world.vacancies[story.vacancy],
        done_on=clock.up_to_today(on),
        lights={aspect: exceptions.get(aspect, green) for aspect in SCAN_ASPECTS},
    )


def _fill(world: World, key: str) -> None:
    """The vacancy is filled (by the placement just recorded)."""
    vacancy = world.vacancies[key]
    vacancy.refresh_from_db()
    world.vacancies[key] = services.vacancy_update(
        actor=world.actor("ips"),
        vacancy=vacancy,
        version=vacancy.version,
        details=replace(world.vacancy_details[key], status=VacancyStatus.FILLED),
    )


def _follow_up(
    actor: Actor,
    placement: Placement,
    on: date,
    with_whom: str,
    note: str,
    *,
    kind: str = ContactKind.FACE_TO_FACE,
    for_employer: bool = False,
) -> None:
    services.follow_up_add(
        actor=actor,
        placement=placement,
        occurred_on=clock.up_to_today(on),
        with_whom=with_whom,
        kind=kind,
        note=note,
        for_employer=for_employer,
    )


def _checkins(
    actor: Actor, placement: Placement, series: list[tuple[date, tuple[int, int, int], str]]
) -> None:
    for day, (work, workload, sleep), note in series:
        services.checkin_record(
            actor=actor,
            placement=placement,
            work=work,
            workload=workload,
            sleep=sleep,
            note=note,
            on=clock.up_to_today(day),
        )


def _in_aftercare(world: World) -> None:
    ips = world.actor("ips")
    for spec in AFTERCARE:
        trajectory = world.trajectory(spec.name)
        start = world.phase_day(trajectory, "plaatsing")
        placement = Placement.objects.create(
            trajectory=trajectory,
            organisation=world.ggz,
            employer=world.employers[spec.employer],
            job_title=spec.job_title,
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal(spec.hours),
            hourly_wage=Decimal(spec.wage),
            contract_type=spec.contract,
            coach=world.cast.users["ips"],
        )
        AppliedInstrument.objects.bulk_create(
            AppliedInstrument(placement=placement, instrument=code, starts_on=start)
            for code in spec.instruments
        )
        for days_ago, with_whom, note, for_employer in spec.follow_ups:
            _follow_up(
                ips, placement, clock.ago(days_ago), with_whom, note, for_employer=for_employer
            )
        _checkins(
            ips,
            placement,
            [(clock.ago(days_ago), scores, note) for days_ago, scores, note in spec.checkins],
        )
