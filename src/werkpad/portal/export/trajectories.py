"""The client's trajectories in the export: phases with their reasons, team, goals, actions,
meetings, notes, ladder, pace, career profile, workplace scans, placements with their
instruments, follow-along and check-ins, and conversations. One query per kind of record."""

from __future__ import annotations

from typing import Any

from werkpad.access.actor import Actor
from werkpad.clients.models import Client
from werkpad.employment.models import (
    AppliedInstrument,
    CareerProfile,
    CheckIn,
    FollowUpContact,
    Placement,
    Signal,
    WorkHistoryEntry,
    WorkplaceScan,
)
from werkpad.portal.models import (
    Message,
    PaceStatement,
    Thread,
)
from werkpad.portal.selectors.words import PERSPECTIVE_WORDS, client_phase_label
from werkpad.trajectories.models import (
    Goal,
    LadderAssessment,
    Meeting,
    Note,
    PhaseChange,
    PlanAction,
    TeamMember,
    Trajectory,
)

from ._common import by_key, category_label, label, name_of, visible


def _career_profile(p: CareerProfile, history: list[WorkHistoryEntry]) -> dict[str, Any]:
    return {
        "own_words": p.own_words,
        "work_kinds": p.work_kinds,
        "sectors": p.sectors,
        "avoid_kinds": p.avoid_kinds,
        "avoid_sectors": p.avoid_sectors,
        "hours_min": p.hours_min,
        "hours_max": p.hours_max,
        "home_gemeente": p.home_gemeente.name if p.home_gemeente else "",
        "travel_scope": p.travel_scope,
        "travel_note": p.travel_note,
        "available_from": p.available_from,
        "needs_at_work": [str(c.label) for c in p.needs],
        "talents": p.talents,
        "interests": p.interests,
        "education": p.education,
        "helps": p.helps,
        "hinders": p.hinders,
        "support_wished": p.support_wished,
        "benefit_status": p.benefit_status,
        "register_status": p.register_status,
        "updated_at": p.updated_at,
        "work_history": [
            {
                "job": h.job,
                "employer": h.employer_name,
                "from_year": h.from_year,
                "to_year": h.to_year,
                "went_well": h.went_well,
                "why_ended": h.why_ended,
            }
            for h in history
        ],
    }


def _placement(
    p: Placement,
    instruments: list[AppliedInstrument],
    follow_ups: list[FollowUpContact],
    checkins: list[CheckIn],
    signals: list[Signal],
) -> dict[str, Any]:
    return {
        "id": p.pk,
        "employer": p.employer.name,
        "job_title": p.job_title,
        "work_type": p.work_type,
        "work_type_label": label(p, "work_type"),
        "start_on": p.start_on,
        "hours_per_week": p.hours_per_week,
        "hourly_wage": p.hourly_wage,
        "contract_type": p.contract_type,
        "contract_type_label": label(p, "contract_type"),
        "adjustments": p.adjustments,
        "ended_on": p.ended_on,
        "end_reason": p.end_reason,
        "learned": p.learned,
        "instruments": [
            {"instrument": i.instrument, "starts_on": i.starts_on, "ends_on": i.ends_on}
            for i in instruments
        ],
        "follow_up_contacts": [
            {
                "occurred_on": f.occurred_on,
                "with_whom": f.with_whom,
                "with_whom_label": label(f, "with_whom"),
                "note": f.note,
                "author": name_of(f.author),
            }
            for f in follow_ups
        ],
        "checkins": [
            {
                "on": c.on,
                "by_me": c.by_worker,
                "work": c.work,
                "work_label": label(c, "work"),
                "workload": c.workload,
                "workload_label": label(c, "workload"),
                "sleep": c.sleep,
                "sleep_label": label(c, "sleep"),
                "support_needed": c.support_needed,
                "note": c.note,
            }
            for c in checkins
        ],
        "signals": [
            {
                "reason": s.reason,
                "reason_label": label(s, "reason"),
                "raised_at": s.raised_at,
                "resolved_at": s.resolved_at,
                "resolution": s.resolution,
            }
            for s in signals
        ],
    }


def _thread(t: Thread, messages: list[Message]) -> dict[str, Any]:
    return {
        "id": t.pk,
        "subject": t.subject,
        "with": name_of(t.professional),
        "category": t.category,
        "category_label": category_label(t.category),
        "created_at": t.created_at,
        "messages": [
            {"author": name_of(m.author), "at": m.created_at, "body": m.body} for m in messages
        ],
    }


def trajectory_rows(actor: Actor, client: Client) -> list[dict[str, Any]]:
    trajectories = visible(
        actor, Trajectory.objects.filter(client=client).select_related("organisation")
    )
    on = {"trajectory__client": client}
    changes = by_key(
        visible(actor, PhaseChange.objects.filter(**on).select_related("trajectory")),
        "trajectory_id",
    )
    team = by_key(
        visible(actor, TeamMember.objects.filter(**on).select_related("user", "organisation")),
        "trajectory_id",
    )
    goals = by_key(visible(actor, Goal.objects.filter(**on)), "trajectory_id")
    actions = by_key(
        visible(actor, PlanAction.objects.filter(**on).select_related("owner")), "trajectory_id"
    )
    meetings = by_key(
        visible(actor, Meeting.objects.filter(**on).prefetch_related("participants")),
        "trajectory_id",
    )
    notes = by_key(
        visible(actor, Note.objects.filter(**on).select_related("author", "organisation")),
        "trajectory_id",
    )
    ladder = by_key(visible(actor, LadderAssessment.objects.filter(**on)), "trajectory_id")
    paces = by_key(visible(actor, PaceStatement.objects.filter(**on)), "trajectory_id")
    profiles = {
        p.trajectory_id: p
        for p in visible(actor, CareerProfile.objects.filter(**on).select_related("home_gemeente"))
    }
    history = by_key(
        visible(actor, WorkHistoryEntry.objects.filter(profile__trajectory__client=client)),
        "profile_id",
    )
    scans = by_key(
        visible(actor, WorkplaceScan.objects.filter(**on).select_related("employer")),
        "trajectory_id",
    )
    placements = by_key(
        visible(actor, Placement.objects.filter(**on).select_related("employer")),
        "trajectory_id",
    )
    on_placement = {"placement__trajectory__client": client}
    instruments = by_key(
        visible(actor, AppliedInstrument.objects.filter(**on_placement)), "placement_id"
    )
    follow_ups = by_key(
        visible(actor, FollowUpContact.objects.filter(**on_placement).select_related("author")),
        "placement_id",
    )
    checkins = by_key(visible(actor, CheckIn.objects.filter(**on_placement)), "placement_id")
    signals = by_key(visible(actor, Signal.objects.filter(**on)), "placement_id")
    threads = by_key(
        visible(actor, Thread.objects.filter(**on).select_related("professional")),
        "trajectory_id",
    )
    messages = by_key(
        visible(
            actor,
            Message.objects.filter(thread__trajectory__client=client).select_related("author"),
        ),
        "thread_id",
    )
    result = []
    for t in trajectories:
        profile = profiles.get(t.pk)
        result.append(
            {
                "id": t.pk,
                "type": t.type,
                "type_label": label(t, "type"),
                "organisation": t.organisation.name,
                "phase": t.phase,
                "phase_label": client_phase_label(t.phase, t.phase_label),
                "started_on": t.started_on,
                "ended_on": t.ended_on,
                "end_reason": t.end_reason,
                "phase_changes": [
                    {
                        "to_phase": c.to_phase,
                        "to_label": c.to_label,
                        "on": c.changed_on,
                        "reason": c.reason,
                    }
                    for c in changes[t.pk]
                ],
                "team": [
                    {
                        "name": name_of(m.user),
                        "role": m.role,
                        "role_label": label(m, "role"),
                        "organisation": m.organisation.name,
                        "key_person": m.is_key_person,
                        "from": m.started_on,
                        "until": m.ended_on,
                    }
                    for m in team[t.pk]
                ],
                "goals": [
                    {
                        "own_words": g.own_words,
                        "professional_text": g.professional_text,
                        "life_domain": g.life_domain,
                        "life_domain_label": label(g, "life_domain"),
                        "status": g.status,
                        "status_label": label(g, "status"),
                        "target_date": g.target_date,
                    }
                    for g in goals[t.pk]
                ],
                "actions": [
                    {
                        "description": a.description,
                        "who": name_of(a.owner),
                        "due_on": a.due_on,
                        "done_on": a.done_on,
                    }
                    for a in actions[t.pk]
                ],
                "meetings": [
                    {
                        "kind": m.kind,
                        "kind_label": label(m, "kind"),
                        "held_on": m.held_on,
                        "participants": [name_of(u) for u in m.participants.all()],
                        "client_present": m.client_present,
                        "agenda": m.agenda,
                        "summary": m.summary,
                    }
                    for m in meetings[t.pk]
                ],
                "notes": [
                    {
                        "occurred_on": n.occurred_on,
                        "kind": n.kind,
                        "kind_label": label(n, "kind"),
                        "category": n.category,
                        "category_label": category_label(n.category),
                        "text": n.text,
                        "author": name_of(n.author),
                        "organisation": n.organisation.name,
                    }
                    for n in notes[t.pk]
                ],
                "ladder": [
                    {
                        "step": a.step,
                        "step_label": label(a, "step"),
                        "perspective": a.perspective,
                        "perspective_label": str(
                            PERSPECTIVE_WORDS.get(a.perspective, label(a, "perspective"))
                        ),
                        "assessed_on": a.assessed_on,
                        "note": a.note,
                    }
                    for a in ladder[t.pk]
                ],
                "pace_statements": [
                    {
                        "pace": p.pace,
                        "pace_label": label(p, "pace"),
                        "need": p.need,
                        "need_label": label(p, "need"),
                        "note": p.note,
                        "at": p.created_at,
                    }
                    for p in paces[t.pk]
                ],
                "career_profile": (
                    _career_profile(profile, history[profile.pk]) if profile else None
                ),
                "workplace_scans": [
                    {"employer": s.employer.name, "done_on": s.done_on, "lights": s.lights}
                    for s in scans[t.pk]
                ],
                "placements": [
                    _placement(
                        p,
                        instruments[p.pk],
                        follow_ups[p.pk],
                        checkins[p.pk],
                        signals[p.pk],
                    )
                    for p in placements[t.pk]
                ],
                "threads": [_thread(th, messages[th.pk]) for th in threads[t.pk]],
            }
        )
    return result
