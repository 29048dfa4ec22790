"""Builders for tests: organisations, users with memberships, clients, a second factor."""

from __future__ import annotations

import itertools
from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, hotp_value

from werkpad.accounts.models import ActorKind, User
from werkpad.clients.models import Client
from werkpad.organisations.models import (
    DEFAULT_DOMAIN,
    ArbeidsmarktRegio,
    Gemeente,
    Membership,
    Organisation,
    OrganisationType,
    Role,
)

PASSWORD = "een-lang-test-wachtwoord"  # noqa: S105
_counter = itertools.count(1)


def make_organisation(name: str = "", org_type: str = OrganisationType.GGZ) -> Organisation:
    org = Organisation.objects.create(
        name=name or f"Organisatie {next(_counter)}",
        type=org_type,
        domain=DEFAULT_DOMAIN[OrganisationType(org_type)],
    )
    org.regions.add(ArbeidsmarktRegio.objects.get(code="AM13"))
    return org


def make_user(
    *,
    organisation: Organisation | None = None,
    role: str = Role.IPS_TRAJECTBEGELEIDER,
    kind: str | None = None,
    mfa: bool = True,
    email: str = "",
    **fields: Any,
) -> User:
    if kind is None:
        if organisation is None:
            kind = ActorKind.CLIENT
        elif role == Role.WERKGEVER_CONTACTPERSOON:
            kind = ActorKind.EMPLOYER
        else:
            kind = ActorKind.PROFESSIONAL
    n = next(_counter)
    user = User.objects.create_user(
        email=email or f"gebruiker{n}@test.example",
        password=PASSWORD,
        full_name=fields.pop("full_name", f"Gebruiker {n}"),
        kind=kind,
        **fields,
    )
    if organisation is not None:
        Membership.objects.create(user=user, organisation=organisation, role=role)
    if mfa and kind != ActorKind.CLIENT:
        enable_totp(user)
    return user


def enable_totp(user: User, secret: str | None = None) -> str:
    secret = secret or generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str) -> str:
    import time

    return f"{hotp_value(secret, int(time.time()) // 30):06d}"


def has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def make_client(
    *, organisation: Organisation, user: User | None = None, full_name: str = ""
) -> Client:
    return Client.objects.create(
        full_name=full_name or f"Cliënt {next(_counter)}",
        organisation=organisation,
        user=user,
        gemeente=Gemeente.objects.get(code="GM0344"),
    )
