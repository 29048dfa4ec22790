"""The trajectory pages over HTTP: bad input gets a Dutch message and saves nothing, stale
edits are refused with 409, the PDF is a PDF and its printing is logged, and the caseload and
trajectory pages run the same number of queries with 1 and with 50 items."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.tests.matrix_helpers import add_guest
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client
from werkpad.organisations.models import OrganisationType, Role, Team
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import (
    Goal,
    Intake,
    LadderAssessment,
    Meeting,
    Note,
    PlanAction,
    Referral,
    TeamMember,
    Trajectory,
)


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _today() -> str:
    return timezone.localdate().isoformat()


def _intake(team: Any = None, **overrides: Any) -> dict[str, Any]:
    data = {
        "held_on": _today(),
        "ladder_step": "2",
        "benefit_status": "bijstand",
        "work_discussed": "ja",
        "work_wish": "ja",
        "work_direction": "Iets met fietsen",
        "work_meaning": "Ik wil weer ergens bij horen",
        "work_coherence": "Structuur helpt mijn herstel",
        "outcome": "ips",
        "refer_to": team.pk if team else "",
        "reason": "Wil betaald werk, IPS past",
    }
    data.update(overrides)
    return data


def test_an_intake_with_the_work_question_refers_in_one_step(world: Any) -> None:
    team = Team.objects.create(organisation=world.org_a, name="Tweede IPS-team A")
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:intake_record", args=[world.client_record.public_id]), _intake(team)
    )
    assert response.status_code == 302
    intake = Intake.objects.get()
    assert intake.work_meaning == "Ik wil weer ergens bij horen"
    assert intake.referral is not None and intake.referral.to_team == team
    figures = _as(world.personas["pro_own"]).get(reverse("trajectories:intake_figures"))
    html = figures.content.decode()
    assert 'id="figure-discussed">1<' in html and 'id="figure-referred">1<' in html


BAD_INPUT = [
    ("intake_record", {"work_wish": ""}, "Vul in of de cliënt werkwensen heeft.", Intake),
    (
        "intake_record",
        {"work_meaning": " "},
        "Schrijf op wat werk voor de cliënt betekent.",
        Intake,
    ),
    ("intake_record", {"outcome": "niet_nu"}, "Kies een datum na de intake", Intake),
    ("intake_record", {"refer_to": ""}, "Kies het team waarnaar je verwijst.", Intake),
    ("intake_record", {"held_on": "2999-01-01"}, "Deze datum ligt in de toekomst.", Intake),
    ("intake_record", {"reason": ""}, "Vul dit veld in.", Intake),
    ("intake_record", {"ladder_step": "9"}, "Selecteer een geldige keuze", Intake),
]


@pytest.mark.parametrize(("name", "change", "message", "model"), BAD_INPUT)
def test_bad_intake_input_is_refused_in_dutch(
    world: Any, name: str, change: dict[str, str], message: str, model: Any
) -> None:
    team = Team.objects.get(name="IPS-team A")
    before = (model.objects.count(), Referral.objects.count())
    response = _as(world.personas["pro_own"]).post(
        reverse(f"trajectories:{name}", args=[world.client_record.public_id]),
        _intake(team, **change),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert (model.objects.count(), Referral.objects.count()) == before


def _on_trajectory(world: Any) -> list[tuple[str, dict[str, Any], str, Any]]:
    pro = world.personas["pro_own"].pk
    return [
        ("phase_change", {"to_phase": "afgesloten", "version": 1},
         "Kies waarom het traject stopt.", None),
        ("phase_change", {"to_phase": "maan", "version": 1}, "Selecteer een geldige keuze", None),
        ("goal_create", {"life_domain": "werk", "category": "werk", "status": "active"},
         "Vul dit veld in.", Goal),
        ("goal_create", {"own_words": "x", "life_domain": "werk", "category": "geheim",
                         "status": "active"}, "Selecteer een geldige keuze", Goal),
        ("action_create", {"description": "Bellen", "owner": pro, "due_on": "morgen"},
         "Vul een datum in als 31-12-2026.", PlanAction),
        ("action_create", {"description": "", "owner": pro, "due_on": _today()},
         "Beschrijf de actie.", PlanAction),
        ("meeting_record", {"kind": "driegesprek", "held_on": _today(), "participants": [pro],
                            "category": "reintegratie", "decision_1": "Cv maken"},
         "Kies wie deze afspraak uitvoert.", Meeting),
        ("meeting_record", {"kind": "driegesprek", "held_on": _today(),
                            "category": "reintegratie"},
         "Kies wie er bij het gesprek waren.", Meeting),
        ("ladder_assess", {"step": "7", "perspective": "professional", "assessed_on": _today()},
         "Selecteer een geldige keuze", LadderAssessment),
        ("ladder_assess", {"step": "3", "perspective": "professional", "assessed_on": "2999-01-01"},
         "Deze datum ligt in de toekomst.", LadderAssessment),
        ("note_add", {"kind": "notitie", "category": "werk", "occurred_on": _today()},
         "Vul dit veld in.", Note),
        ("note_add", {"kind": "notitie", "category": "", "occurred_on": _today(),
                         "text": "Gebeld"}, "Maak een keuze.", Note),
        ("team", {}, "Kies wie je aan het team toevoegt.", TeamMember),
    ]  # fmt: skip


def test_bad_input_on_every_trajectory_form_is_refused_in_dutch(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    for name, data, message, model in _on_trajectory(world):
        before = model.objects.count() if model else None
        version = Trajectory.objects.get(pk=world.trajectory.pk).version
        response = http.post(reverse(f"trajectories:{name}", args=[world.trajectory.pk]), data)
        assert response.status_code == 400, (name, data)
        assert message in response.content.decode(), (name, data)
        if model:
            assert model.objects.count() == before, name
        assert Trajectory.objects.get(pk=world.trajectory.pk).version == version


def test_a_referral_elsewhere_needs_the_clients_consent_first(world: Any) -> None:
    other_team = Team.objects.create(organisation=world.org_b, name="Werkteam B")
    before = Referral.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:referral_create", args=[world.client_record.public_id]),
        {"route": "wgb", "to_team": other_team.pk, "reason": "WGB past"},
    )
    assert response.status_code == 400
    assert "mag deze cliënt nog niet zien" in response.content.decode()
    assert Referral.objects.count() == before


def test_a_wgb_trajectory_needs_its_duration(world: Any) -> None:
    before = Trajectory.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:start", args=[world.client_record.public_id]),
        {"trajectory_type": "wgb"},
    )
    assert response.status_code == 400
    assert "Een WGB-traject duurt 12 of 18 maanden." in response.content.decode()
    assert Trajectory.objects.count() == before


def test_a_wgb_trajectory_without_a_uwv_benefit_needs_a_reason_on_the_form(world: Any) -> None:
    """REFERENCE §1.5: WGB is for clients with specialist-ggz treatment and a UWV benefit.
    The world's client has no intake (so no known UWV benefit): the form asks why."""
    http = _as(world.personas["pro_own"])
    url = reverse("trajectories:start", args=[world.client_record.public_id])
    before = Trajectory.objects.count()
    response = http.post(url, {"trajectory_type": "wgb", "wgb_months": "12"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Uit de laatste intake blijkt geen UWV-uitkering" in html
    assert 'name="wgb_reason"' in html
    assert Trajectory.objects.count() == before

    reason = "Ziektewet loopt via de werkgever; UWV kent de cliënt."
    response = http.post(url, {"trajectory_type": "wgb", "wgb_months": "12", "wgb_reason": reason})
    assert response.status_code == 302
    trajectory = Trajectory.objects.get(type="wgb", client=world.client_record)
    assert trajectory.wgb_start_reason == reason
    page = http.get(reverse("trajectories:detail", args=[trajectory.pk])).content.decode()
    assert "Gestart zonder UWV-uitkering. Reden: " + reason in page.replace("&#x27;", "'")


def test_accepting_a_wgb_referral_without_a_uwv_benefit_asks_for_the_reason_on_the_form(
    world: Any,
) -> None:
    """REFERENCE §1.5 on the referral path: the accept form shows the error at the reason
    field, nothing starts; with a reason the trajectory starts and keeps it."""
    team = Team.objects.create(organisation=world.org_a, name="WGB-team A")
    receiver = make_user(organisation=world.org_a, full_name="Ontvanger WGB")
    receiver.memberships.update(team=team)
    referral = services.referral_create(
        actor=actor_for_user(world.personas["pro_own"]),
        client=world.client_record,
        route="wgb",
        to_team=team,
        reason="Werk en behandeling samen",
    )
    http = _as(receiver)
    url = reverse("trajectories:referral", args=[referral.pk])
    assert 'name="wgb_reason"' in http.get(url).content.decode()
    before = Trajectory.objects.count()
    response = http.post(url, {"besluit": "accepteren", "wgb_months": "18"})
    assert response.status_code == 400
    assert "Uit de laatste intake blijkt geen UWV-uitkering" in response.content.decode()
    assert Trajectory.objects.count() == before
    response = http.post(
        url,
        {"besluit": "accepteren", "wgb_months": "18", "wgb_reason": "Bijstand; UWV meldt zich."},
    )
    assert response.status_code == 302
    assert Trajectory.objects.get(type="wgb").wgb_start_reason == "Bijstand; UWV meldt zich."


def test_the_intake_asks_richting_as_a_goal_in_life(world: Any) -> None:
    """Seed 004: work "geeft richting; het vervult de behoefte van mensen aan een (hoger) doel
    in hun leven". The question used to be only "wat voor werk zou de cliënt willen?"."""
    html = (
        _as(world.personas["pro_own"])
        .get(reverse("trajectories:intake_record", args=[world.client_record.public_id]))
        .content.decode()
    )
    assert "Richting: welk (hoger) doel in het leven kan werk de cliënt geven?" in html
    assert "het vervult de behoefte aan een (hoger) doel in het leven" in html
    assert "wat voor werk zou de cliënt willen" not in html


def test_the_meeting_form_says_the_startgesprek_is_the_formal_meeting_after_preparation(
    world: Any,
) -> None:
    """Seed 004 (WGB): "Ten slotte volgt een formeel startgesprek met vier partijen (klant/
    cliënt, behandelaar, arbeidsdeskundige, re-integratiecoach)"."""
    html = (
        _as(world.personas["pro_own"])
        .get(reverse("trajectories:meeting_record", args=[world.trajectory.pk]))
        .content.decode()
    )
    assert (
        "Het startgesprek is het formele gesprek na de voorbereiding, niet het eerste gesprek."
    ) in html


def _receiving_team_member(world: Any) -> Any:
    """A trajectbegeleider of the IPS team the world's referral went to."""
    member = make_user(organisation=world.org_a, full_name="Ontvanger IPS")
    member.memberships.update(team=Team.objects.get(name="IPS-team A"))
    return member


def test_declining_a_referral_needs_a_reason_and_then_reports_back(world: Any) -> None:
    http = _as(_receiving_team_member(world))
    url = reverse("trajectories:referral", args=[world.referral.pk])
    response = http.post(url, {"besluit": "afwijzen", "reason": ""})
    assert response.status_code == 400
    assert "Vul dit veld in." in response.content.decode()
    assert Referral.objects.get(pk=world.referral.pk).status == "open"
    assert http.post(url, {"besluit": "afwijzen", "reason": "Geen plek"}).status_code == 302
    listing = _as(world.personas["pro_own"]).get(reverse("trajectories:referrals"))
    assert "afgewezen: Geen plek" in listing.content.decode()


def test_only_the_receiving_team_decides_on_a_referral(world: Any) -> None:
    url = reverse("trajectories:referral", args=[world.referral.pk])
    response = _as(world.personas["pro_own"]).post(url, {"besluit": "accepteren"})
    assert response.status_code == 403
    assert Referral.objects.get(pk=world.referral.pk).status == "open"
    # A colleague outside the receiving team cannot either.
    outsider = make_user(organisation=world.org_a, role=Role.BEHANDELAAR)
    assert _as(outsider).post(url, {"besluit": "accepteren"}).status_code == 403


def test_a_second_open_referral_to_the_same_team_is_refused(world: Any) -> None:
    before = Referral.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:referral_create", args=[world.client_record.public_id]),
        {"route": "ips", "to_team": Team.objects.get(name="IPS-team A").pk, "reason": "Nog eens"},
    )
    assert response.status_code == 400
    assert "Er staat al een verwijzing naar dit team open" in response.content.decode()
    assert Referral.objects.count() == before


def test_the_last_worker_of_the_running_organisation_cannot_leave(world: Any) -> None:
    url = reverse("trajectories:team_end", args=[world.trajectory.pk, world.team_member.pk])
    response = _as(world.personas["pro_own"]).post(url, follow=True)
    assert "Dit is de laatste begeleider" in response.content.decode()
    assert TeamMember.objects.get(pk=world.team_member.pk).ended_on is None


def test_a_ladder_step_before_the_start_is_refused(world: Any) -> None:
    before = LadderAssessment.objects.count()
    day = (world.trajectory.started_on - timedelta(days=1)).isoformat()
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:ladder_assess", args=[world.trajectory.pk]),
        {"step": "3", "perspective": "professional", "assessed_on": day},
    )
    assert response.status_code == 400
    assert "Deze datum ligt voor de start van het traject." in response.content.decode()
    assert LadderAssessment.objects.count() == before


def test_an_action_without_a_goal_needs_its_data_category(world: Any) -> None:
    before = PlanAction.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("trajectories:action_create", args=[world.trajectory.pk]),
        {"description": "Bellen", "owner": world.personas["pro_own"].pk, "due_on": _today()},
    )
    assert response.status_code == 400
    assert "Kies de soort gegevens, of kies een doel." in response.content.decode()
    assert PlanAction.objects.count() == before


def test_a_referral_at_intake_keeps_no_date_to_ask_again(world: Any) -> None:
    team = Team.objects.create(organisation=world.org_a, name="WGB-team A")
    tomorrow = (timezone.localdate() + timedelta(days=30)).isoformat()
    _as(world.personas["pro_own"]).post(
        reverse("trajectories:intake_record", args=[world.client_record.public_id]),
        _intake(team, outcome="wgb", ask_again_on=tomorrow),
    )
    assert Intake.objects.get().ask_again_on is None


def test_accepting_a_referral_starts_the_trajectory(world: Any) -> None:
    http = _as(_receiving_team_member(world))
    response = http.post(
        reverse("trajectories:referral", args=[world.referral.pk]), {"besluit": "accepteren"}
    )
    referral = Referral.objects.get(pk=world.referral.pk)
    assert referral.status == "geaccepteerd" and referral.trajectory is not None
    assert response["Location"] == reverse("trajectories:detail", args=[referral.trajectory.pk])


def test_a_goal_changed_meanwhile_is_not_overwritten(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    url = reverse("trajectories:goal_update", args=[world.trajectory.pk, world.goal.pk])
    stale = {
        "own_words": "Mijn versie",
        "life_domain": "werk",
        "category": "werk",
        "status": "active",
        "version": world.goal.version,
    }
    assert http.post(url, {**stale, "own_words": "Eerste wijziging"}).status_code == 302
    response = http.post(url, stale)
    assert response.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    goal = Goal.objects.get(pk=world.goal.pk)
    assert goal.own_words == "Eerste wijziging"
    assert list(goal.revisions.values_list("version", flat=True)) == [2, 1]


def test_a_meeting_report_changed_meanwhile_is_not_overwritten(world: Any) -> None:
    http = _as(world.personas["pro_own"])
    url = reverse("trajectories:meeting", args=[world.trajectory.pk, world.meeting.pk])
    version = world.meeting.version
    first = {"agenda": "", "summary": "Verslag van Pro", "version": version}
    assert http.post(url, first).status_code == 302
    response = http.post(url, {"agenda": "", "summary": "Mijn verslag", "version": version})
    assert response.status_code == 409
    assert Meeting.objects.get(pk=world.meeting.pk).summary == "Verslag van Pro"


def test_the_meeting_report_is_a_pdf_and_printing_is_logged(world: Any) -> None:
    response = _as(world.personas["pro_own"]).get(
        reverse("trajectories:meeting_pdf", args=[world.trajectory.pk, world.meeting.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    entry = AccessLogEntry.objects.filter(event_code="meeting.pdf").get()
    assert entry.action == "P" and entry.client_pid == world.client_record.public_id


def test_a_teamleider_hands_over_and_the_old_holder_keeps_no_access(world: Any) -> None:
    """The trajectory belongs to organisation A; a UWV colleague held it by team + consent."""
    team = Team.objects.create(organisation=world.org_b, name="Team West")
    lead = make_user(organisation=world.org_b, role=Role.TEAMLEIDER)
    old = world.personas["pro_other"]
    new = make_user(organisation=world.org_b, role=Role.ARBEIDSDESKUNDIGE)
    for user in (lead, old, new):
        user.memberships.update(team=team)
    from werkpad.clients.models import Consent, ConsentGrant

    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=timezone.localdate(),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=old.memberships.get(),
    )
    detail = reverse("trajectories:detail", args=[world.trajectory.pk])
    assert _as(old).get(detail).status_code == 200
    url = reverse("trajectories:team_handover") + f"?van={old.memberships.get().pk}"
    choice = {"trajectories": [world.trajectory.pk], "to_membership": new.memberships.get().pk}
    http = _as(lead)
    # First the confirmation, naming the count: nothing moves yet.
    asked = http.post(url, choice)
    assert asked.status_code == 200
    assert "Ja, draag 1 traject over" in asked.content.decode()
    assert _as(old).get(detail).status_code == 200
    response = http.post(url, {**choice, "confirmed": "True"})
    assert response.status_code == 302
    assert _as(old).get(detail).status_code == 404
    # Who joins A's team is A's decision (issue 11): B's colleague is not added by B's lead.
    assert _as(new).get(detail).status_code == 404
    assert not TeamMember.objects.filter(trajectory=world.trajectory, user=new).exists()
    history = TeamMember.objects.filter(trajectory=world.trajectory, user=old).get()
    assert history.ended_on == timezone.localdate()


# --- Query counts: the same with 1 and with 50 items -----------------------------------------
def _queries(http: HttpClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert http.get(url).status_code == 200
    return len(captured)


def _more_of_everything(world: Any, n: int) -> None:
    actor = actor_for_user(world.personas["pro_own"])
    pro = world.personas["pro_own"]
    today = timezone.localdate()
    world.trajectory.started_on = today - timedelta(days=60)  # ladder steps may not predate it
    Trajectory.objects.filter(pk=world.trajectory.pk).update(started_on=world.trajectory.started_on)
    for i in range(n):
        goal = services.goal_create(
            actor=actor,
            trajectory=world.trajectory,
            details=services.GoalDetails(
                category=["werk", "behandeling", "welzijn"][i % 3],
                life_domain="werk",
                own_words=f"Doel {i}",
            ),
        )
        services.action_create(
            actor=actor, trajectory=world.trajectory, description=f"Actie {i}", owner=pro,
            due_on=today, goal=goal,
        )  # fmt: skip
        services.meeting_record(
            actor=actor,
            trajectory=world.trajectory,
            details=services.MeetingDetails(kind="evaluatie", held_on=today, client_present=True),
            participants=[pro],
        )
        services.ladder_assess(
            actor=actor, trajectory=world.trajectory, step=1 + i % 6, perspective="professional",
            assessed_on=today - timedelta(days=i),
        )  # fmt: skip
        services.note_add(
            actor=actor, trajectory=world.trajectory, category="werk", text=f"Notitie {i}",
            occurred_on=today,
        )  # fmt: skip


def _guest_records(world: Any, n: int) -> None:
    """Goals and actions of the guest's own, whose buttons the guest's page offers."""
    if not n:
        return
    guest = world.personas["guest"]
    actor = actor_for_user(guest)
    for i in range(n):
        goal = services.goal_create(
            actor=actor,
            trajectory=world.trajectory,
            details=services.GoalDetails(
                category="reintegratie", life_domain="werk", own_words=f"Gastdoel {i}"
            ),
        )
        services.action_create(
            actor=actor, trajectory=world.trajectory, description=f"Gastactie {i}", owner=guest,
            due_on=timezone.localdate(), goal=goal,
        )  # fmt: skip


@pytest.mark.parametrize("persona", ["pro_own", "guest"])
@pytest.mark.parametrize("url_name", ["detail", "timeline"])
def test_the_trajectory_pages_run_the_same_queries_with_1_and_50_items(
    world: Any, url_name: str, persona: str
) -> None:
    """Also for a guest of another organisation, whose buttons depend on still being a
    guest: that is asked once per page, not once per record."""
    if persona == "guest":
        add_guest(world)
    http = _as(world.personas[persona])
    url = reverse(f"trajectories:{url_name}", args=[world.trajectory.pk])
    _more_of_everything(world, 1)
    _guest_records(world, 1 if persona == "guest" else 0)
    one = _queries(http, url)
    _more_of_everything(world, 49)
    _guest_records(world, 49 if persona == "guest" else 0)
    goals = 51 + (50 if persona == "guest" else 0)
    assert Goal.objects.filter(trajectory=world.trajectory).count() == goals
    assert _queries(http, url) == one


def test_the_caseload_runs_the_same_queries_with_1_and_50_trajectories(world: Any) -> None:
    pro = world.personas["pro_own"]
    actor = actor_for_user(pro)
    http = _as(pro)
    url = reverse("trajectories:caseload")
    one = _queries(http, url)
    for i in range(49):
        client = make_client(organisation=world.org_a, full_name=f"Cliënt {i}")
        trajectory = services.trajectory_start(actor=actor, client=client, trajectory_type="ips")
        services.action_create(
            actor=actor, trajectory=trajectory, description="Bellen", owner=pro,
            due_on=timezone.localdate(),
        )  # fmt: skip
    assert TeamMember.objects.filter(user=pro, ended_on__isnull=True).count() == 50
    assert _queries(http, url) == one
    html = http.get(url).content.decode()
    assert "50 lopende trajecten; de IPS-norm is hoogstens 20" in html


def test_an_overdue_first_employer_contact_is_flagged_on_the_caseload(world: Any) -> None:
    Trajectory.objects.filter(pk=world.trajectory.pk).update(
        phase="zoeken", started_on=timezone.localdate() - timedelta(days=31)
    )
    html = _as(world.personas["pro_own"]).get(reverse("trajectories:caseload")).content.decode()
    assert 'data-flag="employer_contact_overdue"' in html


def test_the_trajectory_page_shows_the_ips_clock_from_the_start(world: Any) -> None:
    """REFERENCE §1.1: the first face-to-face employer contact is due 30 days after the IPS
    trajectory starts, shown (and flagged when late) while the client is still in aanmelding."""
    started = timezone.localdate() - timedelta(days=31)
    Trajectory.objects.filter(pk=world.trajectory.pk).update(
        phase="aanmelding", started_on=started, search_started_on=None
    )
    html = (
        _as(world.personas["pro_own"])
        .get(reverse("trajectories:detail", args=[world.trajectory.pk]))
        .content.decode()
    )
    due = started + timedelta(days=30)
    assert "Eerste face-to-face werkgeverscontact uiterlijk op" in html
    assert f"{due.day} " in html.split("uiterlijk op", 1)[1][:40]
    assert 'data-flag="employer_contact_overdue"' in html
    assert "binnen 30 dagen na de start van het traject" in html  # the phase's help
    assert ": nu dag 31 van 30." in html  # the days so far beside the norm (issue 13, item 10)
    # Once made, the contact says how many days it took.
    Trajectory.objects.filter(pk=world.trajectory.pk).update(
        first_employer_contact_on=started + timedelta(days=12)
    )
    html = (
        _as(world.personas["pro_own"])
        .get(reverse("trajectories:detail", args=[world.trajectory.pk]))
        .content.decode()
    )
    assert "12 dagen na de start (IPS: binnen 30 dagen)." in html


def test_the_caseload_is_not_for_employers_or_clients(world: Any) -> None:
    for persona in ("employer", "client"):
        response = _as(world.personas[persona]).get(reverse("trajectories:caseload"))
        assert response.status_code == 403


def test_a_client_of_another_organisation_is_not_in_the_caseload(world: Any) -> None:
    uwv = make_organisation("UWV Oost", OrganisationType.UWV)
    stranger = make_client(organisation=uwv, full_name="Onbekende Derde")
    assert Client.objects.filter(pk=stranger.pk).exists()
    html = _as(world.personas["pro_own"]).get(reverse("trajectories:caseload")).content.decode()
    assert "Onbekende Derde" not in html and "Anna Aalbers" in html


@pytest.mark.parametrize(
    ("trajectory_type", "purpose", "opens"),
    [
        ("ips", "ips", True),
        ("ips", "wgb", False),
        ("eigen", "anders", True),
        ("eigen", "ips", False),
    ],
)
def test_consent_opens_only_the_trajectory_of_its_purpose(
    world: Any, trajectory_type: str, purpose: str, opens: bool
) -> None:
    """Invariant 2: no data crosses without consent for that category *and purpose*."""
    from werkpad.clients.models import Consent, ConsentGrant

    actor = actor_for_user(world.personas["pro_own"])
    setup = services.TrajectorySetup(own_phases=["Oriënteren"])
    trajectory = services.trajectory_start(
        actor=actor, client=world.client_record, trajectory_type=trajectory_type, setup=setup
    )
    services.team_member_add(
        actor=actor, trajectory=trajectory, membership=world.personas["pro_other"].memberships.get()
    )
    services.note_add(
        actor=actor, trajectory=trajectory, category="werk", text="Sollicitatie verstuurd",
        occurred_on=timezone.localdate(),
    )  # fmt: skip
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose=purpose,
        valid_from=timezone.localdate(),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.bulk_create(
        ConsentGrant(consent=consent, category=c) for c in ("basis", "werk")
    )
    http = _as(world.personas["pro_other"])
    response = http.get(reverse("trajectories:timeline", args=[trajectory.pk]))
    assert response.status_code == (200 if opens else 404)
    if opens:
        assert "Sollicitatie verstuurd" in response.content.decode()


def test_another_organisation_ends_only_its_own_team_memberships(world: Any) -> None:
    """UWV on a ggz trajectory (with consent) may leave, but not remove the ggz's worker."""
    from werkpad.clients.models import Consent, ConsentGrant

    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=timezone.localdate(),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    uwv = world.personas["pro_other"]
    own_member = services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=uwv.memberships.get(),
    )
    http = _as(uwv)
    team_page = http.get(reverse("trajectories:team", args=[world.trajectory.pk]))
    assert team_page.status_code == 200
    ggz_end = reverse("trajectories:team_end", args=[world.trajectory.pk, world.team_member.pk])
    assert ggz_end not in team_page.content.decode()  # no button for someone else's member
    assert http.post(ggz_end).status_code == 403
    assert TeamMember.objects.get(pk=world.team_member.pk).ended_on is None
    own_end = reverse("trajectories:team_end", args=[world.trajectory.pk, own_member.pk])
    assert http.post(own_end).status_code == 302
    assert TeamMember.objects.get(pk=own_member.pk).ended_on == timezone.localdate()


def test_bad_handover_input_is_refused_in_dutch(world: Any) -> None:
    team = Team.objects.create(organisation=world.org_a, name="Team Oost")
    lead = make_user(organisation=world.org_a, role=Role.TEAMLEIDER)
    colleague = world.personas["pro_own"]
    admin = world.personas["admin_own"]
    taker = make_user(organisation=world.org_a, full_name="Collega Nieuw")
    for user in (lead, colleague, admin, taker):
        user.memberships.update(team=team)
    held = TeamMember.objects.filter(ended_on__isnull=True).count()
    source = colleague.memberships.get().pk
    url = reverse("trajectories:team_handover")
    http = _as(lead)
    cases = [
        (f"{url}?van=", {}, "Kies van wie je trajecten overdraagt."),
        (f"{url}?van=99999", {}, "Kies een collega uit de lijst."),
        (url, {"trajectories": [world.trajectory.pk]}, "Kies van wie je trajecten overdraagt."),
        (
            f"{url}?van={source}",
            {"to_membership": lead.memberships.get().pk},
            "Kies minstens één traject om over te dragen.",
        ),
        (
            f"{url}?van={source}",
            {"trajectories": [world.trajectory.pk]},
            "Kies aan wie je overdraagt.",
        ),
        # The functioneel beheerder is in the team but sits on no care team: not offered.
        (
            f"{url}?van={source}",
            {"trajectories": [world.trajectory.pk], "to_membership": admin.memberships.get().pk},
            "Kies een collega uit de lijst.",
        ),
        (
            f"{url}?van={source}",
            {"trajectories": [world.trajectory.pk + 1000], "confirmed": "True"},
            "Niet alle gekozen trajecten horen nog bij deze collega",
        ),
    ]
    for address, data, message in cases:
        response = http.post(address, data) if data else http.get(address)
        assert response.status_code == 400, (address, data)
        assert message in response.content.decode(), (address, data)
    assert TeamMember.objects.filter(ended_on__isnull=True).count() == held


def test_the_handover_page_names_only_clients_the_teamleider_may_see(world: Any) -> None:
    """A colleague of B is a guest on A's trajectory (no consent for B): B's teamleider sees
    that a trajectory of organisation A is among the colleague's, never whose it is; the
    names shown are logged as read."""
    team = Team.objects.create(organisation=world.org_b, name="Team West")
    lead = make_user(organisation=world.org_b, role=Role.TEAMLEIDER, full_name="Leider West")
    guest = add_guest(world)  # B's arbeidsdeskundige on Anna's trajectory at A
    taker = make_user(organisation=world.org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="Taker")
    for user in (lead, guest, taker, world.personas["admin_other"]):
        user.memberships.update(team=team)
    own_client = make_client(organisation=world.org_b, full_name="Bas Brouwer")
    pro_b = actor_for_user(world.personas["pro_other"])
    own = services.trajectory_start(actor=pro_b, client=own_client, trajectory_type="ips")
    services.team_member_add(actor=pro_b, trajectory=own, membership=guest.memberships.get())
    page = _as(lead).get(
        reverse("trajectories:team_handover") + f"?van={guest.memberships.get().pk}"
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert "Bas Brouwer" in html and own_client.public_id in html
    assert "Traject van GGZ Oost (A) (je collega is daar gast in het team)" in html
    assert world.client_record.full_name not in html
    assert world.client_record.public_id not in html
    receivers = html[html.index('name="to_membership"') :]
    receivers = receivers[: receivers.index("</select>")]
    assert "Taker" in receivers and "Beheer Ander" not in receivers
    logged = AccessLogEntry.objects.filter(event_code="team.handover_list")
    assert {e.object_id for e in logged} == {str(own.pk)}


def test_all_can_be_chosen_at_once_and_still_needs_a_confirmation(world: Any) -> None:
    team = Team.objects.create(organisation=world.org_a, name="Team Oost")
    lead = make_user(organisation=world.org_a, role=Role.TEAMLEIDER)
    colleague = world.personas["pro_own"]
    taker = make_user(organisation=world.org_a, full_name="Collega Nieuw")
    for user in (lead, colleague, taker):
        user.memberships.update(team=team)
    second = services.trajectory_start(
        actor=actor_for_user(colleague),
        client=make_client(organisation=world.org_a),
        trajectory_type="ips",
    )
    closed = services.trajectory_start(
        actor=actor_for_user(colleague),
        client=make_client(organisation=world.org_a, full_name="Al Afgesloten"),
        trajectory_type="ips",
    )
    Trajectory.objects.filter(pk=closed.pk).update(ended_on=timezone.localdate())
    url = reverse("trajectories:team_handover") + f"?van={colleague.memberships.get().pk}"
    http = _as(lead)
    page = http.get(url + "&alles=1").content.decode()
    assert page.count("checked") == 2  # a closed trajectory needs nobody to take it
    assert "Al Afgesloten" not in page
    choice = {
        "trajectories": [world.trajectory.pk, second.pk],
        "to_membership": taker.memberships.get().pk,
    }
    asked = http.post(url, choice).content.decode()
    assert "Ja, draag 2 trajecten over" in asked
    assert TeamMember.objects.filter(user=taker).count() == 0
    assert http.post(url, {**choice, "confirmed": "True"}).status_code == 302
    assert set(
        TeamMember.objects.filter(user=taker, ended_on__isnull=True).values_list(
            "trajectory_id", flat=True
        )
    ) == {world.trajectory.pk, second.pk}


def test_a_meeting_report_without_its_version_is_refused(world: Any) -> None:
    url = reverse("trajectories:meeting", args=[world.trajectory.pk, world.meeting.pk])
    response = _as(world.personas["pro_own"]).post(url, {"summary": "Nieuw verslag"})
    assert response.status_code == 400
    assert "Dit formulier is niet volledig verstuurd." in response.content.decode()
    assert Meeting.objects.get(pk=world.meeting.pk).summary == ""


def test_a_teamleider_without_a_team_is_offered_no_colleagues(world: Any) -> None:
    """Without a team there is nobody "in your team": not every colleague without one."""
    lead = make_user(organisation=world.org_a, role=Role.TEAMLEIDER)
    html = _as(lead).get(reverse("trajectories:team_handover")).content.decode()
    choices = html[html.index('name="van"') : html.index("</select>")]
    assert choices.count("<option") == 1  # only "Kies een collega"
    assert world.personas["pro_own"].full_name not in choices
