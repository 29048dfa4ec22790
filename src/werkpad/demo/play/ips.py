"""The IPS script: how an IPS story goes from 'aanmelding' to 'nazorg' (or is closed), with
the plan, the meetings, the employer visits and the ladder, as far as the story's phase."""

from __future__ import annotations

from datetime import date, timedelta

from werkpad.clients.models import DataCategory
from werkpad.trajectories.models import EndReason, GoalStatus, LifeDomain, MeetingKind, NoteKind
from werkpad.trajectories.phases import CLOSED

from ..data.trajectories import EMPLOYER_POOL
from .story import Ctx


def tell_ips(ctx: Ctx) -> None:
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
