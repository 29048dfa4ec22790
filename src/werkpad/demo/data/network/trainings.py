"""Trainings, their sessions and the werkateliers, and who followed what (see ``_common``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from werkpad.access.roles import Role

from ..people import GEMEENTE, GGZ
from ._common import AD, BEH, ED, IPS, JC, KM, RC, REGIOCOORDINATOR, TEAMLEIDER, VA, WERKGEVER, WSP

# --- 3. trainings ------------------------------------------------------------------------

MET_OPEN_BLIK = "met-open-blik"
IPS_BASISTRAINING = "ips-basistraining"
HARRIE_HELPT = "harrie-helpt"
JOBCOACHTRAINING = "jobcoachtraining"
GESPREKSLEIDRAAD = "gespreksleidraad-arbeid-als-medicijn"
W_CGT = "w-cgt"

# Met Open Blik is for the staff of gemeenten and UWV and for IPS professionals (seed 004).
MET_OPEN_BLIK_ROLES = (
    Role.IPS_TRAJECTBEGELEIDER,
    Role.KLANTMANAGER,
    Role.REGIOCOORDINATOR,
    Role.ARBEIDSDESKUNDIGE,
    Role.VERZEKERINGSARTS,
)


@dataclass(frozen=True, kw_only=True)
class TrainingSpec:
    code: str
    title: str
    provider: str
    for_whom: tuple[str, ...]  # Role codes
    summary: str
    source_url: str
    duration: str
    required_for: tuple[str, ...] = ()  # Role codes that must have followed it
    employers_can_join: bool = False


TRAININGS: tuple[TrainingSpec, ...] = (
    TrainingSpec(
        code=MET_OPEN_BLIK,
        title="Met Open Blik",
        provider="Kenniscentrum Phrenos",
        for_whom=MET_OPEN_BLIK_ROLES,
        summary=(
            "Training over stigma en openheid, gebouwd op de beslishulp CORAL 2.0. Voor "
            "medewerkers van gemeenten en UWV en voor IPS-professionals. Een "
            "ervaringsdeskundige geeft het live deel; in het online deel kijk je terug op het "
            "oefenen met CORAL. Tip: train een paar mensen per team, die het doorgeven."
        ),
        source_url="https://kenniscentrumphrenos.nl/coral-beslishulp-en-stigma-bewustwordingstraining/",
        duration="Een live deel en een online deel",
    ),
    TrainingSpec(
        code=IPS_BASISTRAINING,
        title="IPS basistraining",
        provider="Kenniscentrum Phrenos",
        for_whom=(Role.IPS_TRAJECTBEGELEIDER, Role.TEAMLEIDER),
        summary=(
            "De training voor IPS-trajectbegeleiders. Kenniscentrum Phrenos is in Nederland "
            "het aanspreekpunt voor het IPS-model. In de training is weinig tijd voor het "
            "zoeken naar werkgevers; sommige ggz-instellingen scholen hun "
            "IPS-trajectbegeleiders daarom ook als jobcoach."
        ),
        source_url="http://docplayer.nl/1096392-Individuele-plaatsing-en-steun-ips-werkblad-beschrijving-interventie.html",
        duration="De duur staat niet in de bron; vraag het aan Kenniscentrum Phrenos",
        required_for=(Role.IPS_TRAJECTBEGELEIDER,),
    ),
    TrainingSpec(
        code=HARRIE_HELPT,
        title="Harrie Helpt",
        provider="CNV Jongeren; vaak kosteloos via het werkgeversservicepunt",
        for_whom=(Role.WERKGEVER_CONTACTPERSOON,),
        summary=(
            "Voor leidinggevenden en collega's op de werkvloer: hoe begeleid je een collega "
            "met een extra ondersteuningsbehoefte? Harrie staat voor hulpvaardig, alert, "
            "realistisch, rustig, instruerend en eerlijk. Werkgevers kunnen zich zelf "
            "aanmelden."
        ),
        source_url="https://techniekpact.nl/nieuws/een-harrie-is-smeerolie-voor-ieder-bedrijf",
        duration="Twee dagen",
        employers_can_join=True,
    ),
    TrainingSpec(
        code=JOBCOACHTRAINING,
        title="Jobcoachtraining (Register Jobcoach, Noloc)",
        provider="Een erkende opleiding; het register is van Noloc",
        for_whom=(Role.JOBCOACH, Role.IPS_TRAJECTBEGELEIDER),
        summary=(
            "Voor het Register Jobcoach van Noloc heb je hbo-niveau (of een EVC), 98 uur "
            "jobcoachopleiding en 1.200 uur ervaring nodig. Je maakt een portfolio en een "
            "ontwikkelplan; een erkende opleiding vervangt het portfolio. Het certificaat "
            "geldt vier jaar."
        ),
        source_url="https://www.noloc.nl/register-jobcoach",
        duration="98 uur opleiding",
    ),
    TrainingSpec(
        code=GESPREKSLEIDRAAD,
        title="Werken met de Gespreksleidraad Arbeid als medicijn",
        provider=f"{GGZ}, interne scholing",
        for_whom=(Role.BEHANDELAAR, Role.IPS_TRAJECTBEGELEIDER),
        summary=(
            "De Gespreksleidraad helpt cliënten om werk te bespreken met hun hulpverlener: "
            "negen thema's over werk, in drie stappen (voorbereiden, erover beginnen, samen de "
            "volgende stap afspreken). In deze scholing oefen je hoe je daarop ingaat."
        ),
        source_url="https://fdocuments.nl/document/gespreksleidraad-aarbeid-als-medicijna-2018-01-02-wees-u-er-dan-van-bewust.html",
        duration="Een dagdeel",
    ),
    TrainingSpec(
        code=W_CGT,
        title="Werkgerichte cognitieve gedragstherapie (W-CGT)",
        provider=f"{GGZ}, interne scholing",
        for_whom=(Role.BEHANDELAAR,),
        summary=(
            "Bij W-CGT komt werk al vroeg in de cognitieve gedragstherapie aan bod. In het "
            "onderzoek (168 werknemers die ziek waren) gingen mensen 65 dagen eerder weer aan "
            "het werk. De WGB is op W-CGT gebouwd."
        ),
        source_url="https://mijn.bsl.nl/psychologie/nieuwe-therapie-versnelt-werkhervatting-bij-werknemers-met-psych/12305716",
        duration="Twee dagdelen en een casusbespreking",
    ),
)


# --- 4. sessions: trainings and werkateliers ---------------------------------------------

# The professionals of ggz and Werk & Inkomen a werkatelier is for (seed 001).
WERKATELIER_ROLES = (
    Role.IPS_TRAJECTBEGELEIDER,
    Role.BEHANDELAAR,
    Role.ARBEIDSDESKUNDIGE,
    Role.VERZEKERINGSARTS,
    Role.KLANTMANAGER,
    Role.REINTEGRATIECOACH,
    Role.JOBCOACH,
    Role.ERVARINGSDESKUNDIGE,
    Role.TEAMLEIDER,
    Role.REGIOCOORDINATOR,
)
MEETING_ROOM = "Vergaderzaal De Brug, Catharijnesingel 10 (demo-adres), Utrecht"


@dataclass(frozen=True, kw_only=True)
class SessionSpec:
    """A dated session: a training's (``training`` is its code) or a regional werkatelier
    (``training`` None). ``registrations``: logins in the order they signed up; those past
    ``capacity`` are on the waiting list."""

    key: str
    training: str | None
    title: str
    day: int  # days from today: negative in the past, positive ahead
    start: time
    minutes: int
    organiser: str
    capacity: int
    for_whom: tuple[str, ...]  # Role codes
    description: str
    place: str = ""
    online_link: str = ""
    registrations: tuple[str, ...] = ()
    later_days: tuple[int, ...] = ()  # the event's further days, in days after its first


SESSIONS: tuple[SessionSpec, ...] = (
    SessionSpec(
        key="werkatelier-zorg-en-werk",
        training=None,
        title="Werkatelier Zorg en werk verbinden",
        day=-40,
        start=time(13, 30),
        minutes=180,
        organiser=GEMEENTE,
        capacity=30,
        for_whom=WERKATELIER_ROLES,
        description=(
            "Professionals van de ggz, UWV, de gemeente en het re-integratiebedrijf leren "
            "elkaar kennen. 'Zorg dat je elkaar kent': wie is bij jou de sleutelpersoon, en hoe "
            "bel je elkaar als het snel moet? We bespreken casussen zonder namen."
        ),
        place=MEETING_ROOM,
        registrations=(IPS, BEH, AD, VA, KM, RC, JC, ED, TEAMLEIDER, REGIOCOORDINATOR),
    ),
    SessionSpec(
        key="werkatelier-werkgeversdienstverlening",
        training=None,
        title="Werkatelier Krachten bundelen bij de werkgeversdienstverlening",
        day=35,
        start=time(9, 30),
        minutes=150,
        organiser=WSP,
        capacity=25,
        for_whom=(*WERKATELIER_ROLES, Role.WERKGEVER_CONTACTPERSOON),
        description=(
            "Hoe voorkomen we dat drie organisaties dezelfde werkgever bellen? Het "
            "werkgeversservicepunt, de IPS-trajectbegeleiders en de jobcoaches maken afspraken "
            "over één aanspreekpunt per werkgever. Een werkgever vertelt wat hem helpt."
        ),
        place=MEETING_ROOM,
        registrations=(IPS, JC, KM),
    ),
    SessionSpec(
        key="met-open-blik-kleine-groep",
        training=MET_OPEN_BLIK,
        title="Met Open Blik, live deel (kleine groep)",
        day=14,
        start=time(9, 0),
        minutes=210,
        organiser=GEMEENTE,
        capacity=2,
        for_whom=MET_OPEN_BLIK_ROLES,
        description=(
            "Twee plaatsen voor mensen die het daarna doorgeven aan hun team. Kenniscentrum "
            "Phrenos verzorgt de training; een ervaringsdeskundige geeft het live deel: over "
            "stigma, openheid en CORAL 2.0, en over je eigen ervaringen. Het online deel volgt "
            "later."
        ),
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        # Full: the verzekeringsarts signed up third and is on the waiting list.
        registrations=(AD, REGIOCOORDINATOR, VA),
    ),
    SessionSpec(
        key="ips-basistraining",
        training=IPS_BASISTRAINING,
        title="IPS basistraining",
        day=21,
        start=time(9, 30),
        minutes=420,
        organiser=GGZ,
        capacity=12,
        for_whom=(Role.IPS_TRAJECTBEGELEIDER, Role.TEAMLEIDER),
        description=(
            "Voor nieuwe IPS-trajectbegeleiders en wie de basistraining nog niet heeft "
            "gevolgd: de acht principes, het loopbaanprofiel, snel zoeken naar werk en "
            "ondersteuning zolang de klant dit wenst."
        ),
        online_link="https://leren.ggz.demo.example/ips-basistraining",
        registrations=(IPS,),
    ),
    SessionSpec(
        key="harrie-helpt",
        training=HARRIE_HELPT,
        title="Harrie Helpt",
        day=28,
        start=time(9, 0),
        minutes=420,
        organiser=WSP,
        capacity=14,
        for_whom=(Role.WERKGEVER_CONTACTPERSOON,),
        description=(
            "Tweedaagse training voor leidinggevenden en collega's; dag 2 is een week later "
            "op dezelfde tijd. Via het werkgeversservicepunt kosteloos voor werkgevers in de "
            "regio. Werkgevers melden zich zelf aan."
        ),
        place="Werkgeversservicepunt, Stationsplein 5 (demo-adres), Utrecht",
        registrations=(WERKGEVER,),
        later_days=(7,),
    ),
    SessionSpec(
        key="gespreksleidraad-teamleeruur",
        training=GESPREKSLEIDRAAD,
        title="Werken met de Gespreksleidraad Arbeid als medicijn",
        day=-20,
        start=time(13, 0),
        minutes=180,
        organiser=GGZ,
        capacity=16,
        for_whom=(Role.BEHANDELAAR, Role.IPS_TRAJECTBEGELEIDER),
        description=(
            "Hoe ga je in op een cliënt die met de Gespreksleidraad over werk begint? We "
            "oefenen met de drie stappen en spreken af wie de werkvraag bij de intake stelt."
        ),
        place="GGZ Centraal Utrecht, zaal 2, Lange Nieuwstraat 40 (demo-adres), Utrecht",
        registrations=(BEH, IPS),
    ),
    SessionSpec(
        key="w-cgt",
        training=W_CGT,
        title="W-CGT voor behandelaars",
        day=60,
        start=time(13, 30),
        minutes=240,
        organiser=GGZ,
        capacity=10,
        for_whom=(Role.BEHANDELAAR,),
        description=(
            "Werk vroeg in de behandeling brengen: de eerste van twee middagen, daarna een "
            "casusbespreking met de re-integratiecoach van een WGB-traject."
        ),
        online_link="https://leren.ggz.demo.example/w-cgt",
    ),
)


# --- 5. who followed what ----------------------------------------------------------------


@dataclass(frozen=True)
class TrainingRecord:
    user: str  # login
    training: str  # code
    days_ago: int


# Fatima El Amrani, the IPS team's trajectbegeleider, has not followed the IPS basistraining
# (she is signed up for the next one): the teamleider's coverage page shows the gap.
TRAINING_RECORDS: tuple[TrainingRecord, ...] = (
    TrainingRecord(IPS, MET_OPEN_BLIK, 210),
    TrainingRecord(IPS, JOBCOACHTRAINING, 430),
    TrainingRecord(IPS, GESPREKSLEIDRAAD, 20),
    TrainingRecord(TEAMLEIDER, IPS_BASISTRAINING, 900),
    TrainingRecord(TEAMLEIDER, MET_OPEN_BLIK, 380),
    TrainingRecord(BEH, GESPREKSLEIDRAAD, 20),
    TrainingRecord(BEH, W_CGT, 320),
    TrainingRecord(JC, JOBCOACHTRAINING, 760),
    TrainingRecord(KM, MET_OPEN_BLIK, 150),
    TrainingRecord(ED, MET_OPEN_BLIK, 500),
)
