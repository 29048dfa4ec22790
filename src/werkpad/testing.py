"""Builders for tests: organisations, users with memberships, clients, a second factor."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from html.parser import HTMLParser
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
    org.regions.add(demo_region())
    return org


def load_reference_data() -> None:
    """The arbeidsmarktregio's and demo gemeenten that migration 0002 loads. A transactional
    test flushes the database afterwards, data migrations included: whatever runs after it
    on the same test process loads them again (idempotent)."""
    from werkpad.organisations.models import Gemeente
    from werkpad.organisations.reference import ARBEIDSMARKTREGIOS, DEMO_GEMEENTEN, DEMO_REGION

    for code, name in ARBEIDSMARKTREGIOS:
        ArbeidsmarktRegio.objects.update_or_create(code=code, defaults={"name": name})
    region = ArbeidsmarktRegio.objects.get(code=DEMO_REGION)
    for code, name in DEMO_GEMEENTEN:
        Gemeente.objects.update_or_create(code=code, defaults={"name": name, "region": region})


def demo_region() -> ArbeidsmarktRegio:
    """Midden-Utrecht (AM13), where every test organisation works."""
    region = ArbeidsmarktRegio.objects.filter(code="AM13").first()
    if region is None:  # flushed by a transactional test that ran before
        load_reference_data()
        region = ArbeidsmarktRegio.objects.get(code="AM13")
    return region


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


@dataclass
class ErrorSummary:
    """One error summary of a page (``werkpad/error_summary.html``), as a user reads it."""

    attrs: dict[str, str]
    heading: str = ""
    messages: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)


class _SummaryReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.summaries: list[ErrorSummary] = []
        self._depth = 0  # open elements inside the current summary
        self._text: list[str] | None = None
        self._href = ""
        self._kind = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if not self._depth:
            if "data-error-summary" in values:
                self.summaries.append(ErrorSummary(values))
                self._depth = 1
            return
        if tag not in ("br", "img", "input"):
            self._depth += 1
        if tag == "h2":
            self._kind, self._text = "heading", []
        elif "data-error-summary-message" in values:
            self._kind, self._text = "message", []
        elif tag == "a":
            self._kind, self._text, self._href = "link", [], values.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if not self._depth:
            return
        self._depth -= 1
        if self._text is not None and tag in ("h2", "p", "a"):
            text = " ".join("".join(self._text).split())
            summary = self.summaries[-1]
            if self._kind == "heading":
                summary.heading = text
            elif self._kind == "message":
                summary.messages.append(text)
            else:
                summary.links.append((self._href, text))
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def error_summaries(html: str) -> list[ErrorSummary]:
    """The error summaries on a page, in page order."""
    reader = _SummaryReader()
    reader.feed(html)
    return reader.summaries
