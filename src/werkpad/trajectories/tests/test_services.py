"""Behaviour of the trajectory services and selectors (issue 3): the intake with the work
question, referrals, phases, the care team and its handover, the plan, meetings, the
participatieladder, notes, and the caseload's flags and fixed query counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import Action, get_for, visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent
from werkpad.clients.services import consent_record
from werkpad.core.forms import StaleEditError
from werkpad.organisations.models import Membership, Organisation, OrganisationType, Role, Team
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import selectors, services
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    Intake,
    LadderAssessment,
    Meeting,
    Note,
    PhaseChange,
    PlanAction,
    Referral,
    ReferralStatus,
    TeamMember,
    Trajectory,
)
from werkpad.trajectories.services import (
    DecisionItem,
    GoalDetails,
    IntakeDetails,
    MeetingDetails,
    TrajectorySetup,
)

pytestmark = pytest.mark.django_db


@dataclass
class Env:
    org_a: Organisation
    org_b: Organisation
    team_a: Team
    team_b: Team
    pro_a: Any
    pro_b: Any
    actor_a: Actor
    actor_b: Actor
    client: Client  # recorded by organisation A


def _with_team(user: Any, team: Team | None) -> Membership:
    membership = user.memberships.get()
    membership.team = team
    membership.save(update_fields=["team"])
    return membership


@pytest.fixture
def env(db: Any) -> Env:
    org_a = make_organisation("GGZ Oost (A)")
    org_b = make_organisation("Re-integratie West (B)", OrganisationType.REINTEGRATION)
    team_a = Team.objects.create(organisation=org_a, name="IPS-team Oost")
    team_b = Team.objects.create(organisation=org_b, name="Team Werkfit")
    pro_a = make_user(organisation=org_a, mfa=False, full_name="Pro A")
    pro_b = make_user(organisation=org_b, role=Role.REINTEGRATIECOACH, mfa=False, full_name="Pro B")
    _with_team(pro_a, team_a)
    _with_team(pro_b, team_b)
    return Env(
        org_a=org_a,
        org_b=org_b,
        team_a=team_a,
        team_b=team_b,
        pro_a=pro_a,
        pro_b=pro_b,
        actor_a=actor_for_user(pro_a),
        actor_b=actor_for_user(pro_b),
        client=make_client(organisation=org_a, full_name="Anna Aalbers"),
    )


def _today() -> date:
    return timezone.localdate()


def _intake(**overrides: Any) -> IntakeDetails:
    held_on = overrides.pop("held_on", _today())
    values: dict[str, Any] = {
        "held_on": held_on,
        "ladder_step": 2,
        "benefit_status": "wia",
        "has_paid_work": False,
        "work_discussed": True,
        "work_wish": "ja",
        "work_direction": "iets met planten",
        "work_meaning": "structuur en collega's",
        "work_coherence": "helpt bij herstel",
        "outcome": "niet_nu",
        "ask_again_on": held_on + timedelta(days=90),
        "reason": "eerst stabiel worden",
    }
    values.update(overrides)
    return IntakeDetails(**values)


def _consent_for(
    env: Env,
    organisation: Organisation,
    categories: list[str],
    *,
    role: str = "",
    client: Client | None = None,
    actor: Actor | None = None,
) -> Consent:
    return consent_record(
        actor=actor or env.actor_a,
        client=client or env.client,
        recipient=organisation,
        recipient_role=role,
        categories=categories,
        purpose="ips",
        valid_from=_today(),
        valid_until=None,
    )


def _ips(env: Env) -> Trajectory:
    return services.trajectory_start(actor=env.actor_a, client=env.client, trajectory_type="ips")


def _to(env: Env, trajectory: Trajectory, phase: str, **kw: Any) -> Trajectory:
    trajectory.refresh_from_db()
    return services.trajectory_phase_change(
        actor=env.actor_a,
        trajectory=trajectory,
        version=trajectory.version,
        to_phase=phase,
        **kw,
    )


def _on_team(env: Env, trajectory: Trajectory, user: Any) -> TeamMember:
    return services.team_member_add(
        actor=env.actor_a, trajectory=trajectory, membership=user.memberships.get()
    )


def _goal(**overrides: Any) -> GoalDetails:
    values: dict[str, Any] = {
        "category": "reintegratie",
        "life_domain": "werk",
        "own_words": "Ik wil weer werken met mijn handen",
    }
    values.update(overrides)
    return GoalDetails(**values)


# --- Intake with the work question ---------------------------------------------------------
@pytest.mark.parametrize(
    "missing",
    [{"work_wish": ""}, {"work_meaning": ""}, {"work_meaning": "   "}],
    ids=["no-work-wish", "no-work-meaning", "blank-work-meaning"],
)
def test_intake_cannot_be_completed_without_the_work_question(
    env: Env, missing: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as exc:
        services.intake_record(actor=env.actor_a, client=env.client, details=_intake(**missing))
    assert set(exc.value.message_dict) == set(missing)
    assert Intake.objects.count() == 0


def test_intake_without_work_discussed_needs_no_answers(env: Env) -> None:
    intake = services.intake_record(
        actor=env.actor_a,
        client=env.client,
        details=_intake(work_discussed=False, work_wish="", work_meaning=""),
    )
    assert intake.pk is not None
    assert (intake.organisation, intake.recorded_by) == (env.org_a, env.pro_a)


@pytest.mark.parametrize("days_after", [None, 0, -1], ids=["none", "same-day", "before"])
def test_not_now_needs_a_date_to_ask_again_after_the_intake(
    env: Env, days_after: int | None
) -> None:
    held_on = _today() - timedelta(days=3)
    ask = None if days_after is None else held_on + timedelta(days=days_after)
    with pytest.raises(ValidationError) as exc:
        services.intake_record(
            actor=env.actor_a,
            client=env.client,
            details=_intake(held_on=held_on, ask_again_on=ask),
        )
    assert "ask_again_on" in exc.value.message_dict
    assert Intake.objects.count() == 0


def test_not_now_with_a_later_date_records_the_intake_without_a_referral(env: Env) -> None:
    intake = services.intake_record(actor=env.actor_a, client=env.client, details=_intake())
    assert intake.referral is None
    assert Referral.objects.count() == 0
    assert AccessLogEntry.objects.filter(
        event_code="intake.record", object_id=str(intake.pk)
    ).exists()


def test_a_referral_outcome_refers_to_the_chosen_team(env: Env) -> None:
    other_team = Team.objects.create(organisation=env.org_a, name="WGB-team")
    intake = services.intake_record(
        actor=env.actor_a,
        client=env.client,
        details=_intake(outcome="ips", ask_again_on=None, refer_to=other_team),
    )
    referral = Referral.objects.get()
    assert intake.referral == referral
    assert (referral.route, referral.to_team, referral.to_organisation) == (
        "ips",
        other_team,
        env.org_a,
    )
    assert (referral.from_user, referral.status) == (env.pro_a, ReferralStatus.PENDING)


def test_a_referral_outcome_needs_a_team(env: Env) -> None:
    with pytest.raises(ValidationError) as exc:
        services.intake_record(
            actor=env.actor_a, client=env.client, details=_intake(outcome="ips", refer_to=None)
        )
    assert "refer_to" in exc.value.message_dict
    assert (Intake.objects.count(), Referral.objects.count()) == (0, 0)


def test_intake_and_referral_are_one_transaction(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the intake cannot be stored, the referral made for it is not kept either."""

    def broken(**kwargs: Any) -> Intake:
        raise RuntimeError("database went away")

    monkeypatch.setattr(Intake.objects, "create", broken)
    with pytest.raises(RuntimeError):
        services.intake_record(
            actor=env.actor_a,
            client=env.client,
            details=_intake(outcome="ips", refer_to=env.team_a),
        )
    assert Referral.objects.count() == 0
    assert not AccessLogEntry.objects.filter(event_code="referral.create").exists()


def test_referral_to_another_organisation_needs_the_clients_basic_consent(env: Env) -> None:
    details = _intake(outcome="ips", ask_again_on=None, refer_to=env.team_b)
    with pytest.raises(ValidationError) as exc:
        services.intake_record(actor=env.actor_a, client=env.client, details=details)
    assert "to_team" in exc.value.message_dict
    assert (Intake.objects.count(), Referral.objects.count()) == (0, 0)

    # A consent without basic data (refused), a withdrawn one, or one for a third
    # organisation: still no.
    with pytest.raises(ValidationError):
        _consent_for(env, env.org_b, ["werk"])
    third = make_organisation("Gemeente C", OrganisationType.GEMEENTE)
    _consent_for(env, third, ["basis"])
    withdrawn = _consent_for(env, env.org_b, ["basis"])
    Consent.objects.filter(pk=withdrawn.pk).update(withdrawn_at=timezone.now())
    with pytest.raises(ValidationError):
        services.intake_record(actor=env.actor_a, client=env.client, details=details)
    assert (Intake.objects.count(), Referral.objects.count()) == (0, 0)

    _consent_for(env, env.org_b, ["basis", "werk"])
    intake = services.intake_record(actor=env.actor_a, client=env.client, details=details)
    assert intake.referral is not None
    assert (intake.referral.to_organisation, intake.referral.to_team) == (env.org_b, env.team_b)


def test_another_organisation_cannot_record_an_intake_or_refer(env: Env) -> None:
    _consent_for(env, env.org_b, ["basis", "werk"])
    with pytest.raises(PermissionDenied):
        services.intake_record(actor=env.actor_b, client=env.client, details=_intake())
    with pytest.raises(PermissionDenied):
        services.referral_create(
            actor=env.actor_b, client=env.client, route="ips", to_team=env.team_b, reason="x"
        )
    assert (Intake.objects.count(), Referral.objects.count()) == (0, 0)


# --- Referrals -----------------------------------------------------------------------------
def _referral_to_b(env: Env, route: str = "ips") -> Referral:
    _consent_for(env, env.org_b, ["basis"])
    return services.referral_create(
        actor=env.actor_a,
        client=env.client,
        route=route,
        to_team=env.team_b,
        reason="wil werken",
    )


def test_accepting_a_referral_starts_a_trajectory_of_its_route(env: Env) -> None:
    referral = _referral_to_b(env)
    trajectory = services.referral_accept(actor=env.actor_b, referral=referral)
    assert (trajectory.type, trajectory.organisation, trajectory.client) == (
        "ips",
        env.org_b,
        env.client,
    )
    assert trajectory.phase == "aanmelding"
    team = {(m.user_id, m.organisation_id): m for m in trajectory.team.all()}
    accepter = team[(env.pro_b.pk, env.org_b.pk)]
    assert accepter.is_key_person and accepter.ended_on is None
    referrer = team[(env.pro_a.pk, env.org_a.pk)]
    assert referrer.ended_on is None
    referral.refresh_from_db()
    assert (referral.status, referral.trajectory, referral.decided_by) == (
        ReferralStatus.ACCEPTED,
        trajectory,
        env.pro_b,
    )
    assert PhaseChange.objects.filter(trajectory=trajectory, to_phase="aanmelding").count() == 1


def test_a_referral_is_accepted_once(env: Env) -> None:
    referral = _referral_to_b(env)
    services.referral_accept(actor=env.actor_b, referral=referral)
    with pytest.raises(ValidationError):
        services.referral_accept(actor=env.actor_b, referral=referral)
    with pytest.raises(ValidationError):
        services.referral_decline(actor=env.actor_b, referral=referral, reason="toch niet")
    assert Trajectory.objects.count() == 1
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.ACCEPTED


def test_only_the_receiving_organisation_decides(env: Env) -> None:
    referral = _referral_to_b(env)
    with pytest.raises(PermissionDenied):
        services.referral_accept(actor=env.actor_a, referral=referral)
    assert Trajectory.objects.count() == 0


@pytest.mark.parametrize("reason", ["", "   "])
def test_declining_needs_a_reason(env: Env, reason: str) -> None:
    referral = _referral_to_b(env)
    with pytest.raises(ValidationError) as exc:
        services.referral_decline(actor=env.actor_b, referral=referral, reason=reason)
    assert "reason" in exc.value.message_dict
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PENDING


def test_declining_with_a_reason_keeps_the_reason(env: Env) -> None:
    referral = _referral_to_b(env)
    services.referral_decline(actor=env.actor_b, referral=referral, reason=" vol ")
    referral.refresh_from_db()
    assert (referral.status, referral.decline_reason) == (ReferralStatus.DECLINED, "vol")
    with pytest.raises(ValidationError):
        services.referral_accept(actor=env.actor_b, referral=referral)
    assert Trajectory.objects.count() == 0


# --- Phases --------------------------------------------------------------------------------
def test_ips_moves_through_its_phases_with_a_change_and_a_log_row_each(env: Env) -> None:
    trajectory = _ips(env)
    assert trajectory.phase == "aanmelding"
    path = ["kennismaking", "zoeken", "plaatsing", "nazorg"]
    for step, phase in enumerate(path, 1):
        before = trajectory.phase
        trajectory = _to(env, trajectory, phase)
        assert (trajectory.phase, trajectory.version) == (phase, 1 + step)
        change = PhaseChange.objects.filter(trajectory=trajectory).latest("id")
        assert (change.from_phase, change.to_phase, change.changed_by) == (
            before,
            phase,
            env.pro_a,
        )
        assert (
            AccessLogEntry.objects.filter(
                event_code="trajectory.phase", object_id=str(trajectory.pk)
            ).count()
            == step
        )
    # The start plus one change per step.
    assert PhaseChange.objects.filter(trajectory=trajectory).count() == 1 + len(path)
    assert trajectory.ended_on is None


def test_entering_search_sets_its_start_once(env: Env) -> None:
    trajectory = _ips(env)
    first = _today() - timedelta(days=20)
    trajectory = _to(env, trajectory, "zoeken", on=first)
    assert trajectory.search_started_on == first
    trajectory = _to(env, trajectory, "kennismaking", on=_today() - timedelta(days=10))
    trajectory = _to(env, trajectory, "zoeken", on=_today())
    assert trajectory.search_started_on == first
    assert trajectory.phase_since == _today()


@pytest.mark.parametrize("phase", ["onbekend", "intake", "eigen-1", "", "aanmelding"])
def test_an_unknown_or_the_current_phase_is_refused(env: Env, phase: str) -> None:
    trajectory = _ips(env)
    with pytest.raises(ValidationError) as exc:
        _to(env, trajectory, phase)
    assert "to_phase" in exc.value.message_dict
    trajectory.refresh_from_db()
    assert (trajectory.phase, trajectory.version) == ("aanmelding", 1)
    assert PhaseChange.objects.filter(trajectory=trajectory).count() == 1


@pytest.mark.parametrize("end_reason", ["", "geen_zin"])
def test_closing_needs_an_end_reason(env: Env, end_reason: str) -> None:
    trajectory = _ips(env)
    with pytest.raises(ValidationError) as exc:
        _to(env, trajectory, "afgesloten", end_reason=end_reason)
    assert "end_reason" in exc.value.message_dict
    trajectory.refresh_from_db()
    assert (trajectory.phase, trajectory.ended_on) == ("aanmelding", None)


def test_closing_with_a_reason_ends_the_trajectory(env: Env) -> None:
    trajectory = _to(env, _ips(env), "afgesloten", end_reason="doel_bereikt")
    assert (trajectory.phase, trajectory.ended_on, trajectory.end_reason) == (
        "afgesloten",
        _today(),
        "doel_bereikt",
    )
    assert PhaseChange.objects.filter(trajectory=trajectory).latest("id").reason


@pytest.mark.parametrize("end_reason", ["doel_bereikt", "andere_route", "gezondheid", "anders"])
def test_ips_aftercare_ends_only_at_the_clients_wish(env: Env, end_reason: str) -> None:
    trajectory = _ips(env)
    for phase in ("kennismaking", "zoeken", "plaatsing", "nazorg"):
        trajectory = _to(env, trajectory, phase)
    with pytest.raises(ValidationError) as exc:
        _to(env, trajectory, "afgesloten", end_reason=end_reason)
    assert "end_reason" in exc.value.message_dict
    trajectory.refresh_from_db()
    assert (trajectory.phase, trajectory.ended_on) == ("nazorg", None)
    trajectory = _to(env, trajectory, "afgesloten", end_reason="wens_client")
    assert (trajectory.phase, trajectory.end_reason) == ("afgesloten", "wens_client")


def test_a_stale_phase_change_changes_nothing(env: Env) -> None:
    trajectory = _ips(env)
    stale = Trajectory.objects.get(pk=trajectory.pk)
    _to(env, trajectory, "kennismaking")
    changes = PhaseChange.objects.count()
    log_rows = AccessLogEntry.objects.filter(event_code="trajectory.phase").count()
    with pytest.raises(StaleEditError):
        services.trajectory_phase_change(
            actor=env.actor_a, trajectory=stale, version=stale.version, to_phase="zoeken"
        )
    trajectory.refresh_from_db()
    assert (trajectory.phase, trajectory.version, trajectory.search_started_on) == (
        "kennismaking",
        2,
        None,
    )
    assert PhaseChange.objects.count() == changes
    assert AccessLogEntry.objects.filter(event_code="trajectory.phase").count() == log_rows


@pytest.mark.parametrize("months", [None, 6, 24])
def test_wgb_lasts_12_or_18_months(env: Env, months: int | None) -> None:
    with pytest.raises(ValidationError) as exc:
        services.trajectory_start(
            actor=env.actor_a,
            client=env.client,
            trajectory_type="wgb",
            setup=TrajectorySetup(wgb_months=months),
        )
    assert "wgb_months" in exc.value.message_dict
    assert Trajectory.objects.count() == 0


@pytest.mark.parametrize("months", [12, 18])
def test_wgb_with_a_valid_duration_starts_at_the_intake(env: Env, months: int) -> None:
    services.intake_record(actor=env.actor_a, client=env.client, details=_intake())  # WIA
    trajectory = services.trajectory_start(
        actor=env.actor_a,
        client=env.client,
        trajectory_type="wgb",
        setup=TrajectorySetup(wgb_months=months),
    )
    assert (trajectory.wgb_months, trajectory.phase) == (months, "intake")
    assert trajectory.wgb_ends_on() is not None


# REFERENCE §1.5: WGB is "for clients with specialist-ggz indication **and** a UWV benefit";
# seed 004: "De behandelaar vraagt bij de intake naar de status van werk en uitkering."
@pytest.mark.parametrize("benefit", ["bijstand", "geen", "anders", None])
def test_wgb_without_a_uwv_benefit_asks_for_a_reason(env: Env, benefit: str | None) -> None:
    if benefit is not None:
        services.intake_record(
            actor=env.actor_a, client=env.client, details=_intake(benefit_status=benefit)
        )
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as exc:
            services.trajectory_start(
                actor=env.actor_a,
                client=env.client,
                trajectory_type="wgb",
                setup=TrajectorySetup(wgb_months=12, wgb_reason=reason),
            )
        assert "Uit de laatste intake blijkt geen UWV-uitkering" in " ".join(
            exc.value.message_dict["wgb_reason"]
        )
    assert Trajectory.objects.count() == 0

    trajectory = services.trajectory_start(
        actor=env.actor_a,
        client=env.client,
        trajectory_type="wgb",
        setup=TrajectorySetup(wgb_months=12, wgb_reason="  Ziektewet aangevraagd bij UWV.  "),
    )
    assert trajectory.wgb_start_reason == "Ziektewet aangevraagd bij UWV."
    row = AccessLogEntry.objects.get(event_code="trajectory.start")
    assert row.detail == {"type": "wgb", "wgb_without_uwv_benefit": True}


@pytest.mark.parametrize("benefit", ["ww", "wia", "wajong", "ziektewet"])
def test_wgb_with_a_uwv_benefit_needs_no_reason(env: Env, benefit: str) -> None:
    services.intake_record(
        actor=env.actor_a, client=env.client, details=_intake(benefit_status=benefit)
    )
    trajectory = services.trajectory_start(
        actor=env.actor_a,
        client=env.client,
        trajectory_type="wgb",
        setup=TrajectorySetup(wgb_months=12, wgb_reason="genegeerd"),
    )
    assert trajectory.wgb_start_reason == ""


def test_the_latest_intake_decides_whether_wgb_needs_a_reason(env: Env) -> None:
    services.intake_record(
        actor=env.actor_a,
        client=env.client,
        details=_intake(benefit_status="ww", held_on=_today() - timedelta(days=60)),
    )
    services.intake_record(
        actor=env.actor_a, client=env.client, details=_intake(benefit_status="geen")
    )
    with pytest.raises(ValidationError):
        services.trajectory_start(
            actor=env.actor_a,
            client=env.client,
            trajectory_type="wgb",
            setup=TrajectorySetup(wgb_months=18),
        )


def test_accepting_a_wgb_referral_without_a_uwv_benefit_asks_for_a_reason(env: Env) -> None:
    """The same rule on the referral path (``referral_accept``), within the own organisation."""
    intake = services.intake_record(
        actor=env.actor_a,
        client=env.client,
        details=_intake(benefit_status="bijstand", outcome="wgb", refer_to=env.team_a),
    )
    referral = intake.referral
    assert referral is not None
    with pytest.raises(ValidationError) as exc:
        services.referral_accept(
            actor=env.actor_a, referral=referral, setup=TrajectorySetup(wgb_months=12)
        )
    assert "wgb_reason" in exc.value.message_dict
    referral.refresh_from_db()
    assert (referral.status, Trajectory.objects.count()) == ("open", 0)
    trajectory = services.referral_accept(
        actor=env.actor_a,
        referral=referral,
        setup=TrajectorySetup(wgb_months=12, wgb_reason="Bijstand; UWV doet mee als partner."),
    )
    assert trajectory.wgb_start_reason == "Bijstand; UWV doet mee als partner."


@pytest.mark.parametrize("phases", [[], ["", "  "]])
def test_own_route_needs_a_named_phase(env: Env, phases: list[str]) -> None:
    with pytest.raises(ValidationError) as exc:
        services.trajectory_start(
            actor=env.actor_a,
            client=env.client,
            trajectory_type="eigen",
            setup=TrajectorySetup(own_phases=phases),
        )
    assert "own_phases" in exc.value.message_dict
    assert Trajectory.objects.count() == 0


def test_own_route_has_its_named_phases_then_closed(env: Env) -> None:
    trajectory = services.trajectory_start(
        actor=env.actor_a,
        client=env.client,
        trajectory_type="eigen",
        setup=TrajectorySetup(own_phases=[" Oriëntatie ", "", "Werkervaring"]),
    )
    assert [str(p.label) for p in trajectory.phases] == [
        "Oriëntatie",
        "Werkervaring",
        "Afgesloten",
    ]
    assert trajectory.own_phases == ["Oriëntatie", "Werkervaring"]
    assert trajectory.phase == trajectory.phases[0].code
    assert trajectory.phase_label == "Oriëntatie"
    second = trajectory.phases[1].code
    trajectory = _to(env, trajectory, second)
    assert trajectory.phase_label == "Werkervaring"
    with pytest.raises(ValidationError):
        _to(env, trajectory, "zoeken")  # an IPS phase is not one of this route's


def test_a_referral_to_an_own_route_needs_its_phases(env: Env) -> None:
    referral = _referral_to_b(env, route="eigen")
    with pytest.raises(ValidationError):
        services.referral_accept(actor=env.actor_b, referral=referral)
    referral.refresh_from_db()
    assert (referral.status, Trajectory.objects.count()) == (ReferralStatus.PENDING, 0)
    trajectory = services.referral_accept(
        actor=env.actor_b, referral=referral, setup=TrajectorySetup(own_phases=["Stap 1"])
    )
    assert trajectory.type == "eigen"


# --- Goals ---------------------------------------------------------------------------------
def test_goal_history_keeps_every_version_and_a_stale_edit_is_refused(env: Env) -> None:
    trajectory = _ips(env)
    goal = services.goal_create(actor=env.actor_a, trajectory=trajectory, details=_goal())
    assert goal.version == 1
    goal = services.goal_update(
        actor=env.actor_a, goal=goal, version=1, details=_goal(own_words="Twee dagen werken")
    )
    goal = services.goal_update(
        actor=env.actor_a,
        goal=goal,
        version=2,
        details=_goal(own_words="Drie dagen werken", status="active"),
    )
    with pytest.raises(StaleEditError):
        services.goal_update(
            actor=env.actor_a, goal=goal, version=2, details=_goal(own_words="Overschreven")
        )
    goal.refresh_from_db()
    assert (goal.version, goal.own_words, goal.status) == (3, "Drie dagen werken", "active")
    history = {r.version: r.snapshot["own_words"] for r in GoalRevision.objects.filter(goal=goal)}
    assert history == {
        1: "Ik wil weer werken met mijn handen",
        2: "Twee dagen werken",
        3: "Drie dagen werken",
    }


def test_another_organisation_on_the_team_cannot_change_a_goal(env: Env) -> None:
    trajectory = _ips(env)
    goal = services.goal_create(actor=env.actor_a, trajectory=trajectory, details=_goal())
    _on_team(env, trajectory, env.pro_b)
    _consent_for(env, env.org_b, ["basis", "reintegratie"])
    # B reads the goal (team and consent), but reading is not changing.
    assert list(visible_to(env.actor_b, Goal.objects.all())) == [goal]
    with pytest.raises(PermissionDenied):
        services.goal_update(
            actor=env.actor_b, goal=goal, version=goal.version, details=_goal(own_words="B")
        )
    goal.refresh_from_db()
    assert (goal.version, goal.own_words) == (1, "Ik wil weer werken met mijn handen")
    assert GoalRevision.objects.filter(goal=goal).count() == 1


# --- Meetings ------------------------------------------------------------------------------
def _meeting_details(**overrides: Any) -> MeetingDetails:
    values: dict[str, Any] = {
        "kind": "driegesprek",
        "held_on": _today() - timedelta(days=1),
        "client_present": True,
        "agenda": "Werkwensen",
        "summary": "Eerste verslag",
    }
    values.update(overrides)
    return MeetingDetails(**values)


def test_meeting_participants_come_from_the_team(env: Env) -> None:
    trajectory = _ips(env)
    outsider = make_user(organisation=env.org_a, mfa=False)
    with pytest.raises(ValidationError) as exc:
        services.meeting_record(
            actor=env.actor_a,
            trajectory=trajectory,
            details=_meeting_details(),
            participants=[env.pro_a, outsider],
        )
    assert "participants" in exc.value.message_dict
    with pytest.raises(ValidationError):
        services.meeting_record(
            actor=env.actor_a, trajectory=trajectory, details=_meeting_details(), participants=[]
        )
    assert Meeting.objects.count() == 0


def test_an_ended_team_member_is_no_participant(env: Env) -> None:
    trajectory = _ips(env)
    member = _on_team(env, trajectory, env.pro_b)
    services.team_member_end(actor=env.actor_a, member=member)
    with pytest.raises(ValidationError):
        services.meeting_record(
            actor=env.actor_a,
            trajectory=trajectory,
            details=_meeting_details(),
            participants=[env.pro_a, env.pro_b],
        )
    assert Meeting.objects.count() == 0


def test_meeting_decisions_become_actions_of_the_meeting(env: Env) -> None:
    trajectory = _ips(env)
    _on_team(env, trajectory, env.pro_b)
    due = _today() + timedelta(days=14)
    meeting = services.meeting_record(
        actor=env.actor_a,
        trajectory=trajectory,
        details=_meeting_details(category="werk"),
        participants=[env.pro_a, env.pro_b],
        decisions=[
            DecisionItem(description="Vacatures zoeken", owner=env.pro_a, due_on=due),
            DecisionItem(description="Belastbaarheid bespreken", owner=env.pro_b, due_on=due),
        ],
    )
    assert set(meeting.participants.all()) == {env.pro_a, env.pro_b}
    actions = PlanAction.objects.filter(trajectory=trajectory).order_by("id")
    assert [(a.description, a.owner, a.meeting, a.category) for a in actions] == [
        ("Vacatures zoeken", env.pro_a, meeting, "werk"),
        ("Belastbaarheid bespreken", env.pro_b, meeting, "werk"),
    ]


def test_a_decision_for_someone_off_the_team_stores_no_meeting(env: Env) -> None:
    trajectory = _ips(env)
    outsider = make_user(organisation=env.org_a, mfa=False)
    with pytest.raises(ValidationError):
        services.meeting_record(
            actor=env.actor_a,
            trajectory=trajectory,
            details=_meeting_details(),
            participants=[env.pro_a],
            decisions=[
                DecisionItem(description="Eerst", owner=env.pro_a, due_on=_today()),
                DecisionItem(description="Buiten team", owner=outsider, due_on=_today()),
            ],
        )
    assert (Meeting.objects.count(), PlanAction.objects.count()) == (0, 0)


def test_a_stale_meeting_report_overwrites_nothing(env: Env) -> None:
    trajectory = _ips(env)
    meeting = services.meeting_record(
        actor=env.actor_a,
        trajectory=trajectory,
        details=_meeting_details(),
        participants=[env.pro_a],
    )
    meeting = services.meeting_report_update(
        actor=env.actor_a, meeting=meeting, version=1, agenda="A2", summary="Tweede verslag"
    )
    assert meeting.version == 2
    with pytest.raises(StaleEditError):
        services.meeting_report_update(
            actor=env.actor_a, meeting=meeting, version=1, agenda="A?", summary="Overschreven"
        )
    meeting.refresh_from_db()
    assert (meeting.version, meeting.agenda, meeting.summary) == (2, "A2", "Tweede verslag")


# --- Participatieladder and notes ------------------------------------------------------------
@pytest.mark.parametrize("step", [0, 7, -1])
def test_ladder_steps_are_1_to_6(env: Env, step: int) -> None:
    trajectory = _ips(env)
    with pytest.raises(ValidationError) as exc:
        services.ladder_assess(
            actor=env.actor_a,
            trajectory=trajectory,
            step=step,
            perspective="professional",
            assessed_on=_today(),
        )
    assert "step" in exc.value.message_dict
    assert LadderAssessment.objects.count() == 0


def test_a_ladder_assessment_is_not_in_the_future(env: Env) -> None:
    trajectory = _ips(env)
    with pytest.raises(ValidationError) as exc:
        services.ladder_assess(
            actor=env.actor_a,
            trajectory=trajectory,
            step=3,
            perspective="client",
            assessed_on=_today() + timedelta(days=1),
        )
    assert "assessed_on" in exc.value.message_dict
    assert LadderAssessment.objects.count() == 0
    for step in (1, 6):
        services.ladder_assess(
            actor=env.actor_a,
            trajectory=trajectory,
            step=step,
            perspective="professional",
            assessed_on=_today(),
        )
    assert sorted(LadderAssessment.objects.values_list("step", flat=True)) == [1, 6]


def test_the_first_employer_contact_is_set_only_once(env: Env) -> None:
    trajectory = _ips(env)
    first = _today() - timedelta(days=5)
    for day in (first, _today()):
        services.note_add(
            actor=env.actor_a,
            trajectory=trajectory,
            category="werk",
            text="Bij de bakker geweest",
            occurred_on=day,
            kind="werkgever",
        )
    trajectory.refresh_from_db()
    assert trajectory.first_employer_contact_on == first


def test_a_contact_note_keeps_last_contact_current(env: Env) -> None:
    trajectory = _ips(env)
    Trajectory.objects.filter(pk=trajectory.pk).update(
        last_contact_on=_today() - timedelta(days=60)
    )

    def add(kind: str, days_ago: int) -> date | None:
        services.note_add(
            actor=env.actor_a,
            trajectory=trajectory,
            category="reintegratie",
            text=f"{kind} {days_ago}",
            occurred_on=_today() - timedelta(days=days_ago),
            kind=kind,
        )
        trajectory.refresh_from_db()
        return trajectory.last_contact_on

    assert add("notitie", 1) == _today() - timedelta(days=60)  # a plain note is no contact
    assert add("contact", 10) == _today() - timedelta(days=10)
    assert add("contact", 20) == _today() - timedelta(days=10)  # an older contact: no change
    assert add("contact", 2) == _today() - timedelta(days=2)
    assert trajectory.first_employer_contact_on is None


def test_a_note_is_about_the_past_and_has_text(env: Env) -> None:
    trajectory = _ips(env)
    for text, day in (("  ", _today()), ("Later", _today() + timedelta(days=1))):
        with pytest.raises(ValidationError):
            services.note_add(
                actor=env.actor_a,
                trajectory=trajectory,
                category="werk",
                text=text,
                occurred_on=day,
                kind="werkgever",
            )
    trajectory.refresh_from_db()
    assert (Note.objects.count(), trajectory.first_employer_contact_on) == (0, None)


# --- Team handover -------------------------------------------------------------------------
@dataclass
class Handover:
    lead: Actor
    m1: Membership  # the colleague whose trajectories are handed over
    m2: Membership  # the colleague who takes them
    m3: Membership  # a professional of another team in the same organisation
    own: list[Trajectory]


def _held(membership: Membership) -> list[int]:
    """The trajectories a professional holds in their organisation (what a teamleider ticks
    to hand them all over)."""
    return list(
        TeamMember.objects.filter(
            user_id=membership.user_id,
            organisation_id=membership.organisation_id,
            ended_on__isnull=True,
        ).values_list("trajectory_id", flat=True)
    )


@pytest.fixture
def handover(env: Env) -> Handover:
    north = env.team_a
    south = Team.objects.create(organisation=env.org_a, name="IPS-team Zuid")
    lead = make_user(organisation=env.org_a, role=Role.TEAMLEIDER, mfa=False)
    _with_team(lead, north)
    c1 = make_user(organisation=env.org_a, mfa=False, full_name="Collega Een")
    c2 = make_user(organisation=env.org_a, mfa=False, full_name="Collega Twee")
    c3 = make_user(organisation=env.org_a, mfa=False, full_name="Collega Zuid")
    m1, m2, m3 = _with_team(c1, north), _with_team(c2, north), _with_team(c3, south)
    actor_c1 = actor_for_user(c1)
    own = [
        services.trajectory_start(
            actor=actor_c1, client=make_client(organisation=env.org_a), trajectory_type="ips"
        )
        for _ in range(2)
    ]
    services.trajectory_start(
        actor=actor_for_user(c3), client=make_client(organisation=env.org_a), trajectory_type="ips"
    )
    return Handover(lead=actor_for_user(lead), m1=m1, m2=m2, m3=m3, own=own)


def test_a_teamleider_hands_all_trajectories_of_a_colleague_over(
    env: Env, handover: Handover
) -> None:
    h = handover
    handed = services.team_handover(
        actor=h.lead, from_membership=h.m1, to_membership=h.m2, trajectory_ids=_held(h.m1)
    )
    assert handed == 2
    for trajectory in h.own:
        old = TeamMember.objects.get(trajectory=trajectory, user_id=h.m1.user_id)
        assert (old.ended_on, old.is_key_person) == (_today(), False)
        new = TeamMember.objects.get(trajectory=trajectory, user_id=h.m2.user_id)
        assert (new.ended_on, new.is_key_person, new.organisation_id) == (
            None,
            True,
            env.org_a.pk,
        )
        assert AccessLogEntry.objects.filter(
            event_code="team.handover", object_id=str(trajectory.pk)
        ).exists()
    taken = selectors.caseload(actor=actor_for_user(h.m2.user))
    assert {r.trajectory.pk for r in taken.rows} == {t.pk for t in h.own}
    assert selectors.caseload(actor=actor_for_user(h.m1.user)).rows == []
    # The other team's trajectory is untouched.
    assert TeamMember.objects.filter(user_id=h.m3.user_id, ended_on__isnull=True).count() == 1


def test_after_handover_the_old_holder_loses_another_organisations_trajectory(
    env: Env, handover: Handover
) -> None:
    """Org A's professional saw org B's trajectory only by team membership and the client's
    consent for org A; the handover ends the membership and so the access. Who joins org B's
    team is org B's decision: the successor is not added there (issue 11)."""
    h = handover
    client_b = make_client(organisation=env.org_b)
    foreign = services.trajectory_start(actor=env.actor_b, client=client_b, trajectory_type="ips")
    services.team_member_add(actor=env.actor_b, trajectory=foreign, membership=h.m1)
    _consent_for(env, env.org_a, ["basis"], client=client_b, actor=env.actor_b)
    old_holder = actor_for_user(h.m1.user)
    assert list(visible_to(old_holder, Trajectory.objects.filter(pk=foreign.pk))) == [foreign]

    handed = services.team_handover(
        actor=h.lead, from_membership=h.m1, to_membership=h.m2, trajectory_ids=_held(h.m1)
    )
    assert handed == 3

    assert not visible_to(old_holder, Trajectory.objects.filter(pk=foreign.pk)).exists()
    with pytest.raises(Http404):
        get_for(old_holder, Action.VIEW_TRAJECTORY, Trajectory.objects.all(), pk=foreign.pk)
    successor = actor_for_user(h.m2.user)
    assert not visible_to(successor, Trajectory.objects.filter(pk=foreign.pk)).exists()
    assert not TeamMember.objects.filter(trajectory=foreign, user=h.m2.user).exists()
    # Org B's own key person stays.
    assert TeamMember.objects.get(trajectory=foreign, user=env.pro_b).ended_on is None


def test_handover_across_teams_is_refused(env: Env, handover: Handover) -> None:
    h = handover
    for source, target in ((h.m3, h.m2), (h.m1, h.m3)):
        with pytest.raises(ValidationError):
            services.team_handover(
                actor=h.lead,
                from_membership=source,
                to_membership=target,
                trajectory_ids=_held(source),
            )
    assert not TeamMember.objects.filter(ended_on__isnull=False).exists()
    assert not TeamMember.objects.filter(user_id=h.m2.user_id).exists()


def test_handover_to_oneself_or_an_inactive_colleague_is_refused(
    env: Env, handover: Handover
) -> None:
    h = handover
    with pytest.raises(ValidationError):
        services.team_handover(
            actor=h.lead, from_membership=h.m1, to_membership=h.m1, trajectory_ids=_held(h.m1)
        )
    Membership.objects.filter(pk=h.m2.pk).update(is_active=False)
    h.m2.refresh_from_db()
    with pytest.raises(ValidationError):
        services.team_handover(
            actor=h.lead, from_membership=h.m1, to_membership=h.m2, trajectory_ids=_held(h.m1)
        )
    assert not TeamMember.objects.filter(ended_on__isnull=False).exists()


def test_only_a_teamleider_hands_over(env: Env, handover: Handover) -> None:
    h = handover
    with pytest.raises(PermissionDenied):
        services.team_handover(
            actor=actor_for_user(h.m2.user),
            from_membership=h.m1,
            to_membership=h.m2,
            trajectory_ids=_held(h.m1),
        )
    assert not TeamMember.objects.filter(ended_on__isnull=False).exists()


def test_only_the_chosen_trajectories_move(env: Env, handover: Handover) -> None:
    h = handover
    chosen, kept = h.own
    assert (
        services.team_handover(
            actor=h.lead, from_membership=h.m1, to_membership=h.m2, trajectory_ids=[chosen.pk]
        )
        == 1
    )
    assert _held(h.m1) == [kept.pk]
    assert _held(h.m2) == [chosen.pk]


def test_no_choice_hands_nothing_over(env: Env, handover: Handover) -> None:
    """Issue 13, item 7: an empty choice once meant "everything"; now it is refused."""
    h = handover
    with pytest.raises(ValidationError) as refused:
        services.team_handover(
            actor=h.lead, from_membership=h.m1, to_membership=h.m2, trajectory_ids=[]
        )
    assert refused.value.message_dict == {
        "trajectories": ["Kies minstens één traject om over te dragen."]
    }
    assert sorted(_held(h.m1)) == sorted(t.pk for t in h.own)


def test_a_trajectory_no_longer_held_refuses_the_whole_handover(
    env: Env, handover: Handover
) -> None:
    """What the teamleider confirmed is what moves: when one chosen trajectory was handed
    over meanwhile (here: one of another team), nothing moves and the message says why."""
    h = handover
    elsewhere = _held(h.m3)
    with pytest.raises(ValidationError) as refused:
        services.team_handover(
            actor=h.lead,
            from_membership=h.m1,
            to_membership=h.m2,
            trajectory_ids=[*_held(h.m1), *elsewhere],
        )
    assert "Niet alle gekozen trajecten horen nog bij Collega Een" in str(refused.value)
    assert sorted(_held(h.m1)) == sorted(t.pk for t in h.own)
    assert _held(h.m3) == elsewhere


def test_only_a_colleague_who_can_join_care_teams_takes_over(env: Env, handover: Handover) -> None:
    h = handover
    admin = make_user(organisation=env.org_a, role=Role.FUNCTIONEEL_BEHEERDER, mfa=False)
    in_team = _with_team(admin, env.team_a)
    with pytest.raises(ValidationError) as refused:
        services.team_handover(
            actor=h.lead, from_membership=h.m1, to_membership=in_team, trajectory_ids=_held(h.m1)
        )
    assert "kan geen trajecten begeleiden" in str(refused.value)
    assert sorted(_held(h.m1)) == sorted(t.pk for t in h.own)


def test_a_teamleider_without_a_team_hands_nothing_over(env: Env) -> None:
    """Two colleagues without a team are not 'in the teamleider's team' when the teamleider
    has no team either."""
    lead = make_user(organisation=env.org_a, role=Role.TEAMLEIDER, mfa=False)
    c1 = make_user(organisation=env.org_a, mfa=False)
    c2 = make_user(organisation=env.org_a, mfa=False)
    services.trajectory_start(
        actor=actor_for_user(c1), client=make_client(organisation=env.org_a), trajectory_type="ips"
    )
    with pytest.raises(ValidationError):
        services.team_handover(
            actor=actor_for_user(lead),
            from_membership=c1.memberships.get(),
            to_membership=c2.memberships.get(),
            trajectory_ids=_held(c1.memberships.get()),
        )
    assert TeamMember.objects.filter(user=c1, ended_on__isnull=True).count() == 1


# --- Caseload ------------------------------------------------------------------------------
def _codes(env: Env) -> dict[int, set[str]]:
    rows = selectors.caseload(actor=env.actor_a).rows
    return {r.trajectory.pk: {f.code for f in r.flags} for r in rows}


def test_caseload_flags_appear_when_due(env: Env) -> None:
    late, on_time = _ips(env), _ips(env)
    today = _today()
    Trajectory.objects.filter(pk=late.pk).update(
        phase="zoeken",
        started_on=today - timedelta(days=31),
        last_contact_on=today - timedelta(days=31),
    )
    Trajectory.objects.filter(pk=on_time.pk).update(
        phase="zoeken",
        started_on=today - timedelta(days=30),
        last_contact_on=today - timedelta(days=30),
    )
    assert _codes(env) == {late.pk: {"employer_contact_overdue", "no_contact"}, on_time.pk: set()}

    services.note_add(
        actor=env.actor_a,
        trajectory=late,
        category="werk",
        text="Werkgever bezocht",
        occurred_on=today,
        kind="werkgever",
    )
    assert _codes(env)[late.pk] == {"no_contact"}
    services.note_add(
        actor=env.actor_a,
        trajectory=late,
        category="reintegratie",
        text="Gebeld",
        occurred_on=today,
        kind="contact",
    )
    assert _codes(env)[late.pk] == set()


# REFERENCE §1.1 (principle 6, "Rapid Job Search"): "first face-to-face contact between a job
# seeker and a business occurs within 30 days"; NZ: "within four weeks of being referred".
# The clock runs from the trajectory's start, so a client still waiting in aanmelding or
# kennismaking is flagged too (it used to start only in 'zoeken').
@pytest.mark.parametrize("phase", ["aanmelding", "kennismaking", "zoeken"])
def test_the_ips_clock_starts_when_the_trajectory_starts(env: Env, phase: str) -> None:
    late, on_time = _ips(env), _ips(env)
    today = _today()
    for trajectory, days in ((late, 31), (on_time, 30)):
        Trajectory.objects.filter(pk=trajectory.pk).update(
            phase=phase,
            started_on=today - timedelta(days=days),
            search_started_on=None if phase != "zoeken" else today,
            last_contact_on=today,
        )
    assert _codes(env) == {late.pk: {"employer_contact_overdue"}, on_time.pk: set()}
    late.refresh_from_db()
    assert late.first_employer_contact_due() == today - timedelta(days=1)


@pytest.mark.parametrize("phase", ["plaatsing", "nazorg"])
def test_a_placed_client_is_no_longer_flagged_for_a_late_first_employer_contact(
    env: Env, phase: str
) -> None:
    """Issue 13, item 10: a flag clears when its cause is gone. A client with a job met an
    employer, even when no first contact was logged on the trajectory."""
    ips = _ips(env)
    today = _today()
    Trajectory.objects.filter(pk=ips.pk).update(
        phase="zoeken", started_on=today - timedelta(days=60), last_contact_on=today
    )
    assert _codes(env)[ips.pk] == {"employer_contact_overdue"}
    Trajectory.objects.filter(pk=ips.pk).update(phase=phase)
    assert _codes(env)[ips.pk] == set()


def test_the_ips_clock_is_only_for_ips_and_stops_at_the_first_employer_contact(
    env: Env,
) -> None:
    ips = _ips(env)
    wgb = services.trajectory_start(
        actor=env.actor_a,
        client=env.client,
        trajectory_type="wgb",
        setup=services.TrajectorySetup(wgb_months=12, wgb_reason="Test: geen UWV-uitkering."),
    )
    long_ago = _today() - timedelta(days=90)
    Trajectory.objects.filter(pk__in=[ips.pk, wgb.pk]).update(
        started_on=long_ago, last_contact_on=_today()
    )
    assert _codes(env) == {ips.pk: {"employer_contact_overdue"}, wgb.pk: set()}
    Trajectory.objects.filter(pk=ips.pk).update(first_employer_contact_on=_today())
    assert _codes(env)[ips.pk] == set()


def test_the_no_contact_flag_counts_from_the_start_without_contact(env: Env) -> None:
    trajectory = _ips(env)
    Trajectory.objects.filter(pk=trajectory.pk).update(
        started_on=_today() - timedelta(days=40), last_contact_on=None
    )
    # 40 days without any employer contact is also past the IPS clock (REFERENCE §1.1).
    assert _codes(env)[trajectory.pk] == {"no_contact", "employer_contact_overdue"}


def test_caseload_shows_next_action_and_leaves_out_closed_trajectories(env: Env) -> None:
    open_, closed = _ips(env), _ips(env)
    _to(env, closed, "afgesloten", end_reason="verhuisd")
    due = _today() + timedelta(days=3)
    for days in (10, 3):
        services.action_create(
            actor=env.actor_a,
            trajectory=open_,
            description=f"over {days} dagen",
            owner=env.pro_a,
            due_on=_today() + timedelta(days=days),
        )
    result = selectors.caseload(actor=env.actor_a)
    assert [(r.trajectory.pk, r.next_action) for r in result.rows] == [(open_.pk, due)]
    assert (result.size, result.norm) == (1, 20)


def _count(fn: Callable[[], object]) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx), [q["sql"] for q in ctx.captured_queries]


def _caseload_trajectory(env: Env, i: int) -> None:
    trajectory = _ips(env)
    services.action_create(
        actor=env.actor_a,
        trajectory=trajectory,
        description=f"actie {i}",
        owner=env.pro_a,
        due_on=_today() + timedelta(days=i),
    )
    if i % 2:
        Trajectory.objects.filter(pk=trajectory.pk).update(
            started_on=_today() - timedelta(days=40),
            last_contact_on=_today() - timedelta(days=40),
        )


def test_caseload_runs_the_same_queries_for_1_and_50_trajectories(env: Env) -> None:
    def page() -> None:
        # What the caseload page shows of each row, too: the client's name and id.
        for row in selectors.caseload(actor=env.actor_a).rows:
            assert row.trajectory.client.full_name and row.trajectory.client.public_id

    _caseload_trajectory(env, 0)
    one, _ = _count(page)
    for i in range(1, 50):
        _caseload_trajectory(env, i)
    # Some of another organisation's trajectories too, seen by team and consent.
    client_b = make_client(organisation=env.org_b)
    _consent_for(env, env.org_a, ["basis"], client=client_b, actor=env.actor_b)
    for _ in range(5):
        foreign = services.trajectory_start(
            actor=env.actor_b, client=client_b, trajectory_type="ips"
        )
        services.team_member_add(
            actor=env.actor_b, trajectory=foreign, membership=env.pro_a.memberships.get()
        )
    result = selectors.caseload(actor=env.actor_a)
    assert result.size == 55
    fifty, fifty_sql = _count(page)
    assert fifty == one, "\n".join(fifty_sql)


def _started_weeks_ago(trajectory: Trajectory) -> None:
    """Ladder steps may not predate the trajectory: let it have started a while ago."""
    trajectory.started_on = _today() - timedelta(days=60)
    Trajectory.objects.filter(pk=trajectory.pk).update(started_on=trajectory.started_on)


def _fill(env: Env, trajectory: Trajectory, n: int, start: int = 0) -> None:
    """n goals, actions, meetings, notes and ladder steps, recorded by org A and org B."""
    _started_weeks_ago(trajectory)
    for i in range(start, start + n):
        actor, owner = (env.actor_a, env.pro_a) if i % 2 == 0 else (env.actor_b, env.pro_b)
        day = _today() - timedelta(days=i % 20)
        goal = services.goal_create(
            actor=actor,
            trajectory=trajectory,
            details=_goal(own_words=f"doel {i}", category=("werk", "reintegratie")[i % 2]),
        )
        services.action_create(
            actor=actor,
            trajectory=trajectory,
            description=f"actie {i}",
            owner=owner,
            due_on=day,
            goal=goal,
        )
        services.meeting_record(
            actor=actor,
            trajectory=trajectory,
            details=_meeting_details(held_on=day, summary=f"verslag {i}"),
            participants=[env.pro_a, env.pro_b],
            decisions=[DecisionItem(description=f"besluit {i}", owner=owner, due_on=day)],
        )
        services.note_add(
            actor=actor,
            trajectory=trajectory,
            category=("werk", "reintegratie", "behandeling")[i % 3],
            text=f"notitie {i}",
            occurred_on=day,
            kind=("notitie", "contact", "werkgever")[i % 3],
        )
        services.ladder_assess(
            actor=actor,
            trajectory=trajectory,
            step=1 + i % 6,
            perspective=("professional", "client")[i % 2],
            assessed_on=day,
        )
        if i % 10 == 9:
            trajectory.refresh_from_db()
            phase = "zoeken" if trajectory.phase != "zoeken" else "kennismaking"
            services.trajectory_phase_change(
                actor=env.actor_a,
                trajectory=trajectory,
                version=trajectory.version,
                to_phase=phase,
            )


def test_trajectory_page_runs_the_same_queries_for_1_and_50_records(env: Env) -> None:
    """The page's reads (plan and timeline) for org A, which runs the trajectory, and for
    org B, which sees it by team and consent: one record of each kind per organisation,
    then fifty."""
    trajectory = _ips(env)
    _on_team(env, trajectory, env.pro_b)
    _consent_for(env, env.org_b, ["basis", "werk", "reintegratie"])
    actors = {"a": env.actor_a, "b": env.actor_b}
    shown: dict[str, tuple[int, int]] = {}

    def page(who: str) -> Callable[[], None]:
        def run() -> None:
            fresh = Trajectory.objects.get(pk=trajectory.pk)
            view = selectors.trajectory_view(actor=actors[who], trajectory=fresh)
            entries = selectors.timeline(actor=actors[who], trajectory=fresh)
            shown[who] = (len(view.goals), len(entries))

        return run

    _fill(env, trajectory, 2)
    before = {who: _count(page(who))[0] for who in actors}
    _fill(env, trajectory, 98, start=2)
    for who in actors:
        after, sql = _count(page(who))
        goals, entries = shown[who]
        assert goals >= 50 and entries >= 150, (who, shown[who])
        assert after == before[who], f"{who}: {before[who]} → {after}\n" + "\n".join(sql)
