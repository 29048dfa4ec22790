"""Who is acting: the user, the membership (organisation and role) they act under, and where
from. Built once per request by ``ActorMiddleware``; passed to policy, services and selectors."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from axes.helpers import get_client_ip_address
from django.http import HttpRequest
from django.utils.ipv6 import clean_ipv6_address

from werkpad.accounts.models import ActorKind

if TYPE_CHECKING:
    from werkpad.accounts.models import User
    from werkpad.organisations.models import Membership, Organisation

ACTIVE_MEMBERSHIP_SESSION_KEY = "werkpad_membership_id"


@dataclass(frozen=True)
class AccessPoint:
    ip_address: str | None = None
    user_agent: str = ""

    @classmethod
    def from_request(cls, request: HttpRequest) -> AccessPoint:
        return cls(
            ip_address=normalise_ip(get_client_ip_address(request)),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
        )


def normalise_ip(address: str | None) -> str | None:
    """The form Django's GenericIPAddressField stores, so the sealed hash matches on reread;
    ``None`` for anything that is not an address."""
    if not address:
        return None
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return clean_ipv6_address(address) if ":" in address else address


@dataclass(frozen=True)
class Actor:
    user: User | None
    membership: Membership | None = None
    memberships: tuple[Membership, ...] = ()
    access_point: AccessPoint = field(default_factory=AccessPoint)

    @property
    def is_authenticated(self) -> bool:
        return self.user is not None

    @property
    def kind(self) -> str | None:
        return self.user.kind if self.user is not None else None

    @property
    def is_client(self) -> bool:
        return self.kind == ActorKind.CLIENT

    @property
    def is_professional(self) -> bool:
        return self.kind == ActorKind.PROFESSIONAL and self.membership is not None

    @property
    def is_employer(self) -> bool:
        return self.kind == ActorKind.EMPLOYER and self.membership is not None

    @property
    def organisation(self) -> Organisation | None:
        return self.membership.organisation if self.membership else None

    @property
    def organisation_id(self) -> int | None:
        return self.membership.organisation_id if self.membership else None

    @property
    def role(self) -> str:
        return self.membership.role if self.membership else ""

    def __str__(self) -> str:
        return str(self.user) if self.user else "anonymous"


ANONYMOUS = Actor(user=None)


def user_of(actor: Actor) -> User:
    """The acting user, for a service the policy has already let through."""
    assert actor.user is not None  # every service is behind the policy
    return actor.user


def organisation_of(actor: Actor) -> Organisation:
    """The organisation the actor acts for, for a service the policy has let through."""
    assert actor.organisation is not None  # every service is behind the policy
    return actor.organisation


def actor_for_user(
    user: User, *, membership_id: int | None = None, access_point: AccessPoint | None = None
) -> Actor:
    """The actor for ``user``, acting under ``membership_id`` when it is theirs and active,
    else under their first active membership."""
    memberships = tuple(
        user.memberships.filter(is_active=True)
        .select_related("organisation", "team")
        .order_by("organisation__name", "role")
    )
    chosen = next((m for m in memberships if m.pk == membership_id), None)
    if chosen is None and memberships:
        chosen = memberships[0]
    if user.kind == ActorKind.CLIENT:
        chosen, memberships = None, ()
    return Actor(
        user=user,
        membership=chosen,
        memberships=memberships,
        access_point=access_point or AccessPoint(),
    )


def actor_from_request(request: HttpRequest) -> Actor:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return Actor(user=None, access_point=AccessPoint.from_request(request))
    return actor_for_user(
        user,
        membership_id=request.session.get(ACTIVE_MEMBERSHIP_SESSION_KEY),
        access_point=AccessPoint.from_request(request),
    )
