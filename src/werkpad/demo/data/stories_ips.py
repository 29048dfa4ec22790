"""The IPS stories: the demo IPS-trajectbegeleider's caseload, in every phase."""

from __future__ import annotations

from datetime import date

from werkpad.clients.models import DataCategory
from werkpad.trajectories.models import BenefitStatus, EndReason, LifeDomain
from werkpad.trajectories.phases import CLOSED, TrajectoryType

from .story import BY_GEMEENTE, Story

# fmt: off
IPS_STORIES: tuple[Story, ...] = (
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
)
# fmt: on
