"""Generate invented clients for measurements (e.g. 10,000), optionally each with an IPS
trajectory held by generated IPS-trajectbegeleiders ("Generated Coach N", about 20 each)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from werkpad.accounts.models import ActorKind, User
from werkpad.clients.models import Client, DataCategory, name_key, new_public_id
from werkpad.demo.data.people import GGZ
from werkpad.organisations.models import Gemeente, Membership, Organisation, Role, Team
from werkpad.trajectories.models import (
    EndReason,
    Goal,
    GoalRevision,
    LadderAssessment,
    Note,
    PhaseChange,
    PlanAction,
    TeamMember,
    Trajectory,
)

GIVEN = ("Sanne", "Mohamed", "Lisa", "Daan", "Fatma", "Jeroen", "Noa", "Bram", "Aisha", "Tim")
FAMILY = ("de Vries", "Jansen", "Bakker", "Yilmaz", "Visser", "Smit", "Meijer", "El Idrissi")

CASELOAD = 20  # trajectories per generated coach (the IPS norm)
COACHES_PER_TEAM = 10
BATCH = 1000

# IPS phases and how often a generated trajectory is in each.
PHASE_WEIGHTS = (
    ("aanmelding", 8),
    ("kennismaking", 14),
    ("zoeken", 26),
    ("plaatsing", 16),
    ("nazorg", 26),
    ("afgesloten", 10),
)
IPS_ORDER = ("aanmelding", "kennismaking", "zoeken", "plaatsing", "nazorg")
WORK_GOALS = (
    ("Ik wil weer ergens bij horen.", "Betaald werk, 16 uur per week."),
    ("Mijn eigen geld verdienen.", "Betaald werk met loonkostensubsidie, 20 uur per week."),
    ("Twee ochtenden per week iets doen met mijn handen.", "Betaald werk, 8 uur per week."),
    ("Een vaste baan met collega's.", "Duurzame plaatsing, 24 uur per week."),
)
CARE_GOALS = (
    ("Beter slapen.", "Herstel van het dag-nachtritme."),
    ("Minder piekeren.", "Afname van angstklachten (CGT)."),
    ("Mijn stemmingen eerder zien aankomen.", "Signaleringsplan en terugvalpreventie."),
)


class Command(BaseCommand):
    help = "Add N invented clients to an organisation (default: the demo ggz), for measurements."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int)
        parser.add_argument("--organisation", default=GGZ)
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument(
            "--trajectories",
            action="store_true",
            help="Also give each client an IPS trajectory, held by generated coaches "
            f"('Generated Coach N', about {CASELOAD} each), with a plan, ladder and notes.",
        )

    def handle(
        self,
        *args: Any,
        count: int,
        organisation: str,
        seed: int,
        trajectories: bool,
        **options: Any,
    ) -> None:
        if count < 1:
            raise CommandError("count must be at least 1")
        org = Organisation.objects.filter(name=organisation).first()
        if org is None:
            raise CommandError(f"No organisation named {organisation!r} (run seed_demo first)")
        gemeenten: list[Gemeente | None] = list(
            Gemeente.objects.filter(region__in=org.regions.all())
        ) or [None]
        rng = random.Random(seed)  # noqa: S311 - invented test data, not security
        names = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(count)]
        batch = [
            Client(  # bulk_create bypasses Client.save, which keeps search_name
                public_id=new_public_id(),
                full_name=name,
                search_name=name_key(name),
                date_of_birth=date(1960, 1, 1) + timedelta(days=rng.randrange(16000)),
                gemeente=rng.choice(gemeenten),
                organisation=org,
            )
            for name in names
        ]
        with transaction.atomic():
            Client.objects.bulk_create(batch, batch_size=BATCH)
            if trajectories:
                if batch[0].pk is None:  # a database that does not return ids from bulk inserts
                    by_pid = Client.objects.in_bulk(
                        [c.public_id for c in batch], field_name="public_id"
                    )
                    batch = [by_pid[c.public_id] for c in batch]
                coaches = _coaches(org, count)
                _Generator(org, coaches, rng).run(batch)
        self.stdout.write(f"Added {count} invented clients to {org.name}.")
        if trajectories:
            self.stdout.write(
                f"Each has an IPS trajectory; {len(set(coaches))} generated coaches hold them."
            )


def _coaches(org: Organisation, count: int) -> list[User]:
    """One coach per trajectory slot, in order: generated coaches of ``org`` with room left
    in their caseload, then new ones. The demo's own professionals are never used."""
    prefix = f"generated-coach-{org.pk}-"
    existing = list(
        User.objects.filter(email__startswith=prefix, memberships__organisation=org).order_by("id")
    )
    load = dict(
        TeamMember.objects.filter(user__in=existing, organisation=org, ended_on__isnull=True)
        .values_list("user_id")
        .annotate(n=Count("id"))
        .values_list("user_id", "n")
    )
    slots: list[User] = []
    for coach in existing:
        slots += [coach] * max(0, CASELOAD - load.get(coach.pk, 0))
        if len(slots) >= count:
            return slots[:count]
    missing = -(-(count - len(slots)) // CASELOAD)
    first = len(existing) + 1
    password = make_password(None)  # unusable: generated coaches never log in
    new = [
        User(
            email=f"{prefix}{n}@generated.example",
            full_name=f"Generated Coach {n}",
            kind=ActorKind.PROFESSIONAL,
            password=password,
        )
        for n in range(first, first + missing)
    ]
    User.objects.bulk_create(new, batch_size=BATCH)
    if new and new[0].pk is None:  # a database that does not return ids from bulk inserts
        new = list(User.objects.filter(email__in=[u.email for u in new]).order_by("id"))
    teams: dict[int, Team] = {}
    memberships = []
    for i, user in enumerate(new, first):
        number = (i - 1) // COACHES_PER_TEAM + 1
        if number not in teams:
            teams[number], _ = Team.objects.get_or_create(
                organisation=org, name=f"Gegenereerd IPS-team {number}"
            )
        memberships.append(
            Membership(
                user=user,
                organisation=org,
                role=Role.IPS_TRAJECTBEGELEIDER,
                team=teams[number],
            )
        )
    Membership.objects.bulk_create(memberships, batch_size=BATCH)
    for coach in new:
        slots += [coach] * CASELOAD
    return slots[:count]


@dataclass
class _Plan:
    """One generated trajectory before it is saved: its phase path with dates."""

    client: Client
    coach: User
    path: list[tuple[str, date]]
    employer_contact: date | None
    last_contact: date


class _Generator:
    """IPS trajectories in bulk: trajectory, phase changes, team, goals (with their first
    revision), actions, ladder assessments and notes. Bulk inserts do not write the access
    log: generated data, as the clients themselves."""

    def __init__(self, org: Organisation, coaches: list[User], rng: random.Random) -> None:
        self.org = org
        self.coaches = coaches
        self.rng = rng
        self.today = timezone.localdate()

    def run(self, clients: list[Client]) -> None:
        plans = [self._plan(c, coach) for c, coach in zip(clients, self.coaches, strict=True)]
        trajectories = []
        for plan in plans:
            codes = [code for code, _day in plan.path]
            phase, since = plan.path[-1]
            closed = phase == "afgesloten"
            search = dict(plan.path).get("zoeken")
            trajectories.append(
                Trajectory(
                    client=plan.client,
                    type="ips",
                    organisation=self.org,
                    phase=phase,
                    phase_since=since,
                    started_on=plan.path[0][1],
                    search_started_on=search,
                    first_employer_contact_on=plan.employer_contact,
                    last_contact_on=plan.last_contact,
                    ended_on=since if closed else None,
                    end_reason=(
                        (EndReason.CLIENT_WISH if "nazorg" in codes else EndReason.OTHER_ROUTE)
                        if closed
                        else ""
                    ),
                )
            )
        Trajectory.objects.bulk_create(trajectories, batch_size=BATCH)
        if trajectories[0].pk is None:
            ids = dict(Trajectory.objects.filter(client__in=clients).values_list("client_id", "id"))
            for t in trajectories:
                t.pk = t.id = ids[t.client_id]
        self._details(plans, trajectories)

    def _plan(self, client: Client, coach: User) -> _Plan:
        rng, today = self.rng, self.today
        phase = rng.choices([p for p, _w in PHASE_WEIGHTS], weights=[w for _p, w in PHASE_WEIGHTS])[
            0
        ]
        if phase == "afgesloten":
            before = rng.choice(("zoeken", "nazorg"))
            codes = [*IPS_ORDER[: IPS_ORDER.index(before) + 1], "afgesloten"]
        else:
            codes = list(IPS_ORDER[: IPS_ORDER.index(phase) + 1])
        span = {1: 20, 2: 60, 3: 150, 4: 260, 5: 500, 6: 700}[len(codes)]
        started = today - timedelta(days=rng.randint(max(3, span // 3), span + 30))
        # Distinct days after the start for the later phases, in order.
        cuts = sorted(rng.sample(range(1, (today - started).days), len(codes) - 1))
        days = [started] + [started + timedelta(days=c) for c in cuts]
        path = list(zip(codes, days, strict=True))
        search = dict(path).get("zoeken")
        employer_contact = None
        if search is not None and (len(codes) > 3 or rng.random() < 0.75):
            employer_contact = min(today, search + timedelta(days=rng.randint(3, 40)))
        last_contact = max(started, today - timedelta(days=rng.choice((1, 3, 7, 12, 20, 40))))
        return _Plan(client, coach, path, employer_contact, last_contact)

    def _details(self, plans: list[_Plan], trajectories: list[Trajectory]) -> None:
        rng, org, today = self.rng, self.org, self.today
        changes, members, goals, actions, ladder, notes = [], [], [], [], [], []
        for plan, t in zip(plans, trajectories, strict=True):
            coach = plan.coach
            start = plan.path[0][1]
            previous = ""
            for code, day in plan.path:
                changes.append(
                    PhaseChange(
                        trajectory=t,
                        from_phase=previous,
                        to_phase=code,
                        changed_on=day,
                        changed_by=coach,
                        organisation=org,
                    )
                )
                previous = code
            members.append(
                TeamMember(
                    trajectory=t,
                    user=coach,
                    organisation=org,
                    role=Role.IPS_TRAJECTBEGELEIDER,
                    is_key_person=True,
                    started_on=start,
                    added_by=coach,
                )
            )
            own, professional = rng.choice(WORK_GOALS)
            care_own, care_professional = rng.choice(CARE_GOALS)
            goals += [
                Goal(
                    trajectory=t,
                    organisation=org,
                    category=DataCategory.WERK,
                    life_domain="werk",
                    own_words=own,
                    professional_text=professional,
                    status="active",
                    created_by=coach,
                ),
                Goal(
                    trajectory=t,
                    organisation=org,
                    category=DataCategory.BEHANDELING,
                    life_domain="gezondheid",
                    own_words=care_own,
                    professional_text=care_professional,
                    status="active",
                    created_by=coach,
                ),
            ]
            step = rng.randint(2, 4)
            later = min(6, step + rng.randint(0, 2))
            ladder += [
                LadderAssessment(
                    trajectory=t,
                    organisation=org,
                    step=step,
                    perspective="professional",
                    assessed_on=start,
                    assessed_by=coach,
                ),
                LadderAssessment(
                    trajectory=t,
                    organisation=org,
                    step=later,
                    perspective="professional",
                    assessed_on=max(start, today - timedelta(days=rng.randint(1, 60))),
                    assessed_by=coach,
                ),
            ]
            notes.append(
                Note(
                    trajectory=t,
                    organisation=org,
                    category=DataCategory.REINTEGRATIE,
                    kind="contact",
                    occurred_on=plan.last_contact,
                    text="Contact met de cliënt: voortgang besproken.",
                    author=coach,
                )
            )
            if plan.employer_contact is not None:
                notes.append(
                    Note(
                        trajectory=t,
                        organisation=org,
                        category=DataCategory.WERK,
                        kind="werkgever",
                        occurred_on=plan.employer_contact,
                        text="Face-to-face werkgeverscontact.",
                        author=coach,
                    )
                )
        TeamMember.objects.bulk_create(members, batch_size=BATCH)
        PhaseChange.objects.bulk_create(changes, batch_size=BATCH)
        Goal.objects.bulk_create(goals, batch_size=BATCH)
        revisions = []
        for goal in goals:
            revisions.append(
                GoalRevision(
                    goal=goal,
                    version=1,
                    snapshot={
                        "category": goal.category,
                        "life_domain": goal.life_domain,
                        "own_words": goal.own_words,
                        "professional_text": goal.professional_text,
                        "status": goal.status,
                        "target_date": None,
                    },
                    changed_by=goal.created_by,
                )
            )
            due = today + timedelta(days=rng.randint(-20, 30))
            done = rng.random() < 0.4 and goal.category == DataCategory.WERK
            actions.append(
                PlanAction(
                    trajectory=goal.trajectory,
                    goal=goal,
                    organisation=org,
                    category=goal.category,
                    description=(
                        "Werkgevers bezoeken"
                        if goal.category == DataCategory.WERK
                        else "Behandeling afstemmen op werktijden"
                    ),
                    owner=goal.created_by,
                    due_on=due,
                    done_on=min(today, due) if done else None,
                )
            )
        GoalRevision.objects.bulk_create(revisions, batch_size=BATCH)
        PlanAction.objects.bulk_create(actions, batch_size=BATCH)
        LadderAssessment.objects.bulk_create(ladder, batch_size=BATCH)
        Note.objects.bulk_create(notes, batch_size=BATCH)
