"""Demo stories of job development and placement (issue 4) in the demo region Midden-Utrecht
(AM13), on top of the trajectory stories of ``trajectories/demo.py``: the employers the IPS
team visits (three of them log in to Werkpad), a regional sharing agreement, eight weeks of
employer contacts around the IPS norm, vacancies and two jobs created for one person, career
profiles, werkplekscans, placements with their instruments, follow-along, check-ins and one
early-warning signal. Invented people and companies only.

Everything goes through the services with the demo professionals as actors, so the access
log and the invariants hold; dates are then moved into the past with ``QuerySet.update``
where a service stamps "now". Two things the services cannot express are written directly:
placements of trajectories that are already in 'nazorg' (the placement service would move
them back to 'plaatsing'), and the signal, which the early-warning rule raises from the
check-ins exactly as the background task does. Idempotent: when the first employer exists,
nothing is added.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.core.demo import EMPLOYERS, GGZ, REINTEGRATIE
from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente, Membership, Organisation
from werkpad.trajectories.demo import Cast
from werkpad.trajectories.models import NoteKind, Perspective, PhaseChange, Trajectory
from werkpad.trajectories.services import ladder_assess, note_add

from . import services
from .models import (
    AppliedInstrument,
    Condition,
    ContactKind,
    ContactPurpose,
    ContractType,
    Employer,
    EmployerContact,
    JobEndReason,
    Light,
    Placement,
    RegionalSharing,
    RegisterStatus,
    Sector,
    TravelScope,
    UwvAdvice,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WithWhom,
    WorkKind,
    WorkplaceScan,
    WorkType,
    mask_of,
)
from .services import (
    EmployerDetails,
    InstrumentUse,
    PlacementDetails,
    ProfileDetails,
    VacancyDetails,
)
from .wellbeing import evaluate_placement

REGION = "AM13"
EMPLOYER_USER = "werkgever@korenschoof.demo.example"  # Henk Smit, Bakkerij De Korenschoof
CLIENT_USER = "client@demo.example"  # Sanne de Vries, who logs in herself
# Face-to-face employer contacts of the demo IPS-trajectbegeleider per calendar week, the
# oldest first and this week last: around the IPS norm of six, below it in some weeks and
# above it in others.
F2F_PER_WEEK = (7, 5, 6, 4, 8, 5, 7, 3)

KORENSCHOOF, TRAPKRACHT, STADSGOED = EMPLOYERS
KRINGLOOP = "Kringloopwinkel De Tweede Ronde"
LEKDIJK = "Logistiekcentrum Lekdijk"
BUURTVERS = "Supermarkt Buurtvers"
DRUKKERIJ = "Drukkerij Vanderveen"
BONENHUIS = "Koffiebranderij Het Bonenhuis"
HOOIBERG = "Zorgboerderij De Hooiberg"
VECHTOEVER = "Hotel-restaurant De Vechtoever"
GLANSRIJK = "Schoonmaakbedrijf Glansrijk"
SPEELKWARTIER = "Kinderopvang Het Speelkwartier"
BUURTKAMER = "Buurtkamer De Linde"
BITBRUG = "Servicedesk Bitbrug"

RED_LIGHT_DECISION = (
    "Bewuste keuze ondanks het rode licht bij 'houding van collega's'. Samira wil deze plek: "
    "buiten werken, in het park bij haar huis, en ze kent de ploegleider al. Afspraken: de "
    "ploegleider en twee collega's volgen de Harrie Helpt-training, Samira werkt de eerste "
    "maand alleen in de ploeg van Kees Brouwer, de jobcoach is de eerste vier weken wekelijks "
    "op de werkvloer en na vier weken kijken we samen opnieuw naar de lichten."
)


# --- Employers ------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class EmployerSpec:
    name: str
    sector: str
    gemeente: str
    kvk: str
    holder: str = "ips"  # the cast key of the coach who holds the relation
    account: bool = False  # one of the employer organisations that log in (core/demo.py)
    social_heart: bool = False
    attitude: str = ""
    networks: str = ""
    trainings: str = ""
    uwv_advice: str = UwvAdvice.NONE
    sroi_note: str = ""  # set: the employer has SROI obligations
    locations: str = ""
    people: tuple[tuple[str, str, str, str], ...] = ()  # name, function, e-mail, phone
    since: int = 365  # days since the relation was recorded


# fmt: off
EMPLOYER_SPECS: tuple[EmployerSpec, ...] = (
    EmployerSpec(
        name=KORENSCHOOF, sector=Sector.HORECA, gemeente="GM0344", kvk="30125478",
        account=True, social_heart=True, uwv_advice=UwvAdvice.DONE, since=540,
        attitude="Eigenaar Henk Smit werkt al jaren met mensen met een afstand tot de "
                 "arbeidsmarkt: 'Iedereen verdient een plek waar hij gezien wordt.' Een "
                 "werkgever met een sociaal hart; kleine bakkerij met een vast, rustig team.",
        networks="Ondernemersvereniging Lombok; Utrecht Inclusief",
        trainings="Harrie Helpt (maart 2026): twee bakkers en de winkelchef",
        locations="Winkel en bakkerij aan de Kanaalstraat; tweede winkel in Leidsche Rijn.",
        people=(("Henk Smit", "eigenaar", EMPLOYER_USER, "030 2301122"),
                ("Marieke Smit", "winkelchef", "winkel@korenschoof.demo.example", "")),
    ),
    EmployerSpec(
        name=TRAPKRACHT, sector=Sector.TECHNIEK, gemeente="GM1904", kvk="30987612",
        account=True, social_heart=True, uwv_advice=UwvAdvice.REQUESTED, since=420,
        attitude="Kleine werkplaats in Maarssen. De eigenaar was zelf lang ziek en weet hoe "
                 "belangrijk een tweede kans is.",
        networks="Fietsenmakers Vechtstreek",
        people=(("Youssef Amrani", "eigenaar", "youssef@trapkracht.demo.example",
                 "0346 554433"),),
    ),
    EmployerSpec(
        name=STADSGOED, sector=Sector.GROEN, gemeente="GM0344", kvk="30554410",
        account=True, social_heart=True, uwv_advice=UwvAdvice.DONE, since=610,
        sroi_note="Onderhoud stadsparken voor de gemeente Utrecht (aanbesteding 2025-2028): "
                  "5% van de opdrachtsom als social return.",
        attitude="Sociaal ondernemer in het groen: 'Er zit veel goud tussen mensen met "
                 "psychische klachten die op zoek zijn naar werk.' Ploegen werken in vaste "
                 "parken, met een vaste ploegleider.",
        networks="Utrecht Inclusief; MVO-netwerk Utrecht; Social Enterprise NL",
        trainings="Harrie Helpt (maart 2026): drie ploegleiders",
        locations="Werf in Utrecht-Oost; ploegen in Nieuwegein en Zeist.",
        people=(("Ria van Beek", "hoofd uitvoering", "ria@stadsgoed.demo.example",
                 "030 2667788"),
                ("Kees Brouwer", "ploegleider Oost", "kees@stadsgoed.demo.example", "")),
    ),
    EmployerSpec(
        name=KRINGLOOP, sector=Sector.DETAILHANDEL, gemeente="GM0310", kvk="30441298",
        social_heart=True, since=380,
        attitude="Stichting met een winkel en een sorteerruimte; werkt met vrijwilligers, "
                 "leerwerkplekken en betaalde krachten door elkaar.",
        networks="Sociaal ondernemen De Bilt",
        trainings="Harrie Helpt (maart 2026): de twee werkleiders",
        people=(("Petra Lammers", "bedrijfsleider", "petra@tweederonde.demo.example",
                 "030 2209876"),),
    ),
    EmployerSpec(
        name=LEKDIJK, sector=Sector.LOGISTIEK, gemeente="GM0356", kvk="30776543", since=300,
        attitude="Vooral geïnteresseerd in loonkostensubsidie; ploegendiensten die vaak "
                 "wijzigen. Les uit de plaatsing van Emre: 'eigenlijk wil je alleen werken "
                 "met werkgevers die een sociaal hart hebben.' Alleen nog plaatsen met vaste "
                 "dagdiensten en een vaste leidinggevende.",
        people=(("Marco Rijnders", "teamleider expeditie", "planning@lekdijk.demo.example",
                 "030 6012345"),),
    ),
    EmployerSpec(
        name=BUURTVERS, sector=Sector.DETAILHANDEL, gemeente="GM0312", kvk="30662190",
        social_heart=True, since=450,
        attitude="Franchisenemer die bewust werkt met mensen uit de buurt; Ilse werkt er al "
                 "ruim een jaar.",
        networks="Ondernemersvereniging Bunnik",
        people=(("Sandra Koenen", "filiaalmanager", "sandra@buurtvers.demo.example",
                 "030 6561234"),),
    ),
    EmployerSpec(
        name=DRUKKERIJ, sector=Sector.PRODUCTIE, gemeente="GM0356", kvk="30229876",
        uwv_advice=UwvAdvice.DONE, since=700,
        attitude="Familiebedrijf; het bedrijfsadvies van UWV leverde twee herontworpen "
                 "functies op. Open voor het samenstellen van nieuwe functies uit losse taken.",
        people=(("Gerard Vanderveen", "directeur", "gerard@vanderveen.demo.example",
                 "030 6045566"),),
    ),
    EmployerSpec(
        name=BONENHUIS, sector=Sector.HORECA, gemeente="GM0344", kvk="30881234",
        social_heart=True, since=800,
        attitude="Koffiebranderij met een koffiebar; Gijs werkt er sinds ruim een jaar vast.",
        people=(("Lotte Verbeek", "eigenaar", "lotte@bonenhuis.demo.example", ""),),
    ),
    EmployerSpec(
        name=HOOIBERG, sector=Sector.ZORG, gemeente="GM0355", kvk="30335577",
        social_heart=True, since=900,
        attitude="Zorgboerderij met dagbesteding en betaalde banen; Anja werkte hier.",
        networks="Federatie Landbouw en Zorg",
        people=(("Bert Hooijer", "boer en eigenaar", "bert@hooiberg.demo.example",
                 "030 6921100"),),
    ),
    EmployerSpec(
        name=VECHTOEVER, sector=Sector.HORECA, gemeente="GM1904", kvk="30118899", since=120,
        attitude="Nieuw contact: chef-kok wil het proberen, de directie twijfelt nog.",
        people=(("Jasper de Kok", "chef-kok", "keuken@vechtoever.demo.example", ""),),
    ),
    EmployerSpec(
        name=GLANSRIJK, sector=Sector.SCHOONMAAK, gemeente="GM0321", kvk="30997733",
        uwv_advice=UwvAdvice.REQUESTED, since=90,
        attitude="Schoonmaak met krappe marges: subsidies zijn nodig om concurrerend te "
                 "zijn. Ziet op tegen de regels; 'ontzorg werkgevers': wij regelen de "
                 "aanvragen.",
        people=(("Nicole Bakker", "regiomanager", "nicole@glansrijk.demo.example",
                 "030 6347788"),),
    ),
    EmployerSpec(
        name=SPEELKWARTIER, sector=Sector.ONDERWIJS, gemeente="GM0356", kvk="30445566",
        social_heart=True, since=60,
        attitude="Kinderopvang met ochtendgroepen; zoekt pedagogisch medewerkers voor de "
                 "ochtenden.",
        people=(("Fleur Meijer", "locatiemanager", "fleur@speelkwartier.demo.example", ""),),
    ),
    EmployerSpec(
        name=BUURTKAMER, sector=Sector.OVERHEID, gemeente="GM0344", kvk="", since=200,
        social_heart=True,
        attitude="Buurtkamer van de wijk, gerund door vrijwilligers met een coördinator.",
        people=(("Hatice Yildiz", "coördinator", "hatice@buurtkamer.demo.example", ""),),
    ),
    EmployerSpec(
        name=BITBRUG, sector=Sector.ICT, gemeente="GM0344", kvk="30221133", holder="rc",
        social_heart=True, since=150,
        attitude="ICT-servicedesk die neurodiverse medewerkers werft; relatie van "
                 "Werkkracht, gedeeld in de regio.",
        networks="Utrecht Inclusief",
        people=(("Daan Verhoeven", "teamlead servicedesk", "daan@bitbrug.demo.example", ""),),
    ),
)
# fmt: on
FIRST_EMPLOYER = EMPLOYER_SPECS[0].name


# --- Vacancies and created jobs -------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class VacancySpec:
    key: str
    employer: str
    title: str
    tasks: str
    sector: str
    work_kind: str
    hours: tuple[int, int]
    gemeente: str
    offers: tuple[Condition, ...] = ()
    requirements: str = ""
    offers_note: str = ""
    adaptable: bool = False
    status: str = VacancyStatus.OPEN
    by: str = "ips"  # "ips", "rc" or "employer" (the employer's own user)
    days_ago: int = 20
    for_client: str = ""  # a created job: for this client's IPS trajectory


C = Condition
# fmt: off
VACANCY_SPECS: tuple[VacancySpec, ...] = (
    VacancySpec(
        key="bakker", employer=KORENSCHOOF, title="Medewerker bakkerij, vroege dienst",
        tasks="Deeg afwegen, broodjes vormen, ovens bijhouden, bakkerij schoonhouden.",
        sector=Sector.HORECA, work_kind=WorkKind.HANDS, hours=(12, 20), gemeente="GM0344",
        offers=(C.FIXED_HOURS, C.MENTOR, C.SMALL_TEAM, C.BUILD_UP), days_ago=70,
        offers_note="Vaste collega als aanspreekpunt; rustige pauzeruimte.",
    ),
    VacancySpec(
        key="winkel", employer=KORENSCHOOF, title="Verkoopmedewerker bakkerijwinkel",
        tasks="Klanten helpen, kassa, vitrine vullen, winkel sluiten op zaterdag.",
        sector=Sector.DETAILHANDEL, work_kind=WorkKind.PEOPLE, hours=(8, 16),
        gemeente="GM0344", offers=(C.FIXED_HOURS, C.SMALL_TEAM), by="employer", days_ago=9,
    ),
    VacancySpec(
        key="fietsenmaker", employer=TRAPKRACHT, title="Fietsenmaker",
        tasks="Onderhoud en reparatie van fietsen en e-bikes; klanten uitleg geven.",
        sector=Sector.TECHNIEK, work_kind=WorkKind.TECHNICAL, hours=(20, 32),
        gemeente="GM1904", offers=(C.QUIET, C.FIXED_HOURS, C.SMALL_TEAM), days_ago=65,
        requirements="Ervaring met fietsen (ook als hobby).",
    ),
    VacancySpec(
        key="verhuur", employer=TRAPKRACHT, title="Medewerker fietsverhuur en werkplaats",
        tasks="Huurfietsen klaarzetten, banden plakken, eenvoudig onderhoud.",
        sector=Sector.TECHNIEK, work_kind=WorkKind.HANDS, hours=(8, 16), gemeente="GM1904",
        offers=(C.QUIET, C.BUILD_UP, C.MENTOR, C.SMALL_TEAM), adaptable=True, days_ago=12,
    ),
    VacancySpec(
        key="groen", employer=STADSGOED, title="Medewerker groenonderhoud (instroom)",
        tasks="Maaien, snoeien, perken bijhouden in de stadsparken van Utrecht-Oost.",
        sector=Sector.GROEN, work_kind=WorkKind.OUTDOORS, hours=(16, 24), gemeente="GM0344",
        offers=(C.FIXED_HOURS, C.NO_NIGHTS, C.MENTOR, C.BUILD_UP), days_ago=45,
    ),
    VacancySpec(
        key="groen_nieuwegein", employer=STADSGOED,
        title="Medewerker groenonderhoud Nieuwegein",
        tasks="Onderhoud van parken en bedrijfsterreinen in een vaste ploeg.",
        sector=Sector.GROEN, work_kind=WorkKind.OUTDOORS, hours=(20, 32), gemeente="GM0356",
        offers=(C.FIXED_HOURS, C.NO_NIGHTS, C.MENTOR), days_ago=16,
    ),
    VacancySpec(
        key="dierenweide", employer=STADSGOED, title="Medewerker dierenweide",
        tasks="Dieren voeren, stallen uitmesten, bezoekers te woord staan op de "
              "kinderboerderij die Stadsgoed beheert.",
        sector=Sector.GROEN, work_kind=WorkKind.ANIMALS, hours=(12, 16), gemeente="GM0355",
        offers=(C.QUIET, C.FIXED_HOURS, C.NO_NIGHTS, C.BUILD_UP), days_ago=6,
    ),
    VacancySpec(
        key="sorteer", employer=KRINGLOOP, title="Medewerker sorteerruimte",
        tasks="Binnengebrachte spullen sorteren, prijzen en klaarzetten voor de winkel.",
        sector=Sector.DETAILHANDEL, work_kind=WorkKind.HANDS, hours=(12, 24),
        gemeente="GM0310", offers=(C.QUIET, C.BUILD_UP, C.MENTOR, C.SMALL_TEAM),
        days_ago=30,
    ),
    VacancySpec(
        key="kringloopwinkel", employer=KRINGLOOP, title="Winkelmedewerker kringloopwinkel",
        tasks="Klanten helpen, kassa, winkel inrichten.",
        sector=Sector.DETAILHANDEL, work_kind=WorkKind.PEOPLE, hours=(16, 24),
        gemeente="GM0310", offers=(C.FIXED_HOURS, C.SMALL_TEAM), days_ago=14,
    ),
    VacancySpec(
        key="orderpicker", employer=LEKDIJK, title="Orderpicker (wisselende diensten)",
        tasks="Orders verzamelen met een scanner, pallets klaarzetten voor transport.",
        sector=Sector.LOGISTIEK, work_kind=WorkKind.HANDS, hours=(24, 38), gemeente="GM0356",
        status=VacancyStatus.CLOSED, days_ago=75,
    ),
    VacancySpec(
        key="chauffeur", employer=LEKDIJK, title="Chauffeur bestelbus",
        tasks="Pakketten rondbrengen in een vaste route in Nieuwegein en Houten.",
        sector=Sector.LOGISTIEK, work_kind=WorkKind.OUTDOORS, hours=(12, 24),
        gemeente="GM0356", offers=(C.FIXED_HOURS, C.NO_NIGHTS), days_ago=8,
        requirements="Rijbewijs B.",
    ),
    VacancySpec(
        key="vakkenvuller", employer=BUURTVERS, title="Vakkenvuller ochtend",
        tasks="Vakken vullen, houdbaarheid controleren, magazijn opruimen.",
        sector=Sector.DETAILHANDEL, work_kind=WorkKind.HANDS, hours=(12, 20),
        gemeente="GM0312", offers=(C.FIXED_HOURS, C.NO_NIGHTS), days_ago=22,
    ),
    VacancySpec(
        key="afwerking", employer=DRUKKERIJ, title="Medewerker afwerking",
        tasks="Snijden, vouwen en inpakken van drukwerk.",
        sector=Sector.PRODUCTIE, work_kind=WorkKind.HANDS, hours=(24, 32), gemeente="GM0356",
        status=VacancyStatus.CLOSED, days_ago=90,
    ),
    VacancySpec(
        key="barista", employer=BONENHUIS, title="Barista koffiebar",
        tasks="Koffie zetten, klanten helpen, bar schoonhouden.",
        sector=Sector.HORECA, work_kind=WorkKind.PEOPLE, hours=(12, 24), gemeente="GM0344",
        offers=(C.SMALL_TEAM, C.MENTOR), days_ago=18,
    ),
    VacancySpec(
        key="zorgboer", employer=HOOIBERG, title="Begeleider dagbesteding op de boerderij",
        tasks="Deelnemers begeleiden bij het werk op de boerderij en met de dieren.",
        sector=Sector.ZORG, work_kind=WorkKind.ANIMALS, hours=(20, 28), gemeente="GM0355",
        offers=(C.FIXED_HOURS, C.NO_NIGHTS, C.SMALL_TEAM), days_ago=26,
        requirements="MBO niveau 3 in zorg of welzijn, of bereid dit te halen.",
    ),
    VacancySpec(
        key="keuken", employer=VECHTOEVER, title="Keukenhulp en afwas",
        tasks="Groenten snijden, afwassen, keuken schoonmaken.",
        sector=Sector.HORECA, work_kind=WorkKind.HANDS, hours=(12, 24), gemeente="GM1904",
        days_ago=11,
    ),
    VacancySpec(
        key="schoonmaak", employer=GLANSRIJK, title="Schoonmaker kantoren (avond)",
        tasks="Kantoren schoonmaken na sluitingstijd, in een vaste ronde.",
        sector=Sector.SCHOONMAAK, work_kind=WorkKind.HANDS, hours=(10, 20), gemeente="GM0321",
        offers=(C.QUIET, C.FIXED_HOURS), days_ago=5,
    ),
    VacancySpec(
        key="pedagogisch", employer=SPEELKWARTIER,
        title="Pedagogisch medewerker ochtendgroep",
        tasks="Een vaste groep peuters begeleiden in de ochtenden.",
        sector=Sector.ONDERWIJS, work_kind=WorkKind.PEOPLE, hours=(12, 20), gemeente="GM0356",
        offers=(C.FIXED_HOURS, C.NO_NIGHTS, C.SMALL_TEAM), days_ago=10,
        requirements="Diploma pedagogisch werk niveau 3, of werkervaring in het onderwijs.",
    ),
    VacancySpec(
        key="servicedesk", employer=BITBRUG, title="Medewerker servicedesk",
        tasks="Vragen van gebruikers beantwoorden per chat en telefoon, storingen "
              "registreren.",
        sector=Sector.ICT, work_kind=WorkKind.COMPUTERS, hours=(24, 32), gemeente="GM0344",
        offers=(C.QUIET, C.REMOTE, C.MENTOR), by="rc", days_ago=15,
    ),
    # Jobs created for one person: "denk niet alleen in bestaande banen".
    VacancySpec(
        key="archief", employer=DRUKKERIJ,
        title="Medewerker archief en orderadministratie (gecreëerd)",
        tasks="Denk niet alleen in bestaande banen: samen met de drukkerij samengesteld uit "
              "taken die bij de planners en de verkoop bleven liggen. Orderbonnen archiveren, "
              "proefdrukken registreren, de voorraad papier bijhouden.",
        sector=Sector.ADMINISTRATIE, work_kind=WorkKind.ADMIN, hours=(12, 16),
        gemeente="GM0356", offers=(C.QUIET, C.FIXED_HOURS, C.SMALL_TEAM), adaptable=True,
        days_ago=13, for_client="Hanneke Schouten",
    ),
    VacancySpec(
        key="ontvangst", employer=BUURTVERS,
        title="Medewerker goederenontvangst, vaste ochtenddienst (gecreëerd)",
        tasks="Denk niet alleen in bestaande banen: de ontvangst van de vroege leveringen, "
              "nu verdeeld over drie wisselende diensten, wordt één vaste ochtendbaan. "
              "Leveringen controleren, magazijn inruimen, emballage terugzetten.",
        sector=Sector.LOGISTIEK, work_kind=WorkKind.HANDS, hours=(24, 28), gemeente="GM0312",
        offers=(C.FIXED_HOURS, C.NO_NIGHTS, C.MENTOR), adaptable=True, days_ago=8,
        for_client="Emre Kaya",
    ),
)
# fmt: on


# --- Career profiles ------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class ProfileSpec:
    name: str
    own_words: str
    kinds: tuple[str, ...]
    sectors: tuple[str, ...]
    avoid_kinds: tuple[str, ...] = ()
    avoid_sectors: tuple[str, ...] = ()
    hours: tuple[int | None, int | None] = (None, None)
    travel: str = TravelScope.REGIO
    travel_note: str = ""
    needs: tuple[Condition, ...] = ()
    talents: str = ""
    interests: str = ""
    education: str = ""
    helps: str = ""
    hinders: str = ""
    support: str = ""
    benefit: str = ""
    register: str = RegisterStatus.UNKNOWN
    # job, employer, from, to, went well, why it ended
    history: tuple[tuple[str, str, int, int | None, str, str], ...] = ()


W, S = WorkKind, Sector
# fmt: off
PROFILE_SPECS: tuple[ProfileSpec, ...] = (
    # kennismaking: the profile is being made together
    ProfileSpec(
        name="Bas Verhoef",
        own_words="Ik wil sleutelen, het liefst aan fietsen. Niet de hele dag praten.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.TECHNIEK,), avoid_kinds=(W.PEOPLE,),
        hours=(8, 16), needs=(C.QUIET, C.BUILD_UP, C.MENTOR),
        travel_note="Op de fiets, hooguit een half uur.",
        talents="Handig, geduldig met techniek, ziet snel wat er stuk is.",
        interests="Mountainbiken, gamen.", education="VMBO techniek (niet afgerond).",
        helps="Eén ding tegelijk; instructie voordoen in plaats van uitleggen.",
        hinders="Drukte, veel mensen die tegelijk iets vragen.",
        support="Een jobcoach de eerste weken.", benefit="wajong",
        register=RegisterStatus.YES,
        history=(("Bijbaan fietsenwinkel", "Rijwielhandel Zeist", 2018, 2019,
                  "Banden plakken en remmen stellen ging goed.",
                  "Stopte toen de winkel ging verbouwen."),),
    ),
    ProfileSpec(
        name="Priya Ramdin",
        own_words="Werken met kinderen, in de ochtenden als mijn eigen kinderen op school "
                  "zitten.",
        kinds=(W.PEOPLE,), sectors=(S.ONDERWIJS,), avoid_sectors=(S.HORECA,),
        hours=(12, 16), needs=(C.FIXED_HOURS, C.NO_NIGHTS),
        travel_note="Met de fiets of de tram, niet verder dan Utrecht.",
        talents="Rustig, geduldig, goed in structuur bieden.",
        education="Onderwijsassistent niveau 4.",
        helps="Vaste tijden die passen bij de schooltijden.",
        hinders="Avonddiensten; wisselende roosters.", benefit="bijstand",
        history=(("Onderwijsassistent", "Basisschool De Regenboog", 2002, 2010,
                  "Kleine groepjes begeleiden bij lezen.",
                  "Gestopt na de geboorte van haar tweede kind."),),
    ),
    ProfileSpec(
        name="Hanneke Schouten",
        own_words="Rustig werk met papier of boeken, waar ik mijn eigen tempo heb. Betaald, "
                  "niet meer alleen vrijwilligerswerk.",
        kinds=(W.ADMIN,), sectors=(S.ADMINISTRATIE, S.CULTUUR),
        avoid_kinds=(W.PEOPLE,), avoid_sectors=(S.HORECA, S.DETAILHANDEL), hours=(12, 16),
        needs=(C.QUIET, C.FIXED_HOURS, C.SMALL_TEAM), benefit="geen",
        talents="Nauwkeurig, houdt van ordenen en systemen.",
        helps="Een eigen werkplek, vaste taken, vooraf weten wat er komt.",
        hinders="Open kantoortuin, onverwachte veranderingen.",
        history=(("Bibliotheekmedewerker", "Bibliotheek Houten", 1995, 2015,
                  "Catalogiseren, collectie bijhouden.",
                  "Overprikkeld na een reorganisatie naar een open servicebalie."),
                 ("Vrijwilliger archief", "Historische Kring Houten", 2023, None,
                  "Foto's beschrijven en inventariseren.", "")),
    ),
    # zoeken
    ProfileSpec(
        name="Tom Hoekstra",
        own_words="Elke dag ergens naartoe, met collega's. Magazijn of logistiek, met vaste "
                  "taken.",
        kinds=(W.HANDS,), sectors=(S.LOGISTIEK, S.PRODUCTIE), avoid_sectors=(S.HORECA,),
        hours=(20, 28), travel=TravelScope.GEMEENTE, needs=(C.FIXED_HOURS, C.NO_NIGHTS),
        travel_note="Geen auto; met de fiets binnen Utrecht.",
        talents="Betrouwbaar, sterk, heftruckcertificaat.",
        helps="Een vaste route door de dag.",
        hinders="Werk waar alcohol bij hoort (horeca, feesten).", benefit="wia",
        history=(("Heftruckchauffeur", "Distributiecentrum Lage Weide", 2004, 2018,
                  "Vaste ploeg, nauwkeurig werk.",
                  "Ontslagen na verzuim door alcoholgebruik."),),
    ),
    ProfileSpec(
        name="Nadia Bouzid",
        own_words="Werken in een winkel, met mensen om me heen, maar niet alleen achter de "
                  "kassa.",
        kinds=(W.PEOPLE, W.HANDS), sectors=(S.DETAILHANDEL,), hours=(12, 16),
        needs=(C.MENTOR, C.BUILD_UP), benefit="bijstand",
        helps="Een collega naast me de eerste weken.",
        hinders="Telefoneren met onbekenden.",
        history=(("Kassamedewerker", "Supermarkt IJsselstein", 2014, 2016,
                  "Vriendelijk naar klanten.", "Gestopt door sociale angst."),),
    ),
    ProfileSpec(
        name="Wim van Leeuwen",
        own_words="Weer rijden, bijvoorbeeld pakketjes bezorgen. Alleen op pad, twee of drie "
                  "ochtenden.",
        kinds=(W.OUTDOORS,), sectors=(S.LOGISTIEK,), avoid_kinds=(W.ADMIN,), hours=(8, 16),
        travel=TravelScope.REGIO, needs=(C.FIXED_HOURS,), benefit="ww",
        talents="Kent de regio op zijn duimpje; rijbewijs C.",
        history=(("Chauffeur distributie", "Groothandel Woerden", 1990, 2019,
                  "Zelfstandig, op tijd, geen schades.",
                  "Reorganisatie; daarna ziek geworden."),),
    ),
    ProfileSpec(
        name="Lotte Vos",
        own_words="Werken in een kringloopwinkel, met een vast team. Dingen een tweede leven "
                  "geven.",
        kinds=(W.HANDS, W.CREATIVE), sectors=(S.DETAILHANDEL,), hours=(12, 20),
        travel=TravelScope.REGIO, needs=(C.BUILD_UP, C.SMALL_TEAM, C.MENTOR),
        travel_note="Met de bus naar De Bilt of Zeist gaat goed.",
        talents="Creatief, ziet wat iets waard is, handig met kleine reparaties.",
        helps="Regelmatig eten en pauzes op vaste tijden.",
        hinders="Hele dagen zonder pauze.", benefit="wajong", register=RegisterStatus.YES,
        history=(("Vrijwilliger", "Kringloop Zeist", 2020, 2022,
                  "Sorteren en prijzen ging goed.", "Opname; daarna niet teruggegaan."),),
    ),
    ProfileSpec(
        name="Emre Kaya",
        own_words="Een vaste baan zodat ik mijn schulden kan afbetalen. Koerier of magazijn, "
                  "maar met vaste diensten: geen nachten meer.",
        kinds=(W.HANDS, W.OUTDOORS), sectors=(S.LOGISTIEK, S.DETAILHANDEL),
        avoid_sectors=(S.ZORG,), hours=(24, 36), travel=TravelScope.ANYWHERE,
        travel_note="Met de scooter kom ik overal.",
        needs=(C.FIXED_HOURS, C.NO_NIGHTS), benefit="bijstand",
        talents="Snel, harde werker, goed met klanten aan de deur.",
        helps="Weten waar hij aan toe is: een vast rooster.",
        hinders="Onverwachte roosterwijzigingen maken hem boos.",
        history=(("Pakketbezorger (uitzend)", "Bezorgdienst Utrecht", 2016, 2019,
                  "Zelfstandig werken, snel.", "Uitzendcontract niet verlengd."),),
    ),
    # plaatsing
    ProfileSpec(
        name="Sanne de Vries",
        own_words="Iets met eten of bakken. Vroeg beginnen vind ik niet erg. Vaste uren, "
                  "zodat ik een ritme heb.",
        kinds=(W.HANDS,), sectors=(S.HORECA, S.PRODUCTIE), avoid_sectors=(S.SCHOONMAAK,),
        hours=(12, 20), travel=TravelScope.GEMEENTE,
        needs=(C.FIXED_HOURS, C.MENTOR, C.SMALL_TEAM),
        travel_note="Op de fiets in Utrecht.",
        talents="Precies, houdt van ritme, bakt thuis brood.",
        helps="Vaste collega als aanspreekpunt; rustige pauzeplek.",
        hinders="Drukte aan de kassa op zaterdag.",
        support="Jobcoach de eerste maanden; werkgever hoeft niet alles te weten.",
        benefit="bijstand",
        history=(("Medewerker lunchroom", "Lunchroom Oudegracht", 2014, 2017,
                  "Broodjes maken, vaste collega's.",
                  "Paniekaanvallen door de drukte; ziek uit dienst."),),
    ),
    ProfileSpec(
        name="Jeroen Dekker",
        own_words="Fietsen repareren, drie dagen per week. Dat was vroeger mijn hobby.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.TECHNIEK,), hours=(20, 24),
        travel=TravelScope.REGIO, needs=(C.QUIET, C.FIXED_HOURS), benefit="wia",
        talents="Technisch inzicht, klantvriendelijk.",
        helps="Energie verdelen: niet twee dagen achter elkaar lang.",
        hinders="Drukte en lawaai.",
        history=(("Magazijnchef", "Bouwmarkt Maarssen", 2005, 2019,
                  "Leiding geven aan een klein team.", "Burn-out en depressie."),),
    ),
    ProfileSpec(
        name="Samira Haddou",
        own_words="Buiten werken, in parken of tuinen. Buiten ben ik rustiger.",
        kinds=(W.OUTDOORS, W.HANDS), sectors=(S.GROEN,), avoid_kinds=(W.ADMIN,),
        hours=(16, 24), travel=TravelScope.GEMEENTE,
        needs=(C.FIXED_HOURS, C.NO_NIGHTS, C.MENTOR), benefit="bijstand",
        talents="Doorzetter, kent veel planten.",
        helps="Vaste ploeg en vaste ploegleider.",
        hinders="Harde grappen en onverwacht geschreeuw.",
        history=(("Schoonmaakster", "Schoonmaakbedrijf Utrecht", 2012, 2015,
                  "Zelfstandig werken.", "Gestopt na een traumatische gebeurtenis."),),
    ),
    # nazorg
    ProfileSpec(
        name="Marco van der Heijden",
        own_words="Terug in de grafische sector, maar zonder leidinggeven.",
        kinds=(W.TECHNICAL, W.HANDS), sectors=(S.PRODUCTIE,), avoid_kinds=(W.PEOPLE,),
        hours=(28, 36), needs=(C.FIXED_HOURS,), benefit="wia",
        talents="Vakman: offset en digitaal drukken.",
        history=(("Drukker en teamleider", "Grafisch bedrijf Nieuwegein", 1998, 2020,
                  "Vakmanschap; collega's kwamen naar hem toe.",
                  "Burn-out door de rol als teamleider."),),
    ),
    ProfileSpec(
        name="Ilse Kuipers",
        own_words="Vakken vullen of achter de kassa, dichtbij huis. Misschien meer uren.",
        kinds=(W.HANDS, W.PEOPLE), sectors=(S.DETAILHANDEL,), hours=(16, 24),
        travel=TravelScope.GEMEENTE, needs=(C.FIXED_HOURS, C.QUIET), benefit="wajong",
        register=RegisterStatus.YES,
        helps="Een rustige herstelroutine na een drukke dienst.",
        history=(("Stage", "Supermarkt Bunnik", 2016, 2017, "Vakken vullen.", "Stage klaar."),),
    ),
    ProfileSpec(
        name="Gijs Timmermans",
        own_words="Koffie, horeca, iets met geur en smaak. Koffie branden geeft me rust.",
        kinds=(W.HANDS, W.CREATIVE), sectors=(S.HORECA, S.PRODUCTIE), hours=(28, 36),
        needs=(C.SMALL_TEAM,), benefit="bijstand",
        history=(("Barmedewerker", "Café Ledig Erf", 2008, 2012,
                  "Gezellig met klanten.", "Psychose; daarna lang niet gewerkt."),),
    ),
)
# fmt: on


# --- The run --------------------------------------------------------------------------------
def _today() -> date:
    return timezone.localdate()


def _ago(days: int) -> date:
    return _today() - timedelta(days=days)


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _past(day: date) -> date:
    """Never after today: what the demo records has happened."""
    return min(day, _today())


@dataclass
class World:
    cast: Cast
    ggz: Organisation
    employer_actor: Actor
    client_actor: Actor
    employers: dict[str, Employer]
    vacancies: dict[str, Vacancy]
    vacancy_details: dict[str, VacancyDetails]

    def actor(self, key: str) -> Actor:
        return self.cast.actors[key]

    def trajectory(self, name: str) -> Trajectory:
        found = (
            Trajectory.objects.filter(client__full_name=name, organisation=self.ggz)
            .select_related("client")
            .order_by("id")
            .first()
        )
        assert found is not None, f"the trajectory demo has no trajectory for {name}"
        return found

    def phase_day(self, trajectory: Trajectory, phase: str) -> date:
        """The day the trajectory entered ``phase`` (the first time)."""
        day = (
            PhaseChange.objects.filter(trajectory=trajectory, to_phase=phase)
            .order_by("changed_on", "id")
            .values_list("changed_on", flat=True)
            .first()
        )
        return day or trajectory.phase_since


def seed_employment() -> None:
    """The demo of job development and placement; nothing when it is already there."""
    ggz = Organisation.objects.get(name=GGZ)
    if Employer.objects.filter(holder=ggz, name=FIRST_EMPLOYER).exists():
        return
    with transaction.atomic():
        world = World(
            cast=Cast.load(),
            ggz=ggz,
            employer_actor=actor_for_user(User.objects.get(email=EMPLOYER_USER)),
            client_actor=actor_for_user(User.objects.get(email=CLIENT_USER)),
            employers={},
            vacancies={},
            vacancy_details={},
        )
        _sharing(world)
        _employers(world)
        _profiles(world)
        _vacancies(world)
        _placements(world)
        _employer_contacts(world)
        _coach_numbers_for_employers()


def _coach_numbers_for_employers() -> None:
    """Each coach with a placement sets a number employers reach them on (issue 11): the
    employer sees that, not the coach's work address, which would name the care provider."""
    pairs = set(Placement.objects.values_list("coach_id", "organisation_id"))
    pairs |= set(Employer.objects.values_list("coach_id", "holder_id"))
    for i, (user_id, organisation_id) in enumerate(sorted(pairs)):
        Membership.objects.filter(
            user_id=user_id, organisation_id=organisation_id, employer_phone=""
        ).update(employer_phone=f"06 4000 {1000 + i}")


def _sharing(world: World) -> None:
    """The ggz and the re-integratiebedrijf share their employer relations in AM13."""
    region = ArbeidsmarktRegio.objects.get(code=REGION)
    werkkracht = world.cast.organisations[REINTEGRATIE]
    for organisation in (world.ggz, werkkracht):
        RegionalSharing.objects.get_or_create(
            organisation=organisation, region=region, defaults={"agreed_on": _ago(120)}
        )


def _employers(world: World) -> None:
    accounts = {o.name: o for o in Organisation.objects.filter(name__in=EMPLOYERS)}
    for spec in EMPLOYER_SPECS:
        actor = world.actor(spec.holder)
        employer = services.employer_create(
            actor=actor,
            details=EmployerDetails(
                name=spec.name,
                sector=spec.sector,
                gemeente=Gemeente.objects.get(code=spec.gemeente),
                kvk_number=spec.kvk,
                locations=spec.locations,
                social_heart=spec.social_heart,
                attitude=spec.attitude,
                networks=spec.networks,
                trainings=spec.trainings,
                uwv_advice=spec.uwv_advice,
                sroi_obligation=bool(spec.sroi_note),
                sroi_note=spec.sroi_note,
            ),
        )
        for name, function, email, phone in spec.people:
            services.contact_person_add(
                actor=actor,
                employer=employer,
                name=name,
                function=function,
                email=email,
                phone=phone,
            )
        # No service links an employer record to the employer organisation's own login
        # (that is set up once, by the holder, outside the demo's scope): set it here.
        changes: dict[str, object] = {"created_at": _at(_ago(spec.since))}
        if spec.account:
            changes["account"] = accounts[spec.name]
        Employer.objects.filter(pk=employer.pk).update(**changes)
        employer.refresh_from_db()
        world.employers[spec.name] = employer


def _profiles(world: World) -> None:
    ips = world.actor("ips")
    for spec in PROFILE_SPECS:
        trajectory = world.trajectory(spec.name)
        profile = services.career_profile_save(
            actor=ips,
            trajectory=trajectory,
            details=ProfileDetails(
                own_words=spec.own_words,
                work_kinds=list(spec.kinds),
                sectors=list(spec.sectors),
                avoid_kinds=list(spec.avoid_kinds),
                avoid_sectors=list(spec.avoid_sectors),
                hours_min=spec.hours[0],
                hours_max=spec.hours[1],
                home_gemeente=trajectory.client.gemeente,
                travel_scope=spec.travel,
                travel_note=spec.travel_note,
                available_from=world.phase_day(trajectory, "kennismaking") + timedelta(days=14),
                needs_mask=mask_of([c.value for c in spec.needs]),
                talents=spec.talents,
                interests=spec.interests,
                education=spec.education,
                helps=spec.helps,
                hinders=spec.hinders,
                support_wished=spec.support,
                benefit_status=spec.benefit,
                register_status=spec.register,
            ),
        )
        for job, employer, first, last, well, ended in spec.history:
            services.work_history_add(
                actor=ips,
                profile=profile,
                job=job,
                employer_name=employer,
                from_year=first,
                to_year=last,
                went_well=well,
                why_ended=ended,
            )


def _vacancies(world: World) -> None:
    for spec in VACANCY_SPECS:
        employer = world.employers[spec.employer]
        actor = world.employer_actor if spec.by == "employer" else world.actor(spec.by)
        details = VacancyDetails(
            title=spec.title,
            tasks=spec.tasks,
            sector=spec.sector,
            work_kind=spec.work_kind,
            hours_min=spec.hours[0],
            hours_max=spec.hours[1],
            gemeente=Gemeente.objects.get(code=spec.gemeente),
            requirements=spec.requirements,
            offers_mask=mask_of([c.value for c in spec.offers]),
            offers_note=spec.offers_note,
            adaptable=spec.adaptable,
            kind=VacancyKind.CREATED if spec.for_client else VacancyKind.VACANCY,
            for_trajectory=world.trajectory(spec.for_client) if spec.for_client else None,
            status=spec.status,
        )
        vacancy = services.vacancy_create(actor=actor, employer=employer, details=details)
        Vacancy.objects.filter(pk=vacancy.pk).update(created_at=_at(_ago(spec.days_ago), 9))
        vacancy.refresh_from_db()
        world.vacancies[spec.key] = vacancy
        world.vacancy_details[spec.key] = details


def _fill(world: World, key: str) -> None:
    """The vacancy is filled (by the placement just recorded)."""
    vacancy = world.vacancies[key]
    vacancy.refresh_from_db()
    world.vacancies[key] = services.vacancy_update(
        actor=world.actor("ips"),
        vacancy=vacancy,
        version=vacancy.version,
        details=replace(world.vacancy_details[key], status=VacancyStatus.FILLED),
    )


GREEN = {"light": Light.GREEN, "note": ""}


def _lights(**exceptions: dict[str, str]) -> dict[str, dict[str, str]]:
    # Every aspect seed 004 names (the workplace itself, stimuli, cohesion, colleagues, the
    # manager, contact with customers) plus the tasks and what the client needs.
    aspects = (
        "workplace",
        "stimuli",
        "cohesion",
        "colleagues",
        "manager",
        "customers",
        "tasks",
        "needs",
    )
    return {aspect: exceptions.get(aspect, GREEN) for aspect in aspects}


def _scan(
    world: World, name: str, employer: str, vacancy: str, on: date, **lights: dict[str, str]
) -> WorkplaceScan:
    return services.workplace_scan_record(
        actor=world.actor("ips"),
        trajectory=world.trajectory(name),
        employer=world.employers[employer],
        vacancy=world.vacancies[vacancy],
        done_on=_past(on),
        lights=_lights(**lights),
    )


def _place(world: World, name: str, details: PlacementDetails, key: str = "ips") -> Placement:
    return services.placement_record(
        actor=world.actor(key), trajectory=world.trajectory(name), details=details
    )


def _follow_up(
    world: World,
    placement: Placement,
    on: date,
    with_whom: str,
    note: str,
    *,
    kind: str = ContactKind.FACE_TO_FACE,
    for_employer: bool = False,
    key: str = "ips",
) -> None:
    services.follow_up_add(
        actor=world.actor(key),
        placement=placement,
        occurred_on=_past(on),
        with_whom=with_whom,
        kind=kind,
        note=note,
        for_employer=for_employer,
    )


def _checkins(
    actor: Actor, placement: Placement, series: list[tuple[date, tuple[int, int, int], str]]
) -> None:
    for day, (work, workload, sleep), note in series:
        services.checkin_record(
            actor=actor,
            placement=placement,
            work=work,
            workload=workload,
            sleep=sleep,
            note=note,
            on=_past(day),
        )


def _note(world: World, name: str, text: str, on: date) -> None:
    note_add(
        actor=world.actor("ips"),
        trajectory=world.trajectory(name),
        category=DataCategory.WERK,
        text=text,
        occurred_on=_past(on),
        kind=NoteKind.NOTE,
    )


def _placements(world: World) -> None:
    _sanne(world)
    _jeroen(world)
    _samira(world)
    _lotte(world)
    _emre(world)
    _yara(world)
    _in_aftercare(world)


def _sanne(world: World) -> None:
    """Competitive job with loonkostensubsidie and a jobcoach at the bakery that logs in;
    steady good check-ins, some by Sanne herself: no signal."""
    name = "Sanne de Vries"
    start = world.phase_day(world.trajectory(name), "plaatsing")
    scan = _scan(world, name, KORENSCHOOF, "bakker", start - timedelta(days=10))
    _note(
        world,
        name,
        "Werkplekscan bij Bakkerij De Korenschoof. 'Alle lichten moeten op groen staan', en "
        "dat staan ze: rustige bakkerij achter de winkel, vaste collega, eigenaar met een "
        "sociaal hart.",
        start - timedelta(days=10),
    )
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[KORENSCHOOF],
            vacancy=world.vacancies["bakker"],
            scan=scan,
            job_title="Medewerker bakkerij",
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal("16"),
            hourly_wage=Decimal("15.10"),
            contract_type=ContractType.TEMPORARY,
            adjustments="Vaste vroege dienst (6 tot 10 uur), vaste collega als aanspreekpunt, "
            "pauze in de rustige ruimte achter de bakkerij.",
            instruments=(
                InstrumentUse(
                    code="loonkostensubsidie",
                    starts_on=start,
                    ends_on=start + timedelta(days=365),
                    note="Loonwaarde 70% vastgesteld door de gemeente; aanvraag geregeld "
                    "door de klantmanager.",
                ),
                InstrumentUse(
                    code="jobcoach",
                    starts_on=start,
                    ends_on=start + timedelta(days=182),
                    note="Jobcoach van Werkkracht; de eerste maand wekelijks op de werkvloer.",
                ),
            ),
        ),
    )
    _fill(world, "bakker")
    _follow_up(
        world,
        placement,
        start + timedelta(days=3),
        WithWhom.WORKER,
        "Eerste week: Sanne is elke dag op tijd en vindt het ritme fijn. Moe na de dienst; "
        "afgesproken de middagen rustig te houden.",
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=14),
        WithWhom.EMPLOYER,
        "Evaluatie met Henk Smit: Sanne werkt zorgvuldig en is er graag bij. Na de zomer "
        "bespreken we een extra ochtend.",
        for_employer=True,
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=30),
        WithWhom.BOTH,
        "Driegesprek in de bakkerij: werk en afspraken lopen goed. De jobcoach komt nu om de week.",
        for_employer=True,
    )
    good = (3, 3, 3)
    _checkins(
        world.client_actor,
        placement,
        [
            (start + timedelta(days=7), good, "Fijne eerste week."),
            (start + timedelta(days=21), good, ""),
            (start + timedelta(days=35), good, "Henk zei dat ik goed bezig ben."),
        ],
    )
    _checkins(
        world.actor("ips"),
        placement,
        [
            (start + timedelta(days=14), (3, 2, 3), "Zaterdag was druk, verder goed."),
            (start + timedelta(days=28), good, ""),
        ],
    )


def _jeroen(world: World) -> None:
    """Competitive job at the bike shop with an orange light; his check-ins fall week after
    week: the one early-warning signal of the demo."""
    name = "Jeroen Dekker"
    start = world.phase_day(world.trajectory(name), "plaatsing")
    scan = _scan(
        world,
        name,
        TRAPKRACHT,
        "fietsenmaker",
        start - timedelta(days=8),
        stimuli={
            "light": Light.ORANGE,
            "note": "Op zaterdag is het druk in de winkel; de werkplaats achterin is rustig. "
            "Afspraak: op zaterdag alleen in de werkplaats.",
        },
        customers={
            "light": Light.ORANGE,
            "note": "Klanten vragen aan de toonbank uitleg over hun fiets. Afspraak: de eerste "
            "maand alleen in de werkplaats, daarna één middag per week aan de toonbank.",
        },
    )
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[TRAPKRACHT],
            vacancy=world.vacancies["fietsenmaker"],
            scan=scan,
            job_title="Fietsenmaker",
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal("24"),
            hourly_wage=Decimal("16.40"),
            contract_type=ContractType.TEMPORARY,
            adjustments="Drie dagen van acht uur, nooit twee lange dagen achter elkaar; op "
            "zaterdag in de werkplaats.",
            instruments=(
                InstrumentUse(
                    code="no_riskpolis",
                    starts_on=start,
                    note="WIA: UWV betaalt bij ziekte; de werkgever is daarover ingelicht.",
                ),
                InstrumentUse(
                    code="jobcoach",
                    starts_on=start,
                    ends_on=start + timedelta(days=182),
                    note="Via UWV aangevraagd.",
                ),
            ),
        ),
    )
    _fill(world, "fietsenmaker")
    _follow_up(
        world,
        placement,
        start + timedelta(days=9),
        WithWhom.EMPLOYER,
        "Werkplekbezoek: afgesproken dat Jeroen op zaterdag alleen in de werkplaats werkt.",
        for_employer=True,
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=20),
        WithWhom.WORKER,
        "Gebeld: Jeroen is moe, de zaterdagen vallen zwaar. Volgende week samen langs de "
        "werkplaats.",
        kind=ContactKind.PHONE,
    )
    series = [
        (start + timedelta(days=4), (3, 3, 3), "Leuk om weer te sleutelen."),
        (start + timedelta(days=10), (3, 3, 3), ""),
        (start + timedelta(days=16), (3, 3, 2), "Slaap wat minder."),
        (start + timedelta(days=22), (2, 3, 2), "Zaterdag was zwaar."),
        (start + timedelta(days=28), (2, 2, 2), "Moe. Weinig energie na het werk."),
    ]
    _checkins(world.actor("ips"), placement, series)
    # The check-in service hands the evaluation to the background task after the commit;
    # the demo runs the same rule now, so the signal is there without a worker.
    evaluate_placement(placement.pk, now=_at(_past(series[-1][0]), 17))


def _samira(world: World) -> None:
    """A red light in the werkplekscan, then a placement with the conscious decision."""
    name = "Samira Haddou"
    start = world.phase_day(world.trajectory(name), "plaatsing")
    scan = _scan(
        world,
        name,
        STADSGOED,
        "groen",
        start - timedelta(days=12),
        cohesion={
            "light": Light.ORANGE,
            "note": "De ploeg is net nieuw samengesteld; nog geen vaste gewoontes.",
        },
        colleagues={
            "light": Light.RED,
            "note": "Een collega maakte bij het bezoek grappen over 'gekken'. De ploegleider "
            "sprak hem erop aan, maar het is nog niet opgelost.",
        },
    )
    _note(
        world,
        name,
        "Werkplekscan bij Groenbedrijf Stadsgoed: één rood licht (houding van collega's). "
        "'Alle lichten moeten op groen staan' is het uitgangspunt; met Samira, de ploegleider "
        "en de jobcoach besproken wat er nodig is om toch te starten.",
        start - timedelta(days=11),
    )
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[STADSGOED],
            vacancy=world.vacancies["groen"],
            scan=scan,
            job_title="Medewerker groenonderhoud",
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal("20"),
            hourly_wage=Decimal("14.85"),
            contract_type=ContractType.TEMPORARY,
            adjustments="Vaste ploeg en ploegleider; eerste maand niet in de ploeg van de "
            "collega uit de werkplekscan.",
            red_light_decision=RED_LIGHT_DECISION,
            instruments=(
                InstrumentUse(
                    code="loonkostensubsidie",
                    starts_on=start,
                    ends_on=start + timedelta(days=365),
                    note="Loonwaardemeting gepland in de tweede maand.",
                ),
                InstrumentUse(
                    code="jobcoach",
                    starts_on=start,
                    ends_on=start + timedelta(days=182),
                    note="Eerste vier weken wekelijks op de werkvloer.",
                ),
                InstrumentUse(
                    code="sroi",
                    starts_on=start,
                    note="Telt mee voor de social return van de parkenopdracht van de "
                    "gemeente Utrecht.",
                ),
            ),
        ),
    )
    _fill(world, "groen")
    _follow_up(
        world,
        placement,
        start + timedelta(days=2),
        WithWhom.BOTH,
        "Start in de ploeg van Kees Brouwer. Afspraken uit de werkplekscan nagelopen; Kees "
        "volgde de Harrie Helpt-training.",
        for_employer=True,
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=9),
        WithWhom.WORKER,
        "Samira voelt zich welkom in de ploeg. Ze merkt dat ze buiten rustiger is.",
    )
    _checkins(
        world.actor("ips"),
        placement,
        [
            (start + timedelta(days=5), (3, 2, 3), "Spannend, maar het gaat."),
            (start + timedelta(days=12), (3, 3, 3), "Goede week."),
        ],
    )


def _lotte(world: World) -> None:
    """A proefplaatsing at the kringloopwinkel: she keeps her Wajong for two months."""
    name = "Lotte Vos"
    start = _ago(10)
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[KRINGLOOP],
            vacancy=world.vacancies["sorteer"],
            job_title="Medewerker sorteerruimte",
            work_type=WorkType.TRIAL,
            start_on=start,
            hours_per_week=Decimal("16"),
            contract_type=ContractType.NONE,
            adjustments="Vaste pauzes om 10 en 12.30 uur; de werkleider is aanspreekpunt.",
            instruments=(
                InstrumentUse(
                    code="proefplaatsing",
                    starts_on=start,
                    ends_on=start + timedelta(days=61),
                    note="Twee maanden met behoud van uitkering; daarna een contract van "
                    "minstens zes maanden met loonkostensubsidie.",
                ),
            ),
        ),
    )
    _fill(world, "sorteer")
    _follow_up(
        world,
        placement,
        start + timedelta(days=6),
        WithWhom.WORKER,
        "Eerste week proefplaatsing: Lotte geniet van het sorteren en eet op vaste tijden.",
    )
    _checkins(
        world.actor("ips"), placement, [(start + timedelta(days=7), (3, 2, 3), "Moe maar blij.")]
    )


def _emre(world: World) -> None:
    """A job that ended: the reason, what was learned, and back to 'zoeken'."""
    name = "Emre Kaya"
    start, ended = _ago(45), _ago(15)
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[LEKDIJK],
            vacancy=world.vacancies["orderpicker"],
            job_title="Orderpicker",
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal("24"),
            hourly_wage=Decimal("14.90"),
            contract_type=ContractType.AGENCY,
        ),
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=12),
        WithWhom.WORKER,
        "Emre werkt hard, maar het rooster verandert elke week en er zijn nachtdiensten "
        "bijgekomen. Hij slaapt slecht.",
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=24),
        WithWhom.EMPLOYER,
        "Gesprek met de teamleider over vaste diensten: daar is volgens hem geen ruimte voor.",
    )
    placement.refresh_from_db()
    services.placement_end(
        actor=world.actor("ips"),
        placement=placement,
        version=placement.version,
        ended_on=ended,
        reason=JobEndReason.OWN_CHOICE,
        learned="Wisselende diensten en nachtwerk braken zijn ritme; bij onverwachte "
        "roosterwijzigingen liep zijn boosheid op. Volgende keer: vaste dagdiensten, een vaste "
        "leidinggevende, en vooraf een werkplekscan. Deze werkgever keek vooral naar de "
        "subsidie: eigenlijk wil je alleen werken met werkgevers die een sociaal hart hebben.",
    )
    ladder_assess(
        actor=world.actor("ips"),
        trajectory=world.trajectory(name),
        step=3,
        perspective=Perspective.PROFESSIONAL,
        assessed_on=ended + timedelta(days=1),
        note="Werk gestopt; we zoeken verder naar werk met vaste diensten.",
    )


def _yara(world: World) -> None:
    """Volunteering at the buurtkamer on her own route (the behandelaar runs it)."""
    name = "Yara Koster"
    trajectory = world.trajectory(name)
    start = world.phase_day(trajectory, "eigen-2") + timedelta(days=3)
    placement = _place(
        world,
        name,
        PlacementDetails(
            employer=world.employers[BUURTKAMER],
            job_title="Gastvrouw buurtkamer (vrijwilliger)",
            work_type=WorkType.VOLUNTEER,
            start_on=start,
            hours_per_week=Decimal("6"),
            contract_type=ContractType.NONE,
            adjustments="Twee ochtenden; samen met een ervaren vrijwilliger.",
        ),
        key="beh",
    )
    _follow_up(
        world,
        placement,
        start + timedelta(days=20),
        WithWhom.WORKER,
        "Yara vertelt dat ze de ochtenden in de buurtkamer fijn vindt: 'Ik hoor er weer bij.'",
        key="beh",
    )


# Placements of trajectories already in 'nazorg'. The placement service would move such a
# trajectory back to 'plaatsing', so these rows are written directly (without log rows):
# name, employer, job, hours, wage, contract, instruments, follow-up note.
AFTERCARE: tuple[tuple[str, str, str, int, str, str, tuple[str, ...], str], ...] = (
    (
        "Marco van der Heijden",
        DRUKKERIJ,
        "Drukker (digitaal drukwerk)",
        32,
        "19.75",
        ContractType.PERMANENT,
        (),
        "Marco werkt zelfstandig; geen leidinggevende taken, zoals afgesproken. Volgende "
        "nazorg over twee maanden, of eerder als hij dat wil.",
    ),
    (
        "Ilse Kuipers",
        BUURTVERS,
        "Vakkenvuller",
        20,
        "14.80",
        ContractType.TEMPORARY,
        ("jobcoach",),
        "Ilse wil misschien naar 24 uur. Eerst kijken hoe de herstelroutine na drukke "
        "diensten gaat.",
    ),
    (
        "Gijs Timmermans",
        BONENHUIS,
        "Koffiebrander",
        32,
        "16.10",
        ContractType.PERMANENT,
        (),
        "Vast contract getekend. Gijs wil de nazorg nog even houden, eens per maand.",
    ),
)


def _in_aftercare(world: World) -> None:
    ips = world.actor("ips")
    for name, employer, job, hours, wage, contract, instruments, note in AFTERCARE:
        trajectory = world.trajectory(name)
        start = world.phase_day(trajectory, "plaatsing")
        placement = Placement.objects.create(
            trajectory=trajectory,
            organisation=world.ggz,
            employer=world.employers[employer],
            job_title=job,
            work_type=WorkType.COMPETITIVE,
            start_on=start,
            hours_per_week=Decimal(hours),
            hourly_wage=Decimal(wage),
            contract_type=contract,
            coach=world.cast.users["ips"],
        )
        AppliedInstrument.objects.bulk_create(
            AppliedInstrument(placement=placement, instrument=code, starts_on=start)
            for code in instruments
        )
        _follow_up(world, placement, _ago(12), WithWhom.WORKER, note)
        if name == "Ilse Kuipers":
            _follow_up(
                world,
                placement,
                _ago(30),
                WithWhom.EMPLOYER,
                "Gesprek met Sandra Koenen: tevreden over Ilse; meer uren is bespreekbaar.",
                for_employer=True,
            )
            _checkins(
                ips,
                placement,
                [(_ago(28), (3, 3, 2), ""), (_ago(14), (3, 3, 3), "Rustige weken.")],
            )


# --- Employer contacts ----------------------------------------------------------------------
@dataclass(frozen=True)
class Visit:
    on: date
    employer: str
    purpose: str
    outcome: str
    kind: str = ContactKind.FACE_TO_FACE
    client: str = ""
    with_whom: str = ""
    key: str = "ips"


def _named_visits(world: World) -> list[Visit]:
    """Contacts for named job seekers and around the placements, dated by their stories."""

    def start(name: str) -> date:
        return world.phase_day(world.trajectory(name), "plaatsing")

    seeker = ContactPurpose.FOR_JOB_SEEKER
    support = ContactPurpose.SUPPORT
    sanne, jeroen, samira = start("Sanne de Vries"), start("Jeroen Dekker"), start("Samira Haddou")
    return [
        Visit(sanne - timedelta(days=12), KORENSCHOOF, seeker,
              "Sanne was mee en stelde zelf vragen; proefdraaien in de bakkerij afgesproken.",
              client="Sanne de Vries", with_whom="Henk Smit"),
        Visit(sanne + timedelta(days=14), KORENSCHOOF, support,
              "Evaluatie met Henk Smit na twee weken.", client="Sanne de Vries",
              with_whom="Henk Smit"),
        Visit(jeroen - timedelta(days=15), TRAPKRACHT, seeker,
              "Kennismaking met de eigenaar; Jeroen liet zien wat hij kan met een kapotte "
              "naaf.", client="Jeroen Dekker", with_whom="Youssef Amrani"),
        Visit(jeroen + timedelta(days=9), TRAPKRACHT, support,
              "Werkplekbezoek: zaterdag alleen in de werkplaats.", client="Jeroen Dekker",
              with_whom="Youssef Amrani"),
        Visit(samira - timedelta(days=20), STADSGOED, seeker,
              "Samira liep een ochtend mee met de ploeg in het Wilhelminapark.",
              client="Samira Haddou", with_whom="Kees Brouwer"),
        Visit(samira - timedelta(days=5), STADSGOED, seeker,
              "Tweede gesprek na het rode licht in de werkplekscan: afspraken gemaakt.",
              client="Samira Haddou", with_whom="Ria van Beek, Kees Brouwer"),
        Visit(_ago(18), KRINGLOOP, seeker,
              "Proefplaatsing besproken: twee maanden, daarna een contract van minstens zes "
              "maanden.", client="Lotte Vos", with_whom="Petra Lammers"),
        Visit(_ago(50), LEKDIJK, seeker,
              "Gesprek over de vacature orderpicker; vaste diensten nog niet zeker.",
              client="Emre Kaya", with_whom="Marco Rijnders"),
        Visit(_ago(12), BUURTVERS, seeker,
              "Gesprek over de ontvangst van de vroege leveringen: denk niet alleen in "
              "bestaande banen. Sandra maakt er een vaste ochtendbaan van voor Emre.",
              client="Emre Kaya", with_whom="Sandra Koenen"),
        Visit(_ago(15), DRUKKERIJ, seeker,
              "Met Gerard de taken doorgelopen die blijven liggen; daar past een rustige "
              "archiefbaan voor Hanneke in.", client="Hanneke Schouten",
              with_whom="Gerard Vanderveen"),
        Visit(_ago(5), TRAPKRACHT, seeker,
              "Mag Bas een middag meelopen in de werkplaats? Ja, volgende week dinsdag.",
              client="Bas Verhoef", with_whom="Youssef Amrani"),
        Visit(_ago(8), SPEELKWARTIER, seeker,
              "Priya mag komen kennismaken op de ochtendgroep.", client="Priya Ramdin",
              with_whom="Fleur Meijer"),
        Visit(_ago(33), GLANSRIJK, ContactPurpose.INTRODUCTION,
              "Ontzorg werkgevers: uitgelegd dat wij de aanvraag van loonkostensubsidie en "
              "no-riskpolis regelen. Bedrijfsadvies inclusieve arbeidsorganisatie bij UWV "
              "aangevraagd.", with_whom="Nicole Bakker"),
        Visit(_ago(27), VECHTOEVER, ContactPurpose.INTRODUCTION,
              "Kennismaking met de chef-kok; de directie wil eerst de Harrie Helpt-training "
              "zien.", with_whom="Jasper de Kok"),
        # The re-integratiebedrijf's coach, on the relations shared in the region.
        Visit(_ago(24), BITBRUG, ContactPurpose.FOLLOW_UP,
              "Twee nieuwe plekken op de servicedesk; vacature staat in Werkpad.",
              with_whom="Daan Verhoeven", key="rc"),
        Visit(_ago(10), STADSGOED, ContactPurpose.INTRODUCTION,
              "Via de regionale afspraak gezien dat de ggz deze relatie heeft; eerst met "
              "Fatima El Amrani afgestemd en samen langs geweest.", with_whom="Ria van Beek",
              key="rc"),
    ]  # fmt: skip


FILLER = (
    (ContactPurpose.INTRODUCTION, "Kennismaking: wat voor werk is er, en hoe staat het team "
     "tegenover collega's met een psychische kwetsbaarheid?"),
    (ContactPurpose.FOLLOW_UP, "Opvolging: vacatures doorgenomen; werkgever denkt mee over "
     "taken die samen een baan kunnen vormen."),
    (ContactPurpose.FOLLOW_UP, "Uitleg over de Harrie Helpt-training voor leidinggevenden; "
     "werkgever vraagt die aan via het werkgeversservicepunt."),
    (ContactPurpose.INTRODUCTION, "Ontzorg werkgevers: de subsidies en de no-riskpolis "
     "uitgelegd in gewone taal; wij regelen de papieren."),
    (ContactPurpose.FOLLOW_UP, "Rondleiding gehad; twee werkplekken gezien die passen bij "
     "werkzoekenden op de caseload."),
)  # fmt: skip
FILLER_EMPLOYERS = (
    KRINGLOOP, BUURTVERS, DRUKKERIJ, BONENHUIS, HOOIBERG, VECHTOEVER, GLANSRIJK, SPEELKWARTIER,
    STADSGOED, KORENSCHOOF,
)  # fmt: skip


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _employer_contacts(world: World) -> None:
    """Eight weeks of contacts: the named ones, then as many other face-to-face visits as
    each week's figure in ``F2F_PER_WEEK`` asks, and a few calls and e-mails."""
    visits = [v for v in _named_visits(world) if v.on <= _today()]
    this_week = _week_start(_today())
    first = this_week - timedelta(weeks=len(F2F_PER_WEEK) - 1)
    counted: dict[date, int] = {}
    for visit in visits:
        if visit.key == "ips" and visit.kind == ContactKind.FACE_TO_FACE:
            week = _week_start(visit.on)
            counted[week] = counted.get(week, 0) + 1
    n = 0
    for index, target in enumerate(F2F_PER_WEEK):
        monday = first + timedelta(weeks=index)
        for i in range(max(0, target - counted.get(monday, 0))):
            purpose, outcome = FILLER[n % len(FILLER)]
            employer = FILLER_EMPLOYERS[n % len(FILLER_EMPLOYERS)]
            visits.append(Visit(_past(monday + timedelta(days=i % 5)), employer, purpose, outcome))
            n += 1
        for i, kind in enumerate((ContactKind.PHONE, ContactKind.EMAIL)):
            employer = FILLER_EMPLOYERS[(index + 3 * i) % len(FILLER_EMPLOYERS)]
            visits.append(
                Visit(
                    _past(monday + timedelta(days=1 + 2 * i)),
                    employer,
                    ContactPurpose.FOLLOW_UP,
                    "Afspraak gemaakt voor een bezoek." if kind == ContactKind.PHONE else
                    "Informatie over loonkostensubsidie en proefplaatsing gemaild.",
                    kind=kind,
                )
            )  # fmt: skip
    for visit in sorted(visits, key=lambda v: v.on):
        services.employer_contact_log(
            actor=world.actor(visit.key),
            employer=world.employers[visit.employer],
            occurred_on=visit.on,
            purpose=visit.purpose,
            kind=visit.kind,
            with_whom=visit.with_whom,
            outcome=visit.outcome,
            trajectory=world.trajectory(visit.client) if visit.client else None,
        )
    # When they were typed in: the same day, in the afternoon.
    for contact in EmployerContact.objects.filter(employer__in=world.employers.values()):
        EmployerContact.objects.filter(pk=contact.pk).update(
            created_at=_at(contact.occurred_on, 16)
        )
