"""The Routekaart knowledge base of the demo, categories 1-4 (see ``_common``)."""

from __future__ import annotations

from datetime import date

from ..people import REGION
from ._common import (
    AD,
    BEH,
    CHECKED,
    IPS,
    IPS_IN_BIJSTAND,
    KM,
    MONTH,
    REFERENCE_CHECKED,
    REGIOCOORDINATOR,
    SEED_001,
    SEED_001_URL,
    SEED_003,
    SEED_004,
    TEAMLEIDER,
    ArticleCategory,
    ArticleSpec,
)

ARTICLES_1_TO_4: tuple[ArticleSpec, ...] = (
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
)
