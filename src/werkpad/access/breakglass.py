"""Break the glass in the access log (decision 0033): every row a professional writes while
a grant for that client is in force carries the basis ``break_the_glass`` and the grant's
reason, sealed into the row's hash. The recorder calls ``mark_entries`` before it seals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from werkpad.audit.models import AccessLogEntry

BASIS = "break_the_glass"


def mark_entries(entries: list[AccessLogEntry]) -> None:
    """Marks the allowed rows about a client for whom the acting professional holds an
    active grant. One query per append, and none for rows that name no client."""
    from werkpad.audit.models import Outcome

    from .models import BreakTheGlassGrant
    from .policy import CLIENT_WORK_ROLES

    candidates = [
        e
        for e in entries
        if e.outcome == Outcome.ALLOWED
        and e.client_pid
        and e.user_id
        and e.organisation_id
        and e.role in CLIENT_WORK_ROLES
        and e.basis != BASIS
    ]
    if not candidates:
        return
    grants: dict[tuple[Any, Any, str], tuple[int, str, str]] = {}
    for user_id, organisation_id in {(e.user_id, e.organisation_id) for e in candidates}:
        rows = (
            BreakTheGlassGrant.objects.active()
            .filter(  # type: ignore[misc]
                user_id=user_id,
                organisation_id=organisation_id,
                client__public_id__in={e.client_pid for e in candidates},
            )
            .order_by("expires_at")  # the latest-running grant wins below
            .values_list("client__public_id", "pk", "reason", "expires_at")
        )
        for pid, pk, reason, expires_at in rows:
            grants[(user_id, organisation_id, pid)] = (pk, reason, expires_at.isoformat())
    for entry in candidates:
        found = grants.get((entry.user_id, entry.organisation_id, entry.client_pid))
        if found is None:
            continue
        pk, reason, until = found
        entry.detail = {
            **(entry.detail or {}),
            "break_the_glass": {"grant": pk, "reason": reason, "expires_at": until},
            "basis_without_grant": entry.basis,
        }
        entry.basis = BASIS


def grant_detail(grant: object) -> dict[str, object]:
    """The detail a grant's own log row carries."""
    return {
        "break_the_glass": {
            "grant": grant.pk,  # type: ignore[attr-defined]
            "reason": grant.reason,  # type: ignore[attr-defined]
            "expires_at": grant.expires_at.isoformat(),  # type: ignore[attr-defined]
        }
    }
