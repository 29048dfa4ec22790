"""The Routekaart knowledge base of the demo, categories 5-7 (see ``_common``)."""

from __future__ import annotations

from datetime import date

from ..people import REGION
from ._common import (
    CHECKED,
    ED,
    JC,
    KM,
    MONTH,
    RC,
    REFERENCE_CHECKED,
    REGIOCOORDINATOR,
    SEED_000,
    SEED_004,
    ArticleCategory,
    ArticleSpec,
)

ARTICLES_5_TO_7: tuple[ArticleSpec, ...] = (
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
