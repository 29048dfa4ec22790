"""The vocabulary of the access matrix: the personas (its columns), the methods, and helpers
that fill a row. Shared by the main matrix (test_access_matrix.py) and the portal's rows
(werkpad/portal/tests/matrix/), which the main matrix imports."""

from __future__ import annotations

LOGIN = "login"  # 302 to the login page, with ?next=
PERSONAS = ("anonymous", "client", "pro_own", "admin_own", "pro_other", "admin_other", "employer")
GET, POST = "get", "post"


def everyone(status: int | str, **exceptions: int | str) -> dict[str, int | str]:
    """``status`` for every logged-in persona, LOGIN for anonymous, unless listed."""
    table: dict[str, int | str] = {p: status for p in PERSONAS}
    table["anonymous"] = LOGIN
    table.update(exceptions)
    return table


def only(allowed: dict[str, int | str], otherwise: int | str) -> dict[str, int | str]:
    table: dict[str, int | str] = {p: otherwise for p in PERSONAS}
    table["anonymous"] = LOGIN
    table.update(allowed)
    return table


NOT_GET: dict[str, int | str] = {**{p: 405 for p in PERSONAS}, "anonymous": LOGIN}
