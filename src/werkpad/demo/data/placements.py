"""The placements of the demo (issue 4), as what happened when: the werkplekscan with its
lights, the job and its instruments, the follow-along with worker and employer, the
check-ins, and for one job its end. Days are counted from the placement's start unless a
field says otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from werkpad.employment.models import (
    ContactKind,
    ContractType,
    InstrumentStatus,
    JobEndReason,
    Light,
    WithWhom,
    WorkType,
)

from .employers import (
    BONENHUIS,
    BUURTKAMER,
    BUURTVERS,
    DRUKKERIJ,
    KORENSCHOOF,
    KRINGLOOP,
    LEKDIJK,
    STADSGOED,
    TRAPKRACHT,
)

CLIENT_USER = "client@demo.example"  # Sanne de Vries, who checks in herself

RED_LIGHT_DECISION = (
    "Bewuste keuze ondanks het rode licht bij 'houding van collega's'. Samira wil deze plek: "
    "buiten werken, in het park bij haar huis, en ze kent de ploegleider al. Afspraken: de "
    "ploegleider en twee collega's volgen de Harrie Helpt-training, Samira werkt de eerste "
    "maand alleen in de ploeg van Kees Brouwer, de jobcoach is de eerste vier weken wekelijks "
    "op de werkvloer en na vier weken kijken we samen opnieuw naar de lichten."
)
# Every aspect seed 004 names (the workplace itself, stimuli, cohesion, colleagues, the
# manager, contact with customers) plus the tasks and what the client needs.
SCAN_ASPECTS = (
    "workplace",
    "stimuli",
    "cohesion",
    "colleagues",
    "manager",
    "customers",
    "tasks",
    "needs",
)


@dataclass(frozen=True, kw_only=True)
class Decided:
    """The decision on an instrument as it was recorded (issue 13, item 8)."""

    by: str  # the cast key of who records it: the coach, or the deciding organisation's own
    after: int  # days after the placement's start (negative: before it)
    status: str = InstrumentStatus.GRANTED
    wage_value: int | None = None
    wage_value_by: str = ""
    provider: str = ""
    hours: str = ""  # jobcoaching per month


@dataclass(frozen=True)
class Instrument:
    code: str
    days: int | None  # how long from the start; None: open-ended
    note: str
    decided: Decided | None = None


@dataclass(frozen=True, kw_only=True)
class FollowUp:
    day: int
    with_whom: str
    note: str
    kind: str = ContactKind.FACE_TO_FACE
    for_employer: bool = False


@dataclass(frozen=True, kw_only=True)
class JobEnd:
    ago: int  # days before today
    reason: str
    learned: str
    ladder_step: int  # the professional's ladder step the day after
    ladder_note: str


# A check-in: day, (work, workload, sleep), note.
CheckIn = tuple[int, tuple[int, int, int], str]


@dataclass(frozen=True, kw_only=True)
class PlacementStory:
    name: str  # the client
    employer: str
    job_title: str
    work_type: str
    hours: str
    contract: str
    wage: str = ""
    vacancy: str = ""  # a key of vacancies.VACANCY_SPECS
    fill: bool = False  # the placement fills the vacancy
    # The start: the day the trajectory entered ``start_phase`` plus ``start_after`` days,
    # or ``start_ago`` days before today (negative: a job agreed that starts ahead).
    start_phase: str = "plaatsing"
    start_after: int = 0
    start_ago: int | None = None
    coach: str = "ips"  # the cast key of the professional who records it
    scan_before: int | None = None  # days before the start; None: no werkplekscan
    lights: tuple[tuple[str, str, str], ...] = ()  # aspect, light, note; the others green
    scan_note: tuple[int, str] | None = None  # days before the start, the coach's note
    adjustments: str = ""
    red_light_decision: str = ""
    instruments: tuple[Instrument, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    client_checkins: tuple[CheckIn, ...] = ()  # by the client herself
    checkins: tuple[CheckIn, ...] = ()  # by the coach
    end: JobEnd | None = None
    # The early-warning rule runs on the check-ins now, as the background task would.
    signal: bool = False


GOOD = (3, 3, 3)
# fmt: off
PLACEMENTS: tuple[PlacementStory, ...] = (
    # Competitive job with loonkostensubsidie and a jobcoach at the bakery that logs in;
    # steady good check-ins, some by Sanne herself: no signal.
    PlacementStory(
        name="Sanne de Vries", employer=KORENSCHOOF, vacancy="bakker", fill=True,
        scan_before=10,
        scan_note=(10, "Werkplekscan bij Bakkerij De Korenschoof. 'Alle lichten moeten op groen "
                       "staan', en dat staan ze: rustige bakkerij achter de winkel, vaste "
                       "collega, eigenaar met een sociaal hart."),
        job_title="Medewerker bakkerij", work_type=WorkType.COMPETITIVE, hours="16", wage="15.10",
        contract=ContractType.TEMPORARY,
        adjustments="Vaste vroege dienst (6 tot 10 uur), vaste collega als aanspreekpunt, "
                    "pauze in de rustige ruimte achter de bakkerij.",
        instruments=(
            Instrument("loonkostensubsidie", 365,
                       "Loonwaarde 70% vastgesteld door de gemeente; aanvraag geregeld door "
                       "de klantmanager.",
                       Decided(by="ips", after=-4, wage_value=70,
                               wage_value_by="Loonwaardedeskundige van de gemeente Utrecht, "
                                             "op de werkplek")),
            Instrument("jobcoach", 182,
                       "Jobcoach van Werkkracht; de eerste maand wekelijks op de werkvloer.",
                       Decided(by="ips", after=-2, provider="Werkkracht", hours="8")),
        ),
        follow_ups=(
            FollowUp(day=3, with_whom=WithWhom.WORKER,
                     note="Eerste week: Sanne is elke dag op tijd en vindt het ritme fijn. Moe "
                          "na de dienst; afgesproken de middagen rustig te houden."),
            FollowUp(day=14, with_whom=WithWhom.EMPLOYER, for_employer=True,
                     note="Evaluatie met Henk Smit: Sanne werkt zorgvuldig en is er graag bij. "
                          "Na de zomer bespreken we een extra ochtend."),
            FollowUp(day=30, with_whom=WithWhom.BOTH, for_employer=True,
                     note="Driegesprek in de bakkerij: werk en afspraken lopen goed. De "
                          "jobcoach komt nu om de week."),
        ),
        client_checkins=(
            (7, GOOD, "Fijne eerste week."),
            (21, GOOD, ""),
            (35, GOOD, "Henk zei dat ik goed bezig ben."),
        ),
        checkins=(
            (14, (3, 2, 3), "Zaterdag was druk, verder goed."),
            (28, GOOD, ""),
        ),
    ),
    # Competitive job at the bike shop with an orange light; his check-ins fall week after
    # week: the one early-warning signal of the demo.
    PlacementStory(
        name="Jeroen Dekker", employer=TRAPKRACHT, vacancy="fietsenmaker", fill=True,
        scan_before=8,
        lights=(
            ("stimuli", Light.ORANGE,
             "Op zaterdag is het druk in de winkel; de werkplaats achterin is rustig. "
             "Afspraak: op zaterdag alleen in de werkplaats."),
            ("customers", Light.ORANGE,
             "Klanten vragen aan de toonbank uitleg over hun fiets. Afspraak: de eerste "
             "maand alleen in de werkplaats, daarna één middag per week aan de toonbank."),
        ),
        job_title="Fietsenmaker", work_type=WorkType.COMPETITIVE, hours="24", wage="16.40",
        contract=ContractType.TEMPORARY,
        adjustments="Drie dagen van acht uur, nooit twee lange dagen achter elkaar; op "
                    "zaterdag in de werkplaats.",
        # "Alle lichten moeten op groen staan": two orange lights ask for a conscious decision.
        red_light_decision="Twee lichten op oranje (prikkels, klanten). Jeroen wil dit werk "
                           "graag en de afspraken vangen het op: zaterdag alleen in de "
                           "werkplaats, de eerste maand niet aan de toonbank.",
        instruments=(
            Instrument("no_riskpolis", None,
                       "WIA: UWV betaalt bij ziekte; de werkgever is daarover ingelicht.",
                       Decided(by="ad", after=1)),
            # UWV's arbeidsdeskundige on the team records UWV's own decision.
            Instrument("jobcoach", 182, "Via UWV aangevraagd.",
                       Decided(by="ad", after=6, provider="Werkkracht", hours="6")),
        ),
        follow_ups=(
            FollowUp(day=9, with_whom=WithWhom.EMPLOYER, for_employer=True,
                     note="Werkplekbezoek: afgesproken dat Jeroen op zaterdag alleen in de "
                          "werkplaats werkt."),
            FollowUp(day=20, with_whom=WithWhom.WORKER, kind=ContactKind.PHONE,
                     note="Gebeld: Jeroen is moe, de zaterdagen vallen zwaar. Volgende week "
                          "samen langs de werkplaats."),
        ),
        checkins=(
            (4, (3, 3, 3), "Leuk om weer te sleutelen."),
            (10, (3, 3, 3), ""),
            (16, (3, 3, 2), "Slaap wat minder."),
            (22, (2, 3, 2), "Zaterdag was zwaar."),
            (28, (2, 2, 2), "Moe. Weinig energie na het werk."),
        ),
        signal=True,
    ),
    # A red light in the werkplekscan, then a placement with the conscious decision.
    PlacementStory(
        name="Samira Haddou", employer=STADSGOED, vacancy="groen", fill=True,
        scan_before=12,
        lights=(
            ("cohesion", Light.ORANGE,
             "De ploeg is net nieuw samengesteld; nog geen vaste gewoontes."),
            ("colleagues", Light.RED,
             "Een collega maakte bij het bezoek grappen over 'gekken'. De ploegleider sprak "
             "hem erop aan, maar het is nog niet opgelost."),
        ),
        scan_note=(11, "Werkplekscan bij Groenbedrijf Stadsgoed: één rood licht (houding van "
                       "collega's). 'Alle lichten moeten op groen staan' is het uitgangspunt; "
                       "met Samira, de ploegleider en de jobcoach besproken wat er nodig is om "
                       "toch te starten."),
        job_title="Medewerker groenonderhoud", work_type=WorkType.COMPETITIVE, hours="20",
        wage="14.85", contract=ContractType.TEMPORARY,
        adjustments="Vaste ploeg en ploegleider; eerste maand niet in de ploeg van de collega "
                    "uit de werkplekscan.",
        red_light_decision=RED_LIGHT_DECISION,
        instruments=(
            Instrument("loonkostensubsidie", 365, "Loonwaardemeting gepland in de tweede maand.",
                       Decided(by="ips", after=0, status=InstrumentStatus.REQUESTED)),
            # The gemeente's klantmanager on the team records the gemeente's decision.
            Instrument("jobcoach", 182, "Eerste vier weken wekelijks op de werkvloer.",
                       Decided(by="km", after=1, provider="Werkkracht", hours="12")),
            Instrument("sroi", None,
                       "Telt mee voor de social return van de parkenopdracht van de gemeente "
                       "Utrecht."),
        ),
        follow_ups=(
            FollowUp(day=2, with_whom=WithWhom.BOTH, for_employer=True,
                     note="Start in de ploeg van Kees Brouwer. Afspraken uit de werkplekscan "
                          "nagelopen; Kees volgde de Harrie Helpt-training."),
            FollowUp(day=9, with_whom=WithWhom.WORKER,
                     note="Samira voelt zich welkom in de ploeg. Ze merkt dat ze buiten "
                          "rustiger is."),
        ),
        checkins=(
            (5, (3, 2, 3), "Spannend, maar het gaat."),
            (12, (3, 3, 3), "Goede week."),
        ),
    ),
    # A proefplaatsing at the kringloopwinkel: she keeps her Wajong for two months.
    PlacementStory(
        name="Lotte Vos", employer=KRINGLOOP, vacancy="sorteer", fill=True, start_ago=10,
        job_title="Medewerker sorteerruimte", work_type=WorkType.TRIAL, hours="16",
        contract=ContractType.NONE,
        adjustments="Vaste pauzes om 10 en 12.30 uur; de werkleider is aanspreekpunt.",
        instruments=(
            Instrument("proefplaatsing", 61,
                       "Twee maanden met behoud van uitkering; daarna een contract van "
                       "minstens zes maanden met loonkostensubsidie.",
                       Decided(by="ips", after=-3)),
        ),
        follow_ups=(
            FollowUp(day=6, with_whom=WithWhom.WORKER,
                     note="Eerste week proefplaatsing: Lotte geniet van het sorteren en eet op "
                          "vaste tijden."),
        ),
        checkins=((7, (3, 2, 3), "Moe maar blij."),),
    ),
    # A job that ended: the reason, what was learned, and back to 'zoeken'.
    PlacementStory(
        name="Emre Kaya", employer=LEKDIJK, vacancy="orderpicker", start_ago=45,
        job_title="Orderpicker", work_type=WorkType.COMPETITIVE, hours="24", wage="14.90",
        contract=ContractType.AGENCY,
        follow_ups=(
            FollowUp(day=12, with_whom=WithWhom.WORKER,
                     note="Emre werkt hard, maar het rooster verandert elke week en er zijn "
                          "nachtdiensten bijgekomen. Hij slaapt slecht."),
            FollowUp(day=24, with_whom=WithWhom.EMPLOYER,
                     note="Gesprek met de teamleider over vaste diensten: daar is volgens hem "
                          "geen ruimte voor."),
        ),
        end=JobEnd(
            ago=15, reason=JobEndReason.OWN_CHOICE,
            learned="Wisselende diensten en nachtwerk braken zijn ritme; bij onverwachte "
                    "roosterwijzigingen liep zijn boosheid op. Volgende keer: vaste "
                    "dagdiensten, een vaste leidinggevende, en vooraf een werkplekscan. Deze "
                    "werkgever keek vooral naar de subsidie: eigenlijk wil je alleen werken "
                    "met werkgevers die een sociaal hart hebben.",
            ladder_step=3,
            ladder_note="Werk gestopt; we zoeken verder naar werk met vaste diensten.",
        ),
    ),
    # Emre's next job, agreed and starting in two weeks (issue 13, item 8): recorded ahead,
    # the vacancy filled, the phase and the ladder wait for the start date. What he learned
    # from the orderpicker job is in it: fixed day shifts, a werkplekscan first, an employer
    # with a social heart.
    PlacementStory(
        name="Emre Kaya", employer=DRUKKERIJ, vacancy="afwerking", fill=True, start_ago=-14,
        scan_before=20,
        scan_note=(20, "Werkplekscan bij Drukkerij Vanderveen: vaste dagdiensten, een vaste "
                       "ploegleider, een rustige afwerkruimte. Alle lichten op groen."),
        job_title="Medewerker afwerking", work_type=WorkType.COMPETITIVE, hours="20",
        wage="15.20", contract=ContractType.TEMPORARY,
        adjustments="Vaste dagdiensten van 8 tot 12.30 uur; roosterwijzigingen een week van "
                    "tevoren; een vaste ploegleider als aanspreekpunt.",
    ),
    # Volunteering at the buurtkamer on her own route (the behandelaar runs it).
    PlacementStory(
        name="Yara Koster", employer=BUURTKAMER, start_phase="eigen-2", start_after=3,
        coach="beh",
        job_title="Gastvrouw buurtkamer (vrijwilliger)", work_type=WorkType.VOLUNTEER, hours="6",
        contract=ContractType.NONE,
        adjustments="Twee ochtenden; samen met een ervaren vrijwilliger.",
        follow_ups=(
            FollowUp(day=20, with_whom=WithWhom.WORKER,
                     note="Yara vertelt dat ze de ochtenden in de buurtkamer fijn vindt: 'Ik "
                          "hoor er weer bij.'"),
        ),
    ),
)
# fmt: on


@dataclass(frozen=True, kw_only=True)
class Aftercare:
    """A placement of a trajectory already in 'nazorg'. The placement service would move such
    a trajectory back to 'plaatsing', so these rows are written directly (without log rows).
    Days are counted back from today."""

    name: str
    employer: str
    job_title: str
    hours: str
    wage: str
    contract: str
    instruments: tuple[str, ...] = ()  # codes, from the start, open-ended
    # days ago, with whom, note, for the employer
    follow_ups: tuple[tuple[int, str, str, bool], ...] = ()
    checkins: tuple[CheckIn, ...] = ()  # by the IPS coach


# fmt: off
AFTERCARE: tuple[Aftercare, ...] = (
    Aftercare(
        name="Marco van der Heijden", employer=DRUKKERIJ, job_title="Drukker (digitaal drukwerk)",
        hours="32", wage="19.75", contract=ContractType.PERMANENT,
        follow_ups=(
            (12, WithWhom.WORKER,
             "Marco werkt zelfstandig; geen leidinggevende taken, zoals afgesproken. Volgende "
             "nazorg over twee maanden, of eerder als hij dat wil.", False),
        ),
    ),
    Aftercare(
        name="Ilse Kuipers", employer=BUURTVERS, job_title="Vakkenvuller", hours="20",
        wage="14.80", contract=ContractType.TEMPORARY, instruments=("jobcoach",),
        follow_ups=(
            (12, WithWhom.WORKER,
             "Ilse wil misschien naar 24 uur. Eerst kijken hoe de herstelroutine na drukke "
             "diensten gaat.", False),
            (30, WithWhom.EMPLOYER,
             "Gesprek met Sandra Koenen: tevreden over Ilse; meer uren is bespreekbaar.", True),
        ),
        checkins=((28, (3, 3, 2), ""), (14, (3, 3, 3), "Rustige weken.")),
    ),
    Aftercare(
        name="Gijs Timmermans", employer=BONENHUIS, job_title="Koffiebrander", hours="32",
        wage="16.10", contract=ContractType.PERMANENT,
        follow_ups=(
            (12, WithWhom.WORKER,
             "Vast contract getekend. Gijs wil de nazorg nog even houden, eens per maand.",
             False),
        ),
    ),
)
# fmt: on
