"""What the job-development reads share: the IPS contact norm and the basis of a listed record's
log row."""

from __future__ import annotations

from typing import Any

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Basis,
)

IPS_CONTACT_NORM = 6  # IPS fidelity item 17: six face-to-face employer contacts a week
WEEKS_SHOWN = 8


def _ground(actor: Actor) -> Any:
    """The basis of a listed record's row: the own organisation's record, or another's that
    the client's consent shows (the list's scope already held the policy's check)."""
    return lambda obj: (
        Basis.OWN_ORGANISATION if obj.organisation_id == actor.organisation_id else Basis.CONSENT
    )
