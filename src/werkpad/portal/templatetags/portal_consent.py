"""The consent panel on a client record: the open proposals and the link to propose a
consent, for those who may propose one; nothing for anyone else (the client included)."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors.consents import consent_panel as panel_for

register = template.Library()


@register.simple_tag(takes_context=True)
def consent_panel(context: dict[str, Any], record: Any) -> str:
    request = context["request"]
    panel = panel_for(actor=request.actor, client=record)
    if panel is None:
        return ""
    return render_to_string("portal/data/_consent_panel.html", {"panel": panel}, request=request)
