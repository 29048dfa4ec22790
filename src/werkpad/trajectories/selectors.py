"""Reads of trajectories: always scoped by the access policy, always logged (one row per page,
with what it showed). A record another organisation made is in a list only while the client's
consent covers its data category, so lists, pages and the policy agree by construction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, Count, Min, OuterRef, Q, QuerySet, Subquery, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import (
    Action,
    Basis,
    changeable_records,
    decide,
    get_for,
    may,
    readable_texts,
    referrals_the_receiver_no_longer_sees,
    require,
    team_members_who_would_read,
    text_readable,
    visible_to,
)
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record, record_each, record_read
from werkpad.clients.models import Client, DataCategory
from werkpad.organisations.models import Membership, Role

from .contributions import caseload_flags, timeline_contributions
from .models import (
    Goal,
    Intake,
    IntakeOutcome,
    LadderAssessment,
    Meeting,
    Note,
    Perspective,
    PhaseChange,
    PlanAction,
    Referral,
    ReferralStatus,
    TeamMember,
    Trajectory,
)
from .phases import (
    IPS_CASELOAD_NORM,
    NO_CONTACT_DAYS,
    TrajectoryType,
)


# --- One trajectory ----------------------------------------------------------------------
def trajectory_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_TRAJECTORY) -> Trajectory:
    trajectory, decision = get_for(
        actor,
        action,
        Trajectory.objects.select_related("client", "organisation", "client__gemeente"),
        pk=pk,
    )
    record_read(actor, event="trajectory.read", obj=trajectory, decision=decision)
    return trajectory


@dataclass
class Flag:
    code: str
    label: str


def flags_for(trajectory: Trajectory, today: date) -> list[Flag]:
    """The caseload's signals: IPS first employer contact overdue (counted from the
    trajectory's start, whatever its phase), no contact for 30 days."""
    from django.utils.translation import gettext as _

    flags = []
    due = trajectory.first_employer_contact_due()
    if (
        trajectory.type == TrajectoryType.IPS
        and due is not None
        and trajectory.first_employer_contact_on is None
        and trajectory.ended_on is None
        and today > due
    ):
        flags.append(Flag("employer_contact_overdue", _("Eerste werkgeverscontact te laat")))
    if getattr(trajectory, "open_signal", False):
        flags.append(Flag("wellbeing_signal", _("Signaal uit de nazorg")))
    last = trajectory.last_contact_on or trajectory.started_on
    if trajectory.ended_on is None and (today - last).days > NO_CONTACT_DAYS:
        flags.append(Flag("no_contact", _("Al 30 dagen geen contact")))
    return flags


@dataclass
class LadderPoint:
    assessed_on: date
    professional: int | None = None
    client: int | None = None


@dataclass
class TrajectoryView:
    trajectory: Trajectory
    team: list[TeamMember]
    past_team: list[TeamMember]
    goals: list[Goal]
    actions: list[PlanAction]
    meetings: list[Meeting]
    ladder: list[LadderAssessment]
    flags: list[Flag]
    ladder_table: list[LadderPoint] = field(default_factory=list)
    goals_by_category: dict[str, list[Goal]] = field(default_factory=dict)

    def _professional_steps(self) -> list[int]:
        return [a.step for a in self.ladder if a.perspective == Perspective.PROFESSIONAL]

    @property
    def ladder_first(self) -> int | None:
        steps = self._professional_steps()
        return steps[0] if steps else None

    @property
    def ladder_last(self) -> int | None:
        steps = self._professional_steps()
        return steps[-1] if steps else None

    @property
    def ladder_gain(self) -> int:
        """Steps gained from the first to the latest professional assessment."""
        first, last = self.ladder_first, self.ladder_last
        return max(0, last - first) if first is not None and last is not None else 0

    @property
    def treatment_goals(self) -> list[Goal]:
        return self.goals_by_category.get("behandeling", [])

    @property
    def work_goals(self) -> list[Goal]:
        by = self.goals_by_category
        return by.get("werk", []) + by.get("reintegratie", [])

    @property
    def other_goals(self) -> list[Goal]:
        return [g for g in self.goals if g.category not in ("behandeling", "werk", "reintegratie")]


def _team(actor: Actor, trajectory: Trajectory) -> list[TeamMember]:
    return list(
        visible_to(actor, TeamMember.objects.filter(trajectory=trajectory)).select_related(
            "user", "organisation", "trajectory"
        )
    )


def trajectory_view(*, actor: Actor, trajectory: Trajectory) -> TrajectoryView:
    """Everything the trajectory page shows, each part scoped: another organisation's goals,
    meetings, actions and ladder steps only as far as the client's consent allows."""
    today = timezone.localdate()
    team = _team(actor, trajectory)
    goals = list(
        visible_to(actor, Goal.objects.filter(trajectory=trajectory)).select_related(
            "organisation", "created_by"
        )
    )
    actions = list(
        visible_to(actor, PlanAction.objects.filter(trajectory=trajectory)).select_related(
            "owner", "goal"
        )
    )
    meetings = list(
        visible_to(actor, Meeting.objects.filter(trajectory=trajectory)).prefetch_related(
            "participants"
        )
    )
    ladder = list(
        visible_to(actor, LadderAssessment.objects.filter(trajectory=trajectory)).select_related(
            "assessed_by"
        )
    )
    view = TrajectoryView(
        trajectory=trajectory,
        team=[m for m in team if m.ended_on is None],
        past_team=[m for m in team if m.ended_on is not None],
        goals=goals,
        actions=actions,
        meetings=meetings,
        ladder=ladder,
        flags=flags_for(trajectory, today),
        ladder_table=ladder_table(ladder),
    )
    for goal in goals:
        view.goals_by_category.setdefault(goal.category, []).append(goal)
    _log_shown(actor, trajectory, "trajectory.plan", [*goals, *actions, *meetings, *ladder])
    return view


def _log_shown(actor: Actor, trajectory: Trajectory, event: str, records: list[Any]) -> None:
    """One row for what a page showed: counts per category, and how many came by consent."""
    by_consent = [r for r in records if r.organisation_id != actor.organisation_id]
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=trajectory,
        basis=Basis.CONSENT if by_consent else Basis.OWN_ORGANISATION,
        detail={
            "categories": dict(Counter(str(r.category) for r in records)),
            "via_consent": len(by_consent),
        },
    )


def ladder_table(assessments: list[LadderAssessment]) -> list[LadderPoint]:
    """Assessments per date, the professional's and the client's own view side by side."""
    points: dict[date, LadderPoint] = {}
    for a in assessments:
        point = points.setdefault(a.assessed_on, LadderPoint(a.assessed_on))
        if a.perspective == Perspective.CLIENT:
            point.client = a.step
        else:
            point.professional = a.step
    return [points[d] for d in sorted(points)]


def ladder_steps_up(assessments: list[LadderAssessment]) -> set[int]:
    """Ids of professional assessments higher than the professional one before: successes."""
    ups: set[int] = set()
    previous: int | None = None
    for a in sorted(assessments, key=lambda a: (a.assessed_on, a.pk)):
        if a.perspective != Perspective.PROFESSIONAL:
            continue
        if previous is not None and a.step > previous:
            ups.add(a.pk)
        previous = a.step
    return ups


# --- Timeline ----------------------------------------------------------------------------
def hidden_reason(category: str) -> str:
    """What a page shows instead of a reason the actor may not read: that there is one, and
    which consent would open it (the category, never the text)."""
    from django.utils.translation import gettext as _

    label = DataCategory(category).label if category in DataCategory.values else category
    return _("Reden niet zichtbaar: de cliënt gaf geen toestemming voor %(category)s.") % {
        "category": label
    }


@dataclass
class TimelineEntry:
    day: date
    kind: str  # phase, meeting, ladder, note
    title: str
    text: str = ""
    category: str = ""
    organisation: str = ""
    author: str = ""
    success: bool = False
    sort_key: tuple[Any, ...] = ()


TIMELINE_KINDS = ("fase", "gesprek", "ladder", "notitie", "werk")


def timeline(
    *,
    actor: Actor,
    trajectory: Trajectory,
    kinds: list[str] | None = None,
    categories: list[str] | None = None,
) -> list[TimelineEntry]:
    """Phase changes, meetings, ladder steps and notes, newest first, as far as consent
    allows; filtered by kind and data category."""
    from django.utils.translation import gettext as _

    kinds = [k for k in (kinds or []) if k in TIMELINE_KINDS] or list(TIMELINE_KINDS)
    entries: list[TimelineEntry] = []
    shown: list[Any] = []

    def wanted(category: str) -> bool:
        return not categories or category in categories

    if "fase" in kinds and not categories:
        # Everyone who sees the trajectory sees its phase changes; a change's reason only
        # under consent for its category (issue 11: free text has a category).
        for change in readable_texts(
            actor, visible_to(actor, PhaseChange.objects.filter(trajectory=trajectory))
        ).select_related("changed_by", "organisation"):
            change.trajectory = trajectory
            readable = text_readable(change, "reason")
            if readable and change.reason:
                shown.append(change)
            entries.append(
                TimelineEntry(
                    change.changed_on,
                    "fase",
                    _("Fase: %(phase)s") % {"phase": change.to_label},
                    text=change.reason
                    if readable or not change.reason
                    else hidden_reason(change.category),
                    category=change.get_category_display() if readable and change.reason else "",
                    organisation=change.organisation.name,
                    author=change.changed_by.full_name,
                    sort_key=(change.changed_on, 0, change.pk),
                )
            )
    if "gesprek" in kinds:
        for meeting in visible_to(
            actor, Meeting.objects.filter(trajectory=trajectory)
        ).select_related("organisation", "created_by"):
            if wanted(meeting.category):
                shown.append(meeting)
                entries.append(
                    TimelineEntry(
                        meeting.held_on,
                        "gesprek",
                        meeting.get_kind_display().capitalize(),
                        text=meeting.summary,
                        category=meeting.get_category_display(),
                        organisation=meeting.organisation.name,
                        author=meeting.created_by.full_name,
                        sort_key=(meeting.held_on, 1, meeting.pk),
                    )
                )
    if "ladder" in kinds and wanted("reintegratie"):
        assessments = list(
            visible_to(
                actor, LadderAssessment.objects.filter(trajectory=trajectory)
            ).select_related("organisation", "assessed_by")
        )
        ups = ladder_steps_up(assessments)
        shown.extend(assessments)
        for a in assessments:
            who = (
                _("cliënt zelf") if a.perspective == Perspective.CLIENT else a.assessed_by.full_name
            )
            entries.append(
                TimelineEntry(
                    a.assessed_on,
                    "ladder",
                    (
                        _("Een trede hoger: %(step)s")
                        if a.pk in ups
                        else _("Participatieladder: %(step)s")
                    )
                    % {"step": a.get_step_display()},
                    text=a.note,
                    category=_("re-integratie"),
                    organisation=a.organisation.name,
                    author=who,
                    success=a.pk in ups,
                    sort_key=(a.assessed_on, 2, a.pk),
                )
            )
    if "notitie" in kinds:
        for note in visible_to(actor, Note.objects.filter(trajectory=trajectory)).select_related(
            "organisation", "author"
        ):
            if wanted(note.category):
                shown.append(note)
                entries.append(
                    TimelineEntry(
                        note.occurred_on,
                        "notitie",
                        note.get_kind_display().capitalize(),
                        text=note.text,
                        category=note.get_category_display(),
                        organisation=note.organisation.name,
                        author=note.author.full_name,
                        sort_key=(note.occurred_on, 3, note.pk),
                    )
                )
    if "werk" in kinds and wanted("werk"):
        # Job development and placement: apps built on this one register their entries.
        work_entries, work_records = timeline_contributions(actor=actor, trajectory=trajectory)
        entries.extend(work_entries)
        shown.extend(work_records)
    _log_shown(actor, trajectory, "trajectory.timeline", shown)
    return sorted(entries, key=lambda e: e.sort_key, reverse=True)


# --- Caseload ----------------------------------------------------------------------------
@dataclass
class CaseloadRow:
    trajectory: Trajectory
    days_in_phase: int
    next_action: date | None
    flags: list[Flag]


@dataclass
class Caseload:
    rows: list[CaseloadRow]
    size: int
    norm: int | None  # IPS: at most 20
    team: list[tuple[Membership, int]] = field(default_factory=list)  # teamleider's view


def _caseload_queryset(actor: Actor, user_ids: list[int]) -> QuerySet[Trajectory]:
    next_action = (
        PlanAction.objects.filter(trajectory=OuterRef("pk"), done_on__isnull=True)
        .filter(Q(organisation_id=actor.organisation_id) | Q(owner_id=actor.user.pk))  # type: ignore[union-attr]
        .order_by()
        .values("trajectory")
        .annotate(first=Min("due_on"))
        .values("first")
    )
    on_team = TeamMember.objects.filter(  # type: ignore[misc]
        user_id__in=user_ids,
        organisation_id=actor.organisation_id,
        ended_on__isnull=True,
    ).values("trajectory_id")
    return (
        visible_to(actor, Trajectory.objects.filter(pk__in=on_team, ended_on__isnull=True))
        .select_related("client")
        .annotate(next_action_on=Subquery(next_action), **caseload_flags(actor, ("open_signal",)))
        .order_by("phase_since", "id")
    )


def caseload(*, actor: Actor) -> Caseload:
    """The actor's own trajectories with phase, days in phase, next action and flags. An
    IPS-trajectbegeleider sees their size against the norm of 20; a teamleider also sees
    the size of each caseload in their team."""
    require(actor, Action.VIEW_CASELOAD)
    user = actor.user
    assert user is not None
    today = timezone.localdate()
    rows = [
        CaseloadRow(
            trajectory=t,
            days_in_phase=t.days_in_phase(today),
            next_action=t.next_action_on,  # type: ignore[attr-defined]
            flags=flags_for(t, today),
        )
        for t in _caseload_queryset(actor, [user.pk])
    ]
    norm = IPS_CASELOAD_NORM if actor.role == Role.IPS_TRAJECTBEGELEIDER else None
    result = Caseload(rows=rows, size=len(rows), norm=norm)
    if actor.role == Role.TEAMLEIDER and actor.membership and actor.membership.team_id:
        result.team = team_caseload_sizes(actor=actor)
        result.norm = IPS_CASELOAD_NORM
    # A row per client on the caseload (their name is on the page), one insert for all.
    record_each(
        actor,
        event="caseload.list",
        objs=[r.trajectory for r in rows],
        basis=Basis.TEAM,
    )
    return result


def team_caseload_sizes(*, actor: Actor) -> list[tuple[Membership, int]]:
    """Per professional of the teamleider's team: their number of open trajectories."""
    lead = actor.membership
    assert lead is not None
    open_held = (
        TeamMember.objects.filter(
            user_id=OuterRef("user_id"),
            organisation_id=lead.organisation_id,
            ended_on__isnull=True,
            trajectory__ended_on__isnull=True,
        )
        .order_by()
        .values("user_id")
        .annotate(n=Count("trajectory_id", distinct=True))
        .values("n")
    )
    members = list(
        Membership.objects.filter(  # type: ignore[misc]
            organisation_id=lead.organisation_id, team_id=lead.team_id, is_active=True
        )
        .exclude(pk=lead.pk)
        .select_related("user")
        .annotate(open_count=Coalesce(Subquery(open_held), 0))
        .order_by("user__full_name")
    )
    return [(m, m.open_count) for m in members]


# --- Referrals ---------------------------------------------------------------------------
@dataclass
class ReferralRow:
    referral: Referral
    # What became of it, as far as consent allows (None: not visible to the referrer).
    trajectory: Trajectory | None
    # Still open, but the receiving organisation no longer sees it (consent withdrawn).
    unseen_by_receiver: bool = False


def referrals(*, actor: Actor) -> tuple[list[Referral], list[ReferralRow]]:
    """Referrals received (to decide) and sent (with what became of them)."""
    require(actor, Action.VIEW_REFERRALS)
    # Each reason only under consent for its category (policy.readable_texts).
    base = readable_texts(actor, visible_to(actor, Referral.objects.all())).select_related(
        "client", "from_organisation", "to_organisation", "to_team", "from_user"
    )
    waiting_first = Case(When(status=ReferralStatus.PENDING, then=0), default=1)
    received = list(
        base.filter(to_organisation_id=actor.organisation_id).order_by(
            waiting_first, "-created_at"
        )[:200]
    )
    sent = list(base.filter(from_organisation_id=actor.organisation_id)[:200])
    visible_trajectories = {
        t.pk: t
        for t in visible_to(
            actor,
            Trajectory.objects.filter(pk__in=[r.trajectory_id for r in sent if r.trajectory_id]),
        )
    }
    unseen = referrals_the_receiver_no_longer_sees(sent)
    rows = [
        ReferralRow(r, visible_trajectories.get(r.trajectory_id or 0), r.pk in unseen) for r in sent
    ]
    # A row per referral listed (each names its client), one insert for the page.
    record_each(
        actor,
        event="referral.list",
        objs=[*received, *sent],
        basis=lambda r: (
            Basis.OWN_ORGANISATION
            if r.client.organisation_id == actor.organisation_id  # type: ignore[attr-defined]
            else Basis.CONSENT
        ),
    )
    return received, rows


def referral_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_REFERRAL) -> Referral:
    referral, decision = get_for(
        actor,
        action,
        readable_texts(actor, Referral.objects.all()).select_related(
            "client", "from_organisation", "to_organisation", "to_team"
        ),
        pk=pk,
    )
    record_read(actor, event="referral.read", obj=referral, decision=decision)
    return referral


# --- Intake ------------------------------------------------------------------------------
@dataclass
class IntakeFigures:
    total: int
    work_discussed: int
    referred: int

    def share(self, part: int) -> int:
        return round(100 * part / self.total) if self.total else 0

    @property
    def discussed_pct(self) -> int:
        return self.share(self.work_discussed)

    @property
    def referred_pct(self) -> int:
        return self.share(self.referred)


def intake_figures(*, actor: Actor, since: date | None = None) -> IntakeFigures:
    """The own organisation's intakes: the share where work was discussed, and where a
    referral followed. Counts only, no client data."""
    require(actor, Action.VIEW_INTAKE_FIGURES)
    since = since or timezone.localdate() - timedelta(days=365)
    counts = Intake.objects.filter(  # type: ignore[misc]
        organisation_id=actor.organisation_id, held_on__gte=since
    ).aggregate(
        total=Count("id"),
        discussed=Count("id", filter=Q(work_discussed=True)),
        referred=Count("id", filter=~Q(outcome=IntakeOutcome.NOT_NOW)),
    )
    return IntakeFigures(counts["total"], counts["discussed"], counts["referred"])


def intakes_for(*, actor: Actor, client: Client) -> list[Intake]:
    intakes = list(
        visible_to(actor, Intake.objects.filter(client=client)).select_related(
            "recorded_by", "organisation", "referral__to_organisation"
        )
    )
    _log_list(actor, "intake.list", client, intakes)
    return intakes


def latest_intake(*, actor: Actor, client: Client) -> Intake | None:
    """The newest intake the actor may read (their own organisation's, or another's under
    consent for work and basic data), for prefilling a form; the read is logged, since
    what it prefills is shown on the page."""
    intake = (
        visible_to(actor, Intake.objects.filter(client=client)).order_by("-held_on", "-id").first()
    )
    if intake is not None:
        record_read(
            actor,
            event="intake.prefill",
            obj=intake,
            decision=decide(actor, Action.VIEW_CLIENT, intake),
        )
    return intake


def trajectories_for(*, actor: Actor, client: Client) -> list[Trajectory]:
    trajectories = list(
        visible_to(actor, Trajectory.objects.filter(client=client)).select_related("organisation")
    )
    _log_list(actor, "trajectory.list", client, trajectories)
    return trajectories


def _log_list(actor: Actor, event: str, client: Client, shown: list[Any]) -> None:
    """One row for the records of one client a page listed (none when it listed nothing)."""
    if not shown:
        return
    by_consent = sum(r.organisation_id != actor.organisation_id for r in shown)
    record(
        actor,
        event=event,
        action=AuditAction.READ,
        obj=client,
        basis=Basis.CONSENT if by_consent else Basis.OWN_ORGANISATION,
        detail={"count": len(shown), "via_consent": by_consent},
    )


def may_add_to(*, actor: Actor, trajectory: Trajectory) -> bool:
    """Whether the actor adds their own records (notes, goals, ...): owner and guests."""
    return may(actor, Action.ADD_OWN_RECORD, trajectory)


def may_manage(*, actor: Actor, trajectory: Trajectory) -> bool:
    """Whether the actor manages the trajectory (phase, team): its own organisation only."""
    return may(actor, Action.MANAGE_TRAJECTORY, trajectory)


def changeable(*, actor: Actor, trajectory: Trajectory, objs: Any) -> set[int]:
    """The ids of the records on ``trajectory`` the actor may change, so a page offers only
    those buttons; a longer plan costs no more queries."""
    return changeable_records(actor, trajectory, objs)


def may_change(*, actor: Actor, obj: Any) -> bool:
    return may(actor, Action.CHANGE_RECORD, obj)


def goal_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> Goal:
    goal, decision = get_for(
        actor, Action.CHANGE_RECORD, Goal.objects.filter(trajectory=trajectory), pk=pk
    )
    record_read(actor, event="goal.read", obj=goal, decision=decision)
    return goal


def meeting_get(
    *, actor: Actor, trajectory: Trajectory, pk: int, action: Action = Action.VIEW_TRAJECTORY
) -> Meeting:
    """A meeting for reading (and the PDF) or, with ``CHANGE_RECORD``, for editing."""
    queryset = Meeting.objects.filter(trajectory=trajectory).select_related(
        "organisation", "created_by", "trajectory__client"
    )
    meeting, decision = get_for(actor, action, queryset, pk=pk)
    record_read(actor, event="meeting.read", obj=meeting, decision=decision)
    return meeting


def action_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> PlanAction:
    action, _decision = get_for(
        actor, Action.CHANGE_RECORD, PlanAction.objects.filter(trajectory=trajectory), pk=pk
    )
    return action


def team_candidates(*, actor: Actor, trajectory: Trajectory) -> QuerySet[Membership]:
    """Professionals who can be invited: active professionals of organisations in the own
    organisation's labour-market regions (a professional directory, not client data)."""
    organisation = actor.organisation
    assert organisation is not None
    on_team = TeamMember.objects.filter(trajectory=trajectory, ended_on__isnull=True).values(
        "user_id"
    )
    return (
        Membership.objects.filter(
            is_active=True,
            user__kind="professional",
            organisation__regions__in=organisation.regions.all(),
        )
        .exclude(role__in=[Role.FUNCTIONEEL_BEHEERDER, Role.WERKGEVER_CONTACTPERSOON])
        .exclude(user_id__in=on_team)
        .select_related("user", "organisation")
        .distinct()
        .order_by("organisation__name", "user__full_name")
    )


def may_decide(*, actor: Actor, referral: Referral) -> bool:
    return may(actor, Action.DECIDE_REFERRAL, referral)


@dataclass
class ReferralOutcome:
    """What became of a referral, for the referrer: as far as consent allows."""

    status: str
    trajectory: Trajectory | None  # None when not (or no longer) visible to the actor
    first_employer_contact_on: date | None = None
    placed: bool = False
    ended_on: date | None = None


def referral_outcome(*, actor: Actor, referral: Referral) -> ReferralOutcome:
    trajectory = None
    if referral.trajectory_id:
        trajectory = visible_to(actor, Trajectory.objects.filter(pk=referral.trajectory_id)).first()
    outcome = ReferralOutcome(status=referral.get_status_display(), trajectory=trajectory)
    if trajectory is not None:
        outcome.first_employer_contact_on = trajectory.first_employer_contact_on
        outcome.placed = PhaseChange.objects.filter(
            trajectory=trajectory, to_phase="plaatsing"
        ).exists()
        outcome.ended_on = trajectory.ended_on
    return outcome


def timeline_kind_choices() -> list[tuple[str, str]]:
    from django.utils.translation import gettext as _

    labels = {
        "fase": _("fasewisselingen"),
        "gesprek": _("gesprekken"),
        "ladder": _("participatieladder"),
        "notitie": _("notities"),
        "werk": _("werk en plaatsing"),
    }
    return [(k, labels[k]) for k in TIMELINE_KINDS]


def category_choices() -> list[tuple[str, str]]:
    from werkpad.clients.models import DataCategory

    return [(c.value, str(c.label)) for c in DataCategory]


def readers_for(*, actor: Actor, trajectory: Trajectory, category: str) -> list[str]:
    """Who on the team would read a record of ``category`` the actor's organisation writes
    on ``trajectory``, as "name (organisation)": "zichtbaar voor: …" on a form before saving
    (issue 11, item 4). One query; names of professionals, no client data."""
    organisation_id = actor.organisation_id
    if organisation_id is None or category not in DataCategory.values:
        return []
    members = team_members_who_would_read(trajectory, category, organisation_id)
    return sorted({f"{m.user.full_name} ({m.organisation.name})" for m in members})


def team_for(*, actor: Actor, trajectory: Trajectory) -> list[TeamMember]:
    """The team, current and past (who held the trajectory when)."""
    return _team(actor, trajectory)


def team_member_get(*, actor: Actor, trajectory: Trajectory, pk: int) -> TeamMember:
    member, _decision = get_for(
        actor,
        Action.VIEW_TRAJECTORY,
        TeamMember.objects.filter(trajectory=trajectory).select_related("trajectory"),
        pk=pk,
    )
    return member


def goals_for(*, actor: Actor, trajectory: Trajectory) -> list[Goal]:
    return list(visible_to(actor, Goal.objects.filter(trajectory=trajectory)))


def decisions_for(*, actor: Actor, meeting: Meeting) -> list[PlanAction]:
    return list(
        visible_to(actor, PlanAction.objects.filter(meeting=meeting)).select_related("owner")
    )


@dataclass
class LadderChart:
    """A small line chart of the ladder (the table beside it carries the same data)."""

    width: int
    height: int
    professional: str  # SVG polyline points
    client: str
    dots: list[tuple[int, int, str]]  # x, y, series
    axis: list[tuple[int, int]] = field(default_factory=list)  # step, y of its label


def ladder_chart(points: list[LadderPoint]) -> LadderChart:
    step_height, top, left = 28, 14, 40
    gap = 64
    width = left * 2 + gap * max(len(points) - 1, 1)

    def y(step: int) -> int:
        return top + (6 - step) * step_height

    series: dict[str, list[tuple[int, int]]] = {"professional": [], "client": []}
    for i, point in enumerate(points):
        x = left + i * gap
        if point.professional:
            series["professional"].append((x, y(point.professional)))
        if point.client:
            series["client"].append((x, y(point.client)))
    dots = [(x, yy, name) for name, xy in series.items() for x, yy in xy]
    return LadderChart(
        axis=[(step, y(step)) for step in range(1, 7)],
        width=width,
        height=top * 2 + 5 * step_height,
        professional=" ".join(f"{x},{yy}" for x, yy in series["professional"]),
        client=" ".join(f"{x},{yy}" for x, yy in series["client"]),
        dots=dots,
    )


def member_can_see(*, member: TeamMember) -> bool:
    """Whether a team member can open the trajectory now (their own organisation's, or the
    client's basic-data consent for its purpose is in force)."""
    from werkpad.access.actor import actor_for_user

    membership = member.user.memberships.filter(
        organisation_id=member.organisation_id, is_active=True
    ).first()
    if membership is None:
        return False
    actor = actor_for_user(member.user, membership_id=membership.pk)
    return visible_to(actor, Trajectory.objects.filter(pk=member.trajectory_id)).exists()
