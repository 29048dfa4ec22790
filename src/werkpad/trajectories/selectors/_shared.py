"""What several trajectory reads share: the team as the actor may see it, and the access-log
row for what a page showed."""

from __future__ import annotations

from collections import Counter
from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import Basis, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client

from ..models import TeamMember, Trajectory


def _team(actor: Actor, trajectory: Trajectory) -> list[TeamMember]:
    return list(
        visible_to(actor, TeamMember.objects.filter(trajectory=trajectory)).select_related(
            "user", "organisation", "trajectory"
        )
    )


def _log_shown(actor: Actor, trajectory: Trajectory, event: str, records: list[Any]) -> None:
    """One row for what a page showed: counts per category, and how many came by consent."""
    by_consent = [r for r in records if r.organisation_id != actor.organisation_id]
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=trajectory,
        basis=Basis.CONSENT if by_consent else Basis.OWN_ORGANISATION,
        detail={
            "categories": dict(Counter(str(r.category) for r in records)),
            "via_consent": len(by_consent),
        },
    )


def _log_list(actor: Actor, event: str, client: Client, shown: list[Any]) -> None:
    """One row for the records of one client a page listed (none when it listed nothing)."""
    if not shown:
        return
    by_consent = sum(r.organisation_id != actor.organisation_id for r in shown)
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=client,
        basis=Basis.CONSENT if by_consent else Basis.OWN_ORGANISATION,
        detail={"count": len(shown), "via_consent": by_consent},
    )
