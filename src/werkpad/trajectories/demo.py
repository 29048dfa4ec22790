"""Demo stories for the shared trajectory (issue 3): about thirty invented clients of the demo
region Midden-Utrecht (AM13) in every trajectory type and phase, with intakes, referrals, care
teams across organisations, consents, plans, meetings, participatieladder histories and
timelines.

Everything goes through the services (so the access log and the invariants hold); the dates
of the history are then moved into the past with ``QuerySet.update``, relative to today, so
the demo always looks current. Idempotent: when the first story's client exists, nothing is
added.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.accounts.models import User
from werkpad.clients.models import Client, Consent, ConsentPurpose, DataCategory
from werkpad.clients.services import ClientDetails, client_create, consent_record
from werkpad.core.demo import GEMEENTE, GGZ, HERSTEL, REINTEGRATIE, UWV
from werkpad.organisations.models import Gemeente, Membership, Organisation, Role, Team

from .models import (
    BenefitStatus,
    EndReason,
    Goal,
    GoalRevision,
    GoalStatus,
    Intake,
    IntakeOutcome,
    LifeDomain,
    MeetingKind,
    NoteKind,
    Perspective,
    PhaseChange,
    PlanAction,
    Referral,
    TeamMember,
    Trajectory,
    WorkWish,
)
from .phases import CLOSED, TrajectoryType, phases_for
from .services import (
    DecisionItem,
    GoalDetails,
    IntakeDetails,
    MeetingDetails,
    TrajectorySetup,
    action_complete,
    action_create,
    goal_create,
    goal_update,
    intake_record,
    ladder_assess,
    meeting_record,
    note_add,
    referral_accept,
    referral_create,
    referral_decline,
    team_member_add,
    trajectory_phase_change,
    trajectory_start,
)

IPS_TEAM = "IPS-team Utrecht-Oost"
FACT_TEAM = "FACT-team Nieuwegein"

# The demo users who act in the stories, by a short key.
CAST_EMAILS = {
    "ips": "ips@ggz.demo.example",  # IPS-trajectbegeleider (GGZ)
    "beh": "behandelaar@ggz.demo.example",  # behandelaar (GGZ)
    "ad": "arbeidsdeskundige@uwv.demo.example",  # arbeidsdeskundige (UWV)
    "va": "verzekeringsarts@uwv.demo.example",  # verzekeringsarts (UWV)
    "km": "klantmanager@utrecht.demo.example",  # klantmanager (gemeente)
    "rc": "reintegratie@werkkracht.demo.example",  # re-integratiecoach (Werkkracht)
    "jc": "jobcoach@werkkracht.demo.example",  # jobcoach (Werkkracht)
    "ed": "ervaringsdeskundige@herstel.demo.example",  # ervaringsdeskundige (Herstelacademie)
}

# Origins: how the trajectory came about.
INTAKE = "intake"  # a ggz intake with the work question refers to a ggz team
BY_GEMEENTE = "gemeente"  # the klantmanager refers a bijstand client to the IPS team
DECLINED = "declined"  # the IPS referral is declined; the behandelaar starts an own route
GEMEENTE_START = "gemeente_start"  # the gemeente starts an own route for its own client

# Employers the IPS trajectbegeleider visits (invented, except the three demo employers).
EMPLOYER_POOL = (
    "Kringloopwinkel De Tweede Ronde",
    "Logistiekcentrum Lekdijk",
    "Supermarkt Buurtvers",
    "Drukkerij Vanderveen",
    "Koffiebranderij Het Bonenhuis",
    "Zorgboerderij De Hooiberg",
    "Hotel-restaurant De Vechtoever",
    "Schoonmaakbedrijf Glansrijk",
    "Fietsenmakerij Trapkracht",
    "Groenbedrijf Stadsgoed",
)


@dataclass(frozen=True, kw_only=True)
class Story:
    """One client's path. Days are counted back from today."""

    name: str
    born: date
    gemeente: str
    benefit: str
    route: str  # a TrajectoryType
    phase: str  # the current phase (CLOSED for a closed trajectory)
    start: int  # days ago the trajectory started
    since: int  # days ago the current phase began (or the trajectory was closed)
    ladder: tuple[int, ...]  # the professional's steps, first to last
    own_ladder: tuple[int, ...]  # the client's own view
    sector: str  # the kind of work, short (for actions)
    direction: str  # intake: what kind of work
    meaning: str  # intake: what work means to the client (own words)
    work_goal: tuple[str, str]  # own words, professional terms
    care_goal: tuple[str, str]  # own words, professional terms (ggz treatment)
    extra_goal: tuple[str, str, str, str] | None = None  # domain, category, own, professional
    origin: str = INTAKE
    closed_after: str = ""  # for a closed trajectory: the phase before 'afgesloten'
    end_reason: str = ""
    end_text: str = ""
    wgb_months: int | None = None
    own_phases: tuple[str, ...] = ()
    employer: str = ""  # where the client works (placement)
    uwv: bool = False  # consent for UWV and the arbeidsdeskundige on the team
    klantmanager: bool = False  # consent for the gemeente and the klantmanager on the team
    werkkracht: str = ""  # "jc" or "rc": consent for Werkkracht and that coach on the team
    herstel: bool = False  # consent for the Herstelacademie and the ervaringsdeskundige
    overdue_search: bool = False  # IPS: no face-to-face employer contact yet
    last_contact: int | None = None  # days ago; None: recent
    decline_reason: str = ""
    phone: str = ""


# fmt: off
STORIES: tuple[Story, ...] = (
    # --- IPS (the demo IPS-trajectbegeleider's caseload) -----------------------------------
    Story(
        name="Ricardo Martina", born=date(1991, 8, 17), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="aanmelding",
        start=4, since=4, ladder=(2,), own_ladder=(3,), sector="groen en dieren",
        origin=BY_GEMEENTE,
        direction="Buiten werken, in het groen of met dieren.",
        meaning="Ik zit al drie jaar thuis. Ik wil laten zien dat ik meer ben dan mijn dossier.",
        work_goal=("Een baan buiten, een paar dagen per week.",
                   "Betaald werk in groenvoorziening of dierverzorging, start met 12 uur per "
                   "week."),
        care_goal=("Rustig blijven als de stemmen erger worden op drukke momenten.",
                   "Versterken van copingstrategieën bij auditieve hallucinaties (CGTp); "
                   "signaleringsplan actualiseren."),
        klantmanager=True, phone="06 41230987",
    ),
    Story(
        name="Eva Lambrechts", born=date(1985, 2, 3), gemeente="GM0356",
        benefit=BenefitStatus.WW, route=TrajectoryType.IPS, phase="aanmelding",
        start=9, since=9, ladder=(3,), own_ladder=(3,), sector="administratie",
        direction="Terug in de administratie, maar bij een kleiner bedrijf.",
        meaning="Werk gaf me structuur. Sinds ik thuis zit, lopen mijn dagen in elkaar over.",
        work_goal=("Weer aan de slag op een kantoor waar het niet te hectisch is.",
                   "Betaald werk als administratief medewerker, 20 uur per week, binnen de "
                   "looptijd van de WW."),
        care_goal=("Minder paniekaanvallen in de trein en op drukke plekken.",
                   "Afname van paniekklachten via exposure; zelfstandig reizen met het OV."),
        uwv=True,
    ),
    Story(
        name="Bas Verhoef", born=date(2001, 11, 12), gemeente="GM0355",
        benefit=BenefitStatus.WAJONG, route=TrajectoryType.IPS, phase="kennismaking",
        start=30, since=18, ladder=(2, 3), own_ladder=(2, 2), sector="fietsen en techniek",
        direction="Iets met fietsen of techniek, met mijn handen.",
        meaning="Als ik met mijn handen bezig ben, is mijn hoofd rustig.",
        work_goal=("Ik wil sleutelen, het liefst aan fietsen.",
                   "Werkplek in een technische werkplaats (fietsen), eerst 8 tot 12 uur per "
                   "week met jobcoaching."),
        care_goal=("Beter slapen en niet de hele nacht gamen.",
                   "Herstel van het dag-nachtritme; psycho-educatie ADHD en medicatie-"
                   "evaluatie."),
        extra_goal=(LifeDomain.SOCIAL, DataCategory.WELZIJN,
                    "Ik wil weer ergens bij horen.",
                    "Uitbreiden van het sociale netwerk buiten de familie; deelname aan een "
                    "wekelijkse activiteit."),
    ),
    Story(
        name="Priya Ramdin", born=date(1979, 5, 28), gemeente="GM0356",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="kennismaking",
        start=45, since=25, ladder=(3, 3), own_ladder=(3, 4), sector="kinderopvang",
        direction="Kinderopvang of onderwijsassistent.",
        meaning="Ik wil mijn kinderen laten zien dat hun moeder ook werkt.",
        work_goal=("Werken met kinderen, in de ochtenden als mijn eigen kinderen op school "
                   "zitten.",
                   "Betaald werk als pedagogisch medewerker of onderwijsassistent, 16 uur per "
                   "week, passend bij schooltijden."),
        care_goal=("Niet meer zo somber zijn in de winter.",
                   "Terugvalpreventie depressie; lichttherapie en activatieplan."),
        extra_goal=(LifeDomain.INCOME, DataCategory.REINTEGRATIE,
                    "Zeker weten dat ik mijn uitkering niet kwijt ben als het misgaat.",
                    "Inkomensberekening bij parttime werk met de klantmanager; afspraken over "
                    "terugval in de bijstand vastleggen."),
        klantmanager=True,
    ),
    Story(
        name="Hanneke Schouten", born=date(1972, 9, 9), gemeente="GM0321",
        benefit=BenefitStatus.NONE, route=TrajectoryType.IPS, phase="kennismaking",
        start=26, since=12, ladder=(4,), own_ladder=(4,), sector="bibliotheek en archief",
        direction="Bibliotheek of archief: rustig werk met boeken.",
        meaning="Ik doe al twee jaar vrijwilligerswerk. Nu wil ik ook weer mijn eigen geld "
                "verdienen.",
        work_goal=("Betaald werk, niet meer alleen vrijwilligerswerk.",
                   "Van onbetaald werk (trede 4) naar betaald werk met ondersteuning (trede "
                   "5), 12 tot 16 uur per week."),
        care_goal=("Mijn grenzen aangeven voordat ik overprikkeld raak.",
                   "Vergroten van de zelfregie bij overprikkeling (autisme); vaste "
                   "herstelmomenten in de week."),
    ),
    Story(
        name="Tom Hoekstra", born=date(1983, 4, 19), gemeente="GM0344",
        benefit=BenefitStatus.WIA, route=TrajectoryType.IPS, phase="zoeken",
        start=95, since=48, ladder=(3, 3, 4), own_ladder=(3, 4, 4), sector="magazijn en logistiek",
        direction="Magazijn of logistiek, liefst met vaste taken.",
        meaning="Een reden hebben om 's ochtends op te staan.",
        work_goal=("Elke dag ergens naartoe, met collega's.",
                   "Betaald werk in een magazijn, 24 uur per week, met vaste taken en "
                   "voorspelbare roosters."),
        care_goal=("Niet meer drinken als ik me rot voel.",
                   "Alcoholgebruik afbouwen naar nul; terugvalpreventie en "
                   "gedragstherapie."),
        uwv=True, overdue_search=True, last_contact=6,
    ),
    Story(
        name="Nadia Bouzid", born=date(1996, 7, 1), gemeente="GM0353",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="zoeken",
        start=80, since=41, ladder=(3, 3), own_ladder=(2, 3), sector="winkel en klantenservice",
        direction="Winkel of klantenservice.",
        meaning="Ik wil niet alleen maar 'patiënt' zijn.",
        work_goal=("Werken in een winkel, met mensen om me heen.",
                   "Betaald werk als verkoopmedewerker, 16 uur per week."),
        care_goal=("Minder bang zijn voor wat anderen van me denken.",
                   "Afname van sociale angst (CGT, groepstraining sociale vaardigheden)."),
        klantmanager=True, overdue_search=True, last_contact=9,
    ),
    Story(
        name="Wim van Leeuwen", born=date(1968, 12, 24), gemeente="GM0632",
        benefit=BenefitStatus.WW, route=TrajectoryType.IPS, phase="zoeken",
        start=110, since=63, ladder=(2, 3), own_ladder=(3, 3), sector="vervoer en bezorging",
        direction="Chauffeur of bezorger, alleen op pad.",
        meaning="Werk is vaak het beste medicijn, al is het maar twee ochtenden per week.",
        work_goal=("Weer rijden, bijvoorbeeld pakketjes bezorgen.",
                   "Betaald werk als bezorger of chauffeur, 2 tot 3 dagdelen per week."),
        care_goal=("Mijn stemmingswisselingen eerder zien aankomen.",
                   "Stabilisatie bipolaire stoornis; signaleringsplan met partner."),
        uwv=True, overdue_search=True, last_contact=37,
    ),
    Story(
        name="Lotte Vos", born=date(1999, 3, 30), gemeente="GM0310",
        benefit=BenefitStatus.WAJONG, route=TrajectoryType.IPS, phase="zoeken",
        start=60, since=22, ladder=(3, 4), own_ladder=(3, 4), sector="kringloop en retail",
        direction="Kringloop of tweedehandswinkel.",
        meaning="Dingen een tweede leven geven. Dat voelt ook een beetje als mezelf.",
        work_goal=("Werken in een kringloopwinkel, met een vast team.",
                   "Betaald werk in de kringloopbranche, 16 uur per week, met "
                   "loonkostensubsidie."),
        care_goal=("Minder last van mijn eetbuien.",
                   "Behandeling eetstoornis (CGT-E); regelmatig eetpatroon, ook op "
                   "werkdagen."),
        employer="Kringloopwinkel De Tweede Ronde",
    ),
    Story(
        name="Emre Kaya", born=date(1990, 10, 5), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="zoeken",
        start=120, since=70, ladder=(3, 3, 4), own_ladder=(4, 4, 4), sector="koerier en magazijn",
        direction="Koerier of magazijn.",
        meaning="Mijn eigen geld verdienen en mijn schulden afbetalen.",
        work_goal=("Een vaste baan zodat ik mijn schulden kan afbetalen.",
                   "Betaald werk van minstens 24 uur per week; afstemming met "
                   "schuldhulpverlening."),
        care_goal=("Rustig blijven als iets tegenzit, niet meteen boos worden.",
                   "Emotieregulatie (agressieregulatietraining); stabiel blijven onder "
                   "stress."),
        extra_goal=(LifeDomain.INCOME, DataCategory.REINTEGRATIE,
                    "Van mijn schulden af.",
                    "Aanmelding schuldhulpverlening; budgetplan dat werkt met wisselend "
                    "inkomen."),
        klantmanager=True,
    ),
    Story(
        name="Sanne de Vries", born=date(1994, 3, 14), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="plaatsing",
        start=170, since=40, ladder=(3, 4, 5), own_ladder=(2, 4, 5), sector="bakkerij",
        direction="Iets met eten of bakken. Vroeg beginnen vind ik niet erg.",
        meaning="Ik wil weer ergens bij horen en mijn eigen geld verdienen.",
        work_goal=("Vaste uren in de bakkerij, zodat ik een ritme heb.",
                   "Behoud van betaald werk, 16 uur per week bij Bakkerij De Korenschoof, met "
                   "jobcoaching en loonkostensubsidie (trede 5)."),
        care_goal=("Minder piekeren 's avonds, zodat ik uitgerust aan mijn dienst begin.",
                   "Afname van angstklachten; slaaphygiëne en terugvalpreventieplan gericht "
                   "op werkdagen."),
        extra_goal=(LifeDomain.INCOME, DataCategory.REINTEGRATIE,
                    "Weten wat ik overhoud als ik meer uren ga werken.",
                    "Inkomensberekening bijstand plus loon met de klantmanager; afspraken "
                    "over terugval in de uitkering."),
        # No consents for other organisations: the browser test of the consent page records
        # and withdraws Sanne's only one.
        employer="Bakkerij De Korenschoof",
    ),
    Story(
        name="Jeroen Dekker", born=date(1981, 6, 14), gemeente="GM1904",
        benefit=BenefitStatus.WIA, route=TrajectoryType.IPS, phase="plaatsing",
        start=200, since=30, ladder=(3, 4, 5), own_ladder=(3, 3, 5), sector="fietsen",
        direction="Fietsenmaker. Dat was vroeger mijn hobby.",
        meaning="Weer iets kunnen wat anderen nodig hebben.",
        work_goal=("Fietsen repareren, drie dagen per week.",
                   "Duurzame plaatsing als fietsenmaker, 24 uur per week; urenopbouw in "
                   "overleg met UWV (WIA)."),
        care_goal=("Mijn energie verdelen over de week.",
                   "Vermoeidheid en concentratieproblemen na burn-out en depressie; "
                   "energiemanagement."),
        employer="Fietsenmakerij Trapkracht", uwv=True,
    ),
    Story(
        name="Samira Haddou", born=date(1993, 1, 22), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="plaatsing",
        start=150, since=14, ladder=(2, 3, 4, 5), own_ladder=(2, 4, 5), sector="groen",
        direction="Buiten werken, in parken of tuinen.",
        meaning="Buiten ben ik rustiger. En ik wil niet meer van een uitkering afhankelijk "
                "zijn.",
        work_goal=("Een vaste plek bij het groenbedrijf.",
                   "Betaald werk als hovenier (instroom), 20 uur per week met "
                   "loonkostensubsidie en jobcoaching."),
        care_goal=("Mijn herbelevingen beter hanteren.",
                   "Traumabehandeling (EMDR) afronden; stabilisatie bij herbelevingen."),
        employer="Groenbedrijf Stadsgoed", klantmanager=True,
    ),
    Story(
        name="Marco van der Heijden", born=date(1976, 8, 8), gemeente="GM0356",
        benefit=BenefitStatus.WIA, route=TrajectoryType.IPS, phase="nazorg",
        start=420, since=200, ladder=(3, 4, 5, 6), own_ladder=(3, 5, 6, 6), sector="drukkerij",
        direction="Terug in de grafische sector, maar zonder leidinggeven.",
        meaning="Vakmanschap. Laten zien wat ik kan.",
        work_goal=("Mijn baan bij de drukkerij houden.",
                   "Duurzaam behoud van betaald werk zonder ondersteuning (trede 6); "
                   "nazorg zolang de cliënt wil."),
        care_goal=("Stress op het werk op tijd merken.",
                   "Terugvalpreventie depressie; vroegsignalering van werkstress."),
        employer="Drukkerij Vanderveen", uwv=True,
    ),
    Story(
        name="Ilse Kuipers", born=date(1997, 12, 2), gemeente="GM0312",
        benefit=BenefitStatus.WAJONG, route=TrajectoryType.IPS, phase="nazorg",
        start=330, since=95, ladder=(2, 3, 5, 5), own_ladder=(3, 4, 5), sector="supermarkt",
        direction="Vakken vullen of achter de kassa, dichtbij huis.",
        meaning="Mensen zien en gezien worden.",
        work_goal=("Blijven werken in de supermarkt, misschien meer uren.",
                   "Behoud van betaald werk (20 uur per week) en uitbreiding naar 24 uur "
                   "als de cliënt dat wil."),
        care_goal=("Minder overprikkeld na een drukke dienst.",
                   "Prikkelverwerking (autisme); herstelroutine na werkdagen."),
        employer="Supermarkt Buurtvers",
    ),
    Story(
        name="Gijs Timmermans", born=date(1987, 2, 11), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.IPS, phase="nazorg",
        start=610, since=360, ladder=(3, 5, 5, 6), own_ladder=(4, 5, 6), sector="horeca",
        direction="Koffie, horeca, iets met geur en smaak.",
        meaning="Koffie branden geeft me rust. Ik hoor bij het team.",
        work_goal=("Mijn contract omgezet krijgen naar vast.",
                   "Vast dienstverband als koffiebrander, 32 uur per week, zonder "
                   "loonkostensubsidie."),
        care_goal=("Mijn medicatie houden zoals hij nu is.",
                   "Stabiele fase psychotische stoornis; medicatie en leefstijl afgestemd op "
                   "fulltime werk."),
        employer="Koffiebranderij Het Bonenhuis", klantmanager=True,
    ),
    Story(
        name="Anja Molenaar", born=date(1970, 4, 27), gemeente="GM0355",
        benefit=BenefitStatus.WW, route=TrajectoryType.IPS, phase=CLOSED, closed_after="nazorg",
        start=720, since=45, ladder=(3, 4, 5, 6), own_ladder=(3, 5, 6), sector="zorgboerderij",
        direction="Buiten, met dieren en mensen.",
        meaning="Weer midden in het leven staan.",
        work_goal=("Werken op de zorgboerderij.",
                   "Betaald werk als begeleider op een zorgboerderij, 28 uur per week."),
        care_goal=("Mijn dagen zelf indelen zonder terug te vallen.",
                   "Terugvalpreventie na angststoornis; afronding behandeling."),
        employer="Zorgboerderij De Hooiberg",
        end_reason=EndReason.CLIENT_WISH,
        end_text="Mevrouw werkt al ruim een jaar zelfstandig en wil de nazorg afronden. Ze weet "
                 "dat ze altijd opnieuw kan aankloppen.",
    ),
    Story(
        name="Dennis Pronk", born=date(1988, 9, 3), gemeente="GM0321",
        benefit=BenefitStatus.WIA, route=TrajectoryType.IPS, phase=CLOSED, closed_after="zoeken",
        start=260, since=120, ladder=(3, 2), own_ladder=(3, 2), sector="techniek",
        direction="Installatietechniek, waar ik voor geleerd heb.",
        meaning="Terug naar wie ik was voor ik ziek werd.",
        work_goal=("Terug in de techniek.",
                   "Betaald werk als monteur, 24 uur per week."),
        care_goal=("Weer grip krijgen op mijn gedachten.",
                   "Behandeling psychose; klinische opname en stabilisatie."),
        end_reason=EndReason.HEALTH,
        end_text="Opname in verband met een psychose; werk staat even stil. Afgesproken: na "
                 "herstel opnieuw aanmelden, de deur blijft open.",
    ),
    # --- WGB: behandeling en re-integratie tegelijk, met UWV en de re-integratiecoach -------
    Story(
        name="Bart Willems", born=date(1980, 10, 10), gemeente="GM0356",
        benefit=BenefitStatus.ZIEKTEWET, route=TrajectoryType.WGB, phase="intake", wgb_months=12,
        start=6, since=6, ladder=(3,), own_ladder=(3,), sector="installatietechniek",
        direction="Terug naar mijn vak als installatiemonteur, eventueel aangepast.",
        meaning="Zonder werk weet ik niet wie ik ben.",
        work_goal=("Weer monteur zijn, al is het eerst minder uren.",
                   "Werkhervatting in eigen of passend werk; minstens één trede hoger op "
                   "de participatieladder binnen twaalf maanden."),
        care_goal=("Niet meer piekeren over wat er op mijn werk gebeurd is.",
                   "Werkgerichte CGT (W-CGT) bij depressieve klachten na conflict op het "
                   "werk."),
        uwv=True,
    ),
    Story(
        name="Carla Vermeij", born=date(1975, 3, 3), gemeente="GM0335",
        benefit=BenefitStatus.ZIEKTEWET, route=TrajectoryType.WGB, phase="uwv_gesprek",
        wgb_months=18, start=25, since=10, ladder=(2,), own_ladder=(2,), sector="zorg",
        direction="In de zorg blijven, maar niet meer in de nachtdienst.",
        meaning="Voor anderen zorgen is wie ik ben. Ik moet alleen ook voor mezelf zorgen.",
        work_goal=("Weer in de zorg werken, maar dan overdag.",
                   "Re-integratie in passend werk in de zorg, dagdiensten, opbouw naar 20 "
                   "uur per week."),
        care_goal=("Weer slapen zonder nachtmerries.",
                   "Behandeling PTSS (EMDR) en herstel van het slaapritme."),
        uwv=True,
    ),
    Story(
        name="Freek Jonker", born=date(1966, 7, 19), gemeente="GM0344",
        benefit=BenefitStatus.WIA, route=TrajectoryType.WGB, phase="plan_van_aanpak",
        wgb_months=12, start=50, since=15, ladder=(3,), own_ladder=(2,), sector="administratie",
        direction="Administratief werk, thuis of op een rustige plek.",
        meaning="Nuttig zijn. Mijn hoofd weer gebruiken.",
        work_goal=("Twee ochtenden per week iets nuttigs doen met mijn hoofd.",
                   "Start met onbetaald werk of proefplaatsing (trede 4), opbouw naar "
                   "betaald werk."),
        care_goal=("Minder angstig zijn dat ik het niet meer kan.",
                   "W-CGT: faalangst en vermijding rond werk verminderen."),
        uwv=True,
    ),
    Story(
        name="Mirjam Post", born=date(1988, 11, 30), gemeente="GM0331",
        benefit=BenefitStatus.WW, route=TrajectoryType.WGB, phase="startgesprek",
        wgb_months=12, start=100, since=8, ladder=(2, 3), own_ladder=(2, 3),
        sector="secretariaat", direction="Secretaresse of receptie.",
        meaning="Contact met mensen, maar wel met een duidelijke taak.",
        work_goal=("Een baan waar ik mijn agenda zelf kan indelen.",
                   "Betaald werk in secretariële functie, 20 uur per week, binnen de "
                   "looptijd van het WGB-traject."),
        care_goal=("Nee leren zeggen zonder me schuldig te voelen.",
                   "W-CGT en assertiviteitstraining; grenzen bewaken op het werk."),
        uwv=True,
    ),
    Story(
        name="Ahmed Benali", born=date(1984, 1, 9), gemeente="GM0344",
        benefit=BenefitStatus.WIA, route=TrajectoryType.WGB, phase="uitvoering",
        wgb_months=18, start=180, since=60, ladder=(2, 3, 4), own_ladder=(3, 3, 4),
        sector="techniek", direction="Technisch onderhoud, bijvoorbeeld in een school of "
                                     "sporthal.",
        meaning="Mijn kinderen vragen wat ik doe. Ik wil een antwoord hebben.",
        work_goal=("Een vaste plek als conciërge of onderhoudsman.",
                   "Proefplaatsing technische dienst, daarna betaald werk 24 uur per week "
                   "(trede 4 naar 5)."),
        care_goal=("Minder last van mijn rug en mijn somberheid samen.",
                   "W-CGT bij depressie met chronische pijn; activiteitenopbouw."),
        uwv=True,
    ),
    Story(
        name="Esther van Dam", born=date(1973, 6, 6), gemeente="GM0352",
        benefit=BenefitStatus.ZIEKTEWET, route=TrajectoryType.WGB, phase="evaluatie",
        wgb_months=12, start=350, since=12, ladder=(3, 4, 5), own_ladder=(3, 4, 5),
        sector="onderwijs", direction="Terug voor de klas, of als remedial teacher.",
        meaning="Lesgeven is mijn vak. Ik wil het weer met plezier doen.",
        work_goal=("Weer lesgeven, kleinere groepen.",
                   "Werkhervatting als remedial teacher, 20 uur per week (trede 5)."),
        care_goal=("Mijn perfectionisme loslaten.",
                   "W-CGT bij burn-out en perfectionisme; terugvalpreventie."),
        uwv=True,
    ),
    Story(
        name="Rob Kok", born=date(1977, 9, 15), gemeente="GM0355",
        benefit=BenefitStatus.WW, route=TrajectoryType.WGB, phase=CLOSED,
        closed_after="evaluatie", wgb_months=12, start=420, since=50, ladder=(3, 4, 6),
        own_ladder=(3, 5, 6), sector="logistiek", direction="Planner in de logistiek.",
        meaning="Overzicht hebben, ook in mijn eigen leven.",
        work_goal=("Een nieuwe baan als planner.",
                   "Betaald werk zonder ondersteuning als logistiek planner (trede 6)."),
        care_goal=("Mijn somberheid herkennen voor het te laat is.",
                   "W-CGT bij depressie; signaleringsplan."),
        uwv=True,
        end_reason=EndReason.GOAL_REACHED,
        end_text="Doel bereikt: meneer werkt 32 uur per week als planner. Van trede 3 naar "
                 "trede 6.",
    ),
    # --- Werkwijze(r): driegesprek van cliënt, behandelaar en UWV ----------------------------
    Story(
        name="Linda Hermans", born=date(1982, 5, 5), gemeente="GM0344",
        benefit=BenefitStatus.WIA, route=TrajectoryType.WERKWIJZER, phase="driegesprek",
        start=10, since=10, ladder=(3,), own_ladder=(3,), sector="facilitair",
        direction="Facilitair werk: post, koffie, vergaderzalen.",
        meaning="Bij een team horen, zonder dat alles van mij afhangt.",
        work_goal=("Een paar ochtenden per week een vaste taak.",
                   "Passend werk binnen de mogelijkheden van de WIA, 12 uur per week."),
        care_goal=("Mijn dwanggedachten minder laten bepalen wat ik doe.",
                   "Behandeling dwangstoornis (ERP); toepassen op werksituaties."),
        uwv=True,
    ),
    Story(
        name="Orhan Demir", born=date(1978, 8, 21), gemeente="GM0356",
        benefit=BenefitStatus.WW, route=TrajectoryType.WERKWIJZER, phase="acties",
        start=60, since=45, ladder=(3, 4), own_ladder=(3, 4), sector="bouw",
        direction="Uitvoerder of werkvoorbereider in de bouw.",
        meaning="Mijn gezin onderhouden.",
        work_goal=("Weer aan het werk voordat mijn WW afloopt.",
                   "Betaald werk als werkvoorbereider, 32 uur per week; scholing via UWV."),
        care_goal=("Rustiger worden in mijn hoofd.",
                   "Behandeling gegeneraliseerde angststoornis; ontspanning en "
                   "piekerbeperking."),
        uwv=True,
    ),
    Story(
        name="Petra Schipper", born=date(1969, 2, 14), gemeente="GM0321",
        benefit=BenefitStatus.WIA, route=TrajectoryType.WERKWIJZER, phase=CLOSED,
        closed_after="acties", start=200, since=90, ladder=(3, 3), own_ladder=(3, 4),
        sector="klantenservice", direction="Klantenservice, telefonisch.",
        meaning="Weer meedoen.",
        work_goal=("Thuis werken aan de telefoon.",
                   "Passend werk in de klantenservice, 16 uur per week."),
        care_goal=("Mijn energie beter verdelen.",
                   "Behandeling depressie; activatie en dagstructuur."),
        uwv=True,
        end_reason=EndReason.OTHER_ROUTE,
        end_text="Afspraken uit het driegesprek zijn uitgevoerd; UWV zet nu een "
                 "re-integratietraject in bij een re-integratiebedrijf.",
    ),
    # --- Eigen routes ------------------------------------------------------------------------
    Story(
        name="Yara Koster", born=date(1995, 9, 19), gemeente="GM0344",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.OWN, phase="eigen-2",
        origin=DECLINED, start=75, since=40, ladder=(2, 3, 4), own_ladder=(2, 3, 4),
        sector="vrijwilligerswerk",
        own_phases=("Kennismaking Herstelacademie", "Vrijwilligerswerk", "Evaluatie en vervolg"),
        direction="Eerst vrijwilligerswerk, later misschien betaald.",
        meaning="Ik wil eerst weer vertrouwen krijgen dat ik iets kan.",
        work_goal=("Twee ochtenden vrijwilligerswerk bij de buurtkamer.",
                   "Onbetaald werk (trede 4), daarna opnieuw kijken naar betaald werk via "
                   "IPS."),
        care_goal=("Minder schaamte over wat er gebeurd is.",
                   "Behandeling depressie met zelfstigma; herstelgroep."),
        extra_goal=(LifeDomain.SOCIAL, DataCategory.WELZIJN,
                    "Ik wil weer ergens bij horen.",
                    "Deelname aan een herstelgroep van de Herstelacademie."),
        herstel=True,
        decline_reason="Bij de kennismaking gaf mevrouw aan nu geen betaald werk te willen, "
                       "maar eerst vrijwilligerswerk via de Herstelacademie. IPS volgt de "
                       "keuze van de cliënt: we spreken af over drie maanden opnieuw te "
                       "kijken.",
    ),
    Story(
        name="Dirk Veenstra", born=date(1986, 4, 4), gemeente="GM0736",
        benefit=BenefitStatus.BIJSTAND, route=TrajectoryType.OWN, phase="eigen-2",
        origin=GEMEENTE_START, start=90, since=35, ladder=(3, 4), own_ladder=(3, 4),
        sector="productie",
        own_phases=("Kennismaking", "Werkervaringsplek", "Bemiddeling naar werk"),
        direction="Productiewerk of inpakken, met duidelijke instructies.",
        meaning="Niet meer de hele dag thuis zitten.",
        work_goal=("Een werkervaringsplek waar ik kan laten zien dat ik het kan.",
                   "Werkervaringsplaats van drie maanden met behoud van uitkering (trede 4); "
                   "daarna bemiddeling naar betaald werk."),
        care_goal=("", ""),
        werkkracht="rc",
    ),
    Story(
        name="Sem Wouters", born=date(2002, 2, 28), gemeente="GM1581",
        benefit=BenefitStatus.NONE, route=TrajectoryType.OWN, phase="eigen-3",
        start=300, since=20, ladder=(3, 4, 5), own_ladder=(4, 4, 5), sector="zorg en welzijn",
        own_phases=("Oriëntatie op opleiding", "Leerwerkplek (BBL)", "Afronding en diploma"),
        direction="Een opleiding met werken erbij, in de zorg of het welzijnswerk.",
        meaning="Een diploma halen dat ik door mijn ziekte niet haalde.",
        work_goal=("Mijn diploma halen en daarna blijven werken.",
                   "BBL-opleiding Maatschappelijke Zorg niveau 3 afronden met leerwerkplek "
                   "(trede 5)."),
        care_goal=("Mijn concentratie vasthouden tijdens de lessen.",
                   "Behandeling na eerste psychose: cognitieve training en "
                   "medicatie-afstemming."),
        werkkracht="jc",
    ),
)
# fmt: on

# Referrals still waiting for a decision: name, born, gemeente, benefit, route, days ago.
PENDING: tuple[tuple[str, date, str, str, str, int, str, str], ...] = (
    (
        "Julia van Rijn",
        date(1998, 10, 12),
        "GM0344",
        BenefitStatus.BIJSTAND,
        TrajectoryType.IPS,
        3,
        "Iets creatiefs: grafisch werk of in een fotostudio.",
        "Ik wil iets maken waar ik trots op ben.",
    ),
    (
        "Stefan Bosman",
        date(2000, 1, 25),
        "GM0355",
        BenefitStatus.WAJONG,
        TrajectoryType.IPS,
        8,
        "Dieren: een dierenasiel of kinderboerderij.",
        "Dieren oordelen niet. Daar voel ik me veilig.",
    ),
    (
        "Fenna de Jong",
        date(1974, 12, 8),
        "GM0632",
        BenefitStatus.WIA,
        TrajectoryType.WERKWIJZER,
        2,
        "Terug naar de boekhouding, minder uren.",
        "Ik mis mijn collega's en het gevoel dat ik bijdraag.",
    ),
)

PHASE_REASONS = {
    "kennismaking": "Kennismaking gehad; we maken samen het loopbaanprofiel.",
    "zoeken": "Loopbaanprofiel klaar. Eerst plaatsen, dan trainen: we gaan zoeken.",
    "plaatsing": "Gestart bij {employer}.",
    "nazorg": "Proeftijd voorbij; nazorg zolang de cliënt dat wil.",
    "uwv_gesprek": "Afspraak bij UWV met verzekeringsarts en arbeidsdeskundige.",
    "plan_van_aanpak": "Arbeidsanamnese gedaan; eerste plan van aanpak ligt er.",
    "koppeling": "Re-integratiecoach van Werkkracht gekoppeld.",
    "aanvullende_anamnese": "Psycholoog doet de aanvullende anamnese.",
    "startgesprek": "Startgesprek met vier partijen gepland.",
    "uitvoering": "Plan afgesproken; uitvoering met doorlopende terugkoppeling.",
    "evaluatie": "Eindevaluatie: minstens één trede hoger op de participatieladder?",
    "acties": "Driegesprek gehouden; de acties zijn verdeeld.",
}

LADDER_NOTES = {
    1: "Nauwelijks contact buiten huis.",
    2: "Wekelijks contact met familie en een vriend.",
    3: "Doet wekelijks mee aan een georganiseerde activiteit.",
    4: "Onbetaald werk of werkervaringsplek.",
    5: "Betaald werk met ondersteuning.",
    6: "Betaald werk zonder ondersteuning.",
}


# --- The cast ----------------------------------------------------------------------------
@dataclass
class Cast:
    organisations: dict[str, Organisation]
    ips_team: Team
    fact_team: Team
    users: dict[str, User]
    memberships: dict[str, Membership]
    actors: dict[str, Actor]

    @classmethod
    def load(cls) -> Cast:
        names = (GGZ, UWV, GEMEENTE, REINTEGRATIE, HERSTEL)
        organisations = {o.name: o for o in Organisation.objects.filter(name__in=names)}
        users: dict[str, User] = {}
        memberships: dict[str, Membership] = {}
        actors: dict[str, Actor] = {}
        for key, email in CAST_EMAILS.items():
            user = User.objects.get(email=email)
            membership = (
                Membership.objects.filter(user=user, is_active=True)
                .select_related("organisation")
                .order_by("id")
                .first()
            )
            assert membership is not None, email
            users[key] = user
            memberships[key] = membership
            actors[key] = actor_for_user(user, membership_id=membership.pk)
        ggz = organisations[GGZ]
        return cls(
            organisations=organisations,
            ips_team=Team.objects.get(organisation=ggz, name=IPS_TEAM),
            fact_team=Team.objects.get(organisation=ggz, name=FACT_TEAM),
            users=users,
            memberships=memberships,
            actors=actors,
        )


def _category_of(owner: str, category: str) -> str:
    """What the behandelaar agrees to do is treatment data: it stays within the ggz unless the
    client consents to share treatment data."""
    return DataCategory.BEHANDELING if owner == "beh" else category


def _ago(days: int) -> date:
    return timezone.localdate() - timedelta(days=days)


def _at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def _spread(first: date, last: date, count: int) -> list[date]:
    """``count`` dates from ``first`` to ``last``, evenly apart."""
    if count <= 1:
        return [first]
    step = (last - first).days / (count - 1)
    return [first + timedelta(days=round(i * step)) for i in range(count)]


# --- Building one story -------------------------------------------------------------------
@dataclass
class Ctx:
    cast: Cast
    story: Story
    index: int
    trajectory: Trajectory
    lead: str  # key of the professional who runs the trajectory
    dates: dict[str, date]  # phase code -> the day it began
    contacts: list[date] = field(default_factory=list)

    @property
    def today(self) -> date:
        return timezone.localdate()

    def actor(self, key: str | None = None) -> Actor:
        return self.cast.actors[key or self.lead]

    def user(self, key: str | None = None) -> User:
        return self.cast.users[key or self.lead]

    def on_team(self, key: str) -> bool:
        return TeamMember.objects.filter(
            trajectory=self.trajectory, user=self.user(key), ended_on__isnull=True
        ).exists()

    def reached(self, phase: str) -> bool:
        return phase in self.dates

    def clamp(self, day: date) -> date:
        """Never after yesterday: a history lies in the past."""
        return min(day, self.today - timedelta(days=1))

    def goal(
        self,
        *,
        category: str,
        domain: str,
        own: str,
        professional: str,
        status: str,
        on: date,
        key: str | None = None,
        target: date | None = None,
        later: tuple[str, date] | None = None,
    ) -> Goal:
        details = GoalDetails(
            category=category,
            life_domain=domain,
            own_words=own,
            professional_text=professional,
            status=status,
            target_date=target,
        )
        # The stories' professionals chose each category knowingly (issue 11, item 4: a
        # category more people read than the default needs the author's confirmation).
        goal = goal_create(
            actor=self.actor(key), trajectory=self.trajectory, details=details, confirm_wider=True
        )
        Goal.objects.filter(pk=goal.pk).update(created_at=_at(on))
        GoalRevision.objects.filter(goal=goal, version=1).update(changed_at=_at(on))
        if later is not None:
            new_status, day = later
            goal = goal_update(
                actor=self.actor(key),
                goal=goal,
                version=goal.version,
                details=GoalDetails(
                    category=category,
                    life_domain=domain,
                    own_words=own,
                    professional_text=professional,
                    status=new_status,
                    target_date=target,
                ),
                confirm_wider=True,
            )
            GoalRevision.objects.filter(goal=goal, version=2).update(changed_at=_at(day, 14))
        return goal

    def action(
        self,
        description: str,
        *,
        owner: str,
        due: date,
        done: date | None = None,
        goal: Goal | None = None,
        category: str = DataCategory.REINTEGRATIE,
        key: str | None = None,
    ) -> None:
        action = action_create(
            actor=self.actor(key),
            trajectory=self.trajectory,
            description=description,
            owner=self.user(owner),
            due_on=due,
            goal=goal,
            category=_category_of(owner, category),
            confirm_wider=True,
        )
        self.finish(action, done, key)

    def finish(self, action: PlanAction, done: date | None, key: str | None = None) -> None:
        if done is None:
            return
        action_complete(actor=self.actor(key), action=action)
        PlanAction.objects.filter(pk=action.pk).update(done_on=done)

    def meeting(
        self,
        *,
        kind: str,
        on: date,
        participants: list[str],
        agenda: str,
        summary: str,
        decisions: list[tuple[str, str, date, date | None]],
        key: str | None = None,
        category: str = DataCategory.REINTEGRATIE,
    ) -> None:
        on = self.clamp(on)
        present = [p for p in participants if p and self.on_team(p)]
        meeting = meeting_record(
            actor=self.actor(key),
            trajectory=self.trajectory,
            details=MeetingDetails(
                kind=kind,
                held_on=on,
                client_present=True,
                agenda=agenda,
                summary=summary,
                category=category,
            ),
            participants=[self.user(p) for p in present],
            decisions=[
                DecisionItem(
                    description=text,
                    owner=self.user(owner),
                    due_on=due,
                    category=_category_of(owner, ""),
                )
                for text, owner, due, _done in decisions
                if owner in present
            ],
            confirm_wider=True,  # the story's category, as for goals and notes (issue 11)
        )
        self.contacts.append(on)
        made = {a.description: a for a in meeting.decisions.all()}
        for text, _owner, _due, done in decisions:
            if text in made:
                self.finish(made[text], done, key)

    def note(
        self,
        text: str,
        *,
        on: date,
        kind: str = NoteKind.NOTE,
        category: str = DataCategory.REINTEGRATIE,
        key: str | None = None,
    ) -> None:
        on = self.clamp(on)
        note_add(
            actor=self.actor(key),
            trajectory=self.trajectory,
            category=category,
            text=text,
            occurred_on=on,
            kind=kind,
            confirm_wider=True,
        )
        if kind == NoteKind.CLIENT_CONTACT:
            self.contacts.append(on)

    def ladder(self, *, first: date, last: date, key: str | None = None) -> None:
        story = self.story
        for steps, perspective in (
            (story.ladder, Perspective.PROFESSIONAL),
            (story.own_ladder, Perspective.CLIENT),
        ):
            previous: int | None = None
            for step, day in zip(steps, _spread(first, last, len(steps)), strict=True):
                if perspective == Perspective.CLIENT:
                    text = "Zo zie ik het zelf."
                elif previous is None:
                    text = f"Startmeting. {LADDER_NOTES[step]}"
                elif step > previous:
                    text = f"Een trede hoger. {LADDER_NOTES[step]}"
                else:
                    text = LADDER_NOTES[step]
                ladder_assess(
                    actor=self.actor(key),
                    trajectory=self.trajectory,
                    step=step,
                    perspective=perspective,
                    assessed_on=min(day, self.today),
                    note=text,
                )
                previous = step


def _details(story: Story, index: int, ggz: bool) -> ClientDetails:
    prefix = "EPD" if ggz else "BIJ"
    return ClientDetails(
        full_name=story.name,
        date_of_birth=story.born,
        gemeente=Gemeente.objects.get(code=story.gemeente),
        phone=story.phone,
        client_number=f"{prefix}-{12040 + index * 37}",
    )


def _consent(
    cast: Cast,
    client: Client,
    recorder: str,
    recipient: str,
    categories: Sequence[str],
    purpose: str,
    on: date,
    role: str = "",
    trajectory: Trajectory | None = None,
) -> None:
    """``recipient`` is an organisation's key, or empty with ``trajectory`` for the care team
    of that trajectory (decision 0037)."""
    consent = consent_record(
        actor=cast.actors[recorder],
        client=client,
        recipient=cast.organisations[recipient] if recipient else None,
        trajectory=trajectory,
        recipient_role=role,
        categories=list(categories),
        purpose=purpose,
        valid_from=on,
        valid_until=None,
        confirm_leaves_ggz=True,
        document=_signed_form() if client.user_id is None else None,
    )
    if consent.awaits_client:
        # In the demo the client has confirmed it in the portal (belastbaarheid for UWV).
        Consent.objects.filter(pk=consent.pk).update(client_confirmed_at=timezone.now())


def _signed_form() -> SimpleUploadedFile:
    """A client without a portal account confirms on paper: the signed form, uploaded."""
    return SimpleUploadedFile(
        "toestemming-ondertekend.pdf", b"%PDF-1.4\n% demo\n%%EOF\n", "application/pdf"
    )


PURPOSES = {
    TrajectoryType.IPS: ConsentPurpose.IPS,
    TrajectoryType.WGB: ConsentPurpose.WGB,
    TrajectoryType.WERKWIJZER: ConsentPurpose.WERKWIJZER,
    TrajectoryType.OWN: ConsentPurpose.OTHER,
}
WORK = [DataCategory.BASIS, DataCategory.WERK, DataCategory.REINTEGRATIE]


def _consents(cast: Cast, story: Story, client: Client, recorder: str, on: date) -> None:
    """What the client agreed to share, recorded by the organisation that holds the record.
    Never treatment data for UWV: the treatment goals stay within the ggz."""
    purpose = PURPOSES[TrajectoryType(story.route)]
    if story.uwv:
        if story.route == TrajectoryType.WGB:
            # WGB: verzekeringsarts and arbeidsdeskundige both; belastbaarheid as well.
            _consent(cast, client, recorder, UWV, [*WORK, DataCategory.BELASTBAARHEID], purpose, on)
        else:
            _consent(cast, client, recorder, UWV, WORK, purpose, on, Role.ARBEIDSDESKUNDIGE)
    if story.klantmanager and recorder != "km":
        _consent(cast, client, recorder, GEMEENTE, WORK, purpose, on)
    if story.werkkracht or story.route == TrajectoryType.WGB:
        # WGB: the re-integratiecoach of Werkkracht sharpens the plan.
        _consent(cast, client, recorder, REINTEGRATIE, WORK, purpose, on)
    if story.herstel:
        categories = [DataCategory.BASIS, DataCategory.REINTEGRATIE, DataCategory.WELZIJN]
        _consent(cast, client, recorder, HERSTEL, categories, purpose, on)


def _team_consent(cast: Cast, story: Story, trajectory: Trajectory, recorder: str) -> None:
    """What UWV and Werkkracht record on the shared trajectory is theirs: it reaches the
    ggz that runs it only with the client's consent as well. The client gives it to the
    trajectory's care team (decision 0037), not to the whole organisation that runs it: the
    behandelaar on the team reads the arbeidsdeskundige's belastbaarheid, a ggz colleague
    off the team does not."""
    if story.route == TrajectoryType.WGB or story.werkkracht:
        shared = [DataCategory.WERK, DataCategory.REINTEGRATIE, DataCategory.BELASTBAARHEID]
        purpose = PURPOSES[TrajectoryType(story.route)]
        _consent(
            cast,
            trajectory.client,
            recorder,
            "",
            shared,
            purpose,
            _ago(story.start),
            trajectory=trajectory,
        )


def _intake_reason(route: str) -> str:
    return {
        TrajectoryType.IPS: "Duidelijke werkwens. IPS: de werkwens is het enige criterium; "
        "eerst plaatsen, dan trainen.",
        TrajectoryType.WGB: "Specialistische ggz-indicatie en een UWV-uitkering; behandeling en "
        "re-integratie tegelijk in het WGB-traject.",
        TrajectoryType.WERKWIJZER: "Behandeling en het UWV-traject lopen los van elkaar; een "
        "driegesprek met UWV moet ze op elkaar afstemmen.",
        TrajectoryType.OWN: "Cliënt wil een opleiding met werken erbij; een eigen route met "
        "de jobcoach past beter dan IPS.",
    }[TrajectoryType(route)]


def _coherence(story: Story) -> str:
    return {
        TrajectoryType.IPS: "Werk geeft structuur en ritme en helpt het herstel. Niet wachten "
        "tot de klachten weg zijn.",
        TrajectoryType.WGB: "Klachten en verzuim hangen samen; werkgerichte behandeling (W-CGT) "
        "tegelijk met re-integratie.",
        TrajectoryType.WERKWIJZER: "Cliënt is belastbaar voor enkele dagdelen; de behandeling "
        "moet rekening houden met de afspraken met UWV.",
        TrajectoryType.OWN: "Een opleiding met werkplek geeft doel en ritme; de behandeling "
        "ondersteunt de concentratie.",
    }[TrajectoryType(story.route)]


def _intake(
    cast: Cast, story: Story, client: Client, held_on: date, outcome: str, team: Team
) -> Intake:
    return intake_record(
        actor=cast.actors["beh"],
        client=client,
        details=IntakeDetails(
            held_on=held_on,
            ladder_step=story.ladder[0],
            benefit_status=story.benefit,
            has_paid_work=False,
            work_discussed=True,
            work_wish=WorkWish.YES,
            work_direction=story.direction,
            work_meaning=story.meaning,
            work_coherence=_coherence(story),
            outcome=outcome,
            reason=_intake_reason(outcome),
            refer_to=team,
        ),
    )


def _date_referral(referral: Referral, created: date, decided: date) -> None:
    Referral.objects.filter(pk=referral.pk).update(
        created_at=_at(created, 9), decided_at=_at(decided, 15)
    )


def _begin(cast: Cast, story: Story, index: int) -> tuple[Trajectory, str]:
    """The client, the consents, the intake or referral and the accepted trajectory; then the
    start moved back to ``story.start`` days ago. Returns the trajectory and its lead."""
    start = _ago(story.start)
    intake_on = start - timedelta(days=7 + index % 9)
    route = TrajectoryType(story.route)
    setup = TrajectorySetup(wgb_months=story.wgb_months, own_phases=list(story.own_phases))
    if story.origin in (BY_GEMEENTE, GEMEENTE_START):
        client = client_create(actor=cast.actors["km"], details=_details(story, index, False))
        if story.origin == BY_GEMEENTE:
            _consent(
                cast,
                client,
                "km",
                GGZ,
                [*WORK, DataCategory.WELZIJN],
                PURPOSES[route],
                intake_on,
            )
        _consents(cast, story, client, "km", intake_on)
        if story.origin == BY_GEMEENTE:
            referral = referral_create(
                actor=cast.actors["km"],
                client=client,
                route=route,
                to_team=cast.ips_team,
                reason="Meneer heeft een duidelijke werkwens en is in behandeling bij het "
                "FACT-team. Verwijzing naar IPS vanuit de bijstand: de werkwens is het "
                "criterium, er is geen selectie vooraf.",
            )
            trajectory = referral_accept(actor=cast.actors["ips"], referral=referral)
            _date_referral(referral, intake_on, start)
            lead = "ips"
        else:
            trajectory = trajectory_start(
                actor=cast.actors["km"], client=client, trajectory_type=route, setup=setup
            )
            lead = "km"
    else:
        existing = Client.objects.filter(
            full_name=story.name, organisation=cast.organisations[GGZ]
        ).first()
        client = existing or client_create(
            actor=cast.actors["beh"], details=_details(story, index, True)
        )
        _consents(cast, story, client, "beh", intake_on)
        if story.origin == DECLINED:
            intake = _intake(cast, story, client, intake_on, IntakeOutcome.IPS, cast.ips_team)
            assert intake.referral is not None
            referral_decline(
                actor=cast.actors["ips"], referral=intake.referral, reason=story.decline_reason
            )
            _date_referral(intake.referral, intake_on, intake_on + timedelta(days=6))
            trajectory = trajectory_start(
                actor=cast.actors["beh"], client=client, trajectory_type=route, setup=setup
            )
            lead = "beh"
        else:
            team = cast.ips_team if route == TrajectoryType.IPS else cast.fact_team
            intake = _intake(cast, story, client, intake_on, route.value, team)
            assert intake.referral is not None
            lead = "ips" if route == TrajectoryType.IPS else "beh"
            trajectory = referral_accept(
                actor=cast.actors[lead], referral=intake.referral, setup=setup
            )
            _date_referral(intake.referral, intake_on, start)
    recorder = "km" if story.origin in (BY_GEMEENTE, GEMEENTE_START) else "beh"
    _team_consent(cast, story, trajectory, recorder)
    Trajectory.objects.filter(pk=trajectory.pk).update(
        started_on=start, phase_since=start, last_contact_on=start
    )
    PhaseChange.objects.filter(trajectory=trajectory).update(changed_on=start)
    TeamMember.objects.filter(trajectory=trajectory).update(started_on=start)
    trajectory.refresh_from_db()
    return trajectory, lead


def _path(story: Story) -> list[str]:
    codes = [p.code for p in phases_for(story.route, list(story.own_phases))]
    if story.phase == CLOSED:
        return [*codes[1 : codes.index(story.closed_after) + 1], CLOSED]
    return codes[1 : codes.index(story.phase) + 1]


def _walk(ctx: Ctx) -> None:
    """Through the phases up to the current one, dated between the start and ``since``."""
    story = ctx.story
    start, since = _ago(story.start), _ago(story.since)
    ctx.dates[phases_for(story.route, list(story.own_phases))[0].code] = start
    path = _path(story)
    if not path:
        return
    # The earlier phases are spread between the start and the current phase; 'zoeken' with
    # an overdue first employer contact and 'afgesloten' begin exactly at ``since``.
    days = _spread(start, since, len(path) + 1)[1:]
    for code, day in zip(path, days, strict=True):
        reason = PHASE_REASONS.get(code, "").format(employer=story.employer)
        end_reason = story.end_reason if code == CLOSED else ""
        if code == CLOSED:
            reason = story.end_text
        ctx.trajectory = trajectory_phase_change(
            actor=ctx.actor(),
            trajectory=ctx.trajectory,
            version=ctx.trajectory.version,
            to_phase=code,
            reason=reason,
            end_reason=end_reason,
            on=day,
        )
        ctx.dates[code] = day


def _team(ctx: Ctx, key: str, on: date) -> None:
    if ctx.on_team(key):
        return
    member = team_member_add(
        actor=ctx.actor(), trajectory=ctx.trajectory, membership=ctx.cast.memberships[key]
    )
    TeamMember.objects.filter(pk=member.pk).update(started_on=min(on, ctx.today))


def _build_team(ctx: Ctx) -> None:
    story, start = ctx.story, _ago(ctx.story.start)
    soon = start + timedelta(days=3)
    route = TrajectoryType(story.route)
    if route == TrajectoryType.IPS:
        _team(ctx, "beh", soon)
        if story.uwv:
            _team(ctx, "ad", soon)
        if story.klantmanager:
            _team(ctx, "km", soon)
    elif route == TrajectoryType.WGB:
        if ctx.reached("uwv_gesprek"):
            _team(ctx, "ad", ctx.dates["uwv_gesprek"])
            _team(ctx, "va", ctx.dates["uwv_gesprek"])
        if ctx.reached("koppeling"):
            _team(ctx, "rc", ctx.dates["koppeling"])
    elif route == TrajectoryType.WERKWIJZER:
        _team(ctx, "ad", start)
    if story.werkkracht:
        _team(ctx, story.werkkracht, soon)
    if story.herstel:
        _team(ctx, "ed", soon)


def _tell(cast: Cast, story: Story, index: int) -> None:
    trajectory, lead = _begin(cast, story, index)
    ctx = Ctx(cast=cast, story=story, index=index, trajectory=trajectory, lead=lead, dates={})
    _walk(ctx)
    _build_team(ctx)
    route = TrajectoryType(story.route)
    if route == TrajectoryType.IPS:
        _ips(ctx)
    elif route == TrajectoryType.WGB:
        _wgb(ctx)
    elif route == TrajectoryType.WERKWIJZER:
        _werkwijzer(ctx)
    else:
        _own(ctx)
    _finish_contact(ctx)


def _finish_contact(ctx: Ctx) -> None:
    """'Last contact' as the story wants it: recent, unless the story is about a lapse."""
    story = ctx.story
    start = _ago(story.start)
    if ctx.trajectory.ended_on is not None:
        last = ctx.trajectory.ended_on
    else:
        if story.last_contact is not None:
            wanted = _ago(story.last_contact)
            ctx.contacts = [day for day in ctx.contacts if day <= wanted]
        else:
            wanted = _ago(2 + ctx.index % 11)
        if max(ctx.contacts, default=start) < wanted and wanted > start:
            ctx.note(
                _RECENT_CONTACT[ctx.index % len(_RECENT_CONTACT)],
                on=wanted,
                kind=NoteKind.CLIENT_CONTACT,
            )
        last = max([*ctx.contacts, start])
    Trajectory.objects.filter(pk=ctx.trajectory.pk).update(last_contact_on=last)


_RECENT_CONTACT = (
    "Gebeld: het gaat redelijk, volgende week samen verder.",
    "Wandelgesprek in het park; cliënt vertelt dat de week goed ging.",
    "Cliënt kwam langs op het spreekuur; afspraken van vorige keer nagelopen.",
    "Appcontact: cliënt stuurde een foto van zijn werkplek. Trots.",
    "Thuisbezoek: rustig gesprek, cliënt heeft meer energie dan vorige maand.",
)


# --- IPS ---------------------------------------------------------------------------------
def _ips(ctx: Ctx) -> None:
    story, d = ctx.story, ctx.dates
    start = d["aanmelding"]
    employer = story.employer or EMPLOYER_POOL[ctx.index % len(EMPLOYER_POOL)]
    four = ctx.on_team("ad") or ctx.on_team("km")
    ctx.note(
        "Kennismaking bij cliënt thuis. Werkwens besproken: "
        f"{story.direction[0].lower()}{story.direction[1:]}",
        on=start + timedelta(days=2),
        kind=NoteKind.CLIENT_CONTACT,
        category=DataCategory.WERK,
    )
    # The plan: the work goal (IPS, werk), the treatment goal (ggz, behandeling).
    work_status = GoalStatus.PROPOSED
    later: tuple[str, date] | None = None
    if ctx.reached("kennismaking"):
        work_status = GoalStatus.ACCEPTED
    if ctx.reached("zoeken"):
        work_status = GoalStatus.ACTIVE
    if ctx.reached("nazorg"):
        later = (GoalStatus.COMPLETED, d["nazorg"])
    if story.phase == CLOSED and story.end_reason == EndReason.HEALTH:
        later = (GoalStatus.ON_HOLD, d[CLOSED])
    work = ctx.goal(
        category=DataCategory.WERK,
        domain=LifeDomain.WORK,
        own=story.work_goal[0],
        professional=story.work_goal[1],
        status=work_status,
        on=start + timedelta(days=2),
        target=start + timedelta(days=180),
        later=later,
    )
    care = ctx.goal(
        key="beh",
        category=DataCategory.BEHANDELING,
        domain=LifeDomain.HEALTH,
        own=story.care_goal[0],
        professional=story.care_goal[1],
        status=GoalStatus.ACTIVE,
        on=start + timedelta(days=5),
    )
    if story.extra_goal is not None:
        domain, category, own, professional = story.extra_goal
        ctx.goal(
            category=category,
            domain=domain,
            own=own,
            professional=professional,
            status=GoalStatus.ACCEPTED,
            on=start + timedelta(days=6),
        )
    if not ctx.reached("kennismaking"):
        ctx.action(
            "Kennismakingsgesprek en loopbaanprofiel plannen",
            owner="ips",
            due=ctx.today + timedelta(days=5),
            goal=work,
        )
        ctx.action(
            "Behandelaar informeren over de start van IPS",
            owner="ips",
            due=start + timedelta(days=3),
            done=ctx.clamp(start + timedelta(days=2)),
        )
        ctx.ladder(first=start, last=start)
        return
    k = d["kennismaking"]
    # The three- or four-party meeting: treatment plan and work plan aligned.
    ctx.meeting(
        kind=MeetingKind.VIERGESPREK if four else MeetingKind.DRIEGESPREK,
        on=k + timedelta(days=6),
        participants=["ips", "beh", "ad", "km"],
        agenda="Werkwens van de cliënt; wat vraagt werk van de behandeling; wie doet wat.",
        summary="Behandelplan en re-integratieplan op elkaar afgestemd. De cliënt zegt: "
        f'"{story.work_goal[0]}" De behandelaar neemt '
        "werkgerelateerde spanning mee in de behandeling; de IPS-trajectbegeleider start met "
        "het loopbaanprofiel. Eerst plaatsen, dan trainen.",
        decisions=[
            (
                "Loopbaanprofiel afronden met de cliënt",
                "ips",
                k + timedelta(days=20),
                k + timedelta(days=18) if ctx.reached("zoeken") else None,
            ),
            (
                "Werkgerelateerde spanning meenemen in de behandeling",
                "beh",
                k + timedelta(days=35),
                k + timedelta(days=30) if ctx.reached("zoeken") else None,
            ),
            (
                "Inkomensgevolgen van parttime werk doorrekenen",
                "km",
                k + timedelta(days=21),
                k + timedelta(days=19),
            ),
        ],
    )
    ctx.note(
        "Behandeling: cliënt reageert goed op de gesprekken; werk wordt gezien als onderdeel van "
        "het herstel, niet als iets voor later.",
        key="beh",
        on=k + timedelta(days=10),
        category=DataCategory.BEHANDELING,
    )
    ctx.action(
        "CORAL-keuzehulp over openheid naar de werkgever samen doornemen",
        owner="ips",
        due=k + timedelta(days=14),
        done=ctx.clamp(k + timedelta(days=13)) if ctx.reached("zoeken") else None,
        goal=work,
    )
    ctx.action(
        "Medicatie-evaluatie: bijwerkingen en werktijden",
        key="beh",
        owner="beh",
        due=k + timedelta(days=28),
        # Done once the search started; one overdue evaluation stays on the behandelaar's list.
        done=(
            ctx.clamp(k + timedelta(days=26))
            if ctx.reached("zoeken") and story.name != "Tom Hoekstra"
            else None
        ),
        goal=care,
    )
    if not ctx.reached("zoeken"):
        ctx.ladder(first=start, last=k + timedelta(days=7))
        return
    z = d["zoeken"]
    if story.overdue_search:
        # No face-to-face employer contact yet: the caseload flags it.
        ctx.note(
            "Vacatures doorgenomen en cv bijgewerkt. Cliënt twijfelt over openheid; CORAL-"
            "keuzehulp opnieuw meegegeven.",
            on=z + timedelta(days=5),
            kind=NoteKind.CLIENT_CONTACT,
        )
        ctx.note(
            "Afspraak met cliënt afgezegd wegens drukte; telefonisch contact gehad.",
            on=z + timedelta(days=19),
            kind=NoteKind.CLIENT_CONTACT,
        )
        ctx.action(
            f"Eerste werkgeversbezoek in de richting {story.sector}",
            owner="ips",
            due=z + timedelta(days=21),
            goal=work,
        )
        ctx.ladder(first=start, last=z + timedelta(days=10))
        return
    # Job search: face-to-face employer contacts within the first weeks.
    visits = [
        (EMPLOYER_POOL[(ctx.index + 3) % len(EMPLOYER_POOL)], 6),
        (EMPLOYER_POOL[(ctx.index + 5) % len(EMPLOYER_POOL)], 13),
        (employer, 19),
    ]
    for name, offset in visits:
        ctx.note(
            f"Face-to-face bij {name}: kennisgemaakt met de leidinggevende en gevraagd naar "
            f"werk in de richting {story.sector}."
            + (" Cliënt was mee en stelde zelf vragen." if name == employer else ""),
            on=z + timedelta(days=offset),
            kind=NoteKind.EMPLOYER_CONTACT,
            category=DataCategory.WERK,
        )
    ctx.note(
        "Samen vacatures doorgenomen; cliënt kiest zelf wat hij of zij over de aandoening vertelt.",
        on=z + timedelta(days=9),
        kind=NoteKind.CLIENT_CONTACT,
    )
    if not ctx.reached("plaatsing") and story.phase != CLOSED:
        ctx.action(
            f"Tweede gesprek bij {employer} voorbereiden",
            owner="ips",
            due=ctx.today + timedelta(days=4),
            goal=work,
        )
        ctx.action(
            "Cv en korte introductietekst voor werkgevers afmaken",
            owner="ips",
            due=ctx.today - timedelta(days=3),
            goal=work,
        )
        ctx.ladder(first=start, last=ctx.clamp(z + timedelta(days=20)))
        return
    if story.phase == CLOSED and not ctx.reached("plaatsing"):
        ctx.note(
            "Cliënt is opgenomen. Contact met de behandelaar; het traject wordt afgesloten met "
            "de afspraak dat cliënt na herstel opnieuw kan instromen.",
            on=d[CLOSED] - timedelta(days=2),
            category=DataCategory.REINTEGRATIE,
        )
        ctx.ladder(first=start, last=d[CLOSED] - timedelta(days=3))
        return
    p = d["plaatsing"]
    ctx.note(
        f"Eerste werkdag bij {employer}. Ingewerkt door een vaste collega; cliënt was "
        "zenuwachtig maar tevreden.",
        on=p + timedelta(days=1),
        kind=NoteKind.CLIENT_CONTACT,
        category=DataCategory.WERK,
    )
    ctx.note(
        f"Werkplekbezoek bij {employer}: gesprek met leidinggevende over taken en ritme.",
        on=p + timedelta(days=12),
        kind=NoteKind.EMPLOYER_CONTACT,
        category=DataCategory.WERK,
    )
    if ctx.on_team("km"):
        ctx.action(
            "Loonkostensubsidie en jobcoach aanvragen",
            owner="km",
            due=p + timedelta(days=14),
            done=ctx.clamp(p + timedelta(days=10)),
        )
    ctx.meeting(
        kind=MeetingKind.EVALUATION,
        on=p + timedelta(days=28),
        participants=["ips", "beh", "km", "jc"],
        agenda="Hoe gaat het werk? Wat heeft de cliënt nodig van werkgever en behandeling?",
        summary=f"Cliënt werkt bij {employer} en voelt zich er thuis. De werkgever weet "
        "alleen wat de cliënt zelf heeft verteld. Afgesproken: uren pas uitbreiden als het "
        "ritme stabiel is.",
        decisions=[
            (
                "Over vier weken opnieuw evalueren met de leidinggevende",
                "ips",
                p + timedelta(days=56),
                p + timedelta(days=54) if ctx.reached("nazorg") else None,
            ),
        ],
    )
    if not ctx.reached("nazorg"):
        ctx.ladder(first=start, last=ctx.clamp(p + timedelta(days=21)))
        return
    n = d["nazorg"]
    ctx.note(
        "Nazorg: cliënt werkt zelfstandig. Maandelijks contact; de deur blijft open.",
        on=n + timedelta(days=3),
        kind=NoteKind.CLIENT_CONTACT,
    )
    ctx.meeting(
        kind=MeetingKind.EVALUATION,
        on=n + timedelta(days=45),
        participants=["ips", "beh"],
        agenda="Nazorg: wat gaat goed, waar zijn signalen van overbelasting?",
        summary="Het werk loopt goed. Signaleringsplan besproken met cliënt; de behandeling "
        "wordt afgebouwd. Nazorg blijft zolang de cliënt dat wil.",
        decisions=[
            (
                "Signaleringsplan delen met de leidinggevende (als de cliënt dat wil)",
                "ips",
                n + timedelta(days=60),
                n + timedelta(days=58),
            ),
        ],
    )
    if story.phase != CLOSED:
        ctx.action(
            "Nazorggesprek met cliënt en leidinggevende",
            owner="ips",
            due=ctx.today + timedelta(days=18),
        )
    ctx.ladder(first=start, last=ctx.clamp(n + timedelta(days=40)))


# --- WGB ---------------------------------------------------------------------------------
def _wgb(ctx: Ctx) -> None:
    story, d = ctx.story, ctx.dates
    start = d["intake"]
    care = ctx.goal(
        category=DataCategory.BEHANDELING,
        domain=LifeDomain.HEALTH,
        own=story.care_goal[0],
        professional=story.care_goal[1],
        status=GoalStatus.ACTIVE,
        on=start + timedelta(days=1),
    )
    closed = story.phase == CLOSED
    work = ctx.goal(
        category=DataCategory.REINTEGRATIE,
        domain=LifeDomain.WORK,
        own=story.work_goal[0],
        professional=story.work_goal[1],
        status=GoalStatus.ACCEPTED,
        on=start + timedelta(days=1),
        target=start + timedelta(days=round((story.wgb_months or 12) * 30.4)),
        later=(GoalStatus.COMPLETED, d[CLOSED]) if closed else None,
    )
    ctx.note(
        f'Intake WGB: werkvraag besproken. De cliënt zegt: "{story.work_goal[0]}"',
        on=start + timedelta(days=1),
        kind=NoteKind.CLIENT_CONTACT,
        category=DataCategory.WERK,
    )
    ctx.action(
        "W-CGT: werkgerichte behandeling starten",
        owner="beh",
        due=start + timedelta(days=14),
        done=ctx.clamp(start + timedelta(days=12)) if ctx.reached("uwv_gesprek") else None,
        goal=care,
    )
    if not ctx.reached("uwv_gesprek"):
        ctx.action(
            "Afspraak bij UWV met verzekeringsarts en arbeidsdeskundige",
            owner="beh",
            due=ctx.today + timedelta(days=10),
            goal=work,
        )
        ctx.ladder(first=start, last=start)
        return
    u = d["uwv_gesprek"]
    ctx.note(
        "Gesprek bij UWV met verzekeringsarts en arbeidsdeskundige. Belastbaarheid: enkele "
        "dagdelen per week, geen nachtdiensten.",
        on=u + timedelta(days=2),
        kind=NoteKind.CLIENT_CONTACT,
        category=DataCategory.WERK,
    )
    ctx.note(
        "Functionele mogelijkheden vastgesteld; geen beperkingen voor licht fysiek werk, wel "
        "voor werk onder hoge tijdsdruk.",
        key="va",
        on=u + timedelta(days=3),
        category=DataCategory.BELASTBAARHEID,
    )
    if not ctx.reached("plan_van_aanpak"):
        ctx.action(
            "Arbeidsanamnese en eerste plan van aanpak opstellen",
            owner="ad",
            due=ctx.today + timedelta(days=7),
            goal=work,
        )
        ctx.ladder(first=start, last=u)
        return
    pva = d["plan_van_aanpak"]
    ctx.action(
        "Arbeidsanamnese en eerste plan van aanpak opstellen",
        owner="ad",
        due=pva,
        done=pva - timedelta(days=1),
        goal=work,
    )
    ctx.note(
        "Arbeidsanamnese afgerond; eerste plan van aanpak gedeeld met cliënt en behandelaar.",
        key="ad",
        on=pva + timedelta(days=1),
        category=DataCategory.REINTEGRATIE,
    )
    if not ctx.reached("koppeling"):
        ctx.action(
            "Re-integratiecoach koppelen",
            owner="ad",
            due=ctx.today - timedelta(days=2),
            goal=work,
        )
        ctx.ladder(first=start, last=pva)
        return
    ctx.note(
        "Kennismaking met de cliënt; plan van aanpak aangescherpt: eerst een proefplaatsing.",
        key="rc",
        on=d["koppeling"] + timedelta(days=4),
        kind=NoteKind.CLIENT_CONTACT,
    )
    if ctx.reached("aanvullende_anamnese"):
        ctx.action(
            "Aanvullende anamnese: werkgeschiedenis en verzuimpatroon",
            owner="beh",
            due=d["aanvullende_anamnese"] + timedelta(days=10),
            done=ctx.clamp(d["aanvullende_anamnese"] + timedelta(days=8)),
            goal=care,
        )
    if not ctx.reached("uitvoering"):
        # Phase 'startgesprek': the four-party meeting is about to happen.
        ctx.action(
            "Startgesprek met cliënt, behandelaar, arbeidsdeskundige en re-integratiecoach",
            owner="beh",
            due=ctx.today + timedelta(days=6),
            goal=work,
        )
        ctx.ladder(first=start, last=d["startgesprek"])
        return
    s = d["startgesprek"]
    ctx.meeting(
        kind=MeetingKind.STARTGESPREK,
        on=s + timedelta(days=3),
        participants=["beh", "ad", "rc"],
        agenda="Startgesprek WGB met vier partijen: doel, plan, wie doet wat, hoe we elkaar "
        "op de hoogte houden.",
        summary="Behandelplan en re-integratieplan op elkaar afgestemd. Doel: binnen een jaar "
        "minstens één trede hoger op de participatieladder. De re-integratiecoach zoekt een "
        "proefplaatsing; de behandelaar koppelt W-CGT aan wat de cliënt op de werkplek "
        "tegenkomt.",
        decisions=[
            (
                "Proefplaatsing zoeken in de richting " + story.sector,
                "rc",
                s + timedelta(days=30),
                ctx.clamp(s + timedelta(days=26)),
            ),
            (
                "Belastbaarheid opnieuw beoordelen na drie maanden",
                "ad",
                s + timedelta(days=90),
                ctx.clamp(s + timedelta(days=88)) if ctx.reached("evaluatie") else None,
            ),
            (
                "Werkervaringen bespreken in de W-CGT-sessies",
                "beh",
                s + timedelta(days=21),
                ctx.clamp(s + timedelta(days=20)),
            ),
        ],
    )
    ctx.note(
        "Behandeling: cliënt past de oefeningen uit de W-CGT toe op de werkplek; minder "
        "vermijding.",
        on=s + timedelta(days=40),
        category=DataCategory.BEHANDELING,
    )
    if not ctx.reached("evaluatie"):
        ctx.action(
            "Terugkoppeling van de proefplaatsing aan het team",
            owner="beh",
            due=ctx.today - timedelta(days=5),
            goal=work,
        )
        ctx.ladder(first=start, last=ctx.clamp(d["uitvoering"] + timedelta(days=30)))
        return
    e = d["evaluatie"]
    ctx.meeting(
        kind=MeetingKind.EVALUATION,
        on=e + timedelta(days=2),
        participants=["beh", "ad", "rc"],
        agenda="Eindevaluatie WGB: participatieladder, werk, behandeling, vervolg.",
        summary=f"Participatieladder van trede {story.ladder[0]} naar trede {story.ladder[-1]}. "
        "Doel van het WGB-traject gehaald. Behandeling wordt afgebouwd.",
        decisions=[
            (
                "Afsluitende rapportage naar UWV",
                "ad",
                e + timedelta(days=14),
                ctx.clamp(e + timedelta(days=12)) if closed else None,
            ),
        ],
    )
    ctx.ladder(first=start, last=ctx.clamp(e + timedelta(days=2)))


# --- Werkwijze(r) -------------------------------------------------------------------------
def _werkwijzer(ctx: Ctx) -> None:
    story, d = ctx.story, ctx.dates
    start = d["driegesprek"]
    care = ctx.goal(
        category=DataCategory.BEHANDELING,
        domain=LifeDomain.HEALTH,
        own=story.care_goal[0],
        professional=story.care_goal[1],
        status=GoalStatus.ACTIVE,
        on=start,
    )
    closed = story.phase == CLOSED
    work = ctx.goal(
        category=DataCategory.WERK,
        domain=LifeDomain.WORK,
        own=story.work_goal[0],
        professional=story.work_goal[1],
        status=GoalStatus.ACCEPTED,
        on=start + timedelta(days=1),
        later=(GoalStatus.COMPLETED, d[CLOSED]) if closed else None,
    )
    held = start + timedelta(days=7)
    ctx.meeting(
        kind=MeetingKind.DRIEGESPREK,
        on=held,
        participants=["beh", "ad"],
        agenda="Driegesprek cliënt, behandelaar en arbeidsdeskundige: wat kan de cliënt nu, "
        "wat is nodig, wie doet wat.",
        summary="Behandelplan en re-integratieplan op elkaar afgestemd. De cliënt zegt: "
        f'"{story.work_goal[0]}" UWV kijkt naar passend '
        "werk; de behandeling houdt rekening met de werkdagen.",
        decisions=[
            (
                "Passende functies in kaart brengen",
                "ad",
                held + timedelta(days=21),
                ctx.clamp(held + timedelta(days=20)) if ctx.reached("acties") else None,
            ),
            (
                "Behandelafspraken verplaatsen naar niet-werkdagen",
                "beh",
                held + timedelta(days=14),
                ctx.clamp(held + timedelta(days=10)) if ctx.reached("acties") else None,
            ),
        ],
    )
    if not ctx.reached("acties"):
        ctx.ladder(first=start, last=ctx.clamp(held))
        return
    a = d["acties"]
    ctx.action(
        "Sollicitatiebrief en cv bespreken met de cliënt",
        owner="beh",
        due=a + timedelta(days=20),
        done=a + timedelta(days=18) if closed else None,
        goal=work,
    )
    ctx.action(
        "Terugvalpreventieplan afstemmen op de nieuwe werkweek",
        owner="beh",
        due=d[CLOSED] - timedelta(days=3) if closed else ctx.today + timedelta(days=12),
        done=d[CLOSED] - timedelta(days=5) if closed else None,
        goal=care,
        category=DataCategory.BEHANDELING,
    )
    ctx.note(
        "Cliënt heeft twee passende vacatures gevonden en één sollicitatie verstuurd.",
        on=a + timedelta(days=15),
        kind=NoteKind.CLIENT_CONTACT,
        category=DataCategory.WERK,
    )
    if closed:
        ctx.meeting(
            kind=MeetingKind.EVALUATION,
            on=d[CLOSED] - timedelta(days=3),
            participants=["beh", "ad"],
            agenda="Evaluatie van de afspraken uit het driegesprek.",
            summary=story.end_text,
            decisions=[],
        )
    ctx.ladder(first=start, last=ctx.clamp(a + timedelta(days=30)))


# --- Own routes ---------------------------------------------------------------------------
def _own(ctx: Ctx) -> None:
    story, d = ctx.story, ctx.dates
    start = d["eigen-1"]
    lead = ctx.lead
    work = ctx.goal(
        category=DataCategory.WERK,
        domain=LifeDomain.WORK if story.origin != DECLINED else LifeDomain.DAYTIME,
        own=story.work_goal[0],
        professional=story.work_goal[1],
        status=GoalStatus.ACTIVE,
        on=start + timedelta(days=2),
    )
    if story.care_goal[0] and ctx.on_team("beh"):
        ctx.goal(
            key="beh",
            category=DataCategory.BEHANDELING,
            domain=LifeDomain.HEALTH,
            own=story.care_goal[0],
            professional=story.care_goal[1],
            status=GoalStatus.ACTIVE,
            on=start + timedelta(days=3),
        )
    if story.extra_goal is not None:
        domain, category, own, professional = story.extra_goal
        ctx.goal(
            category=category,
            domain=domain,
            own=own,
            professional=professional,
            status=GoalStatus.ACTIVE,
            on=start + timedelta(days=4),
        )
    partner = story.werkkracht or ("ed" if story.herstel else "")
    ctx.meeting(
        kind=MeetingKind.DRIEGESPREK,
        on=start + timedelta(days=8),
        participants=[lead, partner],
        agenda="Kennismaking met de cliënt: wat wil de cliënt, welke stappen, wie helpt.",
        summary=f'De cliënt zegt: "{story.meaning}" Afgesproken: '
        f"{story.own_phases[1][0].lower()}{story.own_phases[1][1:]} als volgende stap.",
        decisions=[
            (
                f"Volgende stap regelen: {story.own_phases[1]}",
                partner or lead,
                start + timedelta(days=30),
                ctx.clamp(start + timedelta(days=25)),
            ),
        ],
    )
    ctx.note(
        f"Gesprek over {story.sector}: cliënt heeft er zin in en wil het tempo zelf bepalen.",
        on=start + timedelta(days=15),
        kind=NoteKind.CLIENT_CONTACT,
    )
    if ctx.reached("eigen-3"):
        ctx.meeting(
            kind=MeetingKind.EVALUATION,
            on=d["eigen-3"] + timedelta(days=3),
            participants=[lead, partner],
            agenda="Evaluatie: wat is bereikt, wat is de laatste stap?",
            summary="De leerwerkplek gaat goed; de praktijkbegeleider is tevreden. Cliënt "
            "rondt dit schooljaar de opleiding af.",
            decisions=[
                (
                    "Examenplanning doornemen met school en leerwerkplek",
                    partner or lead,
                    ctx.today - timedelta(days=4),
                    None,
                ),
            ],
        )
    ctx.action(
        "Voortgang bespreken met de cliënt",
        owner=lead,
        due=ctx.today + timedelta(days=9),
        goal=work,
    )
    ctx.ladder(first=start, last=ctx.clamp(_ago(story.since) + timedelta(days=14)))


# --- Intakes without a trajectory ---------------------------------------------------------
def _intakes_only(cast: Cast) -> None:
    """The demo's first clients: a work question put on hold, once not discussed, once due
    to be asked again."""
    ggz = cast.organisations[GGZ]
    beh = cast.actors["beh"]
    for name, held, again, discussed, wish, meaning, reason in (
        (
            "Mohamed Ouali",
            20,
            -70,
            True,
            WorkWish.UNSURE,
            "Werk was vroeger alles voor mij. Nu durf ik er nog niet aan te denken.",
            "Cliënt twijfelt; eerst de behandeling van de depressie op gang. Over tien weken "
            "opnieuw vragen.",
        ),
        (
            "Lisa Kramer",
            35,
            -10,
            False,
            "",
            "",
            "Werk niet besproken: cliënt kwam in crisis binnen. Bij de volgende afspraak "
            "opnieuw vragen.",
        ),
        (
            "Daan Peters",
            130,
            40,
            True,
            WorkWish.NO,
            "Ik ben net met pensioen gestuurd, zo voelt het. Ik wil eerst rust.",
            "Cliënt wil nu geen werk; afgesproken om het over drie maanden opnieuw te vragen.",
        ),
    ):
        client = Client.objects.filter(full_name=name, organisation=ggz).first()
        if client is None:
            continue
        intake_record(
            actor=beh,
            client=client,
            details=IntakeDetails(
                held_on=_ago(held),
                ladder_step=2,
                benefit_status=BenefitStatus.WIA if name != "Lisa Kramer" else BenefitStatus.NONE,
                has_paid_work=False,
                work_discussed=discussed,
                work_wish=wish,
                work_meaning=meaning,
                outcome=IntakeOutcome.NOT_NOW,
                ask_again_on=_ago(again),
                reason=reason,
            ),
        )


def _pending(cast: Cast, offset: int) -> None:
    """Referrals the receiving team has not decided on yet."""
    for i, (name, born, gemeente, benefit, route, days, direction, meaning) in enumerate(PENDING):
        client = client_create(
            actor=cast.actors["beh"],
            details=ClientDetails(
                full_name=name,
                date_of_birth=born,
                gemeente=Gemeente.objects.get(code=gemeente),
                client_number=f"EPD-{12040 + (offset + i) * 37}",
            ),
        )
        route_type = TrajectoryType(route)
        team = cast.ips_team if route_type == TrajectoryType.IPS else cast.fact_team
        if route_type == TrajectoryType.WERKWIJZER:
            _consent(
                cast,
                client,
                "beh",
                UWV,
                WORK,
                ConsentPurpose.WERKWIJZER,
                _ago(days),
                Role.ARBEIDSDESKUNDIGE,
            )
        intake = intake_record(
            actor=cast.actors["beh"],
            client=client,
            details=IntakeDetails(
                held_on=_ago(days),
                ladder_step=3,
                benefit_status=benefit,
                has_paid_work=False,
                work_discussed=True,
                work_wish=WorkWish.YES,
                work_direction=direction,
                work_meaning=meaning,
                outcome=route,
                reason="Werkwens besproken bij de intake; verwijzing volgens de zorgstandaard "
                "Arbeid als Medicijn.",
                refer_to=team,
            ),
        )
        assert intake.referral is not None
        Referral.objects.filter(pk=intake.referral.pk).update(created_at=_at(_ago(days), 16))


def seed_trajectories() -> None:
    """The demo stories; nothing when they are already there."""
    if Client.objects.filter(full_name=STORIES[0].name).exists():
        return
    with transaction.atomic():
        cast = Cast.load()
        for index, story in enumerate(STORIES):
            _tell(cast, story, index)
        _pending(cast, len(STORIES))
        _intakes_only(cast)
