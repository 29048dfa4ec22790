"""The client's pace on the trajectory page: the newest statement, highlighted when the
client asks for a pause, a slower pace or more support. Only for those the policy lets see
the client's pace statements; nothing for anyone else."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors.pace_ladder import NEEDS_ATTENTION, latest_pace_for_team

register = template.Library()


@register.simple_tag(takes_context=True)
def pace_panel(context: dict[str, Any], record: Any) -> str:
    request = context["request"]
    pace = latest_pace_for_team(actor=request.actor, trajectory=record)
    if pace is None:
        return ""
    context_data = {"pace": pace, "attention": pace.need in NEEDS_ATTENTION}
    return render_to_string("portal/my_path/_pace_panel.html", context_data, request=request)
