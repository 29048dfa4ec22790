"""The trajectory stories (issue 3) as tables: about thirty invented clients of the demo
region in every trajectory type and phase, the referrals still waiting, the intakes that did
not lead to a trajectory, and the texts the professionals write along the way."""

from __future__ import annotations

from datetime import date

from werkpad.clients.models import ConsentPurpose, DataCategory
from werkpad.trajectories.models import BenefitStatus, WorkWish
from werkpad.trajectories.phases import TrajectoryType

from .stories_ips import IPS_STORIES
from .stories_routes import ROUTE_STORIES
from .story import Story

# The IPS stories first: the story's place in this tuple numbers its client and spreads its
# dates, and the first story's client tells whether the stories are there already.
STORIES: tuple[Story, ...] = (*IPS_STORIES, *ROUTE_STORIES)

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


RECENT_CONTACT = (
    "Gebeld: het gaat redelijk, volgende week samen verder.",
    "Wandelgesprek in het park; cliënt vertelt dat de week goed ging.",
    "Cliënt kwam langs op het spreekuur; afspraken van vorige keer nagelopen.",
    "Appcontact: cliënt stuurde een foto van zijn werkplek. Trots.",
    "Thuisbezoek: rustig gesprek, cliënt heeft meer energie dan vorige maand.",
)

# The demo's first clients (``people.DEMO_CLIENTS``): a work question put on hold, once not
# discussed, once due to be asked again. Name, intake held (days ago), ask again (days ago,
# negative: ahead), work discussed, wish, what work means, reason, benefit.
INTAKES_ONLY: tuple[tuple[str, int, int, bool, str, str, str, str], ...] = (
    (
        "Mohamed Ouali",
        20,
        -70,
        True,
        WorkWish.UNSURE,
        "Werk was vroeger alles voor mij. Nu durf ik er nog niet aan te denken.",
        "Cliënt twijfelt; eerst de behandeling van de depressie op gang. Over tien weken "
        "opnieuw vragen.",
        BenefitStatus.WIA,
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
        BenefitStatus.NONE,
    ),
    (
        "Daan Peters",
        130,
        40,
        True,
        WorkWish.NO,
        "Ik ben net met pensioen gestuurd, zo voelt het. Ik wil eerst rust.",
        "Cliënt wil nu geen werk; afgesproken om het over drie maanden opnieuw te vragen.",
        BenefitStatus.WIA,
    ),
)

PURPOSES = {
    TrajectoryType.IPS: ConsentPurpose.IPS,
    TrajectoryType.WGB: ConsentPurpose.WGB,
    TrajectoryType.WERKWIJZER: ConsentPurpose.WERKWIJZER,
    TrajectoryType.OWN: ConsentPurpose.OTHER,
}
WORK = [DataCategory.BASIS, DataCategory.WERK, DataCategory.REINTEGRATIE]

# The intake: why this route, and how work and the complaints hang together.
INTAKE_REASONS = {
    TrajectoryType.IPS: "Duidelijke werkwens. IPS: de werkwens is het enige criterium; "
    "eerst plaatsen, dan trainen.",
    TrajectoryType.WGB: "Specialistische ggz-indicatie en een UWV-uitkering; behandeling en "
    "re-integratie tegelijk in het WGB-traject.",
    TrajectoryType.WERKWIJZER: "Behandeling en het UWV-traject lopen los van elkaar; een "
    "driegesprek met UWV moet ze op elkaar afstemmen.",
    TrajectoryType.OWN: "Cliënt wil een opleiding met werken erbij; een eigen route met "
    "de jobcoach past beter dan IPS.",
}
COHERENCE = {
    TrajectoryType.IPS: "Werk geeft structuur en ritme en helpt het herstel. Niet wachten "
    "tot de klachten weg zijn.",
    TrajectoryType.WGB: "Klachten en verzuim hangen samen; werkgerichte behandeling (W-CGT) "
    "tegelijk met re-integratie.",
    TrajectoryType.WERKWIJZER: "Cliënt is belastbaar voor enkele dagdelen; de behandeling "
    "moet rekening houden met de afspraken met UWV.",
    TrajectoryType.OWN: "Een opleiding met werkplek geeft doel en ritme; de behandeling "
    "ondersteunt de concentratie.",
}
REFERRAL_BY_GEMEENTE = (
    "Meneer heeft een duidelijke werkwens en is in behandeling bij het "
    "FACT-team. Verwijzing naar IPS vanuit de bijstand: de werkwens is het "
    "criterium, er is geen selectie vooraf."
)
PENDING_REASON = (
    "Werkwens besproken bij de intake; verwijzing volgens de zorgstandaard Arbeid als Medicijn."
)
