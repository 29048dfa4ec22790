"""django-axes hooks: which account a login attempt is for, and the Dutch lockout page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse


def username_from_request(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """allauth authenticates with ``email``; the login form posts ``login``."""
    credentials = credentials or {}
    value = credentials.get("email") or credentials.get("username")
    if not value and request is not None:
        value = request.POST.get("login", "")
    return str(value or "").strip().lower()


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any
) -> HttpResponse:
    minutes = int(float(settings.AXES_COOLOFF_TIME) * 60)
    response = TemplateResponse(request, "accounts/lockout.html", {"minutes": minutes}, status=429)
    response.render()
    return response
