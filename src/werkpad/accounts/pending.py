"""Typed work survives a session timeout: a post into an ended session is kept in the new
(anonymous) session, carried through the login (Django keeps session data when it cycles
the key) and offered again on the same page, only to the user who posted it: someone else
who logs in on the same browser gets nothing."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware

PENDING_KEY = "werkpad_pending_post"
# Set in the fresh (anonymous) session right after a timeout logout: the browser's next post
# (a late "Doorgaan" sends the changed form) is still that user's.
TIMED_OUT_USER = "werkpad_timed_out_user"
_NEVER_KEPT = ("csrfmiddlewaretoken", "password", "password1", "password2", "code")


def stash_pending_post(request: HttpRequest, *, owner_id: int | None) -> None:
    """Keeps the post only when it passes the CSRF check (input planted by another site is
    never offered back to the user) and only when we know whose it is: ``owner_id`` is the
    user whose session ended. Without one the input is dropped, since it could hold client
    data and the next person on this browser may be someone else."""
    if owner_id is None or not _passes_csrf_check(request):
        return
    data = {
        key: request.POST.getlist(key)
        for key in request.POST
        if not any(key.startswith(secret) for secret in _NEVER_KEPT)
    }
    if data:
        request.session[PENDING_KEY] = {"path": request.path, "data": data, "user_id": owner_id}


def owner_of_ended_session(request: HttpRequest) -> int | None:
    """Whose session the browser's (now unknown) session cookie was: the session row is gone
    (expired and cleared), the UserSession row that named its user stays until logout or
    "end all sessions", after which nobody's input is kept."""
    from .models import UserSession

    timed_out = request.session.get(TIMED_OUT_USER)
    if timed_out is not None:
        return int(timed_out)
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return None
    owners = UserSession.objects.filter(session_key=key).values_list("user_id", flat=True)
    return owners.first()


def drop_pending_post_of_others(request: HttpRequest, user: Any) -> None:
    """At login: input kept for someone else is removed from this session at once."""
    request.session.pop(TIMED_OUT_USER, None)
    pending = request.session.get(PENDING_KEY)
    if pending and pending.get("user_id") != user.pk:
        del request.session[PENDING_KEY]


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
    if pending.get("user_id") is None or pending.get("user_id") != request.user.pk:
        return None
    return dict(pending["data"])
