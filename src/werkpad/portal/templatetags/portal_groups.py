"""The peer-support panel on the trajectory page: only the groups the client chose to tell
their team about, and nothing at all otherwise (not even that there is something hidden)."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors import groups as selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def groups_panel(context: dict[str, Any], record: Any) -> str:
    request = context["request"]
    memberships = selectors.shared_with_team(actor=request.actor, trajectory=record)
    if not memberships:
        return ""
    return render_to_string(
        "portal/groups/_panel.html", {"memberships": memberships}, request=request
    )
