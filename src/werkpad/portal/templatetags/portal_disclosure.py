"""One line on the coach's placement page: what the worker lets the employer see (their
choice in the portal), so the coach does not tell the employer more than the worker chose."""

from typing import Any

from django import template
from django.template.loader import render_to_string

from werkpad.portal.selectors.disclosure import employer_choice_for_team

register = template.Library()


@register.simple_tag(takes_context=True)
def employer_disclosure_line(context: dict[str, Any], placement: Any) -> str:
    request = context["request"]
    shared = employer_choice_for_team(actor=request.actor, placement=placement)
    return render_to_string(
        "portal/disclosure/_team_line.html", {"shared": shared}, request=request
    )
