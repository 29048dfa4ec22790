"""The portal panel on a client record: account yes/no, the last invitation and the button to
invite, for those who may invite the client; nothing for anyone else."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors.invitations import invitation_status

register = template.Library()


@register.simple_tag(takes_context=True)
def invite_panel(context: dict[str, Any], record: Any) -> str:
    request = context["request"]
    status = invitation_status(actor=request.actor, client=record)
    if status is None:
        return ""
    return render_to_string(
        "portal/my_path/_invite_panel.html", {"status": status}, request=request
    )
