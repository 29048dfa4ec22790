"""Everything about me: the client's own data as machine-readable JSON (AVG art. 20) and as a
readable PDF (AVG art. 15).

One builder collects what the access policy lets the client see (``visible_to`` on every
model, so nothing of another client can slip in) into plain dicts with stable keys; the JSON
is that structure, the PDF renders it with plain-Dutch headings (WeasyPrint, as
``trajectories.pdf``). Codes stay codes (stable for machines); each coded value has a
``*_label`` beside it for people. Both downloads are logged as an export (NEN 7513 'E')."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Basis, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client, Consent, DataCategory
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
    ConsentProposal,
    DataRequest,
    DisclosureWorksheet,
    EmployerDisclosure,
    Message,
    PaceStatement,
    PeerGroupMembership,
    Thread,
)
from werkpad.portal.selectors.data import own_client
from werkpad.trajectories.models import (
    Goal,
    Intake,
    LadderAssessment,
    Meeting,
    Note,
    PhaseChange,
    PlanAction,
    Referral,
    TeamMember,
    Trajectory,
)

EXPORT_FORMAT = "werkpad-export"
EXPORT_VERSION = 1


def _label(obj: Model, name: str) -> str:
    return str(getattr(obj, f"get_{name}_display")())


def _name(user: Any) -> str:
    return user.full_name if user is not None else ""


def _category(code: str) -> str:
    return str(DataCategory(code).label) if code in DataCategory.values else code


def _by(rows: list[Any], key: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _visible(actor: Actor, qs: QuerySet[Any]) -> list[Any]:
    return list(visible_to(actor, qs))


# --- The parts -----------------------------------------------------------------------------
def _client(client: Client) -> dict[str, Any]:
    return {
        "werkpad_number": client.public_id,
        "full_name": client.full_name,
        "date_of_birth": client.date_of_birth,
        "email": client.email,
        "phone": client.phone,
        "preferred_language": client.preferred_language,
        "gemeente": client.gemeente.name if client.gemeente else "",
        "recorded_by_organisation": client.organisation.name,
        "created_at": client.created_at,
    }


def _intake(i: Intake) -> dict[str, Any]:
    return {
        "id": i.pk,
        "organisation": i.organisation.name,
        "held_on": i.held_on,
        "ladder_step": i.ladder_step,
        "ladder_step_label": _label(i, "ladder_step"),
        "benefit_status": i.benefit_status,
        "benefit_status_label": _label(i, "benefit_status"),
        "has_paid_work": i.has_paid_work,
        "work_discussed": i.work_discussed,
        "work_wish": i.work_wish,
        "work_direction": i.work_direction,
        "work_meaning": i.work_meaning,
        "work_coherence": i.work_coherence,
        "outcome": i.outcome,
        "outcome_label": _label(i, "outcome"),
        "ask_again_on": i.ask_again_on,
        "reason": i.reason,
    }


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
        "work_type_label": _label(p, "work_type"),
        "start_on": p.start_on,
        "hours_per_week": p.hours_per_week,
        "hourly_wage": p.hourly_wage,
        "contract_type": p.contract_type,
        "contract_type_label": _label(p, "contract_type"),
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
                "with_whom_label": _label(f, "with_whom"),
                "note": f.note,
                "author": _name(f.author),
            }
            for f in follow_ups
        ],
        "checkins": [
            {
                "on": c.on,
                "by_me": c.by_worker,
                "work": c.work,
                "work_label": _label(c, "work"),
                "workload": c.workload,
                "workload_label": _label(c, "workload"),
                "sleep": c.sleep,
                "sleep_label": _label(c, "sleep"),
                "support_needed": c.support_needed,
                "note": c.note,
            }
            for c in checkins
        ],
        "signals": [
            {
                "reason": s.reason,
                "reason_label": _label(s, "reason"),
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
        "with": _name(t.professional),
        "category": t.category,
        "category_label": _category(t.category),
        "created_at": t.created_at,
        "messages": [
            {"author": _name(m.author), "at": m.created_at, "body": m.body} for m in messages
        ],
    }


def _trajectories(actor: Actor, client: Client) -> list[dict[str, Any]]:
    trajectories = _visible(
        actor, Trajectory.objects.filter(client=client).select_related("organisation")
    )
    on = {"trajectory__client": client}
    changes = _by(
        _visible(actor, PhaseChange.objects.filter(**on).select_related("trajectory")),
        "trajectory_id",
    )
    team = _by(
        _visible(actor, TeamMember.objects.filter(**on).select_related("user", "organisation")),
        "trajectory_id",
    )
    goals = _by(_visible(actor, Goal.objects.filter(**on)), "trajectory_id")
    actions = _by(
        _visible(actor, PlanAction.objects.filter(**on).select_related("owner")), "trajectory_id"
    )
    meetings = _by(
        _visible(actor, Meeting.objects.filter(**on).prefetch_related("participants")),
        "trajectory_id",
    )
    notes = _by(
        _visible(actor, Note.objects.filter(**on).select_related("author", "organisation")),
        "trajectory_id",
    )
    ladder = _by(_visible(actor, LadderAssessment.objects.filter(**on)), "trajectory_id")
    paces = _by(_visible(actor, PaceStatement.objects.filter(**on)), "trajectory_id")
    profiles = {
        p.trajectory_id: p
        for p in _visible(actor, CareerProfile.objects.filter(**on).select_related("home_gemeente"))
    }
    history = _by(
        _visible(actor, WorkHistoryEntry.objects.filter(profile__trajectory__client=client)),
        "profile_id",
    )
    scans = _by(
        _visible(actor, WorkplaceScan.objects.filter(**on).select_related("employer")),
        "trajectory_id",
    )
    placements = _by(
        _visible(actor, Placement.objects.filter(**on).select_related("employer")),
        "trajectory_id",
    )
    on_placement = {"placement__trajectory__client": client}
    instruments = _by(
        _visible(actor, AppliedInstrument.objects.filter(**on_placement)), "placement_id"
    )
    follow_ups = _by(
        _visible(actor, FollowUpContact.objects.filter(**on_placement).select_related("author")),
        "placement_id",
    )
    checkins = _by(_visible(actor, CheckIn.objects.filter(**on_placement)), "placement_id")
    signals = _by(_visible(actor, Signal.objects.filter(**on)), "placement_id")
    threads = _by(
        _visible(actor, Thread.objects.filter(**on).select_related("professional")),
        "trajectory_id",
    )
    messages = _by(
        _visible(
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
                "type_label": _label(t, "type"),
                "organisation": t.organisation.name,
                "phase": t.phase,
                "phase_label": t.phase_label,
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
                        "name": _name(m.user),
                        "role": m.role,
                        "role_label": _label(m, "role"),
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
                        "life_domain_label": _label(g, "life_domain"),
                        "status": g.status,
                        "status_label": _label(g, "status"),
                        "target_date": g.target_date,
                    }
                    for g in goals[t.pk]
                ],
                "actions": [
                    {
                        "description": a.description,
                        "who": _name(a.owner),
                        "due_on": a.due_on,
                        "done_on": a.done_on,
                    }
                    for a in actions[t.pk]
                ],
                "meetings": [
                    {
                        "kind": m.kind,
                        "kind_label": _label(m, "kind"),
                        "held_on": m.held_on,
                        "participants": [_name(u) for u in m.participants.all()],
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
                        "kind_label": _label(n, "kind"),
                        "category": n.category,
                        "category_label": _category(n.category),
                        "text": n.text,
                        "author": _name(n.author),
                        "organisation": n.organisation.name,
                    }
                    for n in notes[t.pk]
                ],
                "ladder": [
                    {
                        "step": a.step,
                        "step_label": _label(a, "step"),
                        "perspective": a.perspective,
                        "perspective_label": _label(a, "perspective"),
                        "assessed_on": a.assessed_on,
                        "note": a.note,
                    }
                    for a in ladder[t.pk]
                ],
                "pace_statements": [
                    {
                        "pace": p.pace,
                        "pace_label": _label(p, "pace"),
                        "need": p.need,
                        "need_label": _label(p, "need"),
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


def _referrals(actor: Actor, client: Client) -> list[dict[str, Any]]:
    referrals = _visible(
        actor,
        Referral.objects.filter(client=client).select_related(
            "from_organisation", "to_organisation", "to_team"
        ),
    )
    return [
        {
            "id": r.pk,
            "route": r.route,
            "route_label": _label(r, "route"),
            "from_organisation": r.from_organisation.name,
            "to_organisation": r.to_organisation.name,
            "to_team": r.to_team.name if r.to_team else "",
            "reason": r.reason,
            "created_at": r.created_at,
            "status": r.status,
            "status_label": _label(r, "status"),
            "decided_at": r.decided_at,
            "decline_reason": r.decline_reason,
        }
        for r in referrals
    ]


def _consents(actor: Actor, client: Client) -> list[dict[str, Any]]:
    consents = _visible(
        actor,
        Consent.objects.filter(client=client)
        .defer("document_ciphertext")
        .select_related("recipient", "recorded_by_organisation", "trajectory__organisation")
        .prefetch_related("grants"),
    )
    return [
        {
            "id": c.pk,
            "recipient": c.recipient_name,
            "recipient_role": c.recipient_role,
            "recipient_role_label": _label(c, "recipient_role") if c.recipient_role else "",
            "categories": sorted(g.category for g in c.grants.all()),
            "category_labels": [_category(g.category) for g in c.grants.all()],
            "purpose": c.purpose,
            "purpose_label": _label(c, "purpose"),
            "valid_from": c.valid_from,
            "valid_until": c.valid_until,
            "recorded_by_organisation": c.recorded_by_organisation.name,
            "recorded_at": c.recorded_at,
            "withdrawn_at": c.withdrawn_at,
            "signed_form": c.has_document,
        }
        for c in consents
    ]


def _proposals(actor: Actor, client: Client) -> list[dict[str, Any]]:
    proposals = _visible(
        actor,
        ConsentProposal.objects.filter(client=client).select_related(
            "recipient", "proposed_by_organisation"
        ),
    )
    return [
        {
            "id": p.pk,
            "recipient": p.recipient.name,
            "recipient_role": p.recipient_role,
            "categories": list(p.categories),
            "category_labels": [_category(code) for code in p.categories],
            "purpose": p.purpose,
            "purpose_label": _label(p, "purpose"),
            "valid_until": p.valid_until,
            "reason": p.reason,
            "proposed_by_organisation": p.proposed_by_organisation.name,
            "proposed_at": p.proposed_at,
            "status": p.status,
            "status_label": _label(p, "status"),
            "decided_at": p.decided_at,
        }
        for p in proposals
    ]


def _disclosure(actor: Actor, client: Client) -> dict[str, Any]:
    worksheet = next(iter(_visible(actor, DisclosureWorksheet.objects.filter(client=client))), None)
    choices = _visible(
        actor, EmployerDisclosure.objects.filter(client=client).select_related("employer")
    )
    return {
        "worksheet": (
            {
                "what": worksheet.what,
                "when": worksheet.when,
                "to_whom": worksheet.to_whom,
                "in_my_words": worksheet.in_my_words,
                "script": worksheet.script,
                "pros": worksheet.pros,
                "cons": worksheet.cons,
                "what_matters": worksheet.what_matters,
                "finished_on": worksheet.finished_on,
                "updated_at": worksheet.updated_at,
            }
            if worksheet
            else None
        ),
        "employer_choices": [
            {
                # The choice is per employer (issue 11); empty for a choice made before.
                "employer": d.employer.name if d.employer else "",
                "condition": d.condition,
                "condition_label": _label(d, "condition"),
                "condition_text": d.condition_text,
                "share_needs": d.share_needs,
                "needs_text": d.needs_text,
                "chosen_at": d.created_at,
            }
            for d in choices
        ],
    }


def build_export(*, actor: Actor, client: Client) -> dict[str, Any]:
    """Everything the access policy lets the client see about themselves."""
    groups = _visible(
        actor, PeerGroupMembership.objects.filter(client=client).select_related("group")
    )
    requests = _visible(actor, DataRequest.objects.filter(client=client))
    intakes = _visible(actor, Intake.objects.filter(client=client).select_related("organisation"))
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now(),
        "client": _client(client),
        "intakes": [_intake(i) for i in intakes],
        "referrals": _referrals(actor, client),
        "trajectories": _trajectories(actor, client),
        "consents": _consents(actor, client),
        "consent_proposals": _proposals(actor, client),
        "disclosure": _disclosure(actor, client),
        "peer_groups": [
            {
                "group": m.group.name,
                "theme": m.group.theme,
                "joined_at": m.joined_at,
                "left_at": m.left_at,
                "team_may_know": m.share_with_team,
            }
            for m in groups
        ],
        "data_requests": [
            {
                "id": r.pk,
                "kind": r.kind,
                "kind_label": _label(r, "kind"),
                "text": r.text,
                "created_at": r.created_at,
                "due_on": r.due_on,
                "status": r.status,
                "status_label": _label(r, "status"),
                "answer": r.answer,
                "handled_at": r.handled_at,
            }
            for r in requests
        ],
    }


def _log_export(actor: Actor, client: Client, fmt: str, data: dict[str, Any]) -> None:
    record(
        actor,
        event=f"portal.export.{fmt}",
        action=AuditAction.EXPORT,
        obj=client,
        basis=Basis.SELF,
        detail={
            "format": fmt,
            "trajectories": len(data["trajectories"]),
            "consents": len(data["consents"]),
        },
    )


def _filename(client: Client, extension: str) -> str:
    return f"werkpad-{client.public_id}-{timezone.localdate().isoformat()}.{extension}"


def export_json(*, actor: Actor) -> HttpResponse:
    client = own_client(actor=actor)
    data = build_export(actor=actor, client=client)
    _log_export(actor, client, "json", data)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2, sort_keys=True)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(client, "json")}"'
    return response


def export_pdf(request: HttpRequest, *, actor: Actor) -> HttpResponse:
    from werkpad.trajectories.pdf import render_pdf

    client = own_client(actor=actor)
    data = build_export(actor=actor, client=client)
    html = render_to_string("portal/data/export_pdf.html", {"data": data}, request=request)
    _log_export(actor, client, "pdf", data)
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(client, "pdf")}"'
    return response
