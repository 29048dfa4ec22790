"""The parts of the export that are about the client rather than one trajectory: the record
itself, intakes, referrals, consents and proposals, and the disclosure choices."""

from __future__ import annotations

from typing import Any

from werkpad.access.actor import Actor
from werkpad.clients.models import Client, Consent
from werkpad.portal.models import (
    ConsentProposal,
    DisclosureWorksheet,
    EmployerDisclosure,
)
from werkpad.trajectories.models import (
    Intake,
    Referral,
)

from ._common import category_label, label, visible


# --- The parts -----------------------------------------------------------------------------
def client_row(client: Client) -> dict[str, Any]:
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


def intake_row(i: Intake) -> dict[str, Any]:
    return {
        "id": i.pk,
        "organisation": i.organisation.name,
        "held_on": i.held_on,
        "ladder_step": i.ladder_step,
        "ladder_step_label": label(i, "ladder_step"),
        "benefit_status": i.benefit_status,
        "benefit_status_label": label(i, "benefit_status"),
        "has_paid_work": i.has_paid_work,
        "work_discussed": i.work_discussed,
        "work_wish": i.work_wish,
        "work_direction": i.work_direction,
        "work_meaning": i.work_meaning,
        "work_coherence": i.work_coherence,
        "outcome": i.outcome,
        "outcome_label": label(i, "outcome"),
        "ask_again_on": i.ask_again_on,
        "reason": i.reason,
    }


def referral_rows(actor: Actor, client: Client) -> list[dict[str, Any]]:
    referrals = visible(
        actor,
        Referral.objects.filter(client=client).select_related(
            "from_organisation", "to_organisation", "to_team"
        ),
    )
    return [
        {
            "id": r.pk,
            "route": r.route,
            "route_label": label(r, "route"),
            "from_organisation": r.from_organisation.name,
            "to_organisation": r.to_organisation.name,
            "to_team": r.to_team.name if r.to_team else "",
            "reason": r.reason,
            "created_at": r.created_at,
            "status": r.status,
            "status_label": label(r, "status"),
            "decided_at": r.decided_at,
            "decline_reason": r.decline_reason,
        }
        for r in referrals
    ]


def consent_rows(actor: Actor, client: Client) -> list[dict[str, Any]]:
    consents = visible(
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
            "recipient_role_label": label(c, "recipient_role") if c.recipient_role else "",
            "categories": sorted(g.category for g in c.grants.all()),
            "category_labels": [category_label(g.category) for g in c.grants.all()],
            "purpose": c.purpose,
            "purpose_label": label(c, "purpose"),
            "valid_from": c.valid_from,
            "valid_until": c.valid_until,
            "recorded_by_organisation": c.recorded_by_organisation.name,
            "recorded_at": c.recorded_at,
            "withdrawn_at": c.withdrawn_at,
            "signed_form": c.has_document,
        }
        for c in consents
    ]


def proposal_rows(actor: Actor, client: Client) -> list[dict[str, Any]]:
    proposals = visible(
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
            "category_labels": [category_label(code) for code in p.categories],
            "purpose": p.purpose,
            "purpose_label": label(p, "purpose"),
            "valid_until": p.valid_until,
            "reason": p.reason,
            "proposed_by_organisation": p.proposed_by_organisation.name,
            "proposed_at": p.proposed_at,
            "status": p.status,
            "status_label": label(p, "status"),
            "decided_at": p.decided_at,
        }
        for p in proposals
    ]


def disclosure_part(actor: Actor, client: Client) -> dict[str, Any]:
    worksheet = next(iter(visible(actor, DisclosureWorksheet.objects.filter(client=client))), None)
    choices = visible(
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
                "condition_label": label(d, "condition"),
                "condition_text": d.condition_text,
                "share_needs": d.share_needs,
                "needs_text": d.needs_text,
                "chosen_at": d.created_at,
            }
            for d in choices
        ],
    }
