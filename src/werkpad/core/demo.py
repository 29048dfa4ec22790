"""The demo region: arbeidsmarktregio Midden-Utrecht (AM13), invented people only.

Idempotent: running it again adds what is missing and changes nothing that exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction

from werkpad.accounts.models import ActorKind, User
from werkpad.clients.models import Client, ClientNumber
from werkpad.core.crypto import encrypt
from werkpad.organisations.models import (
    DEFAULT_DOMAIN,
    ArbeidsmarktRegio,
    Gemeente,
    Membership,
    Organisation,
    OrganisationType,
    Role,
    Team,
)

DEMO_PASSWORD = "Werkpad-demo-2026"  # noqa: S105 - printed for the demo; invented accounts

GGZ = "GGZ Centraal Utrecht (demo)"
UWV = "UWV Utrecht (demo)"
GEMEENTE = "Gemeente Utrecht (demo)"
REINTEGRATIE = "Werkkracht Re-integratie (demo)"
HERSTEL = "Herstelacademie Utrecht (demo)"
EMPLOYERS = ("Bakkerij De Korenschoof", "Fietsenmakerij Trapkracht", "Groenbedrijf Stadsgoed")

ORGANISATIONS: tuple[tuple[str, str], ...] = (
    (GGZ, OrganisationType.GGZ),
    (UWV, OrganisationType.UWV),
    (GEMEENTE, OrganisationType.GEMEENTE),
    (REINTEGRATIE, OrganisationType.REINTEGRATION),
    (HERSTEL, OrganisationType.PEER),
    *((name, OrganisationType.EMPLOYER) for name in EMPLOYERS),
)
TEAMS = {GGZ: ("IPS-team Utrecht-Oost", "FACT-team Nieuwegein")}


@dataclass(frozen=True)
class DemoUser:
    email: str
    full_name: str
    organisation: str | None
    role: str | None
    team: str | None = None
    key_person: bool = False
    situation: str = ""  # a client's situation, printed with the demo logins

    @property
    def kind(self) -> str:
        if self.role is None:
            return ActorKind.CLIENT
        if self.role == Role.WERKGEVER_CONTACTPERSOON:
            return ActorKind.EMPLOYER
        return ActorKind.PROFESSIONAL


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("ips@ggz.demo.example", "Fatima El Amrani", GGZ, Role.IPS_TRAJECTBEGELEIDER,
             "IPS-team Utrecht-Oost", key_person=True),
    DemoUser("jobcoach@werkkracht.demo.example", "Joost van Dijk", REINTEGRATIE, Role.JOBCOACH),
    DemoUser("behandelaar@ggz.demo.example", "Dr. Marleen Bos", GGZ, Role.BEHANDELAAR,
             "FACT-team Nieuwegein"),
    DemoUser("reintegratie@werkkracht.demo.example", "Kevin Mulder", REINTEGRATIE,
             Role.REINTEGRATIECOACH, key_person=True),
    DemoUser("arbeidsdeskundige@uwv.demo.example", "Ingrid Visser", UWV, Role.ARBEIDSDESKUNDIGE,
             key_person=True),
    DemoUser("verzekeringsarts@uwv.demo.example", "Pieter de Graaf", UWV, Role.VERZEKERINGSARTS),
    DemoUser("klantmanager@utrecht.demo.example", "Anouk Jansen", GEMEENTE, Role.KLANTMANAGER,
             key_person=True),
    DemoUser("werkgever@korenschoof.demo.example", "Henk Smit", EMPLOYERS[0],
             Role.WERKGEVER_CONTACTPERSOON),
    DemoUser("ervaringsdeskundige@herstel.demo.example", "Noor Hendriks", HERSTEL,
             Role.ERVARINGSDESKUNDIGE, key_person=True),
    DemoUser("teamleider@ggz.demo.example", "Ruud Vermeulen", GGZ, Role.TEAMLEIDER,
             "IPS-team Utrecht-Oost"),
    DemoUser("regiocoordinator@utrecht.demo.example", "Sevda Yilmaz", GEMEENTE,
             Role.REGIOCOORDINATOR),
    DemoUser("beheer@ggz.demo.example", "Tom de Wit", GGZ, Role.FUNCTIONEEL_BEHEERDER),
    DemoUser("client@demo.example", "Sanne de Vries", None, None,
             situation="werkt, met nazorg; keuzehulp open zijn af"),
    DemoUser("eva@client.demo.example", "Eva Lambrechts", None, None,
             situation="net begonnen"),
    DemoUser("emre@client.demo.example", "Emre Kaya", None, None,
             situation="zoekt werk; een toestemming wacht op hem"),
    DemoUser("jeroen@client.demo.example", "Jeroen Dekker", None, None,
             situation="even pauze"),
)  # fmt: skip

# name, born, gemeente, phone, the ggz's own EPD number (invented)
DEMO_CLIENTS: tuple[tuple[str, date, str, str, str], ...] = (
    ("Sanne de Vries", date(1994, 3, 14), "GM0344", "06 11223344", "EPD-10231"),
    ("Mohamed Ouali", date(1988, 11, 2), "GM0356", "06 22334455", "EPD-10877"),
    ("Lisa Kramer", date(2000, 6, 21), "GM0344", "", "EPD-11402"),
    ("Daan Peters", date(1979, 1, 30), "GM0321", "030 1234567", ""),
)


@transaction.atomic
def seed_demo() -> list[DemoUser]:
    region = ArbeidsmarktRegio.objects.get(code="AM13")
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
    _link_client_users()
    from werkpad.trajectories.demo import seed_trajectories  # imports this module

    seed_trajectories()
    from werkpad.employment.demo import seed_employment  # imports the trajectory demo

    seed_employment()
    # The other clients who log in get their records from the trajectory demo.
    _link_client_users()
    from werkpad.portal.demo import seed_portal  # imports this module

    seed_portal()
    return list(DEMO_USERS)


def _link_client_users() -> None:
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
