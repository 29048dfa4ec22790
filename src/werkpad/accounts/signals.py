"""Login, logout and failed logins go into the access log; sessions are tracked per user."""

from __future__ import annotations

import time
from typing import Any

from allauth.account.signals import password_changed, password_reset, password_set
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.sessions.models import Session
from django.dispatch import receiver
from django.http import HttpRequest

from werkpad.access.actor import AccessPoint, Actor, actor_for_user
from werkpad.audit.models import AuditAction, Outcome
from werkpad.audit.recorder import record

from .middleware import LAST_SEEN, LOGIN_AT
from .models import User, UserSession


@receiver(user_logged_in)
def on_login(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    access_point = AccessPoint.from_request(request) if request else AccessPoint()
    if request is not None:
        # The clocks of the idle and absolute limits start at login.
        now = time.time()
        request.session[LOGIN_AT] = now
        request.session[LAST_SEEN] = now
    if request is not None and request.session.session_key:
        UserSession.objects.update_or_create(
            session_key=request.session.session_key,
            defaults={
                "user": user,
                "ip_address": access_point.ip_address,
                "user_agent": access_point.user_agent,
            },
        )
    record(
        actor_for_user(user, access_point=access_point),
        event="auth.login",
        action=AuditAction.LOGIN,
    )


@receiver(user_logged_out)
def on_logout(sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any) -> None:
    if user is None:
        return
    if request is not None and request.session.session_key:
        UserSession.objects.filter(session_key=request.session.session_key).delete()
    access_point = AccessPoint.from_request(request) if request else AccessPoint()
    reason = getattr(request, "werkpad_logout_reason", "")
    record(
        actor_for_user(user, access_point=access_point),
        event="auth.timeout" if reason else "auth.logout",
        action=AuditAction.LOGIN,
        detail={"limit": reason} if reason else None,
    )


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    access_point = AccessPoint.from_request(request) if request else AccessPoint()
    attempted = str(credentials.get("email") or credentials.get("username") or "")[:254]
    # Logged under the organisation of the account that was tried (when it exists), so that
    # organisation's logbeheerder sees attacks on their users. The attacker learns nothing.
    target = User.objects.filter(email__iexact=attempted).first() if attempted else None
    target_membership = target.memberships.filter(is_active=True).first() if target else None
    entry_actor = Actor(user=None, membership=target_membership, access_point=access_point)
    record(
        entry_actor,
        event="auth.login_failed",
        action=AuditAction.LOGIN,
        outcome=Outcome.DENIED,
        detail={"attempted_login": attempted},
    )


@receiver(password_changed)
@receiver(password_set)
@receiver(password_reset)
def on_password_changed(sender: Any, request: HttpRequest, user: User, **kwargs: Any) -> None:
    """A new password ends the user's other sessions (Django's session hash does that) and
    gives this one a new key: the session list follows, and the old rows go from the server."""
    others = UserSession.objects.filter(user=user).exclude(
        session_key=request.session.session_key or ""
    )
    Session.objects.filter(session_key__in=others.values("session_key")).delete()
    others.delete()
    # After a reset through the e-mailed link this session is not (yet) the user's.
    if request.session.session_key and request.user.is_authenticated:
        UserSession.objects.get_or_create(
            session_key=request.session.session_key,
            defaults={
                "user": user,
                "ip_address": AccessPoint.from_request(request).ip_address,
                "user_agent": AccessPoint.from_request(request).user_agent,
            },
        )
    record(
        actor_for_user(user, access_point=AccessPoint.from_request(request)),
        event="account.password_changed",
        action=AuditAction.UPDATE,
        obj=user,
    )
