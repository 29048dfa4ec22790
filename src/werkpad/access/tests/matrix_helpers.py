"""The vocabulary of the access matrix: the personas (its columns), the methods, and helpers
that fill a row. Shared by the main matrix (test_access_matrix.py) and the portal's rows
(werkpad/portal/tests/matrix/), which the main matrix imports."""

from __future__ import annotations

from typing import Any

LOGIN = "login"  # 302 to the login page, with ?next=
# "guest": a professional of organisation B (like pro_other) who is on the team of Anna's
# trajectory at A, with Anna's consent for B's arbeidsdeskundigen (see ``add_guest``).
PERSONAS = (
    "anonymous",
    "client",
    "pro_own",
    "admin_own",
    "pro_other",
    "admin_other",
    "employer",
    "guest",
)
GET, POST = "get", "post"


def _guest_like_pro_other(table: dict[str, int | str], given: dict[str, int | str]) -> None:
    """Outside Anna's trajectory the guest is just another professional of B: unless a row
    names the guest, it expects what pro_other gets. So a row that forgets the guest fails
    when a guest gets further than any other outsider."""
    if "guest" not in given:
        table["guest"] = table["pro_other"]


def everyone(status: int | str, **exceptions: int | str) -> dict[str, int | str]:
    """``status`` for every logged-in persona, LOGIN for anonymous, unless listed."""
    table: dict[str, int | str] = {p: status for p in PERSONAS}
    table["anonymous"] = LOGIN
    table.update(exceptions)
    _guest_like_pro_other(table, exceptions)
    return table


def only(allowed: dict[str, int | str], otherwise: int | str) -> dict[str, int | str]:
    table: dict[str, int | str] = {p: otherwise for p in PERSONAS}
    table["anonymous"] = LOGIN
    table.update(allowed)
    _guest_like_pro_other(table, allowed)
    return table


def add_guest(world: Any) -> Any:
    """A guest on Anna's trajectory: an arbeidsdeskundige of organisation B whom Pro Eigen
    (A) put on the team, with Anna's consent for B's arbeidsdeskundigen (basic data, work and
    re-integration, for the IPS trajectory). The consent names the role, so pro_other (B, IPS
    trajectbegeleider) still sees nothing of Anna. Returns the guest user."""
    from datetime import date

    from werkpad.access.actor import actor_for_user
    from werkpad.clients.models import Consent, ConsentGrant
    from werkpad.organisations.models import Role
    from werkpad.testing import make_user
    from werkpad.trajectories import services

    guest = make_user(organisation=world.org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="Gast Ander")
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        recipient_role=Role.ARBEIDSDESKUNDIGE,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    for category in ("basis", "werk", "reintegratie"):
        ConsentGrant.objects.create(consent=consent, category=category)
    services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=guest.memberships.get(),
    )
    world.personas["guest"] = guest
    return guest


NOT_GET: dict[str, int | str] = {**{p: 405 for p in PERSONAS}, "anonymous": LOGIN}
