"""The organisations and people of the demo region, and the cast: the demo professionals who
act in the stories, each with the actor the services take."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.access.actor import Actor, actor_for_user
from werkpad.accounts.models import User
from werkpad.clients.models import Client, ClientNumber
from werkpad.core.crypto import encrypt
from werkpad.organisations.models import (
    DEFAULT_DOMAIN,
    ArbeidsmarktRegio,
    Gemeente,
    Membership,
    Organisation,
    OrganisationType,
    Team,
)

from ..data.people import (
    CAST_EMAILS,
    CAST_ORGANISATIONS,
    DEMO_CLIENTS,
    DEMO_PASSWORD,
    DEMO_USERS,
    FACT_TEAM,
    GGZ,
    IPS_TEAM,
    ORGANISATIONS,
    REGION,
    TEAMS,
)


def seed_people() -> None:
    """The organisations with their teams, the demo users with their memberships and the
    ggz's first clients. Adds what is missing and changes nothing that exists."""
    region = ArbeidsmarktRegio.objects.get(code=REGION)
    organisations: dict[str, Organisation] = {}
    for name, org_type in ORGANISATIONS:
        org, _ = Organisation.objects.get_or_create(
            name=name,
            defaults={"type": org_type, "domain": DEFAULT_DOMAIN[OrganisationType(org_type)]},
        )
        org.regions.add(region)
        organisations[name] = org
        for team_name in TEAMS.get(name, ()):
            Team.objects.get_or_create(organisation=org, name=team_name)
    for spec in DEMO_USERS:
        user = User.objects.filter(email=spec.email).first()
        if user is None:
            user = User.objects.create_user(
                email=spec.email, password=DEMO_PASSWORD, full_name=spec.full_name, kind=spec.kind
            )
        if spec.organisation and spec.role:
            org = organisations[spec.organisation]
            Membership.objects.get_or_create(
                user=user,
                organisation=org,
                role=spec.role,
                defaults={
                    "team": Team.objects.filter(organisation=org, name=spec.team).first(),
                    "is_key_person": spec.key_person,
                },
            )
    ggz = organisations[GGZ]
    for full_name, born, gemeente_code, phone, epd_number in DEMO_CLIENTS:
        client, created = Client.objects.get_or_create(
            full_name=full_name,
            organisation=ggz,
            defaults={
                "date_of_birth": born,
                "gemeente": Gemeente.objects.get(code=gemeente_code),
                "phone": phone,
            },
        )
        if created and epd_number:
            ClientNumber.objects.create(
                client=client, organisation=ggz, ciphertext=encrypt(epd_number)
            )


def link_client_users() -> None:
    """Each demo client's account to their record, found by name, once the record exists.
    An account already linked stays as it is, and only the oldest record of that name is
    linked: a record someone added later under the same name is not the demo's."""
    for spec in DEMO_USERS:
        if spec.role is not None:
            continue
        user = User.objects.get(email=spec.email)
        if Client.objects.filter(user=user).exists():
            continue
        record = (
            Client.objects.filter(full_name=spec.full_name, user__isnull=True)
            .order_by("id")
            .first()
        )
        if record is not None:
            Client.objects.filter(pk=record.pk).update(user=user)


@dataclass
class Cast:
    organisations: dict[str, Organisation]
    ips_team: Team
    fact_team: Team
    users: dict[str, User]
    memberships: dict[str, Membership]
    actors: dict[str, Actor]

    @classmethod
    def load(cls) -> Cast:
        organisations = {
            o.name: o for o in Organisation.objects.filter(name__in=CAST_ORGANISATIONS)
        }
        users: dict[str, User] = {}
        memberships: dict[str, Membership] = {}
        actors: dict[str, Actor] = {}
        for key, email in CAST_EMAILS.items():
            user = User.objects.get(email=email)
            membership = (
                Membership.objects.filter(user=user, is_active=True)
                .select_related("organisation")
                .order_by("id")
                .first()
            )
            assert membership is not None, email
            users[key] = user
            memberships[key] = membership
            actors[key] = actor_for_user(user, membership_id=membership.pk)
        ggz = organisations[GGZ]
        return cls(
            organisations=organisations,
            ips_team=Team.objects.get(organisation=ggz, name=IPS_TEAM),
            fact_team=Team.objects.get(organisation=ggz, name=FACT_TEAM),
            users=users,
            memberships=memberships,
            actors=actors,
        )
