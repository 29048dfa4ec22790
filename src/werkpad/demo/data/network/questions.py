"""Questions between professionals and peer-support groups (see ``_common``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..people import HERSTEL, REGION
from ._common import (
    AD,
    BEH,
    ED,
    IPS,
    IPS_IN_BIJSTAND,
    JC,
    KM,
    KORENSCHOOF,
    RC,
    REGIOCOORDINATOR,
    SANNE,
    STADSGOED,
    TEAMLEIDER,
    ArticleCategory,
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
    """A regional peer-support group, run by its members (decision 0030): ``started_by`` is
    the herstelacademie's ervaringsdeskundige, who does not facilitate it herself; ``host``, a
    member who hosts the group (a client's login, who joins, offers and is made host), with
    no professional; ``professional``, an optional facilitator who helps the group start.
    ``demo.play.network`` plays them through the portal's services."""

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
        # Noor started the group; Joost facilitates it and sends the link (walk-through).
        place=(
            "Online, via een beveiligde videoverbinding. Je krijgt de link van Joost, de "
            "begeleider."
        ),
        schedule="Om de week op maandag van 19.30 tot 21.00 uur",
        organisation=HERSTEL,
        started_by=ED,
        region=REGION,
        professional=JC,
    ),
)
