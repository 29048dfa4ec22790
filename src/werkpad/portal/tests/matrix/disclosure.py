"""Access-matrix rows of the disclosure decision aid (see __init__.py). Every page is the
client's own: Anna (persona "client") may; every other logged-in persona is refused with 403
(the page rule), anonymous users are sent to the login page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, POST, only

CLIENT_ONLY = only({"client": 200}, 403)
CLIENT_SAVES = only({"client": 302}, 403)

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "portal:disclosure": {GET: CLIENT_ONLY},
    "portal:disclosure_step": {GET: CLIENT_ONLY, POST: CLIENT_SAVES},
    "portal:disclosure_summary": {GET: CLIENT_ONLY},
    "portal:disclosure_employers": {GET: CLIENT_ONLY},
    # The choice for Anna's employer (her running placement): per employer.
    "portal:disclosure_employer": {GET: CLIENT_ONLY, POST: CLIENT_SAVES},
}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "portal:disclosure_step": lambda w: {"step": 1},
    "portal:disclosure_employer": lambda w: {"employer": w.employer.pk},
}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {
    # Anna has no worksheet yet in the matrix world: version 0 creates it.
    "portal:disclosure_step": lambda w: {"version": 0, "what": ["dat", "nodig"], "go": "next"},
    "portal:disclosure_employer": lambda w: {
        "condition": "dat",
        "share_needs": "on",
        "needs_text": "Vaste werktijden",
        "go": "save",
    },
}


def setup(world: Any) -> None:
    """Nothing to add: the worksheet and the employer choice are made by the posts."""
