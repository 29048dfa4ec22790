"""The messages panel on the trajectory page: how many conversations with the client are with
the professional reading the page, how many wait for them, and the way there."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors import messages as selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def messages_panel(context: dict[str, Any], record: Any) -> str:
    request = context["request"]
    panel = selectors.trajectory_panel(actor=request.actor, trajectory=record)
    if panel is None:
        return ""
    return render_to_string(
        "portal/messages/_panel.html", {"panel": panel, "t": record}, request=request
    )
