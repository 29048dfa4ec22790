"""``{% need_to_know_panel trajectory %}``: on a trajectory's pages, what need-to-know hides
from the actor (counts only) and the way to ask for break the glass (decision 0033)."""

from __future__ import annotations

from typing import Any

from django import template

from werkpad.access import selectors
from werkpad.access.policy import Action, may

register = template.Library()


@register.inclusion_tag("access/_need_to_know_panel.html", takes_context=True)
def need_to_know_panel(context: Any, trajectory: Any) -> dict[str, Any]:
    request = context["request"]
    actor = request.actor
    hidden = selectors.hidden_for(
        actor=actor, trajectories=type(trajectory).objects.filter(pk=trajectory.pk)
    )
    grant = selectors.current_grant(actor=actor, client=trajectory.client)
    return {
        "hidden": hidden,
        "grant": grant,
        "may_ask": bool(hidden) and may(actor, Action.BREAK_THE_GLASS, trajectory.client),
        "client": trajectory.client,
        "here": request.get_full_path(),
    }
