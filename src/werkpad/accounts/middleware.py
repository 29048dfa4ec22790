"""Session limits, the second-factor requirement, the user's language and no-store caching."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation

from .pending import TIMED_OUT_USER, owner_of_ended_session, stash_pending_post

LOGIN_AT = "werkpad_login_at"
LAST_SEEN = "werkpad_last_seen"
# Requests that check the session without counting as activity.
SESSION_STATUS_PATH = "/sessie/status/"
# The idle dialog's "continue": always stamped, whatever the last stamp.
SESSION_RENEW_PATH = "/sessie/verlengen/"
# Activity is stamped at most once a minute (issue 14), so an ordinary request does not write
# the session row; with a short idle limit (tests), at least ten times within the limit.
STAMP_EVERY_SECONDS = 60


def stamp_interval() -> float:
    """How stale the activity stamp may be: the session therefore ends between this many
    seconds before the idle limit and the limit itself, counted from the last request. The
    idle warning comes two minutes before the limit, so "continue" always finds it alive."""
    return min(STAMP_EVERY_SECONDS, settings.WERKPAD_SESSION_IDLE_SECONDS / 10)


GetResponse = Callable[[HttpRequest], HttpResponse]


def _is_public_path(path: str) -> bool:
    return path.startswith(("/static/", "/health/", "/accounts/", "/taal/"))


# Forms that are posted without a session: a client accepting the team's invitation to the
# portal chooses their password there (werkpad.portal).
PUBLIC_FORMS = ("/uitnodiging/",)


def _login_redirect(request: HttpRequest, **extra: str) -> HttpResponse:
    query = urlencode({"next": request.get_full_path(), **extra})
    url = f"{reverse('account_login')}?{query}"
    if getattr(request, "htmx", False):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return HttpResponseRedirect(url)


class SessionTimeoutMiddleware:
    """Ends a session after WERKPAD_SESSION_IDLE_SECONDS without activity or
    WERKPAD_SESSION_ABSOLUTE_SECONDS after login. A form posted into an ended session is
    kept, so the user finds their input back after logging in again."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            session = request.session
            login_at = session.setdefault(LOGIN_AT, now)
            last_seen = session.get(LAST_SEEN, now)
            idle = now - last_seen > settings.WERKPAD_SESSION_IDLE_SECONDS
            too_old = now - login_at > settings.WERKPAD_SESSION_ABSOLUTE_SECONDS
            if idle or too_old:
                request.werkpad_logout_reason = "idle" if idle else "absolute"  # type: ignore[attr-defined]
                owner_id = request.user.pk
                logout(request)
                request.session[TIMED_OUT_USER] = owner_id
                if request.method == "POST" and not _is_public_path(request.path):
                    stash_pending_post(request, owner_id=owner_id)
                return _login_redirect(request, expired="1")
            if request.path == SESSION_RENEW_PATH or (
                request.path != SESSION_STATUS_PATH and now - last_seen >= stamp_interval()
            ):
                session[LAST_SEEN] = now
        elif (
            request.method == "POST"
            and not _is_public_path(request.path)
            and not request.path.startswith(PUBLIC_FORMS)
        ):
            # A post from a page whose session is already gone (ended elsewhere, or the
            # server was restarted): keep the input for the user whose session it was, and
            # ask for a login first.
            stash_pending_post(request, owner_id=owner_of_ended_session(request))
            return _login_redirect(request, expired="1")
        return self.get_response(request)


class WerkpadLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Fail closed: every view needs a logged-in user unless it is marked
    ``@login_not_required`` (Django 5.1+). Django's own answer is a plain 302, which htmx
    would follow and swap the login page into a fragment; htmx gets HX-Redirect instead, as
    the session timeout does."""

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponseBase],
        view_args: tuple[Any, ...],
        view_kwargs: dict[Any, Any],
    ) -> HttpResponseBase | None:
        response = super().process_view(request, view_func, view_args, view_kwargs)
        if response is not None and getattr(request, "htmx", False):
            return _login_redirect(request)
        return response


class UserLanguageMiddleware:
    """A logged-in user's own language choice wins over the browser's."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated and user.preferred_language:
            translation.activate(user.preferred_language)
            request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


def mfa_is_required(request: HttpRequest) -> bool:
    user = request.user
    return bool(
        settings.WERKPAD_REQUIRE_MFA
        and user.is_authenticated
        and user.needs_second_factor
        and not is_mfa_enabled(user, ["totp"])
    )


class RequireMFAMiddleware:
    """Sends professionals and employer users without a second factor to set one up before
    any other page. allauth has no setting for this. Its own account pages stay reachable."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _is_public_path(request.path) and mfa_is_required(request):
            url = reverse("mfa_activate_totp")
            if getattr(request, "htmx", False):
                response = HttpResponse(status=204)
                response["HX-Redirect"] = url
                return response
            return HttpResponseRedirect(url)
        return self.get_response(request)


class NoStoreMiddleware:
    """Pages shown to a logged-in user may hold client data: browsers must not keep them,
    and logging out clears what the browser kept for this site (ASVS 14.3.1)."""

    def __init__(self, get_response: GetResponse) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        was_logged_in = request.user.is_authenticated
        response = self.get_response(request)
        if was_logged_in and not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
            if request.method == "POST" and request.path == reverse("account_logout"):
                response["Clear-Site-Data"] = '"cache", "storage"'
        return response
