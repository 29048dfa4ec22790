"""The demo region's agreement (see ``_common``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..people import GEMEENTE, GGZ, HERSTEL, REGION, REINTEGRATIE, UWV
from ._common import AD, ED, IPS, KM, RC, REGIOCOORDINATOR, WSP

# --- 6. the regional agreement -----------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PartnerTask:
    organisation: str
    does: str


@dataclass(frozen=True, kw_only=True)
class TargetSpec:
    """A shared target: a percentage or a number, for a population, by a day."""

    text: str
    population: str
    by_day: int  # days from today
    percentage: int | None = None
    number: int | None = None
    quote: str = ""  # word for word from a seed, when the target comes from one


@dataclass(frozen=True, kw_only=True)
class FundingSpec:
    organisation: str  # who pays or applies
    arrangement: str
    rule: str
    source_url: str = ""


@dataclass(frozen=True, kw_only=True)
class AgreementSpec:
    title: str
    kind: str  # "convenant" or "samenwerkingsplan"
    region: str
    partners: tuple[str, ...]
    tasks: tuple[PartnerTask, ...]
    key_persons: tuple[str, ...]  # logins
    targets: tuple[TargetSpec, ...]
    funding: tuple[FundingSpec, ...]
    start_day: int  # days from today
    review_day: int


# Seed 000, word for word (the example of a concrete target from the 2016 meeting).
AUTISM_TARGET_QUOTE = "80% van de mensen met autisme aan het werk helpen"

AGREEMENT = AgreementSpec(
    title="Samenwerkingsplan psychische kwetsbaarheid en werk Midden-Utrecht",
    kind="samenwerkingsplan",
    region=REGION,
    partners=(GGZ, UWV, GEMEENTE, REINTEGRATIE, HERSTEL, WSP),
    tasks=(
        PartnerTask(
            organisation=GGZ,
            does=(
                "Vraagt bij elke intake naar werk en biedt IPS in het IPS-team Utrecht-Oost. "
                "Vraagt voor mensen die onder de gemeente vallen de IPS-subsidie aan."
            ),
        ),
        PartnerTask(
            organisation=UWV,
            does=(
                "Zoekt met de ggz wie in aanmerking komt voor WGB; de arbeidsdeskundige maakt "
                "het eerste plan van aanpak. Zet instrumenten in zoals jobcoaching en "
                "proefplaatsing."
            ),
        ),
        PartnerTask(
            organisation=GEMEENTE,
            does=(
                "Beoordeelt de IPS-aanvragen voor de gemeentelijke doelgroep en vraagt de "
                "vergoeding aan bij UWV. De regiocoördinator organiseert de werkateliers."
            ),
        ),
        PartnerTask(
            organisation=REINTEGRATIE,
            does=("Levert de re-integratiecoach in WGB-trajecten en de jobcoach op de werkplek."),
        ),
        PartnerTask(
            organisation=HERSTEL,
            does=(
                "Brengt het perspectief van cliënten in met betaalde ervaringsdeskundigen en "
                "zet peersupportgroepen over werk op."
            ),
        ),
        PartnerTask(
            organisation=WSP,
            does=(
                "Is het ene aanspreekpunt voor werkgevers en regelt de training Harrie Helpt "
                "voor werkgevers in de regio."
            ),
        ),
    ),
    key_persons=(REGIOCOORDINATOR, IPS, AD, KM, RC, ED),
    targets=(
        TargetSpec(
            text="Ten minste 100 IPS-trajecten per jaar in de regio, zoals Hoofdzaak Werk vraagt",
            population="inwoners van Midden-Utrecht met een psychische kwetsbaarheid die "
            "willen werken",
            by_day=300,
            number=100,
        ),
        TargetSpec(
            text="Cliënten van het IPS-team met betaald werk in het kwartaal (gemiddelde van "
            "de IPS-benchmark: 41%)",
            population="cliënten op de caseload van het IPS-team",
            by_day=180,
            percentage=41,
        ),
        TargetSpec(
            text=(
                "Een concreet doel, zoals de bestuursbijeenkomst van 3 februari 2016 "
                f"aanraadde: '{AUTISM_TARGET_QUOTE}'"
            ),
            population="mensen met autisme die bij de partners begeleiding naar werk krijgen "
            "en willen werken",
            by_day=730,
            percentage=80,
            quote=AUTISM_TARGET_QUOTE,
        ),
        TargetSpec(
            text="Cliënten in een WGB-traject zetten binnen een jaar minimaal één stap op de "
            "participatieladder",
            population="cliënten in een WGB-traject",
            by_day=365,
            percentage=75,
        ),
    ),
    funding=(
        FundingSpec(
            organisation=GEMEENTE,
            arrangement=(
                "IPS voor de gemeentelijke doelgroep: de ggz vraagt de subsidie aan bij de "
                "woongemeente, de gemeente vraagt de vergoeding aan bij UWV en UWV betaalt de "
                "ggz."
            ),
            rule="Subsidieregeling IPS-trajecten voor de gemeentelijke doelgroep (Stcrt. 2023, "
            "6260)",
            source_url="https://zoek.officielebekendmakingen.nl/stcrt-2023-6260.html",
        ),
        FundingSpec(
            organisation=UWV,
            arrangement=(
                "Jobcoaching: UWV voor wie onder UWV valt, de gemeente voor de doelgroep van "
                "loonkostensubsidie."
            ),
            rule="Re-integratiebesluit art. 12; Participatiewet art. 10da",
            source_url="https://www.samenvoordeklant.nl/werkgeversdienstverlening/toolbox/jobcoaching",
        ),
        FundingSpec(
            organisation=WSP,
            arrangement="Harrie Helpt kosteloos voor werkgevers in de regio.",
            rule="Afspraak in dit samenwerkingsplan",
            source_url="https://wspregiozwolle.nl/2024/11/en-daarom-zijn-zij-harrie/",
        ),
    ),
    start_day=-300,
    review_day=65,
)
