"""The client's own path over HTTP: the start page in plain words (phase, what comes next, the
team and what each does, goals in the client's words, actions, upcoming meetings, pace), a
goal or wish of their own, marking their own action done, their pace (which the team sees on
the trajectory) and their participatieladder beside the team's. Bad input gets a Dutch
message and saves nothing; another client's ids are a 404; the start page runs the same
number of queries with 1 and with 20 goals, actions and meetings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.portal.models import PaceStatement
from werkpad.portal.services import my_path as services
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import (
    Goal,
    GoalRevision,
    LadderAssessment,
    Meeting,
    PlanAction,
    Trajectory,
)


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _today() -> date:
    return timezone.localdate()


@pytest.fixture
def anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


@pytest.fixture
def anna_user(world: Any) -> Any:
    return world.personas["client"]


@pytest.fixture
def own_action(world: Any, anna_user: Any) -> PlanAction:
    """An action Anna does herself."""
    return PlanAction.objects.create(
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description="Mijn cv afmaken",
        owner=anna_user,
        due_on=_today() + timedelta(days=7),
    )


@pytest.fixture
def bert(world: Any) -> Any:
    """Bert Bakker, organisation B's client, with a portal account, an IPS trajectory, a
    goal and an action of his own."""
    user = make_user(full_name="Bert Bakker", kind="client")
    record = world.other_client_record
    record.user = user
    record.save(update_fields=["user"])
    pro = actor_for_user(world.personas["pro_other"])
    trajectory = trajectory_services.trajectory_start(
        actor=pro, client=record, trajectory_type="ips"
    )
    goal = trajectory_services.goal_create(
        actor=pro,
        trajectory=trajectory,
        details=trajectory_services.GoalDetails(
            category="werk", life_domain="werk", own_words="Bert wil bij de haven werken"
        ),
    )
    action = PlanAction.objects.create(
        trajectory=trajectory,
        organisation=world.org_b,
        category="reintegratie",
        description="Bert belt de haven",
        owner=user,
        due_on=_today(),
    )
    user.trajectory, user.goal, user.action = trajectory, goal, action
    return user


def _trajectory_page(user: Any, world: Any) -> str:
    response = _as(user).get(reverse("trajectories:detail", kwargs={"pk": world.trajectory.pk}))
    assert response.status_code == 200
    return response.content.decode()


# --- My path --------------------------------------------------------------------------------
def test_my_path_in_plain_words(world: Any, anna: HttpClient, own_action: PlanAction) -> None:
    response = anna.get(reverse("portal:home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    # Where I am and what comes next (Anna's IPS trajectory starts at 'aanmelding').
    assert "Aanmelding" in page
    assert "Je bent aangemeld." in page
    assert "Kennismaking en je werkwensen" in page  # the client's words for the phase
    assert "loopbaanprofiel" not in page
    # My team and what each does.
    assert "Pro Eigen" in page
    assert "IPS-trajectbegeleider" in page
    assert "Helpt je een betaalde baan te vinden" in page
    assert "Je vaste contactpersoon" in page
    # My goals in my own words, my actions (mine can be marked done), meetings.
    assert "Weer ergens bij horen" in page
    assert "Hier werk je nu aan" in page
    assert "Mijn cv afmaken" in page
    assert reverse("portal:action_done", kwargs={"pk": own_action.pk}) in page
    assert "Cv bijwerken" in page  # Pro Eigen's action, shown with its owner
    assert reverse("portal:action_done", kwargs={"pk": world.action.pk}) not in page
    assert "Driegesprek" in page
    # Links to the rest of the portal.
    for name in ("threads", "disclosure", "income", "groups", "my_data", "pace", "ladder"):
        assert reverse(f"portal:{name}") in page, name
    assert reverse("portal:goal_add") in page
    entry = AccessLogEntry.objects.get(event_code="portal.path.read")
    assert entry.client_pid == world.client_record.public_id
    assert entry.user_id == world.personas["client"].pk


def test_open_actions_come_first(world: Any, anna: HttpClient, own_action: PlanAction) -> None:
    PlanAction.objects.filter(pk=world.action.pk).update(done_on=_today())
    page = anna.get(reverse("portal:home")).content.decode()
    assert page.index("Mijn cv afmaken") < page.index("Cv bijwerken")
    assert "1 actie is klaar" in page


def test_meeting_report_is_not_on_my_path(world: Any, anna: HttpClient) -> None:
    Meeting.objects.filter(pk=world.meeting.pk).update(
        summary="Geheim verslag over de behandeling", agenda="Vertrouwelijke agenda"
    )
    page = anna.get(reverse("portal:home")).content.decode()
    assert "Geheim verslag" not in page
    assert "Vertrouwelijke agenda" not in page


def test_check_in_link_only_with_a_running_placement(work_world: Any) -> None:
    page = _as(work_world.personas["client"]).get(reverse("portal:home")).content.decode()
    assert reverse("employment:my_checkin") in page


def test_no_check_in_link_without_work(world: Any, anna: HttpClient) -> None:
    page = anna.get(reverse("portal:home")).content.decode()
    assert reverse("employment:my_checkin") not in page


def test_without_a_trajectory_a_kind_explanation(world: Any) -> None:
    user = make_user(full_name="Dirk Dijk", kind="client")
    make_client(organisation=world.org_a, user=user, full_name="Dirk Dijk")
    response = _as(user).get(reverse("portal:home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Je hebt nu geen traject" in page
    assert "Dat is niet erg." in page
    for name in ("goal_add", "pace", "ladder"):
        other = _as(user).get(reverse(f"portal:{name}"))
        assert other.status_code == 200
        assert "Er loopt nu geen traject" in other.content.decode()
        assert _as(user).post(reverse(f"portal:{name}"), {}).status_code == 400


def test_another_clients_path_is_not_shown(world: Any, anna: HttpClient, bert: Any) -> None:
    page = anna.get(reverse("portal:home")).content.decode()
    assert "Bert" not in page
    assert "haven" not in page
    page = _as(bert).get(reverse("portal:home")).content.decode()
    assert "Bert wil bij de haven werken" in page
    assert "Weer ergens bij horen" not in page
    assert "Pro Eigen" not in page


def _grow(world: Any, anna_user: Any, start: int, end: int) -> None:
    trajectory = world.trajectory
    for i in range(start, end):
        goal = Goal.objects.create(
            trajectory=trajectory,
            organisation=world.org_a,
            category="werk",
            life_domain="werk",
            own_words=f"Doel {i}",
            created_by=anna_user,
        )
        GoalRevision.objects.create(goal=goal, version=1, snapshot={}, changed_by=anna_user)
        PlanAction.objects.create(
            trajectory=trajectory,
            organisation=world.org_a,
            category="reintegratie",
            description=f"Actie {i}",
            owner=anna_user if i % 2 else world.personas["pro_own"],
            due_on=_today() + timedelta(days=i),
        )
        Meeting.objects.create(
            trajectory=trajectory,
            organisation=world.org_a,
            kind="evaluatie",
            held_on=_today() + timedelta(days=i + 1),
            created_by=world.personas["pro_own"],
        )
        PaceStatement.objects.create(
            trajectory=trajectory,
            organisation=world.org_a,
            pace="rustig",
            need="niets",
            created_by=anna_user,
        )


def _home_queries(anna: HttpClient) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert anna.get(reverse("portal:home")).status_code == 200
    return len(captured)


def test_my_path_query_count_does_not_grow(world: Any, anna: HttpClient, anna_user: Any) -> None:
    _grow(world, anna_user, 0, 1)
    one = _home_queries(anna)
    _grow(world, anna_user, 1, 20)
    twenty = _home_queries(anna)
    assert twenty == one, f"{one} queries with 1 item each, {twenty} with 20"
    page = anna.get(reverse("portal:home")).content.decode()
    assert "Doel 19" in page and "Actie 19" in page


# --- A goal or wish of my own ---------------------------------------------------------------
def test_add_a_wish_in_my_own_words(world: Any, anna: HttpClient, anna_user: Any) -> None:
    page = anna.get(reverse("portal:goal_add"))
    assert page.status_code == 200
    assert page.content.decode().count("<h1") == 1
    response = anna.post(
        reverse("portal:goal_add"),
        {
            "own_words": "  Twee dagen per week in een bakkerij  ",
            "kind": "wens",
            "life_domain": "werk",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    goal = Goal.objects.get(own_words="Twee dagen per week in een bakkerij")
    assert goal.status == "proposed"
    assert goal.category == "werk"
    assert goal.organisation == world.trajectory.organisation
    assert goal.created_by == anna_user
    assert goal.trajectory == world.trajectory
    revision = goal.revisions.get()
    assert revision.version == 1
    assert revision.snapshot["kind"] == "wens"
    assert revision.changed_by == anna_user
    entry = AccessLogEntry.objects.get(event_code="portal.goal.propose")
    assert entry.client_pid == world.client_record.public_id
    home = anna.get(reverse("portal:home")).content.decode()
    assert "Twee dagen per week in een bakkerij" in home
    assert "Wens" in home and "door jou toegevoegd" in home
    # The team sees it on the trajectory as a proposed goal.
    team_page = _trajectory_page(world.personas["pro_own"], world)
    assert "Twee dagen per week in een bakkerij" in team_page
    assert "voorgesteld" in team_page


def test_a_goal_outside_work_is_reintegration_data(world: Any, anna: HttpClient) -> None:
    anna.post(
        reverse("portal:goal_add"),
        {"own_words": "Een eigen huis", "kind": "doel", "life_domain": "wonen"},
    )
    goal = Goal.objects.get(own_words="Een eigen huis")
    assert goal.category == "reintegratie"
    assert goal.life_domain == "wonen"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "own_words", "Schrijf in je eigen woorden wat je wilt."),
        ({"own_words": "   ", "kind": "doel", "life_domain": "werk"}, "own_words", "eigen woorden"),
        ({"own_words": "x" * 501, "kind": "doel", "life_domain": "werk"}, "own_words", "te lang"),
        ({"own_words": "Werk", "kind": "droom", "life_domain": "werk"}, "kind", "doel of een wens"),
        ({"own_words": "Werk", "kind": "doel", "life_domain": "maan"}, "life_domain", "Kies waar"),
        ({"own_words": "Werk", "life_domain": "werk"}, "kind", "doel of een wens"),
    ],
)
def test_bad_goal_input_saves_nothing(
    world: Any, anna: HttpClient, data: dict[str, str], field: str, message: str
) -> None:
    before = Goal.objects.count()
    response = anna.post(reverse("portal:goal_add"), data)
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert message in " ".join(errors[field]), errors
    assert message in response.content.decode()
    assert Goal.objects.count() == before


def test_with_two_running_trajectories_the_client_chooses(
    world: Any, anna: HttpClient, bert: Any
) -> None:
    second = trajectory_services.trajectory_start(
        actor=actor_for_user(world.personas["pro_own"]),
        client=world.client_record,
        trajectory_type="werkwijzer",
    )
    page = anna.get(reverse("portal:goal_add")).content.decode()
    assert "Bij welk traject?" in page
    data = {"own_words": "Vrijwilligerswerk", "kind": "doel", "life_domain": "dagbesteding"}
    missing = anna.post(reverse("portal:goal_add"), data)
    assert missing.status_code == 400
    assert "Kies bij welk traject dit hoort." in missing.content.decode()
    someone_elses = anna.post(
        reverse("portal:goal_add"), {**data, "trajectory": bert.trajectory.pk}
    )
    assert someone_elses.status_code == 400
    assert "Kies een van je eigen trajecten." in someone_elses.content.decode()
    assert not Goal.objects.filter(own_words="Vrijwilligerswerk").exists()
    chosen = anna.post(reverse("portal:goal_add"), {**data, "trajectory": second.pk})
    assert chosen.status_code == 302
    assert Goal.objects.get(own_words="Vrijwilligerswerk").trajectory == second


def test_goal_service_is_for_the_client_of_the_trajectory(world: Any, bert: Any) -> None:
    proposal = services.GoalProposal(own_words="Iets", life_domain="werk", kind="doel")
    for user in (bert, world.personas["pro_own"]):
        with pytest.raises(PermissionDenied):
            services.goal_propose(
                actor=actor_for_user(user), trajectory=world.trajectory, proposal=proposal
            )
    Trajectory.objects.filter(pk=world.trajectory.pk).update(ended_on=_today())
    world.trajectory.refresh_from_db()
    with pytest.raises(ValidationError):
        services.goal_propose(
            actor=actor_for_user(world.personas["client"]),
            trajectory=world.trajectory,
            proposal=proposal,
        )
    assert not Goal.objects.filter(own_words="Iets").exists()


# --- Marking my own action done -------------------------------------------------------------
def test_mark_my_action_done(world: Any, anna: HttpClient, own_action: PlanAction) -> None:
    url = reverse("portal:action_done", kwargs={"pk": own_action.pk})
    assert anna.get(url).status_code == 405
    response = anna.post(url)
    assert response.status_code == 302
    own_action.refresh_from_db()
    assert own_action.done_on == _today()
    entry = AccessLogEntry.objects.get(event_code="portal.action.done")
    assert entry.object_id == str(own_action.pk)
    assert entry.client_pid == world.client_record.public_id


def test_someone_elses_action_is_403(world: Any, anna: HttpClient) -> None:
    response = anna.post(reverse("portal:action_done", kwargs={"pk": world.action.pk}))
    assert response.status_code == 403
    world.action.refresh_from_db()
    assert world.action.done_on is None


def test_another_clients_action_is_404(world: Any, anna: HttpClient, bert: Any) -> None:
    response = anna.post(reverse("portal:action_done", kwargs={"pk": bert.action.pk}))
    assert response.status_code == 404
    bert.action.refresh_from_db()
    assert bert.action.done_on is None
    made_up = anna.post(reverse("portal:action_done", kwargs={"pk": 987654321}))
    assert made_up.status_code == 404


# --- My pace --------------------------------------------------------------------------------
def test_say_my_pace(world: Any, anna: HttpClient, anna_user: Any) -> None:
    page = anna.get(reverse("portal:pace"))
    assert page.status_code == 200
    assert page.content.decode().count("<h1") == 1
    response = anna.post(
        reverse("portal:pace"), {"pace": "rustig", "need": "pauze", "note": "Even rust na de zomer"}
    )
    assert response.status_code == 302
    statement = PaceStatement.objects.get()
    assert (statement.pace, statement.need) == ("rustig", "pauze")
    assert statement.note == "Even rust na de zomer"
    assert statement.organisation == world.trajectory.organisation
    assert statement.trajectory == world.trajectory
    assert statement.created_by == anna_user
    assert AccessLogEntry.objects.filter(event_code="portal.pace.create").count() == 1
    anna.post(reverse("portal:pace"), {"pace": "sneller", "need": "niets"})
    history = anna.get(reverse("portal:pace")).content.decode()
    assert "Even rust na de zomer" in history
    assert "Ik wil sneller" in history
    assert history.index("Ik wil sneller") < history.index("Even rust na de zomer")
    assert AccessLogEntry.objects.filter(event_code="portal.pace.read").exists()
    assert "Ik wil sneller" in anna.get(reverse("portal:home")).content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "pace", "Kies hoe snel je wilt gaan."),
        ({"pace": "rustig"}, "need", "Kies wat je nu nodig hebt."),
        ({"pace": "vliegend", "need": "niets"}, "pace", "Kies hoe snel"),
        ({"pace": "rustig", "need": "niets", "note": "x" * 1001}, "note", "te lang"),
    ],
)
def test_bad_pace_input_saves_nothing(
    world: Any, anna: HttpClient, data: dict[str, str], field: str, message: str
) -> None:
    response = anna.post(reverse("portal:pace"), data)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert not PaceStatement.objects.exists()


def test_pace_panel_shows_the_team_the_latest(world: Any, anna: HttpClient) -> None:
    assert "Tempo volgens de cliënt" not in _trajectory_page(world.personas["pro_own"], world)
    anna.post(reverse("portal:pace"), {"pace": "gewoon", "need": "niets"})
    page = _trajectory_page(world.personas["pro_own"], world)
    assert "Tempo volgens de cliënt" in page
    assert "Op mijn gewone tempo" in page
    assert "vraagt aandacht" not in page
    anna.post(reverse("portal:pace"), {"pace": "rustig", "need": "meer_steun"})
    page = _trajectory_page(world.personas["pro_own"], world)
    assert "Meer steun" in page
    assert "Op mijn gewone tempo" not in page  # only the latest
    assert "vraagt aandacht" in page
    assert 'data-pace-need="meer_steun"' in page
    assert AccessLogEntry.objects.filter(
        event_code="portal.pace.read", user_id=world.personas["pro_own"].pk
    ).exists()


def _on_team_with_consent(world: Any, *categories: str) -> Any:
    """Pro Ander (organisation B) on Anna's team, with Anna's consent for ``categories``."""
    pro_other = world.personas["pro_other"]
    trajectory_services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=pro_other.memberships.get(),
    )
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=_today() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    for category in categories:
        ConsentGrant.objects.create(consent=consent, category=category)
    return pro_other


def test_pace_panel_is_absent_without_consent(world: Any, anna: HttpClient) -> None:
    anna.post(reverse("portal:pace"), {"pace": "rustig", "need": "pauze", "note": "Moe"})
    pro_other = _on_team_with_consent(world, "basis")
    page = _trajectory_page(pro_other, world)
    assert "Tempo volgens de cliënt" not in page
    assert "Moe" not in page


def test_pace_panel_follows_consent_for_reintegration(world: Any, anna: HttpClient) -> None:
    anna.post(reverse("portal:pace"), {"pace": "rustig", "need": "pauze"})
    pro_other = _on_team_with_consent(world, "basis", "reintegratie")
    assert "Tempo volgens de cliënt" in _trajectory_page(pro_other, world)


# --- My participatieladder ------------------------------------------------------------------
def test_ladder_page_explains_the_six_steps(world: Any, anna: HttpClient) -> None:
    response = anna.get(reverse("portal:ladder"))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert "laat zien hoeveel je meedoet" in page
    for name in ("Ik ben vooral thuis", "Ik doe onbetaald werk", "Ik heb betaald werk"):
        assert name in page
    assert page.count('name="step"') == 6


def test_my_own_assessment_and_every_step_up(world: Any, anna: HttpClient, anna_user: Any) -> None:
    first = anna.post(reverse("portal:ladder"), {"step": "2", "note": "Ik zie mijn zus weer"})
    assert first.status_code == 302
    assessment = LadderAssessment.objects.get()
    assert assessment.perspective == "client"
    assert assessment.assessed_by == anna_user
    assert assessment.organisation == world.trajectory.organisation
    assert assessment.step == 2
    assert assessment.note == "Ik zie mijn zus weer"
    assert AccessLogEntry.objects.filter(event_code="portal.ladder.assess").count() == 1
    up = anna.post(reverse("portal:ladder"), {"step": "3"}, follow=True)
    assert "Je bent een stap omhoog gegaan!" in up.content.decode()
    down = anna.post(reverse("portal:ladder"), {"step": "1"}, follow=True)
    text = down.content.decode()
    assert "Dat mag" in text
    assert "2 stappen terug. Dat mag" in text  # from 3 to 1: named as two steps


def test_my_history_beside_the_teams_view(world: Any, anna: HttpClient) -> None:
    pro = actor_for_user(world.personas["pro_own"])
    for step in (2, 4):
        trajectory_services.ladder_assess(
            actor=pro,
            trajectory=world.trajectory,
            step=step,
            perspective="professional",
            assessed_on=_today(),
        )
    anna.post(reverse("portal:ladder"), {"step": "3"})
    page = anna.get(reverse("portal:ladder")).content.decode()
    mine = page[page.index("Wat jij zelf invulde") : page.index("Wat je team invulde")]
    team = page[page.index("Wat je team invulde") :]
    assert "Stap 3: Ik doe mee aan activiteiten" in mine
    # The team's view, not in the client's voice; from 2 to 4 is named as a jump of two.
    assert "Volgens je team stap 2: \u2018Ik zie mensen buiten mijn huis\u2019" in team
    assert "Volgens je team stap 4: \u2018Ik doe onbetaald werk\u2019" in team
    assert "Volgens je team ben je 2 stappen tegelijk omhoog gegaan." in team
    assert "Je bent een stap omhoog gegaan!" not in mine  # one assessment: no step yet
    assert AccessLogEntry.objects.filter(event_code="portal.ladder.read").exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "step", "Kies de stap die het beste bij je past."),
        ({"step": "7"}, "step", "Kies een stap van 1 tot en met 6."),
        ({"step": "drie"}, "step", "Kies een stap van 1 tot en met 6."),
        ({"step": "3", "note": "x" * 1001}, "note", "te lang"),
    ],
)
def test_bad_ladder_input_saves_nothing(
    world: Any, anna: HttpClient, data: dict[str, str], field: str, message: str
) -> None:
    response = anna.post(reverse("portal:ladder"), data)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert message in response.content.decode()
    assert not LadderAssessment.objects.exists()


def test_ladder_service_refuses_a_step_outside_the_ladder(world: Any) -> None:
    with pytest.raises(ValidationError):
        services.ladder_self_assess(
            actor=actor_for_user(world.personas["client"]), trajectory=world.trajectory, step=0
        )
    assert not LadderAssessment.objects.exists()


def test_pace_and_ladder_service_refuse_another_client(world: Any, bert: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.pace_statement_add(
            actor=actor_for_user(bert), trajectory=world.trajectory, pace="rustig", need="niets"
        )
    with pytest.raises(PermissionDenied):
        services.ladder_self_assess(actor=actor_for_user(bert), trajectory=world.trajectory, step=3)
    assert not PaceStatement.objects.exists()
    assert not LadderAssessment.objects.exists()


# --- Only for clients -----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["home", "goal_add", "pace", "ladder", "second_factor"])
def test_client_pages_are_for_clients(world: Any, name: str) -> None:
    for persona in ("pro_own", "admin_own", "employer"):
        assert _as(world.personas[persona]).get(reverse(f"portal:{name}")).status_code == 403
    anonymous = HttpClient().get(reverse(f"portal:{name}"))
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("account_login"))


# --- The plain words cover everything -------------------------------------------------------
def test_every_phase_and_role_has_plain_words() -> None:
    from werkpad.organisations.models import Role
    from werkpad.portal.selectors.words import PHASE_HELP, ROLE_HELP, TYPE_HELP
    from werkpad.trajectories.phases import PHASES, TrajectoryType

    for phases in PHASES.values():
        for phase in phases:
            assert phase.code in PHASE_HELP, phase.code
    assert set(Role.values) <= set(ROLE_HELP)
    assert set(TrajectoryType.values) <= set(TYPE_HELP)


def test_in_aftercare_support_goes_on(world: Any, anna: HttpClient) -> None:
    Trajectory.objects.filter(pk=world.trajectory.pk).update(phase="nazorg")
    page = anna.get(reverse("portal:home")).content.decode()
    assert "Je begeleider blijft je helpen, zo lang als jij dat wilt." in page
    assert "Geen nieuwe stap" in page
