"""Who is who in the demo region (see ``_common``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..employers import EMPLOYER_SPECS
from ..people import GEMEENTE, GGZ, HERSTEL, REINTEGRATIE, UWV
from ._common import (
    AD,
    BEH,
    BUURTTEAM,
    ED,
    IPS,
    JC,
    KM,
    KORENSCHOOF,
    MBO,
    RC,
    STADSGOED,
    SW_BEDRIJF,
    TRAPKRACHT,
    WSP,
)

# --- 2. who is who in the region ---------------------------------------------------------

# What an organisation offers (issue 15); a key person's topic is one of these.
OFFERINGS = frozenset(
    {
        "ips",
        "wgb",
        "werkwijzer",
        "jobcoaching",
        "training",
        "werkfit",
        "dagbesteding",
        "herstelcursus",
        "werkgeversdienstverlening",
        "scholing",
    }
)
# Organisation types: the existing codes (organisations.models.OrganisationType) and the new
# ones the engineer adds for the organisations the demo lacked.
EXISTING_ORGANISATION_TYPES = frozenset(
    {"ggz", "uwv", "gemeente", "reintegratie", "werkgever", "herstelacademie", "kenniscentrum"}
)
NEW_ORGANISATION_TYPES = frozenset({"sw-bedrijf", "wsp", "onderwijs", "buurtteam"})

BEST_TIME_MORNINGS = "di en do ochtend"


@dataclass(frozen=True, kw_only=True)
class Reach:
    """How to reach someone: phone, e-mail, and when they are best reached."""

    phone: str
    email: str
    best_time: str = ""


@dataclass(frozen=True, kw_only=True)
class KeyPersonSpec:
    """A key person (sleutelpersoon) for one topic. ``user``: the login of a demo user, for
    an organisation that has users; otherwise ``name`` is an invented person without an
    account."""

    topic: str  # an offering code
    function: str
    reach: Reach
    user: str | None = None
    name: str = ""


@dataclass(frozen=True, kw_only=True)
class DirectoryEntry:
    organisation: str
    type: str
    offers: tuple[str, ...]
    description: str
    contact: Reach  # the public, general contact
    website: str = ""
    key_persons: tuple[KeyPersonSpec, ...] = ()
    confirmed_months_ago: int = 0  # over 6: shown as "mogelijk verouderd"


def _employer_entry(name: str, description: str, phone: str) -> DirectoryEntry:
    """An employer: its public contact only. Its contact persons live in the employer
    relation (``employers.EMPLOYER_SPECS``), shared in the region by agreement (decision
    0022), so the directory does not repeat them."""
    (spec,) = (spec for spec in EMPLOYER_SPECS if spec.name == name)
    domain = spec.people[0][2].split("@")[1]
    return DirectoryEntry(
        organisation=name,
        type="werkgever",
        offers=(),
        description=description,
        contact=Reach(phone=phone, email=f"info@{domain}"),
        confirmed_months_ago=3,
    )


DIRECTORY: tuple[DirectoryEntry, ...] = (
    DirectoryEntry(
        organisation=GGZ,
        type="ggz",
        offers=("ips", "wgb"),
        description=(
            "Ggz-aanbieder in Midden-Utrecht. Het IPS-team Utrecht-Oost helpt cliënten die "
            "willen werken aan een gewone baan; behandelaars doen mee aan WGB."
        ),
        contact=Reach(phone="030 2100100", email="info@ggz.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="ips",
                user=IPS,
                function="IPS-trajectbegeleider, sleutelpersoon IPS",
                reach=Reach(phone="06 41000001", email=IPS, best_time=BEST_TIME_MORNINGS),
            ),
            KeyPersonSpec(
                topic="wgb",
                user=BEH,
                function="behandelaar, sleutelpersoon WGB",
                reach=Reach(phone="030 2100112", email=BEH, best_time="ma en wo middag"),
            ),
        ),
        confirmed_months_ago=1,
    ),
    DirectoryEntry(
        organisation=UWV,
        type="uwv",
        offers=("wgb", "jobcoaching", "werkgeversdienstverlening"),
        description=(
            "UWV-vestiging voor Midden-Utrecht. De arbeidsdeskundigen werken mee aan WGB en "
            "zetten instrumenten in, zoals jobcoaching en proefplaatsing."
        ),
        contact=Reach(phone="030 2200200", email="utrecht@uwv.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="wgb",
                user=AD,
                function="arbeidsdeskundige, sleutelpersoon WGB",
                reach=Reach(phone="06 42000002", email=AD, best_time=BEST_TIME_MORNINGS),
            ),
        ),
        confirmed_months_ago=2,
    ),
    DirectoryEntry(
        organisation=GEMEENTE,
        type="gemeente",
        offers=("ips", "jobcoaching"),
        description=(
            "Team Werk en Participatie helpt inwoners met een bijstandsuitkering aan werk. De "
            "gemeente regelt de IPS-subsidie voor de gemeentelijke doelgroep."
        ),
        contact=Reach(phone="030 2300300", email="werk@utrecht.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="ips",
                user=KM,
                function="klantmanager, sleutelpersoon IPS-aanvragen",
                reach=Reach(phone="06 43000003", email=KM, best_time="ma, di en do"),
            ),
        ),
        confirmed_months_ago=0,
    ),
    DirectoryEntry(
        organisation=REINTEGRATIE,
        type="reintegratie",
        offers=("wgb", "jobcoaching"),
        description=(
            "Re-integratiebedrijf met re-integratiecoaches voor WGB-trajecten en jobcoaches "
            "voor begeleiding op de werkplek."
        ),
        contact=Reach(phone="030 2400400", email="info@werkkracht.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="wgb",
                user=RC,
                function="re-integratiecoach, sleutelpersoon WGB",
                reach=Reach(phone="06 44000004", email=RC, best_time="wo en vr ochtend"),
            ),
            KeyPersonSpec(
                topic="jobcoaching",
                user=JC,
                function="jobcoach",
                reach=Reach(phone="06 44000005", email=JC, best_time=BEST_TIME_MORNINGS),
            ),
        ),
        confirmed_months_ago=4,
    ),
    DirectoryEntry(
        organisation=HERSTEL,
        type="herstelacademie",
        offers=("herstelcursus", "training"),
        description=(
            "Herstelacademie door en voor mensen met eigen ervaring: herstelcursussen, "
            "peersupportgroepen en trainingen door ervaringsdeskundigen."
        ),
        contact=Reach(phone="030 2500500", email="info@herstel.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="herstelcursus",
                user=ED,
                function="ervaringsdeskundige, sleutelpersoon herstel en peersupport",
                reach=Reach(phone="06 45000006", email=ED, best_time="do middag"),
            ),
        ),
        confirmed_months_ago=2,
    ),
    _employer_entry(
        KORENSCHOOF,
        "Bakkerij met twee winkels in Utrecht; werkt al jaren met mensen met een afstand tot "
        "de arbeidsmarkt.",
        "030 2301120",
    ),
    _employer_entry(
        TRAPKRACHT,
        "Kleine fietsenwerkplaats in Maarssen die mensen een tweede kans geeft.",
        "0346 554430",
    ),
    _employer_entry(
        STADSGOED,
        "Sociaal groenbedrijf; ploegen onderhouden parken in Utrecht, Nieuwegein en Zeist.",
        "030 2667780",
    ),
    DirectoryEntry(
        organisation=SW_BEDRIJF,
        type="sw-bedrijf",
        offers=("werkfit", "jobcoaching", "dagbesteding"),
        description=(
            "Sociaal werkbedrijf van de gemeenten in de regio: werkfit-trajecten, beschut "
            "werk, arbeidsmatige dagbesteding en jobcoaching bij werkgevers."
        ),
        contact=Reach(phone="030 2600600", email="info@werkbedrijf.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="werkfit",
                name="Els Vermeer",
                function="werkleider werkfit-trajecten",
                reach=Reach(
                    phone="030 2600612",
                    email="e.vermeer@werkbedrijf.demo.example",
                    best_time="ma en wo ochtend",
                ),
            ),
        ),
        confirmed_months_ago=5,
    ),
    DirectoryEntry(
        organisation=WSP,
        type="wsp",
        offers=("werkgeversdienstverlening", "training"),
        description=(
            "Eén aanspreekpunt voor werkgevers, van de gemeenten en UWV samen: vragen over "
            "personeel, subsidies en de training Harrie Helpt."
        ),
        contact=Reach(phone="030 2700700", email="werkgevers@wsp.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="werkgeversdienstverlening",
                name="Bas Kuipers",
                function="accountmanager werkgevers",
                reach=Reach(
                    phone="06 47000007",
                    email="b.kuipers@wsp.demo.example",
                    best_time="elke ochtend",
                ),
            ),
            KeyPersonSpec(
                topic="training",
                name="Lieke Verhoef",
                function="adviseur inclusief werkgeven (Harrie Helpt)",
                reach=Reach(
                    phone="06 47000008",
                    email="l.verhoef@wsp.demo.example",
                    best_time="di en vr",
                ),
            ),
        ),
        confirmed_months_ago=1,
    ),
    DirectoryEntry(
        organisation=MBO,
        type="onderwijs",
        offers=("scholing",),
        description=(
            "Mbo-school met opleidingen in zorg en welzijn, ook de opleiding tot "
            "ervaringsdeskundige, en leren en werken tegelijk (BBL)."
        ),
        contact=Reach(phone="030 2800800", email="info@kromme-rijn.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="scholing",
                name="Yvonne Koster",
                function="coördinator opleiding ervaringsdeskundige",
                reach=Reach(
                    phone="030 2800815",
                    email="y.koster@kromme-rijn.demo.example",
                    best_time="wo ochtend",
                ),
            ),
        ),
        confirmed_months_ago=3,
    ),
    DirectoryEntry(
        organisation=BUURTTEAM,
        type="buurtteam",
        offers=("dagbesteding",),
        description=(
            "Wmo-begeleiding in de wijk: helpt bewoners op weg naar dagbesteding, "
            "vrijwilligerswerk of een werkplek in de buurt."
        ),
        contact=Reach(phone="030 2900900", email="oost@buurtteam.demo.example"),
        key_persons=(
            KeyPersonSpec(
                topic="dagbesteding",
                name="Samira Bouzid",
                function="Wmo-begeleider",
                reach=Reach(
                    phone="06 49000009",
                    email="s.bouzid@buurtteam.demo.example",
                    best_time=BEST_TIME_MORNINGS,
                ),
            ),
        ),
        # Not confirmed for a long time: the directory shows "mogelijk verouderd".
        confirmed_months_ago=8,
    ),
)
