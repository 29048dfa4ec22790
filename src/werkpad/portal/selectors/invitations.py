"""Reads of the invitation to the portal: its status as the team sees it on the client's
record, and the invitation behind a link (checked: unknown, used, expired or withdrawn)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, decide, get_for, visible_to
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client
from werkpad.portal.models import ClientInvitation, hash_token


def own_client_record(*, actor: Actor) -> Client | None:
    """The client record of the logged-in client (``None`` for a user without one)."""
    return visible_to(actor, Client.objects.all()).first() if actor.is_client else None


# --- The team's view of the invitation ------------------------------------------------------
def client_for_invite(*, actor: Actor, public_id: str) -> Client:
    """The client a professional may invite: 404 outside the actor's scope, 403 without the
    right (both logged). What the page then shows is logged by ``invitation_status``."""
    client, _decision = get_for(
        actor, Action.INVITE_CLIENT, Client.objects.all(), public_id=public_id
    )
    return client


@dataclass
class InvitationStatus:
    client: Client
    has_account: bool
    has_email: bool
    last: ClientInvitation | None
    can_invite: bool

    @property
    def last_state(self) -> str:
        """``used``, ``revoked``, ``expired`` or ``open`` for the last invitation."""
        last = self.last
        if last is None:
            return ""
        if last.used_at:
            return "used"
        if last.revoked_at:
            return "revoked"
        if last.is_expired:
            return "expired"
        return "open"


def invitation_status(*, actor: Actor, client: Client) -> InvitationStatus | None:
    """The portal status of a client for the team (account, last invitation), or ``None`` for
    an actor who may not invite the client. Shown on the client record; logged as a read."""
    decision = decide(actor, Action.INVITE_CLIENT, client)
    if not decision.allowed:
        return None
    last = visible_to(actor, ClientInvitation.objects.filter(client=client)).first()
    record(
        actor,
        event="portal.invitation.read",
        action=AuditAction.READ,
        obj=client,
        basis=decision.basis,
        consent_id=decision.consent_id,
        detail={"invitation": last.pk if last else None},
    )
    has_account = client.user_id is not None
    has_email = bool(client.email.strip())
    return InvitationStatus(
        client=client,
        has_account=has_account,
        has_email=has_email,
        last=last,
        can_invite=has_email and not has_account,
    )


# --- The invitation behind a link -----------------------------------------------------------
class InvitationProblem(Exception):
    """Why an invitation link cannot be used (nothing was changed)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"
    ADDRESS_CHANGED = "address_changed"  # the record's e-mail address is no longer this one
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # wrong dates of birth
    HAS_ACCOUNT = "has_account"
    EMAIL_TAKEN = "email_taken"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_invitation(invitation: ClientInvitation | None) -> ClientInvitation:
    """The invitation if it can still be used, else ``InvitationProblem``."""
    from werkpad.accounts.models import User

    if invitation is None:
        raise InvitationProblem(InvitationProblem.UNKNOWN)
    if invitation.used_at is not None:
        raise InvitationProblem(InvitationProblem.USED)
    if invitation.revoked_at is not None:
        raise InvitationProblem(InvitationProblem.REVOKED)
    if invitation.is_expired:
        raise InvitationProblem(InvitationProblem.EXPIRED)
    if invitation.email.lower() != invitation.client.email.lower():
        # The team corrected the address: the link must not give the account to whoever
        # reads the old mailbox.
        raise InvitationProblem(InvitationProblem.ADDRESS_CHANGED)
    if invitation.client.user_id is not None:
        raise InvitationProblem(InvitationProblem.HAS_ACCOUNT)
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise InvitationProblem(InvitationProblem.EMAIL_TAKEN)
    return invitation


def invitation_by_token(
    token: str, queryset: QuerySet[ClientInvitation] | None = None
) -> ClientInvitation:
    """The usable invitation a link's token belongs to. Only the token's hash is stored, so
    the lookup is by hash."""
    qs = queryset if queryset is not None else ClientInvitation.objects.all()
    invitation = qs.select_related("client").filter(token_hash=hash_token(token)).first()
    return check_invitation(invitation)
