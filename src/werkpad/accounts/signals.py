"""Login, logout and failed logins go into the access log; sessions are tracked per user."""

from __future__ import annotations

import time
from typing import Any

from allauth.account.models import EmailAddress
from allauth.account.signals import (
    email_added,
    email_changed,
    password_changed,
    password_reset,
    password_set,
)
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation

from werkpad.access.actor import AccessPoint, Actor, actor_for_user
from werkpad.audit.models import AuditAction, Outcome
from werkpad.audit.recorder import record

from .middleware import LAST_SEEN, LOGIN_AT
from .models import ActorKind, User, UserSession
from .pending import drop_pending_post_of_others


@receiver(user_logged_in)
def on_login(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    access_point = AccessPoint.from_request(request) if request else AccessPoint()
    if request is not None:
        # The clocks of the idle and absolute limits start at login.
        now = time.time()
        request.session[LOGIN_AT] = now
        request.session[LAST_SEEN] = now
        # Input kept after a timeout belongs to the user who typed it, not to whoever logs
        # in next on this browser.
        drop_pending_post_of_others(request, user)
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


# --- The own login address: changed only through a link sent to the new address -------------
@receiver(post_save, sender=User)
def on_user_created(
    sender: Any, instance: User, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    """The address an account is made with is its verified, primary address for allauth: the
    invitation link (set a password) goes there and proves it. With it, allauth's e-mail page
    can only change the login address through its confirmation link to the new address;
    without a verified address it would let an unconfirmed one become primary at once."""
    if created and not raw:
        EmailAddress.objects.get_or_create(
            user=instance, email=instance.email, defaults={"verified": True, "primary": True}
        )


@receiver(email_added)
def on_email_change_requested(
    sender: Any, request: HttpRequest, user: User, email_address: EmailAddress, **kwargs: Any
) -> None:
    """Pending: allauth keeps the new address unverified and e-mails it a link."""
    record(
        actor_for_user(user, access_point=AccessPoint.from_request(request)),
        event="account.email_change_requested",
        action=AuditAction.UPDATE,
        obj=user,
    )


@receiver(email_changed)
def on_email_changed(
    sender: Any,
    request: HttpRequest,
    user: User,
    from_email_address: EmailAddress | None,
    to_email_address: EmailAddress,
    **kwargs: Any,
) -> None:
    """The link was followed: the login address is the new one. The old address is told, so
    that someone whose address was changed behind their back notices."""
    record(
        actor_for_user(user, access_point=AccessPoint.from_request(request)),
        event="account.email_changed",
        action=AuditAction.UPDATE,
        obj=user,
    )
    if from_email_address is not None and from_email_address.email != to_email_address.email:
        old, language = from_email_address.email, user.preferred_language
        is_client = user.kind == ActorKind.CLIENT
        transaction.on_commit(lambda: _mail_old_address(old, language, is_client=is_client))


def _mail_old_address(email: str, language: str, *, is_client: bool) -> None:
    """Only the fact and whom to ask: no new address, name or organisation."""
    with translation.override(language or settings.LANGUAGE_CODE):
        send_mail(
            subject=render_to_string("accounts/email/email_changed_subject.txt").strip(),
            message=render_to_string("accounts/email/email_changed.txt", {"is_client": is_client}),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[email],
        )
