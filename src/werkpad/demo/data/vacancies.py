"""The vacancies at the demo employers, and two jobs created for one person ("denk niet
alleen in bestaande banen")."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.employment.models import (
    Condition,
    Sector,
    Shift,
    VacancyContract,
    VacancyStatus,
    WorkKind,
)

from .employers import (
    BITBRUG,
    BONENHUIS,
    BUURTVERS,
    DRUKKERIJ,
    GLANSRIJK,
    HOOIBERG,
    KORENSCHOOF,
    KRINGLOOP,
    LEKDIJK,
    SPEELKWARTIER,
    STADSGOED,
    TRAPKRACHT,
    VECHTOEVER,
)


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


@dataclass(frozen=True, kw_only=True)
class VacancyTerms:
    """What a vacancy says about shifts, contract, wage and its other kinds of work (issue 13,
    item 13). Not every vacancy says everything: an unknown stays unknown."""

    shifts: tuple[str, ...] = ()
    contract: str = ""
    wage: str = ""  # gross per hour, in euros
    wage_scale: str = ""
    other_kinds: tuple[str, ...] = ()


S, K = Shift, VacancyContract
# By the key of the vacancy.
VACANCY_TERMS: dict[str, VacancyTerms] = {
    "bakker": VacancyTerms(shifts=(S.DAY,), contract=K.TEMPORARY, wage="14.40"),
    "winkel": VacancyTerms(
        shifts=(S.DAY, S.WEEKEND),
        contract=K.ON_CALL,
        wage="14.40",
        other_kinds=(WorkKind.HANDS,),
    ),
    "fietsenmaker": VacancyTerms(
        shifts=(S.DAY,),
        contract=K.TEMPORARY,
        wage_scale="cao Tweewielerbedrijf, functiegroep C",
        other_kinds=(WorkKind.HANDS, WorkKind.PEOPLE),
    ),
    "groen": VacancyTerms(
        shifts=(S.DAY,),
        contract=K.LEARNING,
        wage="14.40",
        other_kinds=(WorkKind.HANDS,),
    ),
    "dierenweide": VacancyTerms(shifts=(S.DAY, S.WEEKEND), contract=K.TRIAL),
    "sorteer": VacancyTerms(shifts=(S.DAY,), contract=K.TRIAL),
    "orderpicker": VacancyTerms(shifts=(S.ROTATING,), contract=K.AGENCY, wage="15.10"),
    "chauffeur": VacancyTerms(
        shifts=(S.DAY,),
        contract=K.TEMPORARY,
        wage="15.75",
        other_kinds=(WorkKind.PEOPLE,),
    ),
    "vakkenvuller": VacancyTerms(shifts=(S.DAY,), contract=K.ON_CALL, wage="14.40"),
    "barista": VacancyTerms(
        shifts=(S.DAY, S.WEEKEND),
        contract=K.TEMPORARY,
        wage="14.60",
        other_kinds=(WorkKind.HANDS,),
    ),
    "keuken": VacancyTerms(shifts=(S.EVENING, S.WEEKEND), contract=K.ON_CALL, wage="14.40"),
    "schoonmaak": VacancyTerms(
        shifts=(S.EVENING,),
        contract=K.PERMANENT,
        wage_scale="cao Schoonmaak, loongroep 1A",
    ),
    "servicedesk": VacancyTerms(
        shifts=(S.DAY,),
        contract=K.TEMPORARY,
        wage="17.25",
        wage_scale="schaal 5",
        other_kinds=(WorkKind.PEOPLE,),
    ),
    "archief": VacancyTerms(shifts=(S.DAY,), contract=K.TRIAL),
    "ontvangst": VacancyTerms(shifts=(S.DAY,), contract=K.TEMPORARY, wage="14.40"),
}
