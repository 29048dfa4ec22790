"""What happens to my income when I start working, work more, or my job stops: the rules
per benefit, kept here as data with their sources and the date they were last checked.

Every text is for the client, in plain Dutch (B1). It explains; it does not decide: the
gemeente or UWV decides, and the page says so. Sources are REFERENCE.md §4.3 where it has
them (Simpel Switchen, Wajong), otherwise official pages (uwv.nl, rijksoverheid.nl, the law
on wetten.overheid.nl), each with the page's own name so a reader can find it again.

When a rule changes: change its text, its source, and ``RULES_CHECKED_ON``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import OrganisationType

# The day every text and link below was last read against its source.
RULES_CHECKED_ON = date(2026, 11, 25)

Text = str | Promise

# The benefits an intake or career profile records (trajectories.BenefitStatus values).
BIJSTAND, WW, WIA, WAJONG, ZIEKTEWET = "bijstand", "ww", "wia", "wajong", "ziektewet"
BENEFITS = (BIJSTAND, WW, WIA, WAJONG, ZIEKTEWET)


class Situation(StrEnum):
    PART_TIME = "deeltijd"
    FULL_TIME = "voltijd"
    JOB_STOPS = "baan_stopt"


SITUATION_HEADINGS: dict[Situation, Text] = {
    Situation.PART_TIME: _("Als je een deel van de week gaat werken"),
    Situation.FULL_TIME: _("Als je (bijna) de hele week gaat werken"),
    Situation.JOB_STOPS: _("Als je werk stopt"),
}


@dataclass(frozen=True)
class Source:
    name: str  # the page's or law's own name, as it reads at the source
    url: str


@dataclass(frozen=True)
class Benefit:
    code: str
    name: Text
    who_pays: Text  # the organisation that decides and pays
    what_it_is: Text
    handled_by: str  # its OrganisationType: where a question about it goes first


@dataclass(frozen=True)
class IncomeRule:
    benefit: str
    situation: Situation
    text: tuple[Text, ...]  # short paragraphs, in order
    sources: tuple[Source, ...]

    @property
    def heading(self) -> Text:
        return SITUATION_HEADINGS[self.situation]


# --- Sources -----------------------------------------------------------------------------
PARTICIPATIEWET = Source(
    "Participatiewet, artikel 31 (inkomsten uit werk die je mag houden)",
    "https://wetten.overheid.nl/BWBR0015703",
)
PIB_MEASURES = Source(
    "VNG: 21 maatregelen Participatiewet in Balans (spoor 1)",
    "https://vng.nl/artikelen/21-maatregelen-participatiewet-in-balans-spoor-1",
)
SIMPEL_SWITCHEN = Source(  # REFERENCE.md §4.3
    "Rijksoverheid: Flexibel wisselen tussen uitkering en werk (Simpel Switchen)",
    "https://www.rijksoverheid.nl/onderwerpen/participatiewet/flexibel-wisselen-tussen-uitkering-en-werk",
)
UWV_WW_INCOME = Source(
    "UWV: Uw WW-uitkering berekenen als u inkomsten heeft",
    "https://www.uwv.nl/particulieren/werkloos/tijdens-ww-uitkering/detail/werken-en-een-ww-uitkering/uw-ww-uitkering-berekenen-als-u-inkomsten-heeft",
)
UWV_WW_LESS_PAY = Source(
    "UWV: Ik ga werken maar krijg minder loon",
    "https://www.uwv.nl/particulieren/werkloos/tijdens-ww-uitkering/detail/ik-heb-een-nieuwe-baan-gevonden/ik-ga-werken-maar-krijg-minder-loon",
)
WERKLOOSHEIDSWET = Source(
    "Werkloosheidswet (herleving van het recht op uitkering)",
    "https://wetten.overheid.nl/BWBR0004045",
)
UWV_WIA_DURING = Source(
    "UWV: Ik ben ziek (WIA-uitkering): tijdens uw WIA-uitkering",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/tijdens-wia-uitkering/",
)
UWV_WGA_CHANGES = Source(
    "UWV: Wijzigingen doorgeven tijdens uw WGA-uitkering",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/tijdens-wia-uitkering/detail/plichten-en-rechten-met-een-wga-uitkering/mijn-plichten-met-een-wga-uitkering/wijzigingen-doorgeven-tijdens-uw-wga-uitkering",
)
WET_WIA = Source(
    "Wet werk en inkomen naar arbeidsvermogen (Wet WIA)",
    "https://wetten.overheid.nl/BWBR0019057",
)
WAJONG_SIMPLIFIED = Source(  # REFERENCE.md §4.3
    "Rijksoverheid: Vereenvoudiging Wajong",
    "https://www.rijksoverheid.nl/onderwerpen/wajong/vereenvoudiging-wajong-vanaf-2020",
)
WAJONG_LAW = Source(
    "Wet arbeidsongeschiktheidsvoorziening jonggehandicapten (Wajong)",
    "https://wetten.overheid.nl/BWBR0008657",
)
WAJONG_GUARANTEE = Source(  # REFERENCE.md §4.3
    "Tweede Kamer: garantiebedrag Wajong (document 2021D49159)",
    "https://www.tweedekamer.nl/kamerstukken/detail?id=2021D49159",
)
UWV_ZW_ASSESSMENT = Source(
    "UWV: Krijg ik een Ziektewet-beoordeling?",
    "https://www.uwv.nl/particulieren/ziek/ziek-zonder-werkgever/ziektewet-beoordeling/detail/krijg-ik-een-ziektewet-beoordeling",
)
UWV_ZW_AFTER_REPORT = Source(
    "UWV: Ik ben ziek en heb geen werkgever (Ziektewet): na uw ziekmelding",
    "https://www.uwv.nl/particulieren/ziek/ziek-zonder-werkgever/na-ziekmelding/",
)
RIJKSOVERHEID_BIJSTAND = Source(
    "Rijksoverheid: Bijstand",
    "https://www.rijksoverheid.nl/onderwerpen/bijstand",
)
ZIEKTEWET_LAW = Source(
    "Ziektewet (samentellen van ziekteperiodes, no-riskpolis artikel 29b)",
    "https://wetten.overheid.nl/BWBR0001888",
)


# --- The benefits ------------------------------------------------------------------------
BENEFIT_INFO: dict[str, Benefit] = {
    BIJSTAND: Benefit(
        BIJSTAND,
        _("Bijstand"),
        _("de gemeente"),
        _(
            "Bijstand krijg je van de gemeente. Het vult je inkomen aan tot het bedrag dat je "
            "nodig hebt om van te leven."
        ),
        OrganisationType.GEMEENTE,
    ),
    WW: Benefit(
        WW,
        _("WW"),
        _("UWV"),
        _(
            "WW krijg je van UWV als je je baan bent kwijtgeraakt. Het is een uitkering voor "
            "een tijd."
        ),
        OrganisationType.UWV,
    ),
    WIA: Benefit(
        WIA,
        _("WIA"),
        _("UWV"),
        _(
            "WIA krijg je van UWV als je na 2 jaar ziek zijn minder kunt verdienen. Er zijn 2 "
            "soorten: WGA (je kunt nog een deel werken) en IVA (je kunt niet of bijna niet "
            "werken, en dat blijft zo)."
        ),
        OrganisationType.UWV,
    ),
    WAJONG: Benefit(
        WAJONG,
        _("Wajong"),
        _("UWV"),
        _("Wajong krijg je van UWV als je al jong door ziekte of een handicap minder kunt werken."),
        OrganisationType.UWV,
    ),
    ZIEKTEWET: Benefit(
        ZIEKTEWET,
        _("Ziektewet"),
        _("UWV"),
        _(
            "Ziektewet krijg je van UWV als je ziek bent en er geen werkgever is die je loon "
            "betaalt. Bijvoorbeeld omdat je contract is gestopt."
        ),
        OrganisationType.UWV,
    ),
}


# --- The rules: every benefit x every situation ------------------------------------------
RULES: tuple[IncomeRule, ...] = (
    # Bijstand (Participatiewet)
    IncomeRule(
        BIJSTAND,
        Situation.PART_TIME,
        (
            _(
                "Je loon gaat van je bijstand af. De gemeente vult aan tot het bedrag dat je "
                "nodig hebt. Je hebt dus nooit minder dan met alleen bijstand."
            ),
            _(
                "Ben je 27 jaar of ouder? Dan mag je meestal een deel van je loon extra "
                "houden: een kwart (25%), tot een maximumbedrag per maand, 6 maanden lang. "
                "Dat heet de inkomstenvrijlating."
            ),
            _(
                "Kun je door je gezondheid maar een deel van de week werken, en heeft UWV dat "
                "vastgesteld? Dan mag je 15% van je loon houden, tot een maximum, ook na die 6 "
                "maanden."
            ),
            _("Geef je loon elke maand door aan de gemeente."),
        ),
        (PARTICIPATIEWET,),
    ),
    IncomeRule(
        BIJSTAND,
        Situation.FULL_TIME,
        (
            _(
                "Verdien je genoeg om van te leven? Dan stopt je bijstand. Geef je nieuwe baan "
                "meteen door aan de gemeente."
            ),
            _(
                "Verdien je in het begin nog niet genoeg? Dan vult de bijstand aan tot het "
                "bedrag dat je nodig hebt."
            ),
            _(
                "Met een laag loon heb je vaak recht op toeslagen, zoals zorgtoeslag of "
                "huurtoeslag. Vraag je klantmanager om mee te kijken."
            ),
        ),
        (PARTICIPATIEWET,),
    ),
    IncomeRule(
        BIJSTAND,
        Situation.JOB_STOPS,
        (
            _(
                "Stopt je werk? Dan kun je opnieuw bijstand aanvragen bij de gemeente. Doe dat "
                "meteen, dan zit je zo kort mogelijk zonder geld."
            ),
            _(
                "Had je in de 12 maanden daarvoor al bijstand? Dan mag de gemeente de "
                "gegevens gebruiken die ze al van je heeft. Je hoeft dan minder opnieuw te "
                "regelen: een snelle herstart. Dat kan sinds 1 januari 2026 (Participatiewet "
                "in balans)."
            ),
            _(
                "De overheid, gemeenten en UWV werken samen in Simpel Switchen. Het doel: "
                "makkelijk van uitkering naar werk, en weer terug als werken even niet lukt. "
                "Vraag je klantmanager wat jouw gemeente daarvoor doet."
            ),
            _(
                "Let op: voor bijstand is er geen wet die zegt dat je uitkering vanzelf "
                "terugkomt. Je moet de bijstand opnieuw aanvragen."
            ),
        ),
        (PIB_MEASURES, SIMPEL_SWITCHEN),
    ),
    # WW
    IncomeRule(
        WW,
        Situation.PART_TIME,
        (
            _(
                "Ga je werken voor minder loon dan vroeger? Dan krijg je WW erbij. UWV trekt "
                "je nieuwe loon af van het loon waarop je WW is gebaseerd (je WW-maandloon). "
                "Van wat overblijft krijg je de eerste 2 maanden 75% en daarna 70%."
            ),
            _("Werken en WW samen is dus meer dan alleen WW."),
            _("Geef elke maand je inkomsten door in Mijn UWV (de Inkomstenopgave)."),
            _(
                "Heb je 26 weken gewerkt en ga je daarna minder werken? Dan heb je misschien "
                "een nieuw recht op WW."
            ),
        ),
        (UWV_WW_INCOME,),
    ),
    IncomeRule(
        WW,
        Situation.FULL_TIME,
        (
            _(
                "Verdien je met je werk meer dan 87,5% van je WW-maandloon? Dan stopt je WW. "
                "Verdien je minder? Dan krijg je nog een aanvulling, ook als je de hele week "
                "werkt."
            ),
            _(
                "Geef je nieuwe baan zo snel mogelijk door met het Wijzigingsformulier WW in "
                "Mijn UWV."
            ),
        ),
        (UWV_WW_LESS_PAY,),
    ),
    IncomeRule(
        WW,
        Situation.JOB_STOPS,
        (
            _("Stopt je nieuwe baan? Vraag dan opnieuw WW aan bij UWV."),
            _(
                "Werkte je korter dan 26 weken in je nieuwe baan? Dan gaat je oude WW vaak "
                "gewoon verder. Dat heet herleven. In de brief van UWV over het stoppen van je "
                "WW staat tot welke datum dat kan."
            ),
            _("Werkte je langer? Dan heb je misschien recht op een nieuwe WW."),
        ),
        (WERKLOOSHEIDSWET, UWV_WW_INCOME),
    ),
    # WIA (WGA and IVA)
    IncomeRule(
        WIA,
        Situation.PART_TIME,
        (
            _(
                "Met WIA mag je werken. Je uitkering gaat dan omlaag, maar niet met het hele "
                "bedrag dat je verdient. Werken en uitkering samen is meer."
            ),
            _(
                "Heb je WGA (de WIA-uitkering als je nog deels kunt werken)? De eerste tijd "
                "krijg je een uitkering die past bij je oude loon. Daarna telt hoeveel je nu "
                "verdient. Verdien je minstens de helft van wat je volgens UWV kunt verdienen? "
                "Dan vult UWV je loon aan (loonaanvulling). Verdien je minder? Dan krijg je een "
                "lagere uitkering (vervolguitkering)."
            ),
            _("Geef veranderingen in je werk of loon binnen 1 week door aan UWV."),
        ),
        (UWV_WIA_DURING, UWV_WGA_CHANGES),
    ),
    IncomeRule(
        WIA,
        Situation.FULL_TIME,
        (
            _(
                "Verdien je weer 65% of meer van je oude loon, en blijft dat zo? Dan kan je "
                "WIA-uitkering stoppen. UWV kijkt dan opnieuw naar je situatie en beslist."
            ),
            _(
                "Je WIA kan daarna wel terugkomen als het weer slechter gaat. Lees hieronder: "
                "als je werk stopt."
            ),
        ),
        (WET_WIA, UWV_WIA_DURING),
    ),
    IncomeRule(
        WIA,
        Situation.JOB_STOPS,
        (
            _(
                "Stopt je werk terwijl je nog WGA hebt? Dan gaat je uitkering weer omhoog, "
                "want je verdient minder. Geef het binnen 1 week door aan UWV."
            ),
            _(
                "Was je WIA al gestopt, en kun je binnen 5 jaar weer minder werken door "
                "dezelfde ziekte? Dan kan je WIA weer verder gaan. Dat heet herleven."
            ),
            _(
                "Word je ziek in je nieuwe baan? Dan helpt UWV je werkgever met de "
                "no-riskpolis. Je werkgever hoeft dan niet bang te zijn voor extra kosten."
            ),
        ),
        (UWV_WGA_CHANGES, WET_WIA),
    ),
    # Wajong
    IncomeRule(
        WAJONG,
        Situation.PART_TIME,
        (
            _("Sinds 2021 geldt: als je werkt, heb je altijd meer geld dan met alleen Wajong."),
            _(
                "Van elke euro die je verdient, houd je naast je Wajong 30 cent extra. Werk je "
                "met loondispensatie (je werkgever betaalt tijdelijk minder loon)? Dan houd je "
                "nog meer."
            ),
            _("Geef je loon en veranderingen in je werk binnen 1 week door aan UWV."),
        ),
        (WAJONG_SIMPLIFIED,),
    ),
    IncomeRule(
        WAJONG,
        Situation.FULL_TIME,
        (
            _(
                "Verdien je zoveel dat je geen Wajong-uitkering meer krijgt? Dan blijft je "
                "recht op Wajong meestal toch bestaan. Je krijgt alleen geen geld uitbetaald."
            ),
            _(
                "Je recht stopt pas als je 5 jaar lang zonder hulp of voorzieningen minstens "
                "75% verdient van wat iemand zonder beperking in dat werk verdient. UWV beslist "
                "dat."
            ),
        ),
        (WAJONG_SIMPLIFIED, WAJONG_LAW),
    ),
    IncomeRule(
        WAJONG,
        Situation.JOB_STOPS,
        (
            _(
                "Stopt je werk? Dan krijg je weer Wajong-uitkering, want je recht is blijven "
                "bestaan. Geef het binnen 1 week door aan UWV."
            ),
            _(
                "Was je Wajong helemaal gestopt? Dan kun je tot je AOW-leeftijd terugkomen in "
                "de Wajong als je gezondheid slechter wordt. Dat heet herleven."
            ),
            _(
                "Kreeg je een garantiebedrag (een overgangsregel uit 2021)? Dan kan dat bedrag "
                "terugkomen als je werk binnen 2 jaar stopt."
            ),
        ),
        (WAJONG_SIMPLIFIED, WAJONG_GUARANTEE),
    ),
    # Ziektewet
    IncomeRule(
        ZIEKTEWET,
        Situation.PART_TIME,
        (
            _(
                "Je mag werken als dat goed is voor je herstel. Overleg het eerst met UWV, "
                "dan weet je zeker dat het mag."
            ),
            _(
                "Wat je verdient, gaat van je Ziektewet-uitkering af. Geef je inkomsten elke "
                "maand door aan UWV."
            ),
            _(
                "Verdien je meer dan 65% van wat iemand met jouw opleiding en ervaring "
                "verdient? Dan kan UWV het gesprek over je Ziektewet 6 maanden uitstellen."
            ),
        ),
        (UWV_ZW_ASSESSMENT,),
    ),
    IncomeRule(
        ZIEKTEWET,
        Situation.FULL_TIME,
        (
            _(
                "Kun je je oude werk weer doen, of werk je weer de hele week? Dan stopt je "
                "Ziektewet-uitkering. Meld je beter bij UWV."
            ),
            _(
                "Je krijgt Ziektewet hoogstens 2 jaar. Ben je na 2 jaar nog ziek? Dan kun je "
                "WIA aanvragen."
            ),
        ),
        (UWV_ZW_AFTER_REPORT,),
    ),
    IncomeRule(
        ZIEKTEWET,
        Situation.JOB_STOPS,
        (
            _(
                "Stopt je contract terwijl je ziek bent? Meld je dan ziek bij UWV. Je kunt dan "
                "Ziektewet krijgen. Ben je niet ziek? Dan kun je WW aanvragen als je lang "
                "genoeg hebt gewerkt, en anders bijstand."
            ),
            _(
                "Word je binnen 4 weken nadat je beter was weer ziek? Dan tellen beide keren "
                "samen als één periode."
            ),
            _(
                "Sta je in het doelgroepregister (een lijst van UWV van mensen die hulp nodig "
                "hebben om werk te vinden), of heb je WIA of Wajong? Dan heeft je "
                "werkgever een no-riskpolis. Word je ziek, dan betaalt UWV een Ziektewet-"
                "uitkering aan je werkgever. Voor jou verandert er niets aan je loon."
            ),
        ),
        (UWV_ZW_AFTER_REPORT, ZIEKTEWET_LAW),
    ),
)

RULES_BY_BENEFIT: dict[str, tuple[IncomeRule, ...]] = {
    code: tuple(
        sorted(
            (r for r in RULES if r.benefit == code),
            key=lambda r: list(Situation).index(r.situation),
        )
    )
    for code in BENEFITS
}

# What everyone should know, whatever their benefit.
GENERAL_ADVICE: tuple[Text, ...] = (
    _("Geef een nieuwe baan, en elke verandering in je loon, altijd op tijd door."),
    _(
        "Twijfel je? Stel je vraag aan je team voordat je een baan aanneemt. Dan weet je wat "
        "het voor jou betekent."
    ),
)


def rules_for(benefit: str) -> tuple[IncomeRule, ...]:
    return RULES_BY_BENEFIT.get(benefit, ())


def benefit_choices() -> list[tuple[str, Text]]:
    return [(code, BENEFIT_INFO[code].name) for code in BENEFITS]
