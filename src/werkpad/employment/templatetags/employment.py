from typing import Any

from django import template

from werkpad.employment import selectors

register = template.Library()


@register.inclusion_tag("employment/_work_summary.html", takes_context=True)
def work_summary(
    context: Any, trajectory: Any, can_work: bool, can_manage: bool = False
) -> dict[str, Any]:
    """The work section of a trajectory page: career profile, placements, open signals. A
    guest on the team records a werkplekscan; a placement is the owner's (``can_manage``)."""
    actor = context["request"].actor
    summary = selectors.work_summary(actor=actor, trajectory=trajectory)
    return {"summary": summary, "t": trajectory, "can_work": can_work, "can_manage": can_manage}
