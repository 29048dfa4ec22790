"""The demo region's organisations, teams and people: arbeidsmarktregio Midden-Utrecht
(AM13), invented people only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkpad.accounts.models import ActorKind
from werkpad.organisations.models import OrganisationType, Role

REGION = "AM13"
DEMO_PASSWORD = "Werkpad-demo-2026"  # noqa: S105 - printed for the demo; invented accounts

GGZ = "GGZ Centraal Utrecht (demo)"
UWV = "UWV Utrecht (demo)"
GEMEENTE = "Gemeente Utrecht (demo)"
REINTEGRATIE = "Werkkracht Re-integratie (demo)"
HERSTEL = "Herstelacademie Utrecht (demo)"
# The employer organisations whose contact persons log in.
EMPLOYERS = ("Bakkerij De Korenschoof", "Fietsenmakerij Trapkracht", "Groenbedrijf Stadsgoed")

ORGANISATIONS: tuple[tuple[str, str], ...] = (
    (GGZ, OrganisationType.GGZ),
    (UWV, OrganisationType.UWV),
    (GEMEENTE, OrganisationType.GEMEENTE),
    (REINTEGRATIE, OrganisationType.REINTEGRATION),
    (HERSTEL, OrganisationType.PEER),
    *((name, OrganisationType.EMPLOYER) for name in EMPLOYERS),
)
IPS_TEAM = "IPS-team Utrecht-Oost"
FACT_TEAM = "FACT-team Nieuwegein"
UWV_TEAM = "Team Arbeidsdeskundigen Utrecht"
REINTEGRATIE_TEAM = "Team Jobcoaching en Re-integratie"
GEMEENTE_TEAM = "Team Werk en Participatie"
# Teams a klantmanager or behandelaar can refer to (issue 13, item 12): the ggz's, and those
# of the re-integratiebedrijf, UWV and the gemeente.
TEAMS = {
    GGZ: (IPS_TEAM, FACT_TEAM),
    REINTEGRATIE: (REINTEGRATIE_TEAM,),
    UWV: (UWV_TEAM,),
    GEMEENTE: (GEMEENTE_TEAM,),
}


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
             IPS_TEAM, key_person=True),
    DemoUser("jobcoach@werkkracht.demo.example", "Joost van Dijk", REINTEGRATIE, Role.JOBCOACH),
    DemoUser("behandelaar@ggz.demo.example", "Dr. Marleen Bos", GGZ, Role.BEHANDELAAR,
             FACT_TEAM),
    DemoUser("reintegratie@werkkracht.demo.example", "Kevin Mulder", REINTEGRATIE,
             Role.REINTEGRATIECOACH, REINTEGRATIE_TEAM, key_person=True),
    DemoUser("arbeidsdeskundige@uwv.demo.example", "Ingrid Visser", UWV, Role.ARBEIDSDESKUNDIGE,
             UWV_TEAM, key_person=True),
    DemoUser("verzekeringsarts@uwv.demo.example", "Pieter de Graaf", UWV, Role.VERZEKERINGSARTS),
    DemoUser("klantmanager@utrecht.demo.example", "Anouk Jansen", GEMEENTE, Role.KLANTMANAGER,
             GEMEENTE_TEAM, key_person=True),
    DemoUser("werkgever@korenschoof.demo.example", "Henk Smit", EMPLOYERS[0],
             Role.WERKGEVER_CONTACTPERSOON),
    DemoUser("ervaringsdeskundige@herstel.demo.example", "Noor Hendriks", HERSTEL,
             Role.ERVARINGSDESKUNDIGE, key_person=True),
    DemoUser("teamleider@ggz.demo.example", "Ruud Vermeulen", GGZ, Role.TEAMLEIDER,
             IPS_TEAM),
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

# The demo users who act in the stories, by a short key.
CAST_EMAILS = {
    "ips": "ips@ggz.demo.example",  # IPS-trajectbegeleider (GGZ)
    "beh": "behandelaar@ggz.demo.example",  # behandelaar (GGZ)
    "ad": "arbeidsdeskundige@uwv.demo.example",  # arbeidsdeskundige (UWV)
    "va": "verzekeringsarts@uwv.demo.example",  # verzekeringsarts (UWV)
    "km": "klantmanager@utrecht.demo.example",  # klantmanager (gemeente)
    "rc": "reintegratie@werkkracht.demo.example",  # re-integratiecoach (Werkkracht)
    "jc": "jobcoach@werkkracht.demo.example",  # jobcoach (Werkkracht)
    "ed": "ervaringsdeskundige@herstel.demo.example",  # ervaringsdeskundige (Herstelacademie)
}
# The organisations whose people act in the stories.
CAST_ORGANISATIONS = (GGZ, UWV, GEMEENTE, REINTEGRATIE, HERSTEL)

# The ggz's first clients: name, born, gemeente, phone, the ggz's own EPD number (invented).
DEMO_CLIENTS: tuple[tuple[str, date, str, str, str], ...] = (
    ("Sanne de Vries", date(1994, 3, 14), "GM0344", "06 11223344", "EPD-10231"),
    ("Mohamed Ouali", date(1988, 11, 2), "GM0356", "06 22334455", "EPD-10877"),
    ("Lisa Kramer", date(2000, 6, 21), "GM0344", "", "EPD-11402"),
    ("Daan Peters", date(1979, 1, 30), "GM0321", "030 1234567", ""),
)
