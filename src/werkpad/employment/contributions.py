"""What contexts above ``employment`` add to its pages, registered by them at start-up, so
that ``employment`` never imports them (decision 0038; ``core/registry.py``).

* **Employer placement parts**: what an employer sees of a placement besides the job itself
  (decision 0025). The portal registers one (``PortalConfig.ready``): what the worker chose
  in the portal to let this employer see (decision 0027). A part works in three steps, so
  that the employer pages run the same queries however many placements they show:

  1. ``annotate`` adds what the part needs to the placements' one query (the id of the
     worker's newest choice);
  2. ``records`` reads, through the policy and in one query, the record the employer may see
     for each running placement, by placement id; the employer pages log each record they
     show under the part's ``read_event``;
  3. ``fields`` turns a placement's record (``None``: nothing shared, or an ended placement)
     into the fields of ``EmployerPlacement`` that the part fills.

``core/tests/test_contributions.py`` names the parts that must be registered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from werkpad.access.actor import Actor
from werkpad.core.registry import Registry

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import Placement


class EmployerPlacementPart(Protocol):
    """What a context above adds to a placement as its employer sees it."""

    @property
    def read_event(self) -> str: ...

    def annotate(self, placements: QuerySet[Placement]) -> QuerySet[Placement]: ...

    def records(self, actor: Actor, placements: list[Placement]) -> dict[int, Any]: ...

    def fields(self, record: Any | None) -> dict[str, Any]: ...


EMPLOYER_PLACEMENT_PARTS = Registry[EmployerPlacementPart]("employment.employer_placement")


def register_employer_placement_part(name: str, part: EmployerPlacementPart) -> None:
    EMPLOYER_PLACEMENT_PARTS.register(name, part)


def employer_placement_parts() -> list[EmployerPlacementPart]:
    return EMPLOYER_PLACEMENT_PARTS.entries()
