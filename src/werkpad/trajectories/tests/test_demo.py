"""The demo stories of the shared trajectory and the generator for measurements."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent, ConsentGrant
from werkpad.demo import GEMEENTE, seed_demo
from werkpad.organisations.models import OrganisationType
from werkpad.trajectories.models import (
    Goal,
    Intake,
    IntakeOutcome,
    LadderAssessment,
    Meeting,
    Note,
    NoteKind,
    PlanAction,
    Referral,
    ReferralStatus,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.phases import CLOSED, TrajectoryType, phases_for
from werkpad.trajectories.selectors import flags_for

IPS_USER = "ips@ggz.demo.example"
UWV_USER = "arbeidsdeskundige@uwv.demo.example"

# The demo's stories, read back: the same on every database (decision 0036, item 8).
pytestmark = pytest.mark.one_database


def _open_caseload(email: str) -> int:
    return (
        TeamMember.objects.filter(
            user__email=email, ended_on__isnull=True, trajectory__ended_on__isnull=True
        )
        .values("trajectory")
        .distinct()
        .count()
    )


def _counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (
            Client,
            Consent,
            Intake,
            Referral,
            Trajectory,
            TeamMember,
            Goal,
            PlanAction,
            Meeting,
            LadderAssessment,
            Note,
            AccessLogEntry,
        )
    }


@pytest.fixture
def demo(seeded_demo: list[Any]) -> None:
    """The demo, seeded once for this module (the root conftest's ``seeded_demo``)."""


@pytest.mark.django_db
def test_seed_demo_tells_stories_in_every_type_and_phase(demo: None) -> None:
    clients = Client.objects.filter(trajectories__isnull=False).distinct()
    assert clients.count() >= 30
    types = set(Trajectory.objects.values_list("type", flat=True))
    assert types == set(TrajectoryType.values)
    assert set(
        Trajectory.objects.filter(type=TrajectoryType.WGB).values_list("wgb_months", flat=True)
    ) == {12, 18}
    ips_phases = set(
        Trajectory.objects.filter(type=TrajectoryType.IPS).values_list("phase", flat=True)
    )
    assert ips_phases == {p.code for p in phases_for(TrajectoryType.IPS)}
    closed = Trajectory.objects.filter(phase=CLOSED)
    assert closed.exists()
    assert all(t.ended_on and t.end_reason for t in closed)
    # Sanne de Vries, the demo client who logs in, has an IPS trajectory.
    sanne = Client.objects.get(full_name="Sanne de Vries")
    assert sanne.user is not None
    assert sanne.trajectories.filter(type=TrajectoryType.IPS).exists()


@pytest.mark.django_db
def test_intakes_referrals_and_the_timeline_are_in_the_demo(demo: None) -> None:
    not_now = Intake.objects.filter(outcome=IntakeOutcome.NOT_NOW)
    assert not_now.filter(work_discussed=False).exists()
    assert all(i.ask_again_on and i.ask_again_on > i.held_on for i in not_now)
    assert Intake.objects.exclude(outcome=IntakeOutcome.NOT_NOW).count() > not_now.count()
    declined = Referral.objects.get(status=ReferralStatus.DECLINED)
    assert declined.decline_reason
    assert Referral.objects.filter(status=ReferralStatus.PENDING).count() >= 2
    from_gemeente = Referral.objects.get(from_organisation__type=OrganisationType.GEMEENTE)
    assert from_gemeente.route == TrajectoryType.IPS
    assert from_gemeente.to_team is not None and "IPS" in from_gemeente.to_team.name
    assert from_gemeente.trajectory is not None
    today = timezone.localdate()
    assert PlanAction.objects.filter(done_on__isnull=True, due_on__lt=today).exists()
    assert PlanAction.objects.filter(done_on__isnull=False).exists()
    assert {"driegesprek", "viergesprek", "startgesprek", "evaluatie"} <= set(
        Meeting.objects.values_list("kind", flat=True)
    )
    kinds = set(Note.objects.values_list("kind", flat=True))
    assert {NoteKind.CLIENT_CONTACT, NoteKind.EMPLOYER_CONTACT} <= kinds
    # Histories lie in the past, ladders go up, and the client's own view is there too.
    assert not Note.objects.filter(occurred_on__gt=today).exists()
    assert not Meeting.objects.filter(held_on__gt=today).exists()
    assert Trajectory.objects.filter(started_on__lt=today - timedelta(days=365)).exists()
    assert LadderAssessment.objects.filter(perspective="client").exists()
    stepped_up = [
        t
        for t in Trajectory.objects.all()
        if len(steps := list(t.ladder_assessments.filter(perspective="professional")))
        and steps[-1].step > steps[0].step
    ]
    assert len(stepped_up) >= 10


@pytest.mark.django_db
def test_seed_demo_twice_adds_nothing(demo: None) -> None:
    before = _counts()
    seed_demo()
    assert _counts() == before


@pytest.mark.django_db
def test_uwv_sees_work_goals_but_never_treatment_goals(demo: None) -> None:
    actor = actor_for_user(User.objects.get(email=UWV_USER))
    goals = visible_to(actor, Goal.objects.all())
    categories = set(goals.values_list("category", flat=True))
    assert "behandeling" not in categories
    assert {"werk", "reintegratie"} & categories
    assert goals.count() >= 5
    # The treatment goals exist; the consents for UWV simply never cover them.
    assert Goal.objects.filter(category="behandeling").count() >= 20
    assert not ConsentGrant.objects.filter(
        consent__recipient__type=OrganisationType.UWV, category="behandeling"
    ).exists()
    assert not visible_to(actor, PlanAction.objects.filter(category="behandeling")).exists()
    assert not visible_to(actor, Note.objects.filter(category="behandeling")).exists()


@pytest.mark.django_db
def test_ips_caseload_is_under_the_norm_and_shows_flags(demo: None) -> None:
    assert 10 <= _open_caseload(IPS_USER) <= 20
    today = timezone.localdate()
    mine = Trajectory.objects.filter(
        team__user__email=IPS_USER, team__ended_on__isnull=True, ended_on__isnull=True
    )
    codes = [f.code for t in mine for f in flags_for(t, today, ips_norms=True)]
    assert codes.count("employer_contact_overdue") >= 2
    assert "no_contact" in codes
    # The gemeente's klantmanager is on the team of the bijstand client she referred.
    assert TeamMember.objects.filter(
        organisation__name=GEMEENTE, trajectory__type=TrajectoryType.IPS
    ).exists()


@pytest.mark.django_db
def test_generate_clients_with_trajectories(demo: None) -> None:
    last = Client.objects.order_by("-pk").values_list("pk", flat=True)[0]
    trajectories = Trajectory.objects.count()
    own_caseload = _open_caseload(IPS_USER)
    call_command("generate_clients", 50, "--trajectories")
    new = Client.objects.filter(pk__gt=last)
    assert new.count() == 50
    assert Trajectory.objects.count() == trajectories + 50
    assert not new.filter(trajectories__isnull=True).exists()
    generated = Trajectory.objects.filter(team__user__email__startswith="generated-coach-")
    assert generated.count() == 50
    assert _open_caseload(IPS_USER) == own_caseload
    coaches = User.objects.filter(email__startswith="generated-coach-")
    assert coaches.count() == 3  # 20 a piece
    assert coaches.first().full_name.startswith("Generated Coach ")  # type: ignore[union-attr]
    for model in (Goal, PlanAction, LadderAssessment, Note):
        assert model.objects.filter(trajectory__in=generated).count() >= 50
    # A second run tops up the last coach before adding new ones.
    call_command("generate_clients", 15, "--trajectories")
    assert coaches.count() == 4
