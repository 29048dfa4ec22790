"""Typed work survives a session timeout: a post into an ended session is kept in the new
(anonymous) session, carried through the login (Django keeps session data when it cycles
the key) and offered again on the same page."""

from __future__ import annotations

from django.http import HttpRequest

PENDING_KEY = "werkpad_pending_post"
_NEVER_KEPT = ("csrfmiddlewaretoken", "password", "password1", "password2", "code")


def stash_pending_post(request: HttpRequest) -> None:
    data = {
        key: request.POST.getlist(key)
        for key in request.POST
        if not any(key.startswith(secret) for secret in _NEVER_KEPT)
    }
    if data:
        request.session[PENDING_KEY] = {"path": request.path, "data": data}


def take_pending_post(request: HttpRequest) -> dict[str, list[str]] | None:
    """The input kept for this page, once; ``None`` when there is none."""
    pending = request.session.get(PENDING_KEY)
    if not pending or pending.get("path") != request.path:
        return None
    del request.session[PENDING_KEY]
    return dict(pending["data"])
