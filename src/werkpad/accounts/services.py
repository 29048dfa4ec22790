"""Use cases of a user's own account."""

from __future__ import annotations

from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import F

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.core.forms import StaleEditError

from .models import ActorKind, User, UserSession


def profile_update(
    *,
    actor: Actor,
    user: User,
    version: int,
    full_name: str,
    preferred_language: str,
    daily_digest: bool = True,
) -> User:
    """The user's own name, language and (a professional's) daily digest. Only
    professionals get the digest (``digest_recipients``); for anyone else it stays off."""
    require(actor, Action.MANAGE_OWN_ACCOUNT)
    with transaction.atomic():
        # Compare-and-set on the version: a concurrent edit makes this match no row.
        updated = User.objects.filter(pk=user.pk, version=version).update(
            full_name=full_name,
            preferred_language=preferred_language,
            daily_digest=daily_digest and user.kind == ActorKind.PROFESSIONAL,
            version=version + 1,
        )
        if not updated:
            raise StaleEditError(User.objects.get(pk=user.pk))
        record(actor, event="account.update", action=AuditAction.UPDATE, obj=user)
    user.refresh_from_db()
    return user


def sessions_end_all(*, actor: Actor, user: User) -> int:
    """Ends every session of the user on the server, this one included."""
    require(actor, Action.MANAGE_OWN_ACCOUNT)
    with transaction.atomic():
        keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
        Session.objects.filter(session_key__in=keys).delete()
        UserSession.objects.filter(user=user).delete()
        record(
            actor,
            event="account.sessions_end_all",
            action=AuditAction.DELETE,
            obj=user,
            detail={"sessions": len(keys)},
        )
    return len(keys)


def language_set(*, actor: Actor, language: str) -> None:
    require(actor, Action.MANAGE_OWN_ACCOUNT)
    user = actor.user
    assert user is not None  # guaranteed by the policy
    with transaction.atomic():
        # A new version, so a profile form left open elsewhere cannot undo the switch.
        User.objects.filter(pk=user.pk).update(
            preferred_language=language, version=F("version") + 1
        )
        record(
            actor,
            event="account.language",
            action=AuditAction.UPDATE,
            obj=user,
            detail={"language": language},
        )
