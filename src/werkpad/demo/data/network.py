"""The regional network's demo content (issue 15) for arbeidsmarktregio Midden-Utrecht (AM13):
the Routekaart knowledge base, who is who, trainings and their sessions, who followed what,
the regional agreement, questions between professionals and peer-support groups.

The texts are written by the Werkpad project from the Dutch source texts in ``seeds/`` and
the facts in ``REFERENCE.md`` (both under ``/work/shared``); a quote in single quotes is
taken word for word from a seed (or, for a definition, from REFERENCE.md). Every source
address is one those files give; a seed that names no address of its own is cited by its
title, with an empty address. The organisations marked "(demo)", their people, addresses,
phone numbers and e-mail addresses are invented, as are the demo region's sessions,
agreement, questions and groups.

Plain data, no models (role codes come from ``access.roles``, the policy's vocabulary):
``demo.play`` turns it into records through the services. Days are counted from the demo's
today (``demo.clock``); the names of the fields say which way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from werkpad.access.roles import Role

from .employers import EMPLOYER_SPECS
from .people import (
    CAST_EMAILS,
    DEMO_USERS,
    EMPLOYERS,
    GEMEENTE,
    GGZ,
    HERSTEL,
    REGION,
    REINTEGRATIE,
    UWV,
)

# --- who acts ----------------------------------------------------------------------------


def _login_with_role(role: str) -> str:
    """The demo user with this role; the tables below name people by their login."""
    (email,) = (user.email for user in DEMO_USERS if user.role == role)
    return email


def _login_of(full_name: str) -> str:
    (email,) = (user.email for user in DEMO_USERS if user.full_name == full_name)
    return email


IPS = CAST_EMAILS["ips"]  # Fatima El Amrani, IPS-trajectbegeleider (GGZ)
BEH = CAST_EMAILS["beh"]  # Dr. Marleen Bos, behandelaar (GGZ)
AD = CAST_EMAILS["ad"]  # Ingrid Visser, arbeidsdeskundige (UWV)
VA = CAST_EMAILS["va"]  # Pieter de Graaf, verzekeringsarts (UWV)
KM = CAST_EMAILS["km"]  # Anouk Jansen, klantmanager (gemeente)
RC = CAST_EMAILS["rc"]  # Kevin Mulder, re-integratiecoach (Werkkracht)
JC = CAST_EMAILS["jc"]  # Joost van Dijk, jobcoach (Werkkracht)
ED = CAST_EMAILS["ed"]  # Noor Hendriks, ervaringsdeskundige (Herstelacademie)
TEAMLEIDER = _login_with_role(Role.TEAMLEIDER)  # Ruud Vermeulen (GGZ, IPS-team)
REGIOCOORDINATOR = _login_with_role(Role.REGIOCOORDINATOR)  # Sevda Yilmaz (gemeente)
WERKGEVER = _login_with_role(Role.WERKGEVER_CONTACTPERSOON)  # Henk Smit (De Korenschoof)
SANNE = _login_of("Sanne de Vries")  # a client who works, with follow-along

KORENSCHOOF, TRAPKRACHT, STADSGOED = EMPLOYERS

# The organisations the issue names that the demo lacked; the engineer adds their types.
SW_BEDRIJF = "Werkbedrijf Midden-Utrecht (demo)"
WSP = "Werkgeversservicepunt Midden-Utrecht (demo)"
MBO = "Mbo-college Kromme Rijn (demo)"
BUURTTEAM = "Buurtteam Utrecht-Oost (demo)"

# --- sources -----------------------------------------------------------------------------

# How a source's date reads: the day it states, only its month, or (when it states none) the
# day REFERENCE.md says its facts were checked.
DAY, MONTH, CHECKED = "dag", "maand", "gecontroleerd"
REFERENCE_CHECKED = date(2026, 12, 7)  # REFERENCE.md §7.1 and §8: "checked 2026-12-07"

# The seed texts that name no address of their own: their titles, as the seeds give them.
SEED_000 = "Hoe krijgen we psychisch kwetsbare mensen aan het werk? (Samen voor de klant)"
SEED_001 = "Psychische kwetsbaarheid en werk (Samen voor de klant)"
SEED_003 = "Begeleiding naar werk voor mensen met psychische kwetsbaarheid (GGznieuws)"
SEED_004 = (
    "Het belang van werken en ontwikkelen voor herstel van mensen met psychische aandoeningen "
    "(de Nederlandse ggz)"
)
SEED_001_URL = "https://www.samenvoordeklant.nl/psychische-kwetsbaarheid-en-werk"  # REFERENCE §1.5


class ArticleCategory(StrEnum):
    """The Routekaart's seven categories (REFERENCE.md §1.5, §8.1), in its order."""

    ARBEID_ALS_MEDICIJN = "arbeid-als-medicijn"
    AANPAKKEN = "aanpakken-en-interventies"
    INTEGRALE_AANPAK = "integrale-aanpak-ggz-en-wi"
    KENNIS = "kennis-en-kennisdelen"
    WERKGEVERS = "werkgevers-en-banen"
    STIGMA = "stigma"
    ERVARINGSDESKUNDIGEN = "ervaringsdeskundigen-en-clienten"


CATEGORY_LABELS = {
    ArticleCategory.ARBEID_ALS_MEDICIJN: _("Arbeid als medicijn"),
    ArticleCategory.AANPAKKEN: _("Aanpakken en interventies"),
    ArticleCategory.INTEGRALE_AANPAK: _("Integrale aanpak GGZ en W&I"),
    ArticleCategory.KENNIS: _("Kennis en kennisdelen"),
    ArticleCategory.WERKGEVERS: _("Werkgevers en banen"),
    ArticleCategory.STIGMA: _("Stigma"),
    ArticleCategory.ERVARINGSDESKUNDIGEN: _("Ervaringsdeskundigen en cliënten"),
}


# --- 1. the Routekaart knowledge base ----------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ArticleSpec:
    """One entry of the knowledge base. ``source_url`` is empty only for a seed text that
    names no address of its own; ``region`` is None for a national entry."""

    title: str
    category: ArticleCategory
    summary: str
    source_title: str
    source_url: str
    source_date: date
    source_date_kind: str = DAY  # DAY, MONTH or CHECKED
    region: str | None = None
    tags: tuple[str, ...]
    editor: str  # the login of the professional who keeps it up to date
    outdated_hint: bool = False  # the source is old: the story has a reader mark it outdated


# The question the story turns into an article (QUESTIONS, first one).
IPS_IN_BIJSTAND = "IPS aanvragen voor iemand in de bijstand"

ARTICLES: tuple[ArticleSpec, ...] = (
    # 1 Arbeid als medicijn
    ArticleSpec(
        title="Zorgstandaard Arbeid als medicijn",
        category=ArticleCategory.ARBEID_ALS_MEDICIJN,
        summary=(
            "De zorgstandaard Arbeid als medicijn helpt de ggz om werk bespreekbaar te maken "
            "en mensen op weg te helpen naar werk. Het Netwerk Kwaliteitsontwikkeling GGz "
            "bracht de standaard uit in april 2017. Nu staat hij bij de GGZ-standaarden van "
            "Akwa GGZ, herzien met meer aandacht voor het perspectief van de cliënt. Hij gaat "
            "onder meer over de intake, de Gespreksleidraad 'Arbeid als medicijn' en "
            "doorverwijzen."
        ),
        source_title="Generieke module Arbeid als medicijn (Netwerk Kwaliteitsontwikkeling GGz)",
        source_url="http://www.kwaliteitsontwikkelingggz.nl/ontwikkeling/project/generieke-module-arbeid-als-medicijn/",
        source_date=date(2017, 4, 1),
        source_date_kind=MONTH,
        tags=("zorgstandaard", "intake", "behandeling", "ggz"),
        editor=BEH,
    ),
    ArticleSpec(
        title="Werk hoort bij elke intake",
        category=ArticleCategory.ARBEID_ALS_MEDICIJN,
        summary=(
            "Psychiater Ard van Oosten: 'Werk bevordert niet alleen herstel, het is vaak zelfs "
            "een voorwaarde voor herstel.' Werk zou bij elke intake en elke behandeling in "
            "de ggz moeten horen. Vraag iedere cliënt naar zijn of haar werksituatie en "
            "naar wat hij of zij op dat gebied nodig heeft. Dat kunnen heel eenvoudige en open "
            "vragen zijn."
        ),
        source_title=SEED_004,
        source_url="",
        source_date=date(2025, 4, 1),
        source_date_kind=MONTH,
        tags=("intake", "werkvraag", "behandelaar", "herstel"),
        editor=BEH,
    ),
    ArticleSpec(
        title="Gespreksleidraad Arbeid als medicijn",
        category=ArticleCategory.ARBEID_ALS_MEDICIJN,
        summary=(
            "De Gespreksleidraad 'Arbeid als medicijn' helpt cliënten om over werk te praten "
            "met hun hulpverlener. Hij heeft negen thema's over werk, met vragen, uitleg en "
            "verwijzingen. Je werkt in drie stappen: je bereidt het gesprek voor, je begint "
            "erover bij je hulpverlener en je spreekt samen de volgende stap af."
        ),
        source_title="Gespreksleidraad Arbeid als medicijn",
        source_url="https://fdocuments.nl/document/gespreksleidraad-aarbeid-als-medicijna-2018-01-02-wees-u-er-dan-van-bewust.html",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("gespreksleidraad", "gesprek", "hulpverlener", "cliënt"),
        editor=IPS,
    ),
    ArticleSpec(
        title="Werk helpt bij herstel",
        category=ArticleCategory.ARBEID_ALS_MEDICIJN,
        summary=(
            "'Over het algemeen geldt: werk laat psychische klachten afnemen, terwijl "
            "werkloosheid of inactiviteit ze juist versterkt.' Werk biedt structuur, zorgt voor "
            "contact met anderen en helpt je gevoel van eigenwaarde. Lang aan de kant staan kan "
            "een gevolg zijn van psychische problemen, maar ook een oorzaak. Zorg wel voor de "
            "juiste omstandigheden, 'zodat werk en herstel hand in hand kunnen gaan'."
        ),
        source_title=SEED_001,
        source_url=SEED_001_URL,
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("herstel", "structuur", "eigenwaarde", "werkloosheid"),
        editor=IPS,
    ),
    # 2 Aanpakken en interventies
    ArticleSpec(
        title="IPS: eerst plaatsen, dan trainen",
        category=ArticleCategory.AANPAKKEN,
        summary=(
            "IPS (Individuele Plaatsing en Steun) is een methode voor mensen met een ernstige "
            "psychische aandoening die willen werken. De IPS-trajectbegeleider werkt in het "
            "team van de ggz of van beschermd wonen. Iedereen die in de ggz behandeling of "
            "begeleiding krijgt en wil werken, kan meedoen. Het doel is een gewone baan waar "
            "iedereen op kan solliciteren, voor ten minste het minimumloon: 'first place, then "
            "train'."
        ),
        source_title="Individuele Plaatsing en Steun (IPS) (Kenniscentrum Phrenos)",
        source_url="https://kenniscentrumphrenos.nl/kennisproduct/individuele-plaatsing-en-steun-ips/",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("ips", "trajectbegeleider", "baan", "minimumloon"),
        editor=IPS,
    ),
    ArticleSpec(
        title="IPS in acht principes",
        category=ArticleCategory.AANPAKKEN,
        summary=(
            "IPS werkt volgens acht principes: regulier werk of opleiding is het doel; "
            "niemand wordt uitgesloten; werk en zorg werken nauw samen; de voorkeur van de "
            "werkzoekende staat voorop; er is ondersteuning rond werk en inkomen; snel zoeken "
            "en snel plaatsen; jobcreatie; en ondersteuning zolang de klant dit wenst. GTB in "
            "Vlaanderen kreeg bij een meting van Kenniscentrum Phrenos 108 punten: een goede "
            "modelgetrouwheid."
        ),
        source_title="Uitstekend rapport: GTB doet IPS (GTB)",
        source_url="https://www.gtb.be/nieuws/uitstekend-rapport-gtb-doet-ips",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("ips", "principes", "werkzoekende", "werkgever"),
        editor=TEAMLEIDER,
    ),
    ArticleSpec(
        title="WGB: behandeling en re-integratie tegelijk",
        category=ArticleCategory.AANPAKKEN,
        summary=(
            "De Werkgerichte Geïntegreerde Behandelaanpak (WGB) werkt tegelijk aan minder "
            "klachten en aan re-integratie. Reinier van Arkel en UWV 's-Hertogenbosch "
            "ontwikkelden de aanpak met twee re-integratiebedrijven; hij bestaat sinds 2016. "
            "WGB is voor cliënten met een behandeling in de specialistische ggz en een "
            "uitkering van UWV. Het doel is dat de cliënt na een jaar 'minimaal één stap "
            "vooruit heeft gezet op de participatieladder'."
        ),
        source_title="De werkgerichte geïntegreerde behandelaanpak (WGB) (Kenniscentrum Phrenos)",
        source_url="https://kenniscentrumphrenos.nl/kennisproduct/de-werkgerichte-geintegreerde-behandelaanpak-wgb/",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("wgb", "behandeling", "uwv", "participatieladder"),
        editor=AD,
    ),
    ArticleSpec(
        title="Werkgerichte cognitieve gedragstherapie (W-CGT)",
        category=ArticleCategory.AANPAKKEN,
        summary=(
            "Bij werkgerichte cognitieve gedragstherapie (W-CGT, Lagerveld, 2017) komt werk "
            "al vroeg in de behandeling aan bod. Onderzoek liet zien dat mensen in de "
            "Ziektewet 'bij werkgerichte cognitieve gedragstherapie veel eerder terugkeren op "
            "de werkplek'. In het onderzoek met 168 werknemers die ziek waren, ging het om 65 "
            "dagen eerder. De WGB is op W-CGT gebouwd."
        ),
        source_title="Nieuwe therapie versnelt werkhervatting bij werknemers met psychische "
        "klachten (Bohn Stafleu van Loghum)",
        source_url="https://mijn.bsl.nl/psychologie/nieuwe-therapie-versnelt-werkhervatting-bij-werknemers-met-psych/12305716",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("therapie", "behandeling", "werkhervatting", "ziektewet"),
        editor=BEH,
    ),
    # 3 Integrale aanpak GGZ en W&I
    ArticleSpec(
        title=IPS_IN_BIJSTAND,
        category=ArticleCategory.INTEGRALE_AANPAK,
        summary=(
            "Sinds 1 maart 2023 is er een subsidie voor IPS-trajecten voor mensen die onder de "
            "gemeente vallen, ook als zij geen uitkering hebben (Stcrt. 2023, 6260). De ggz "
            "vraagt de subsidie aan bij de woongemeente van de cliënt. De gemeente vraagt de "
            "vergoeding aan bij UWV en UWV betaalt de ggz; de kandidaat, de ggz en de gemeente "
            "tekenen digitaal. In Midden-Utrecht is de klantmanager van de gemeente de "
            "sleutelpersoon voor deze aanvragen."
        ),
        source_title="Subsidieregeling IPS-trajecten voor de gemeentelijke doelgroep "
        "(Staatscourant 2023, 6260)",
        source_url="https://zoek.officielebekendmakingen.nl/stcrt-2023-6260.html",
        source_date=date(2023, 3, 1),
        region=REGION,
        tags=("ips", "subsidie", "gemeente", "bijstand"),
        editor=KM,
    ),
    ArticleSpec(
        title="Amsterdam: IPS breed invoeren met alle partijen",
        category=ArticleCategory.INTEGRALE_AANPAK,
        summary=(
            "In 2014 startten GGZ inGeest, Arkin, UWV, de gemeente Amsterdam en Achmea samen "
            "een project om IPS breed in te voeren. Zij spraken af te betalen naar resultaat. "
            "IPS-trajectbegeleiders, verzekeringsartsen, arbeidsdeskundigen en casemanagers "
            "hadden vast overleg met elkaar. Zo kwamen zorg en reïntegratie aan één tafel."
        ),
        source_title="Uniek Nederlands samenwerkingsproject om IPS breed te implementeren "
        "(Kenniscentrum Phrenos)",
        source_url="https://kenniscentrumphrenos.nl/kennisproduct/uniek-nederlands-samenwerkingsproject-om-ips-breed-te-implementeren/",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("samenwerking", "overleg", "resultaat", "amsterdam"),
        editor=REGIOCOORDINATOR,
    ),
    ArticleSpec(
        title="Stel in elke organisatie een sleutelpersoon aan",
        category=ArticleCategory.INTEGRALE_AANPAK,
        summary=(
            "'Maak wezenlijk contact en zet het perspectief van de cliënt centraal', zegt "
            "projectleider Ard van Oosten. Zijn aanbevelingen voor gemeenten zijn onder meer: "
            "'Stem partijen op elkaar af', 'Focus op een gezamenlijk doel' en 'Stel ter "
            "bevordering van de communicatie in elke betrokken organisatie een sleutelpersoon "
            "aan.' Ook moeten bestuurders de samenwerking steunen; dat geeft professionals "
            "meer ruimte voor maatwerk."
        ),
        source_title=SEED_003,
        source_url="",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("sleutelpersoon", "samenwerking", "gemeenten", "bestuur"),
        editor=KM,
    ),
    ArticleSpec(
        title="Samenwerkingsplan Midden-Utrecht: wie doet wat",
        category=ArticleCategory.INTEGRALE_AANPAK,
        summary=(
            "Na de regionale werkateliers dienden regio's een samenwerkingsplan in voor de "
            "financiële impuls van het ministerie van SZW. In Midden-Utrecht werken de ggz, "
            "UWV, de gemeente, het re-integratiebedrijf, de herstelacademie en het "
            "werkgeversservicepunt samen volgens zo'n plan. Elke organisatie heeft een "
            "sleutelpersoon. In het plan staan gedeelde doelen, wie wat doet en hoe IPS "
            "betaald wordt."
        ),
        source_title=SEED_001,
        source_url=SEED_001_URL,
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        region=REGION,
        tags=("samenwerkingsplan", "regio", "sleutelpersoon", "doelen"),
        editor=REGIOCOORDINATOR,
    ),
    ArticleSpec(
        title="Een Werkcentrum in elke arbeidsmarktregio",
        category=ArticleCategory.INTEGRALE_AANPAK,
        summary=(
            "Het kabinet wil in elk van de 35 arbeidsmarktregio's één Werkcentrum. Daar kan "
            "iedereen terecht met vragen over werk en opleiding, en werkgevers met vragen over "
            "personeel. UWV, gemeenten, werkgevers, vakbonden en onderwijs werken erin samen. "
            "In april 2024 hadden 8 regio's een Werkcentrum."
        ),
        source_title="Kabinet investeert in werkcentra door heel Nederland (Rijksoverheid)",
        source_url="https://www.rijksoverheid.nl/actueel/nieuws/2024/04/26/kabinet-investeert-in-werkcentra-door-heel-nederland",
        source_date=date(2024, 4, 26),
        tags=("werkcentrum", "arbeidsmarktregio", "loket", "opleiding"),
        editor=REGIOCOORDINATOR,
    ),
    # 4 Kennis en kennisdelen
    ArticleSpec(
        title="De Routekaart psychische aandoeningen en werk",
        category=ArticleCategory.KENNIS,
        summary=(
            "De Routekaart is van de Programmaraad (UWV, VNG, Divosa en Cedris), voor "
            "professionals in de ggz en in Werk en Inkomen. Hij heeft geen eigen inhoud, maar "
            "verwijst naar andere bronnen in zeven categorieën. De Routekaart is een van de "
            "uitkomsten van de regionale werkateliers van mei 2016 tot april 2017."
        ),
        source_title="Routekaart psychische aandoeningen en werk gepubliceerd door de "
        "Programmaraad (OVAL)",
        source_url="https://www.oval.nl/nieuws-en-publicaties/routekaart-psychische-aandoeningen-en-werk-gepubliceerd-door-de-programmaraad",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("routekaart", "kennis", "verwijzen", "programmaraad"),
        editor=REGIOCOORDINATOR,
    ),
    ArticleSpec(
        title="Many: de app voor vragen tussen professionals",
        category=ArticleCategory.KENNIS,
        summary=(
            "In april 2017 werd de app Many gepresenteerd, 'waarmee professionals vragen aan "
            "elkaar kunnen stellen en informatie kunnen uitwisselen'. Berichten hadden een "
            "regiocode en een categorie. De app was er voor iTunes, Google Play en Windows "
            "Phone. Deze bron is oud: kijk of de app nog bestaat."
        ),
        source_title=SEED_001,
        source_url=SEED_001_URL,
        source_date=date(2017, 4, 12),
        tags=("app", "vragen", "professionals", "regio"),
        editor=IPS,
        outdated_hint=True,
    ),
    ArticleSpec(
        title="De Landelijke Werkmonitor",
        category=ArticleCategory.KENNIS,
        summary=(
            "Sinds november 2022 houdt Kenniscentrum Phrenos de Landelijke Werkmonitor bij, "
            "voor Hoofdzaak Werk en het convenant Sterk door Werk. De monitor laat zien hoeveel "
            "trajecten naar werk er lopen: in heel Nederland, per arbeidsmarktregio en per "
            "organisatie. Ook staat erin welke soorten trajecten en welke geldstromen worden "
            "gebruikt."
        ),
        source_title="Werkmonitor Hoofdzaak Werk (Kenniscentrum Phrenos)",
        source_url="https://kenniscentrumphrenos.nl/kennisproduct/werkmonitor-hoofdzaak-werk/",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("werkmonitor", "cijfers", "trajecten", "regio"),
        editor=TEAMLEIDER,
    ),
    ArticleSpec(
        title="Samen werken aan werk: wat de werkateliers leerden",
        category=ArticleCategory.KENNIS,
        summary=(
            "In het rapport 'Samen werken aan werk. Psychische aandoeningen en werk: wat we "
            "weten, wat we kunnen doen' staan de ervaringen uit de regionale werkateliers. Het "
            "kwam uit in april 2017, voor het ministerie van SZW. Je vindt er tips uit de "
            "werkateliers, interventies die werken en beleid."
        ),
        source_title="Samen werken aan werk (Cedris)",
        source_url="http://cedris.nl/nieuws/detail/article/samen-werken-aan-werk-psychische-aandoeningen-en-werk-wat-we-weten-wat-we-kunnen-doen.html",
        source_date=date(2017, 4, 1),
        source_date_kind=MONTH,
        tags=("rapport", "werkateliers", "tips", "beleid"),
        editor=REGIOCOORDINATOR,
    ),
    ArticleSpec(
        title="Werkatelier Zorg en werk verbinden in Midden-Utrecht",
        category=ArticleCategory.KENNIS,
        summary=(
            "Van mei 2016 tot april 2017 waren er in bijna alle arbeidsmarktregio's "
            "werkateliers: 'interactieve bijeenkomsten waar professionals van GGZ, UWV en "
            "gemeenten kennismaakten, elkaar leerden kennen en kennis uitwisselden'. In "
            "Midden-Utrecht gaan de partners daarmee door, een paar keer per jaar. Je leert de "
            "sleutelpersonen van de andere organisaties kennen. De data staan in de agenda."
        ),
        source_title=SEED_001,
        source_url=SEED_001_URL,
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        region=REGION,
        tags=("werkatelier", "kennismaken", "regio", "netwerk"),
        editor=REGIOCOORDINATOR,
    ),
    # 5 Werkgevers en banen
    ArticleSpec(
        title="Harrie Helpt: training voor collega's en leidinggevenden",
        category=ArticleCategory.WERKGEVERS,
        summary=(
            "Harrie Helpt bestaat sinds 2008 en komt van CNV Jongeren. De training leert "
            "collega's en leidinggevenden om een collega met een extra ondersteuningsbehoefte "
            "goed te begeleiden. Harrie staat voor hulpvaardig, alert, realistisch, rustig, "
            "instruerend en eerlijk. De training duurt twee dagen; werkgevers kunnen hem vaak "
            "kosteloos aanvragen via een werkgeversservicepunt."
        ),
        source_title="Een Harrie is smeerolie voor ieder bedrijf (Techniekpact)",
        source_url="https://techniekpact.nl/nieuws/een-harrie-is-smeerolie-voor-ieder-bedrijf",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("training", "werkgevers", "collega", "leidinggevende"),
        editor=JC,
    ),
    ArticleSpec(
        title="Het werkgeversservicepunt: één aanspreekpunt",
        category=ArticleCategory.WERKGEVERS,
        summary=(
            "Sinds 1 januari 2021 doen gemeenten en UWV de dienstverlening aan werkgevers in "
            "elke arbeidsmarktregio samen (Besluit SUWI). Een centrumgemeente heeft de leiding "
            "en er is elk jaar een plan. Zo heeft een werkgever één aanspreekpunt voor al zijn "
            "vragen over personeel."
        ),
        source_title="Besluit SUWI, werkgeversdienstverlening (Staatsblad 2020, 228)",
        source_url="https://zoek.officielebekendmakingen.nl/stb-2020-228.html",
        source_date=date(2021, 1, 1),
        tags=("werkgeversservicepunt", "werkgever", "uwv", "gemeente"),
        editor=KM,
    ),
    ArticleSpec(
        title="Werkplekscan: alle lichten op groen",
        category=ArticleCategory.WERKGEVERS,
        summary=(
            "Bij Vebego zeggen ze: 'Voordat wij iemand plaatsen, doen we altijd een "
            "werkplekscan.' Zij kijken naar de werkplek zelf, de prikkels, de "
            "sociale cohesie in het team, de houding van collega's, de leidinggevende en de "
            "klant. 'Alle lichten moeten op groen staan.' Krijgen leidinggevenden zo'n nieuwe "
            "collega, dan volgen zij de Harrie-training."
        ),
        source_title=SEED_004,
        source_url="",
        source_date=date(2025, 4, 1),
        source_date_kind=MONTH,
        tags=("werkplek", "plaatsing", "scan", "team"),
        editor=JC,
    ),
    ArticleSpec(
        title="Loonkostensubsidie",
        category=ArticleCategory.WERKGEVERS,
        summary=(
            "Met loonkostensubsidie (Participatiewet, artikel 10d) krijgt de werkgever het "
            "verschil tussen het wettelijk minimumloon en de vastgestelde loonwaarde. Daar komt "
            "een vaste vergoeding voor de kosten van de werkgever bij. De werkgever betaalt "
            "zelf het afgesproken loon. Kijk voor de hoogte van die vergoeding altijd in het "
            "artikel zelf."
        ),
        source_title="Participatiewet, artikel 10d (wetten.overheid.nl)",
        source_url="https://wetten.overheid.nl/BWBR0015703",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("subsidie", "loonwaarde", "minimumloon", "participatiewet"),
        editor=KM,
    ),
    ArticleSpec(
        title="Werkgeversservicepunt Midden-Utrecht",
        category=ArticleCategory.WERKGEVERS,
        summary=(
            "In Midden-Utrecht doen de gemeenten en UWV de dienstverlening aan werkgevers "
            "samen in het Werkgeversservicepunt Midden-Utrecht. Werkgevers kunnen daar terecht "
            "met vragen over personeel, subsidies en de training Harrie Helpt. Het "
            "werkgeversservicepunt staat in het wie-is-wie van de regio."
        ),
        source_title="Besluit SUWI, werkgeversdienstverlening (Staatsblad 2020, 228)",
        source_url="https://zoek.officielebekendmakingen.nl/stb-2020-228.html",
        source_date=date(2021, 1, 1),
        region=REGION,
        tags=("werkgeversservicepunt", "werkgevers", "regio", "subsidies"),
        editor=REGIOCOORDINATOR,
    ),
    # 6 Stigma
    ArticleSpec(
        title="CORAL 2.0: zelf kiezen wat je vertelt",
        category=ArticleCategory.STIGMA,
        summary=(
            "CORAL 2.0 is een gratis online beslishulp voor mensen die werk zoeken. Je denkt na "
            "over wat je wel of niet vertelt over je psychische kwetsbaarheid, wanneer, aan wie "
            "en hoe. In het DECIDES-onderzoek met 153 werkzoekenden in de bijstand gebruikten "
            "cliënten de beslishulp terwijl hun begeleiders een training over stigma hadden. "
            "Met CORAL.NL en begeleiders met die training vond ruim de helft werk, tegen "
            "ongeveer een kwart zonder; ook hielden zij hun werk twee keer zo vaak."
        ),
        source_title="Sneller een baan na openheidstraining (Nederlandse Vereniging van "
        "Arbeidsdeskundigen)",
        source_url="https://arbeidsdeskundigen.nl/arbeidsdeskundigen/actueel/sneller-een-baan-na-openheidstraining",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("openheid", "beslishulp", "coral", "werkzoekenden"),
        editor=ED,
    ),
    ArticleSpec(
        title="Met Open Blik: training over stigma en openheid",
        category=ArticleCategory.STIGMA,
        summary=(
            "Met Open Blik is een training over stigma en openheid, gebouwd op CORAL 2.0. "
            "Kenniscentrum Phrenos geeft de training aan medewerkers van gemeenten en UWV en "
            "aan IPS-professionals. Een ervaringsdeskundige geeft het live deel; daarna volgt "
            "een online deel waarin je terugkijkt op het oefenen met CORAL. Tip: train een "
            "paar mensen per team, die het daarna doorgeven aan de rest."
        ),
        source_title="CORAL beslishulp en stigma-bewustwordingstraining (Kenniscentrum Phrenos)",
        source_url="https://kenniscentrumphrenos.nl/coral-beslishulp-en-stigma-bewustwordingstraining/",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("training", "stigma", "openheid", "team"),
        editor=KM,
    ),
    ArticleSpec(
        title="Stigma en zelfstigma bij werk",
        category=ArticleCategory.STIGMA,
        summary=(
            "'Het woord stigma komt uit het Grieks en betekent letterlijk brandmerk.' Volgens "
            "Evelien Brouwers zit stigma bij werkgevers en leidinggevenden, bij professionals "
            "en bij mensen zelf. Wie verwacht gebrandmerkt te worden, zoekt soms al geen werk "
            "meer: het why-try-effect. Toch heeft 93 procent van de werkenden en "
            "leidinggevenden zelf geen negatieve ervaringen met mensen met psychische problemen "
            "in hun werkomgeving."
        ),
        source_title=SEED_004,
        source_url="",
        source_date=date(2025, 4, 1),
        source_date_kind=MONTH,
        tags=("stigma", "zelfstigma", "vooroordelen", "leidinggevenden"),
        editor=ED,
    ),
    ArticleSpec(
        title="Focus op het werk, niet op de aandoening",
        category=ArticleCategory.STIGMA,
        summary=(
            "Eén op de zes werkenden heeft een psychische aandoening. Marieke Sweens, "
            "ervaringsdeskundige, pleitte voor meer openheid op de werkplek. Jaap van "
            "Weeghel gaf tips, zoals 'Focus op de werkvloer op het werk, niet op de "
            "aandoening', 'Denk in mogelijkheden' en 'Informeer de werkgever en betrek hem bij "
            "de oplossing'."
        ),
        source_title=SEED_000,
        source_url="",
        source_date=date(2016, 2, 4),
        tags=("openheid", "werkvloer", "mogelijkheden", "werkgever"),
        editor=RC,
    ),
    # 7 Ervaringsdeskundigen en cliënten
    ArticleSpec(
        title="Wat doet een ervaringsdeskundige?",
        category=ArticleCategory.ERVARINGSDESKUNDIGEN,
        summary=(
            "Ervaringsdeskundigheid is 'het vermogen om op grond van eigen herstelervaring voor "
            "anderen ruimte te maken voor herstel'. Het beroepscompetentieprofiel van 4 "
            "december 2013 kent drie niveaus: mbo-3, mbo-4 en hbo. Ervaringsdeskundigen hebben "
            "een eigen beroepsvereniging, de VvEd."
        ),
        source_title="Beroepscompetentieprofiel ervaringsdeskundigen ggz (Movisie)",
        source_url="https://www.movisie.nl/artikel/beroepscompetentieprofiel-ervaringsdeskundigen-ggz",
        source_date=date(2013, 12, 4),
        tags=("ervaringsdeskundigheid", "herstel", "beroep", "opleiding"),
        editor=ED,
    ),
    ArticleSpec(
        title="Herstelacademies: door en voor mensen met ervaring",
        category=ArticleCategory.ERVARINGSDESKUNDIGEN,
        summary=(
            "Een herstelacademie is er door en voor mensen die zelf een crisis hebben "
            "meegemaakt. Vaak runnen ervaringsdeskundigen de academie helemaal zelf. Er zijn "
            "cursussen, zoals WRAP, plekken om elkaar te ontmoeten en zelfhulp. Deelnemers "
            "kunnen later zelf cursusleider worden."
        ),
        source_title="Herstelacademies (Trimbos-instituut)",
        source_url="https://www.trimbos.nl/?p=144017",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("herstelacademie", "cursus", "zelfhulp", "ontmoeting"),
        editor=ED,
    ),
    ArticleSpec(
        title="Peersupport: ik ben dus niet de enige",
        category=ArticleCategory.ERVARINGSDESKUNDIGEN,
        summary=(
            "In een peersupportgroep vinden mensen herkenning bij elkaar: 'ik ben dus niet de "
            "enige'. 'In peersupport geldt het principe van halen en brengen.' Meedoen is "
            "vrijwillig. Professionals kunnen een groep op weg helpen, maar trekken zich daarna "
            "terug: 'De deelnemers gaan zelf over de inhoud en het proces van de supportgroep.'"
        ),
        source_title=SEED_004,
        source_url="",
        source_date=date(2025, 4, 1),
        source_date_kind=MONTH,
        tags=("peersupport", "lotgenoten", "groep", "vrijwillig"),
        editor=ED,
    ),
    ArticleSpec(
        title="Simpel Switchen: van uitkering naar werk en terug",
        category=ArticleCategory.ERVARINGSDESKUNDIGEN,
        summary=(
            "Cliënten die van een uitkering naar betaald werk gaan, willen zekerheid: terug "
            "kunnen vallen op hun uitkering als het werk niet lukt. Simpel Switchen (sinds 2018, "
            "van SZW met Divosa, VNG en UWV) wil het makkelijker maken om van een uitkering "
            "naar werk te gaan, en weer terug. Het wil ook beter laten zien wat werk betekent "
            "voor je inkomen."
        ),
        source_title="Flexibel wisselen tussen uitkering en werk (Rijksoverheid)",
        source_url="https://www.rijksoverheid.nl/onderwerpen/participatiewet/flexibel-wisselen-tussen-uitkering-en-werk",
        source_date=REFERENCE_CHECKED,
        source_date_kind=CHECKED,
        tags=("uitkering", "zekerheid", "inkomen", "cliënten"),
        editor=KM,
    ),
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
        registrations=(IPS, JC, KM, WERKGEVER),
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
        title="Harrie Helpt, dag 1",
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


# --- 7. questions between professionals --------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AnswerSpec:
    author: str  # login
    body: str
    days_ago: int
    helpful: bool = False


@dataclass(frozen=True, kw_only=True)
class QuestionSpec:
    """A question between professionals. Never client data: no names, numbers or dates of
    birth. ``article``: the title of the article the story turns the answer into."""

    title: str
    category: ArticleCategory
    region: str | None
    asker: str  # login
    body: str
    days_ago: int
    answers: tuple[AnswerSpec, ...] = ()
    article: str = ""


QUESTIONS: tuple[QuestionSpec, ...] = (
    QuestionSpec(
        title="IPS aanvragen voor iemand in de bijstand: hoe gaat dat?",
        category=ArticleCategory.INTEGRALE_AANPAK,
        region=REGION,
        asker=IPS,
        body=(
            "Een cliënt van ons team wil graag met IPS aan de slag. Hij heeft een "
            "bijstandsuitkering. Wie vraagt de subsidie aan, en wat moet ik als "
            "trajectbegeleider regelen?"
        ),
        days_ago=30,
        answers=(
            AnswerSpec(
                author=KM,
                body=(
                    "De ggz vraagt de subsidie aan bij de woongemeente van de cliënt, met het "
                    "formulier Subsidieaanvraag IPS-traject. Wij vragen daarna de vergoeding "
                    "aan bij UWV, en UWV betaalt de ggz. De kandidaat, de ggz en de gemeente "
                    "tekenen digitaal. Stuur de aanvraag naar mij, dan komt hij bij de goede "
                    "collega."
                ),
                days_ago=29,
                helpful=True,
            ),
            AnswerSpec(
                author=REGIOCOORDINATOR,
                body=(
                    "Dank je, Anouk. Ik zet je antwoord in de kennisbank, dan kan iedereen in "
                    "de regio het vinden."
                ),
                days_ago=27,
            ),
        ),
        article=IPS_IN_BIJSTAND,
    ),
    QuestionSpec(
        title="Wie is bij UWV Utrecht de sleutelpersoon voor WGB?",
        category=ArticleCategory.INTEGRALE_AANPAK,
        region=REGION,
        asker=BEH,
        body=(
            "Ik wil een cliënt aanmelden voor WGB. Met wie bij UWV kan ik dat het beste "
            "eerst bespreken?"
        ),
        days_ago=12,
        answers=(
            AnswerSpec(
                author=AD,
                body=(
                    "Dat ben ik. Bel of mail me gerust, het liefst op dinsdag- of "
                    "donderdagochtend. Je vindt me ook in het wie-is-wie van de regio."
                ),
                days_ago=12,
                helpful=True,
            ),
        ),
    ),
    QuestionSpec(
        title="Welke werkgevers hebben Harrie Helpt gedaan?",
        category=ArticleCategory.WERKGEVERS,
        region=REGION,
        asker=JC,
        body=(
            "Ik zoek een werkgever met ervaring in begeleiding op de werkvloer. Welke "
            "werkgevers in Midden-Utrecht hebben collega's laten trainen met Harrie Helpt?"
        ),
        days_ago=9,
        answers=(
            AnswerSpec(
                author=IPS,
                body=(
                    f"{KORENSCHOOF} en {STADSGOED} hebben in maart mensen laten trainen. Het "
                    "werkgeversservicepunt weet welke werkgevers nog meer meededen."
                ),
                days_ago=8,
                helpful=True,
            ),
        ),
    ),
    QuestionSpec(
        title="Hoe help je iemand kiezen wat hij op zijn werk vertelt?",
        category=ArticleCategory.STIGMA,
        region=None,
        asker=RC,
        body=(
            "Iemand die ik begeleid begint binnenkort bij een nieuwe werkgever. Hij twijfelt "
            "of hij iets vertelt over zijn psychische kwetsbaarheid. Hoe pakken jullie dat "
            "aan?"
        ),
        days_ago=6,
        answers=(
            AnswerSpec(
                author=ED,
                body=(
                    "Er is geen goed of fout. CORAL 2.0 helpt om na te denken over wat je "
                    "vertelt, wanneer, aan wie en hoe. Doe het samen, maar laat hem zelf "
                    "kiezen."
                ),
                days_ago=5,
                helpful=True,
            ),
            AnswerSpec(
                author=KM,
                body="In de training Met Open Blik oefen je hiermee. Er is binnenkort een "
                "nieuwe groep.",
                days_ago=4,
            ),
        ),
    ),
    QuestionSpec(
        title="Moet iemand voor WGB een uitkering van UWV hebben?",
        category=ArticleCategory.AANPAKKEN,
        region=None,
        asker=KM,
        body=(
            "Kan iemand met een bijstandsuitkering ook een WGB-traject krijgen, of is WGB "
            "alleen voor mensen met een uitkering van UWV?"
        ),
        days_ago=15,
        answers=(
            AnswerSpec(
                author=BEH,
                body=(
                    "WGB is bedoeld voor cliënten met een behandeling in de specialistische ggz "
                    "én een uitkering van UWV. Voor iemand in de bijstand kun je met de "
                    "gemeente kijken of IPS past."
                ),
                days_ago=14,
                helpful=True,
            ),
        ),
    ),
    QuestionSpec(
        title="Is er in de regio een peersupportgroep over werk?",
        category=ArticleCategory.ERVARINGSDESKUNDIGEN,
        region=REGION,
        asker=TEAMLEIDER,
        body="Een paar mensen in ons team vragen ernaar. Weet iemand of er een groep is?",
        days_ago=1,
    ),
)


# --- 8. peer-support groups --------------------------------------------------------------

ON_SITE, ONLINE = "locatie", "online"  # portal.models.GroupMode


@dataclass(frozen=True, kw_only=True)
class PeerGroupSpec:
    """A regional peer-support group. Beside PeerGroup's fields it needs three new ones:
    ``region``; ``host``, a member who hosts the group (a client's login), with no
    professional; and ``professional``, an optional facilitator who helps the group start and
    then steps back. ``started_by`` is the herstelacademie's ervaringsdeskundige (PeerGroup's
    ``facilitator`` today)."""

    name: str
    theme: str
    description: str
    mode: str
    place: str
    schedule: str
    organisation: str
    started_by: str  # login
    region: str
    host: str | None = None  # login of the hosting member
    professional: str | None = None  # login of the optional professional facilitator
    is_open: bool = True


PEER_GROUPS: tuple[PeerGroupSpec, ...] = (
    PeerGroupSpec(
        name="Werkcafé: werken en herstellen",
        theme="Wat werk voor je betekent, en wat je tegenkomt",
        description=(
            "Een groep van en voor mensen die werken of werk zoeken. Een deelnemer is gastvrouw; "
            "er is geen hulpverlener bij. 'De deelnemers gaan zelf over de inhoud en het "
            "proces van de supportgroep.' Je vindt herkenning bij elkaar: ik ben dus niet de "
            "enige. Meedoen is vrijwillig en je mag altijd stoppen."
        ),
        mode=ON_SITE,
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        schedule="Elke tweede zaterdag van de maand, 10.30 tot 12.00 uur",
        organisation=HERSTEL,
        started_by=ED,
        region=REGION,
        host=SANNE,
    ),
    PeerGroupSpec(
        name="Op weg naar werk",
        theme="Samen de eerste stappen naar werk zetten",
        description=(
            "Voor wie wil gaan werken en daar samen met anderen over wil praten. Een "
            "professional helpt de groep de eerste drie keer op weg en trekt zich daarna terug. "
            "Daarna bepalen jullie samen waar het over gaat. 'In peersupport geldt het "
            "principe van halen en brengen.'"
        ),
        mode=ONLINE,
        place="Online, via een beveiligde videoverbinding. Je krijgt de link van Noor.",
        schedule="Om de week op maandag van 19.30 tot 21.00 uur",
        organisation=HERSTEL,
        started_by=ED,
        region=REGION,
        professional=JC,
    ),
)
