"""The start page as a worklist (issue 13, item 1): the professional's open actions that are
overdue or due this week with what they say, the teams a colleague added them to, the
referrals waiting for their organisation, the open follow-along signals on their
trajectories, and how many clients they see (their consent included). A fixed number of
queries however many items, and one access-log row per client named."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.employment.models import Signal
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import PlanAction

OVERDUE = "Werkgever Bakkerij terugbellen over de proefplaatsing"
THIS_WEEK = "Cv samen nalopen"
LATER = "Evaluatie na drie maanden"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _home(user: Any) -> str:
    response = _as(user).get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


def _action(world: Any, description: str, days: int, **fields: Any) -> PlanAction:
    return PlanAction.objects.create(
        trajectory=world.trajectory,
        organisation=world.org_a,
        category="reintegratie",
        description=description,
        owner=fields.pop("owner", world.personas["pro_own"]),
        due_on=timezone.localdate() + timedelta(days=days),
        **fields,
    )


def test_the_start_page_lists_the_actions_that_wait_with_their_text(world: Any) -> None:
    _action(world, OVERDUE, -3)
    _action(world, THIS_WEEK, 3)
    _action(world, LATER, 20)
    _action(world, "Al gedaan", -1, done_on=timezone.localdate())
    colleague = make_user(organisation=world.org_a, full_name="Collega Ander")
    _action(world, "Van een collega", -1, owner=colleague)

    html = _home(world.personas["pro_own"])

    assert "Wat op je wacht" in html
    assert OVERDUE in html and "moest uiterlijk" in html
    assert THIS_WEEK in html and "uiterlijk" in html
    assert "Cv bijwerken" in html and "vandaag" in html  # the meeting's decision, due today
    for absent in (LATER, "Al gedaan", "Van een collega"):
        assert absent not in html
    # Overdue first
    assert html.index(OVERDUE) < html.index("Cv bijwerken") < html.index(THIS_WEEK)
    assert world.client_record.full_name in html
    logged = AccessLogEntry.objects.filter(event_code="home.worklist")
    assert {e.client_pid for e in logged} == {world.client_record.public_id}


def test_a_colleague_who_adds_you_to_a_team_shows_on_your_start_page(world: Any) -> None:
    newcomer = make_user(organisation=world.org_a, full_name="Nieuwe Begeleider")
    services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=newcomer.memberships.get(),
    )
    html = _home(newcomer)
    assert "Nieuw in je teams" in html
    assert world.client_record.full_name in html
    assert "Pro Eigen voegde je toe op" in html
    # Who started the trajectory added themselves: nothing new for them.
    assert "Nieuw in je teams" not in _home(world.personas["pro_own"])


def test_referrals_waiting_and_clients_seen_by_consent_are_counted(world: Any) -> None:
    html = _home(world.personas["pro_own"])
    assert "1 verwijzing wacht op een besluit van je organisatie." in html
    assert "Je ziet 1 cliënt van je eigen organisatie." in html
    # Organisation B sees Anna by a consent and Bert as its own: not "0 cliënten".
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
    html = _home(world.personas["pro_other"])
    assert "Je ziet 2 cliënten. 1 van je eigen organisatie en 1 met toestemming" in html


def test_an_open_signal_shows_until_it_is_resolved(work_world: Any) -> None:
    pro = work_world.personas["pro_own"]
    html = _home(pro)
    assert "Signalen uit de nazorg" in html
    assert str(work_world.signal.get_reason_display()) in html
    assert AccessLogEntry.objects.filter(event_code="home.signals").count() == 1
    Signal.objects.filter(pk=work_world.signal.pk).update(resolved_at=timezone.now())
    assert "Signalen uit de nazorg" not in _home(pro)


def test_nothing_waits_says_so(world: Any) -> None:
    PlanAction.objects.all().delete()
    world.referral.delete()
    quiet = make_user(organisation=world.org_a, full_name="Rustige Collega")
    assert "Er wacht vandaag niets op je" in _home(quiet)


def _queries(user: Any) -> int:
    http = _as(user)
    with CaptureQueriesContext(connection) as captured:
        assert http.get(reverse("home")).status_code == 200
    return len(captured)


def test_the_start_page_queries_do_not_grow_with_the_items(world: Any) -> None:
    pro = world.personas["pro_own"]
    newcomer = make_user(organisation=world.org_a, full_name="Nieuwe Begeleider")
    lead = actor_for_user(pro)

    def more(n: int) -> None:
        for i in range(n):
            client = make_client(organisation=world.org_a, full_name=f"Cliënt {i}")
            trajectory = services.trajectory_start(actor=lead, client=client, trajectory_type="ips")
            services.team_member_add(
                actor=lead, trajectory=trajectory, membership=newcomer.memberships.get()
            )
            PlanAction.objects.create(
                trajectory=trajectory,
                organisation=world.org_a,
                category="reintegratie",
                description=f"Actie {i}",
                owner=newcomer,
                due_on=timezone.localdate() - timedelta(days=1),
            )

    more(1)
    few = _queries(newcomer)
    more(12)  # more than the card shows: the rest is a count
    assert _queries(newcomer) == few
    assert "En nog 5 acties die te laat zijn." in _home(newcomer)


def test_many_overdue_actions_do_not_hide_this_weeks(world: Any) -> None:
    """From the walk-through: eight overdue actions filled the list, and what was due
    tomorrow was only "and 6 more". Overdue and this week are listed apart."""
    for i in range(12):
        _action(world, f"Achterstallig {i}", -10 - i)
    _action(world, THIS_WEEK, 1)
    html = _home(world.personas["pro_own"])
    assert THIS_WEEK in html
    assert "En nog 4 acties die te laat zijn." in html
    assert html.index("Acties die te laat zijn") < html.index("Acties voor vandaag en deze week")


def test_a_teamleider_finds_the_team_and_the_handover_from_the_start_page(world: Any) -> None:
    from werkpad.organisations.models import Role, Team

    team = Team.objects.create(organisation=world.org_a, name="Team Oost")
    lead = make_user(organisation=world.org_a, role=Role.TEAMLEIDER)
    lead.memberships.update(team=team)
    html = _home(lead)
    assert reverse("trajectories:team_handover") in html
    assert reverse("trajectories:team_handover") not in _home(world.personas["pro_own"])


def test_ips_norms_are_not_shown_to_a_guest_they_do_not_concern(world: Any) -> None:
    """Issue 13, item 10: a UWV arbeidsdeskundige on an IPS team is not measured by the IPS
    clock: no "Eerste werkgeverscontact te laat" on her caseload, no "dag 31 van 30" on the
    trajectory page; the IPS coach sees both."""
    from werkpad.access.tests.matrix_helpers import add_guest
    from werkpad.trajectories.models import Trajectory

    guest = add_guest(world)
    Trajectory.objects.filter(pk=world.trajectory.pk).update(
        phase="zoeken", started_on=timezone.localdate() - timedelta(days=31)
    )
    detail = reverse("trajectories:detail", args=[world.trajectory.pk])
    caseload = reverse("trajectories:caseload")
    for user, shown in ((world.personas["pro_own"], True), (guest, False)):
        http = _as(user)
        assert (
            'data-flag="employer_contact_overdue"' in http.get(caseload).content.decode()
        ) is shown
        page = http.get(detail).content.decode()
        assert ("van 30." in page) is shown
        assert ('data-flag="employer_contact_overdue"' in page) is shown
