"""The stories of the other routes: WGB (treatment and re-integration at once, with UWV and
the re-integratiecoach), Werkwijze(r) (the driegesprek of client, behandelaar and UWV) and
own routes."""

from __future__ import annotations

from datetime import date

from werkpad.clients.models import DataCategory
from werkpad.trajectories.models import BenefitStatus, EndReason, LifeDomain
from werkpad.trajectories.phases import CLOSED, TrajectoryType

from .story import DECLINED, GEMEENTE_START, Story

# fmt: off
ROUTE_STORIES: tuple[Story, ...] = (
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
