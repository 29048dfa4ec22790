"""The scripts of the other routes: WGB, Werkwijze(r) and the own routes, each as far as the
story's phase."""

from __future__ import annotations

from datetime import timedelta

from werkpad.clients.models import DataCategory
from werkpad.trajectories.models import GoalStatus, LifeDomain, MeetingKind, NoteKind
from werkpad.trajectories.phases import CLOSED

from .. import clock
from ..data.story import DECLINED
from .story import Ctx


# --- WGB ---------------------------------------------------------------------------------
def tell_wgb(ctx: Ctx) -> None:
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
def tell_werkwijzer(ctx: Ctx) -> None:
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
def tell_own(ctx: Ctx) -> None:
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
    ctx.ladder(first=start, last=ctx.clamp(clock.ago(story.since) + timedelta(days=14)))
