"""Playing the trajectory stories (issue 3) through the services: for each story the client,
the consents, the intake or referral, the accepted trajectory, its phases and care team, and
then the route's own script (``ips``, ``routes``); after them the referrals still waiting and
the intakes without a trajectory.

Everything goes through the services (so the access log and the invariants hold); the dates
of the history are then moved into the past with ``QuerySet.update``, relative to today, so
the demo always looks current. Idempotent: when the first story's client exists, nothing is
added.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from werkpad.clients.models import Client, Consent, ConsentPurpose, DataCategory
from werkpad.clients.services import ClientDetails, client_create, consent_record
from werkpad.organisations.models import Gemeente, Role, Team
from werkpad.trajectories.models import (
    Intake,
    IntakeOutcome,
    NoteKind,
    PhaseChange,
    Referral,
    TeamMember,
    Trajectory,
    WorkWish,
)
from werkpad.trajectories.phases import CLOSED, TrajectoryType, phases_for
from werkpad.trajectories.services import (
    IntakeDetails,
    TrajectorySetup,
    intake_record,
    referral_accept,
    referral_create,
    referral_decline,
    team_member_add,
    trajectory_phase_change,
    trajectory_start,
)

from .. import clock
from ..data.people import GEMEENTE, GGZ, HERSTEL, REINTEGRATIE, UWV
from ..data.story import BY_GEMEENTE, DECLINED, GEMEENTE_START, Story
from ..data.trajectories import (
    COHERENCE,
    INTAKE_REASONS,
    INTAKES_ONLY,
    PENDING,
    PENDING_REASON,
    PHASE_REASONS,
    PURPOSES,
    RECENT_CONTACT,
    REFERRAL_BY_GEMEENTE,
    STORIES,
    WORK,
)
from .ips import tell_ips
from .people import Cast
from .routes import tell_own, tell_werkwijzer, tell_wgb
from .story import Ctx


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


def _tell(cast: Cast, story: Story, index: int) -> None:
    trajectory, lead = _begin(cast, story, index)
    ctx = Ctx(cast=cast, story=story, index=index, trajectory=trajectory, lead=lead, dates={})
    _walk(ctx)
    _build_team(ctx)
    route = TrajectoryType(story.route)
    if route == TrajectoryType.IPS:
        tell_ips(ctx)
    elif route == TrajectoryType.WGB:
        tell_wgb(ctx)
    elif route == TrajectoryType.WERKWIJZER:
        tell_werkwijzer(ctx)
    else:
        tell_own(ctx)
    _finish_contact(ctx)


def _finish_contact(ctx: Ctx) -> None:
    """'Last contact' as the story wants it: recent, unless the story is about a lapse."""
    story = ctx.story
    start = clock.ago(story.start)
    if ctx.trajectory.ended_on is not None:
        last = ctx.trajectory.ended_on
    else:
        if story.last_contact is not None:
            wanted = clock.ago(story.last_contact)
            ctx.contacts = [day for day in ctx.contacts if day <= wanted]
        else:
            wanted = clock.ago(2 + ctx.index % 11)
        if max(ctx.contacts, default=start) < wanted and wanted > start:
            ctx.note(
                RECENT_CONTACT[ctx.index % len(RECENT_CONTACT)],
                on=wanted,
                kind=NoteKind.CLIENT_CONTACT,
            )
        last = max([*ctx.contacts, start])
    Trajectory.objects.filter(pk=ctx.trajectory.pk).update(last_contact_on=last)


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
        Consent.objects.filter(pk=consent.pk).update(client_confirmed_at=clock.now())


def _signed_form() -> SimpleUploadedFile:
    """A client without a portal account confirms on paper: the signed form, uploaded."""
    return SimpleUploadedFile(
        "toestemming-ondertekend.pdf", b"%PDF-1.4\n% demo\n%%EOF\n", "application/pdf"
    )


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
            clock.ago(story.start),
            trajectory=trajectory,
        )


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
            work_coherence=COHERENCE[TrajectoryType(story.route)],
            outcome=outcome,
            reason=INTAKE_REASONS[TrajectoryType(outcome)],
            refer_to=team,
        ),
    )


def _date_referral(referral: Referral, created: date, decided: date) -> None:
    Referral.objects.filter(pk=referral.pk).update(
        created_at=clock.at(created, 9), decided_at=clock.at(decided, 15)
    )


def _begin(cast: Cast, story: Story, index: int) -> tuple[Trajectory, str]:
    """The client, the consents, the intake or referral and the accepted trajectory; then the
    start moved back to ``story.start`` days ago. Returns the trajectory and its lead."""
    start = clock.ago(story.start)
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
                reason=REFERRAL_BY_GEMEENTE,
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
    start, since = clock.ago(story.start), clock.ago(story.since)
    ctx.dates[phases_for(story.route, list(story.own_phases))[0].code] = start
    path = _path(story)
    if not path:
        return
    # The earlier phases are spread between the start and the current phase; 'zoeken' with
    # an overdue first employer contact and 'afgesloten' begin exactly at ``since``.
    days = clock.spread(start, since, len(path) + 1)[1:]
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
    TeamMember.objects.filter(pk=member.pk).update(started_on=clock.up_to_today(on))


def _build_team(ctx: Ctx) -> None:
    story, start = ctx.story, clock.ago(ctx.story.start)
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


def _intakes_only(cast: Cast) -> None:
    """The demo's first clients: a work question put on hold, once not discussed, once due
    to be asked again."""
    ggz = cast.organisations[GGZ]
    beh = cast.actors["beh"]
    for name, held, again, discussed, wish, meaning, reason, benefit in INTAKES_ONLY:
        client = Client.objects.filter(full_name=name, organisation=ggz).first()
        if client is None:
            continue
        intake_record(
            actor=beh,
            client=client,
            details=IntakeDetails(
                held_on=clock.ago(held),
                ladder_step=2,
                benefit_status=benefit,
                has_paid_work=False,
                work_discussed=discussed,
                work_wish=wish,
                work_meaning=meaning,
                outcome=IntakeOutcome.NOT_NOW,
                ask_again_on=clock.ago(again),
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
                clock.ago(days),
                Role.ARBEIDSDESKUNDIGE,
            )
        intake = intake_record(
            actor=cast.actors["beh"],
            client=client,
            details=IntakeDetails(
                held_on=clock.ago(days),
                ladder_step=3,
                benefit_status=benefit,
                has_paid_work=False,
                work_discussed=True,
                work_wish=WorkWish.YES,
                work_direction=direction,
                work_meaning=meaning,
                outcome=route,
                reason=PENDING_REASON,
                refer_to=team,
            ),
        )
        assert intake.referral is not None
        Referral.objects.filter(pk=intake.referral.pk).update(
            created_at=clock.at(clock.ago(days), 16)
        )
