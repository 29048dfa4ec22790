"""What the portal adds to the employer pages (``employment.contributions``; registered in
``PortalConfig.ready``): what the worker chose to let this employer see, the newest choice
made for the employer (decision 0027), in force at once. Never the private worksheet."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.employment.models import Placement
from werkpad.portal.models import EmployerDisclosure

from .disclosure import preview_of


class DisclosureForEmployers:
    """The employer placement part of the portal: the worker's disclosure choice."""

    read_event = "employer_portal.disclosure.read"

    def annotate(self, placements: QuerySet[Placement]) -> QuerySet[Placement]:
        # The id of each worker's newest choice for the placement's employer, in the same query.
        newest = EmployerDisclosure.objects.filter(
            client_id=OuterRef("trajectory__client_id"), employer_id=OuterRef("employer_id")
        ).order_by("-created_at", "-id")
        return placements.annotate(shared_choice_id=Subquery(newest.values("pk")[:1]))

    def records(self, actor: Actor, placements: list[Placement]) -> dict[int, Any]:
        """The choices in force of the workers of ``placements`` (running ones), as far as the
        policy lets the actor see them, by placement id: one query, none without a choice."""
        ids = {
            p.shared_choice_id  # type: ignore[attr-defined]
            for p in placements
            if p.shared_choice_id is not None  # type: ignore[attr-defined]
        }
        if not ids:
            return {}
        choices = visible_to(actor, EmployerDisclosure.objects.filter(pk__in=ids)).select_related(
            "client"
        )
        by_id = {d.pk: d for d in choices}
        return {
            p.pk: by_id[p.shared_choice_id]  # type: ignore[attr-defined]
            for p in placements
            if p.shared_choice_id in by_id  # type: ignore[attr-defined]
        }

    def fields(self, record: Any | None) -> dict[str, Any]:
        """``health``, ``health_text`` and ``needs_text`` of ``EmployerPlacement``: the same
        as the worker's preview in the portal (``preview_of``), so both read alike."""
        return asdict(preview_of(record))


DISCLOSURE_FOR_EMPLOYERS = DisclosureForEmployers()
