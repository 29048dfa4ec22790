"""Placeholder panel: replaced by the implementation."""

from typing import Any

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def invite_panel(context: dict[str, Any], record: Any) -> str:
    return ""
