"""Typed work survives a session timeout: a post into an ended session is kept in the new
(anonymous) session, carried through the login (Django keeps session data when it cycles
the key) and offered again on the same page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware

PENDING_KEY = "werkpad_pending_post"
_NEVER_KEPT = ("csrfmiddlewaretoken", "password", "password1", "password2", "code")


def stash_pending_post(request: HttpRequest) -> None:
    """Keeps the post only when it passes the CSRF check: input planted by another site is
    never offered back to the user."""
    if not _passes_csrf_check(request):
        return
    data = {
        key: request.POST.getlist(key)
        for key in request.POST
        if not any(key.startswith(secret) for secret in _NEVER_KEPT)
    }
    if data:
        request.session[PENDING_KEY] = {"path": request.path, "data": data}


def _passes_csrf_check(request: HttpRequest) -> bool:
    check = CsrfViewMiddleware(lambda _request: HttpResponse())
    check.process_request(request)
    return check.process_view(request, _view, (), {}) is None


def _view(request: HttpRequest) -> HttpResponse:  # pragma: no cover - never called
    return HttpResponse()


def take_pending_post(request: HttpRequest) -> dict[str, list[str]] | None:
    """The input kept for this page, once; ``None`` when there is none."""
    pending = request.session.get(PENDING_KEY)
    if not pending or pending.get("path") != request.path:
        return None
    del request.session[PENDING_KEY]
    return dict(pending["data"])
