"""The client portal's demo content (issue 5): four clients who log in, each in a different
situation, and what only the portal has.

- Eva Lambrechts has just started (IPS, 'aanmelding'): she wants to take it slowly.
- Emre Kaya is searching again (IPS, 'zoeken') after a job that ended: a wish in his own
  words, his own actions, a meeting today, his own ladder going up, a consent proposal from
  his team waiting for him and one he granted, and a correction request.
- Sanne de Vries works at the bakery with follow-along: a finished worksheet about openness
  at work, the choice her employer sees (and the earlier one), messages with her IPS coach
  and a peer-support group she shares with her team.
- Jeroen Dekker, whose check-ins fall, asked for a pause; his peer-support group stays his
  own business. His earlier correction request was handled.
- Ricardo Martina has no account yet: his klantmanager invited him.

Days are counted back from today.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Role
from werkpad.portal.models import ConditionShared, GroupMode, Need, Pace

from .people import GEMEENTE, REINTEGRATIE

# The demo clients who log in (``people.DEMO_USERS`` has their accounts; ``seed_demo`` links
# each account to the record of that name).
JUST_STARTED = "eva@client.demo.example"  # Eva Lambrechts
SEARCHING = "emre@client.demo.example"  # Emre Kaya
WORKING = "client@demo.example"  # Sanne de Vries
PAUSED = "jeroen@client.demo.example"  # Jeroen Dekker
# The client without an account who has a pending invitation.
INVITED_NAME = "Ricardo Martina"
INVITED_EMAIL = "ricardo@client.demo.example"
# name -> login
PORTAL_CLIENTS = {
    "Eva Lambrechts": JUST_STARTED,
    "Emre Kaya": SEARCHING,
    "Sanne de Vries": WORKING,
    "Jeroen Dekker": PAUSED,
}
IPS_COACH = "ips@ggz.demo.example"  # Fatima El Amrani
KLANTMANAGER = "klantmanager@utrecht.demo.example"  # Anouk Jansen
BEHEERDER = "beheer@ggz.demo.example"  # Tom de Wit, functioneel beheerder of the ggz
FACILITATOR = "ervaringsdeskundige@herstel.demo.example"  # Noor Hendriks

# The worksheet's answers are stored as codes: those of the decision aid's steps (What, When
# and ToWhom in portal/services/disclosure.py; the demo test checks they still match).
WHAT_THAT, WHAT_NEEDS = "dat", "nodig"
WHEN_AFTER_START = "gestart"
TO_MANAGER = "leidinggevende"
# A client's own goal is a proposal; its first revision says it is a wish, from the portal.
WISH, FROM_PORTAL = "wens", "portal"


@dataclass(frozen=True)
class GroupSpec:
    name: str
    theme: str
    description: str
    mode: str
    place: str
    schedule: str
    is_open: bool = True


# fmt: off
GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec(
        name="Werk en herstel",
        theme="Werken of werk zoeken, en tegelijk herstellen",
        description=(
            "Een groep voor iedereen die werkt of werk zoekt en ook bezig is met herstel. "
            "We praten over wat je tegenkomt: een nieuwe baan, moe zijn na je werk, een "
            "lastig gesprek met je baas. In de groep merk je vaak: ik ben dus niet de enige. "
            "Je leert van elkaar en je steunt elkaar: halen en brengen. Jullie bepalen samen "
            "waar het over gaat. Noor Hendriks is ervaringsdeskundige en begeleidt de groep."
        ),
        mode=GroupMode.ON_SITE,
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        schedule="Elke donderdag van 14.00 tot 15.30 uur",
    ),
    GroupSpec(
        name="Open zijn op je werk",
        theme="Wat vertel ik op mijn werk, en hoe?",
        description=(
            "Vertel je op je werk iets over je psychische kwetsbaarheid, of niet? Er is geen "
            "goed of fout. Wat helpt, is er rustig over nadenken en zelf kiezen. In deze "
            "groep delen we ervaringen: wat ging goed, wat zou je anders doen? Je kunt ook "
            "oefenen met wat je wilt zeggen. Je hoeft zelf niets te vertellen als je dat "
            "niet wilt."
        ),
        mode=GroupMode.ONLINE,
        place="Online, via een beveiligde videoverbinding. Je krijgt de link van Noor.",
        schedule="Om de week op dinsdag van 19.30 tot 21.00 uur",
    ),
    GroupSpec(
        name="WRAP-training",
        theme="Je eigen herstelplan maken",
        description=(
            "WRAP is een training waarin je je eigen herstelplan maakt. Je schrijft op wat "
            "je helpt om je goed te voelen, hoe je merkt dat het minder gaat en wat je dan "
            "doet. Je maakt het plan voor jezelf; je deelt alleen wat je zelf wilt. De "
            "training is in een vaste groep van acht keer. Deze groep is al begonnen: "
            "nieuwe deelnemers kunnen bij de volgende training in het voorjaar meedoen."
        ),
        mode=GroupMode.ON_SITE,
        place="Herstelacademie Utrecht, Kanaalweg 12 (demo-adres), Utrecht",
        schedule="Acht woensdagen van 10.00 tot 12.30 uur (gestart in oktober)",
        is_open=False,
    ),
)
# fmt: on

# A ggz client without an account but with an address: the IPS coach can invite her.
TO_INVITE_NAME, TO_INVITE_EMAIL = "Lisa Kramer", "lisa@client.demo.example"

# What each client says about their pace and need, oldest first per client:
# login, pace, need, in their own words, days ago (in the evening).
PACES: tuple[tuple[str, str, str, str, int], ...] = (
    (JUST_STARTED, Pace.CALM, Need.NOTHING_EXTRA,
     "Ik wil rustig beginnen. Eerst kennismaken met Fatima en kijken wat bij me past. "
     "Ik wil werken omdat ik het zelf wil, niet omdat het moet.", 5),
    (SEARCHING, Pace.FASTER, Need.MORE_SUPPORT,
     "Ik wil snel weer aan het werk, ook voor mijn schulden. Hulp bij "
     "sollicitatiegesprekken zou fijn zijn.", 6),
    (WORKING, Pace.STEADY, Need.NOTHING_EXTRA,
     "Het gaat goed in de bakkerij. Ik wil eerst zo doorgaan. Over een extra ochtend "
     "praat ik later met Fatima.", 10),
    (PAUSED, Pace.STEADY, Need.NOTHING_EXTRA,
     "Ik heb er zin in. De werkplaats voelt goed.", 28),
    (PAUSED, Pace.CALM, Need.PAUSE,
     "Ik ben erg moe. Het werk in de werkplaats wil ik houden, maar even geen extra "
     "afspraken en niets nieuws. Over twee weken wil ik weer kijken.", 3),
)  # fmt: skip

# --- Emre, searching ---------------------------------------------------------------------
# A wish in his own words, added in the portal twelve days ago: waiting for the team.
EMRE_WISH = "Een baan met vaste dagdiensten, zodat ik goed slaap. Geen nachtdiensten meer."
EMRE_WISH_AGO = 12
# His own actions: description, due (days ago; negative: ahead), done (days ago) or None.
EMRE_ACTIONS: tuple[tuple[str, int, int | None], ...] = (
    ("Mijn cv aanpassen: vaste dagdiensten als wens erbij zetten", 5, 7),
    ("Twee vacatures uitzoeken bij winkels of magazijnen met vaste dagdiensten", -6, None),
)
# The meeting of today, planned five days ago: no report yet.
EMRE_MEETING = (
    "Vandaag om 15.00 uur bij Fatima op kantoor: wat hebben we geleerd van de baan "
    "bij het logistiekcentrum, welke werkgevers passen beter, en wat doet werk met de "
    "schuldhulp en de bijstand?"
)
# His own view of the ladder beside the team's: down after the job stopped, then up.
EMRE_LADDER: tuple[tuple[int, int, str], ...] = (
    (2, 13, "Na het stoppen bij het logistiekcentrum zat ik veel thuis. Ik zag alleen "
            "mijn familie."),
    (3, 4, "Ik ga weer twee keer per week naar de sportschool in de buurt. Elke stap is "
           "er een."),
)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class ProposalSpec:
    """A consent the team proposes to the client; granted: the day the client said yes."""

    recipient: str
    role: str
    categories: tuple[str, ...]
    reason: str
    proposed_ago: int
    hour: int
    granted_ago: int | None = None


EMRE_PROPOSALS: tuple[ProposalSpec, ...] = (
    ProposalSpec(
        recipient=REINTEGRATIE,
        role=Role.JOBCOACH,
        categories=(DataCategory.WERK, DataCategory.REINTEGRATIE),
        reason="Als je een baan vindt, kan een jobcoach je de eerste maanden op je werk "
        "helpen. Joost van Dijk van Werkkracht doet dat. Hij moet dan weten wat voor werk je "
        "zoekt en welke afspraken we samen hebben gemaakt. Hij ziet niets over je "
        "behandeling. Jij beslist: ja of nee.",
        proposed_ago=2,
        hour=16,
    ),
    ProposalSpec(
        recipient=GEMEENTE,
        role=Role.KLANTMANAGER,
        categories=(DataCategory.WELZIJN,),
        reason="Anouk Jansen, je klantmanager, helpt je met de aanvraag voor schuldhulp. "
        "Daarvoor wil ze weten hoe het met je gaat. Ze ziet dan wat er in Werkpad staat over "
        "hoe het met je gaat, niet over je behandeling.",
        proposed_ago=27,
        hour=11,
        granted_ago=25,
    ),
)


@dataclass(frozen=True, kw_only=True)
class RequestSpec:
    """A correction request from the client; answered: handled by the functioneel beheerder."""

    login: str
    text: str
    days_ago: int
    hour: int
    answer: str = ""
    handled_ago: int | None = None


REQUESTS: tuple[RequestSpec, ...] = (
    RequestSpec(
        login=SEARCHING,
        text="In mijn dossier staat dat ik 'snel agressief' word. Dat klopt niet. Ik word "
        "soms boos als iets tegenzit, maar ik heb nooit iemand iets gedaan. Wilt u dat "
        "anders opschrijven?",
        days_ago=3,
        hour=19,
    ),
    RequestSpec(
        login=PAUSED,
        text="Er staat dat ik in Utrecht woon. Ik woon in Maarssen.",
        days_ago=40,
        hour=18,
        answer="Dank je wel voor je bericht. Je hebt gelijk. We hebben het aangepast: je "
        "woont in Maarssen, in de gemeente Stichtse Vecht.",
        handled_ago=33,
    ),
)

# --- Sanne, working with follow-along ----------------------------------------------------
SANNE_WORKSHEET = {
    "what": [WHAT_THAT, WHAT_NEEDS],
    "when": [WHEN_AFTER_START],
    "to_whom": [TO_MANAGER],
    "in_my_words": "Ik heb soms last van angst en ik pieker veel, vooral 's avonds. Als ik "
    "goed slaap en vaste tijden heb, merk je daar op het werk bijna niets van.",
    "script": "Henk, mag ik je iets vertellen? Ik heb een psychische kwetsbaarheid. Het gaat "
    "goed met me en ik werk hier graag. Wat mij helpt: een vaste werkplek en een vaste "
    "begintijd. En als het heel druk is, even vijf minuten pauze achter. Als je vragen "
    "hebt, mag je ze aan mij stellen.",
    "pros": "Henk weet waarom ik soms even pauze neem. Ik hoef niet te doen alsof alles "
    "altijd goed gaat. Hij kan rekening houden met mijn vaste begintijd.",
    "cons": "Misschien kijkt hij anders naar me. Als het een keer minder gaat, denkt hij "
    "misschien: zie je wel. En ik weet niet of hij het aan anderen vertelt.",
    "what_matters": "Dat ik gezien word om wat ik kan. Dat ik zelf bepaal wat mijn "
    "collega's weten. Ik las over iemand die zei: 'het gevoel ergens te mogen zijn, in al "
    "je kwetsbaarheid.' Dat wil ik ook.",
}
SANNE_WORKSHEET_FINISHED_AGO = 24
# The history of her choice for her employer (the choice is per employer): nothing at first,
# then that she has a condition and what she needs. The newest row is what Henk Smit sees.
# Days ago, condition, share needs, needs.
SANNE_EMPLOYER = "Bakkerij De Korenschoof"
SANNE_DISCLOSURES: tuple[tuple[int, str, bool, str], ...] = (
    (38, ConditionShared.NOTHING, False, ""),
    (23, ConditionShared.THAT, True,
     "Een vaste werkplek en vaste begintijd; even pauze als het druk is."),
)  # fmt: skip
SANNE_THREAD = "Een extra ochtend werken?"
# author, days ago, hour, text
SANNE_MESSAGES: tuple[tuple[str, int, int, str], ...] = (
    (WORKING, 8, 16, "Hoi Fatima, Henk vroeg of ik een extra ochtend wil werken. Ik vind "
                     "het leuk, maar ik weet niet of het te veel wordt. Kunnen we het erover "
                     "hebben?"),
    (IPS_COACH, 7, 9, "Hoi Sanne, goed dat je het vraagt! Jij bepaalt je eigen tempo. "
                      "Zullen we het bespreken als ik volgende week in de bakkerij langskom? "
                      "Ik neem de rekenhulp mee, dan zien we samen wat je overhoudt als je "
                      "meer uren werkt."),
    (WORKING, 7, 19, "Ja, graag. Donderdag na mijn dienst kan ik, om half elf."),
    (IPS_COACH, 6, 8, "Top, dan zie ik je donderdag om half elf in de bakkerij."),
    (WORKING, 2, 20, "Dank je. Ik heb alvast opgeschreven wat ik wil vragen."),
)  # fmt: skip
# Sanne read everything; Fatima last read the thread six days ago at 8.
COACH_READ_AGO = 6

# Who joined which peer-support group: login, group, shared with the team, days ago.
JOINS: tuple[tuple[str, str, bool, int], ...] = (
    (WORKING, "Werk en herstel", True, 30),
    (PAUSED, "WRAP-training", False, 50),
)
