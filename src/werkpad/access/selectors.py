"""Reads for break the glass (decision 0033): what need-to-know hides from the actor (counts
only, never content), and the actor's grant in force."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, QuerySet
from django.utils.translation import ngettext

from .actor import Actor
from .policy import active_break_the_glass, hidden_by_need_to_know


@dataclass
class Hidden:
    """What need-to-know hides on a page: a line per kind ("1 behandeldoel afgeschermd")."""

    lines: list[str] = field(default_factory=list)
    total: int = 0

    def __bool__(self) -> bool:
        return self.total > 0


def _counts(actor: Actor, qs: QuerySet[Any]) -> dict[str, int]:
    rows = hidden_by_need_to_know(actor, qs).order_by().values("category").annotate(n=Count("pk"))
    return {r["category"]: r["n"] for r in rows}


def hidden_for(*, actor: Actor, trajectories: QuerySet[Any]) -> Hidden:
    """Counts of the need-to-know records on ``trajectories`` that the actor would read but
    for need-to-know. Four queries, however many records."""
    from werkpad.trajectories.models import Goal, Meeting, Note, PlanAction

    hidden = Hidden()

    def add(n: int, line: str) -> None:
        if n:
            hidden.lines.append(line % {"n": n})
            hidden.total += n

    goals = _counts(actor, Goal.objects.filter(trajectory__in=trajectories))
    n = goals.get("behandeling", 0)
    add(n, ngettext("%(n)s behandeldoel afgeschermd", "%(n)s behandeldoelen afgeschermd", n))
    n = goals.get("belastbaarheid", 0)
    add(
        n,
        ngettext(
            "%(n)s doel over belastbaarheid afgeschermd",
            "%(n)s doelen over belastbaarheid afgeschermd",
            n,
        ),
    )
    n = sum(_counts(actor, PlanAction.objects.filter(trajectory__in=trajectories)).values())
    add(n, ngettext("%(n)s actie afgeschermd", "%(n)s acties afgeschermd", n))
    n = sum(_counts(actor, Meeting.objects.filter(trajectory__in=trajectories)).values())
    add(n, ngettext("%(n)s gespreksverslag afgeschermd", "%(n)s gespreksverslagen afgeschermd", n))
    n = sum(_counts(actor, Note.objects.filter(trajectory__in=trajectories)).values())
    add(n, ngettext("%(n)s notitie afgeschermd", "%(n)s notities afgeschermd", n))
    return hidden


def current_grant(*, actor: Actor, client: Any) -> Any:
    return active_break_the_glass(actor, client)
