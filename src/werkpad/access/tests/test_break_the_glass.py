"""Need-to-know inside an organisation, and break the glass (issue 11, item 3; decision 0033).

Treatment and belastbaarheid records are read within the recording organisation only by the
client's own care team and whoever recorded them. A colleague outside the team asks for
temporary access with a reason; every log row under the grant carries the basis
``break_the_glass`` and the reason; the functioneel beheerder's search lists them; the client
sees them with the reason. After expiry the records are hidden again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.models import BreakTheGlassGrant
from werkpad.access.policy import visible_to
from werkpad.access.services import break_the_glass_grant
from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import Role
from werkpad.testing import make_user
from werkpad.trajectories.models import Goal, Meeting, Note, PlanAction, TeamMember

THERAPY_GOAL = "Medicatie afbouwen met de psychiater"
CAPACITY_NOTE = "Kan vier uur per dag belast worden"
THERAPY_REPORT = "Verslag van het behandeloverleg"
THERAPY_ACTION = "Afspraak bij de psychiater maken"
REASON = "Crisis: het team is vannacht niet bereikbaar en de cliënt belt mij"


@dataclass
class Glass:
    world: Any
    therapist: Any  # behandelaar of A on Anna's team, who recorded the records
    colleague: Any  # regiocoördinator of A, not on the team
    goal: Goal
    note: Note
    meeting: Meeting
    action: PlanAction


@pytest.fixture
def glass(world: Any) -> Glass:
    org_a, trajectory = world.org_a, world.trajectory
    therapist = make_user(organisation=org_a, role=Role.BEHANDELAAR, full_name="Bea Behandel")
    colleague = make_user(organisation=org_a, role=Role.REGIOCOORDINATOR, full_name="Rik Regio")
    today = timezone.localdate()
    TeamMember.objects.create(
        trajectory=trajectory,
        user=therapist,
        organisation=org_a,
        role=Role.BEHANDELAAR,
        started_on=today,
        added_by=world.personas["pro_own"],
    )
    common = {"trajectory": trajectory, "organisation": org_a}
    goal = Goal.objects.create(
        **common,
        category="behandeling",
        life_domain="gezondheid",
        own_words=THERAPY_GOAL,
        created_by=therapist,
    )
    note = Note.objects.create(
        **common, category="belastbaarheid", occurred_on=today, text=CAPACITY_NOTE, author=therapist
    )
    meeting = Meeting.objects.create(
        **common,
        category="behandeling",
        kind="evaluatie",
        held_on=today,
        summary=THERAPY_REPORT,
        created_by=therapist,
    )
    action = PlanAction.objects.create(
        **common, category="behandeling", description=THERAPY_ACTION, owner=therapist, due_on=today
    )
    return Glass(world, therapist, colleague, goal, note, meeting, action)


def _sees(user: Any, g: Glass) -> set[str]:
    """Which of the need-to-know records the user reads through the policy."""
    actor = actor_for_user(user)
    seen = set()
    for name, obj in (
        ("goal", g.goal),
        ("note", g.note),
        ("meeting", g.meeting),
        ("action", g.action),
    ):
        if visible_to(actor, type(obj).objects.filter(pk=obj.pk)).exists():
            seen.add(name)
    return seen


ALL = {"goal", "note", "meeting", "action"}


# --- Need-to-know ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "role",
    [
        Role.REGIOCOORDINATOR,
        Role.KLANTMANAGER,
        Role.ERVARINGSDESKUNDIGE,
        Role.BEHANDELAAR,  # a behandelaar of the same ggz, but not on this client's team
        Role.IPS_TRAJECTBEGELEIDER,
    ],
)
def test_colleagues_outside_the_team_do_not_read_treatment_or_capacity(
    glass: Glass, role: str
) -> None:
    outsider = make_user(organisation=glass.world.org_a, role=role)
    assert _sees(outsider, glass) == set()
    # ...while the work goal of the same trajectory stays readable for them.
    actor = actor_for_user(outsider)
    assert visible_to(actor, Goal.objects.filter(pk=glass.world.goal.pk)).exists()


def test_the_care_team_and_the_recorder_read_them(glass: Glass) -> None:
    assert _sees(glass.world.personas["pro_own"], glass) == ALL  # on the team, not the author
    assert _sees(glass.therapist, glass) == ALL
    # The recorder keeps reading what they wrote after leaving the team; a team member whose
    # membership ended does not.
    TeamMember.objects.filter(user=glass.therapist).update(ended_on=timezone.localdate())
    assert _sees(glass.therapist, glass) == ALL
    TeamMember.objects.filter(user=glass.world.personas["pro_own"]).update(
        ended_on=timezone.localdate()
    )
    assert _sees(glass.world.personas["pro_own"], glass) == set()


def test_the_client_reads_their_own_records(glass: Glass) -> None:
    assert _sees(glass.world.personas["client"], glass) == ALL


# --- The grant --------------------------------------------------------------------------------
def test_a_grant_opens_the_records_until_it_expires(glass: Glass) -> None:
    actor = actor_for_user(glass.colleague)
    grant = break_the_glass_grant(actor=actor, client=glass.world.client_record, reason=REASON)
    assert grant.expires_at - grant.granted_at == timedelta(hours=4)
    assert _sees(glass.colleague, glass) == ALL
    # Someone else of the organisation is not opened by the colleague's grant.
    assert _sees(make_user(organisation=glass.world.org_a, role=Role.KLANTMANAGER), glass) == set()
    past = timezone.now() - timedelta(minutes=1)
    BreakTheGlassGrant.objects.filter(pk=grant.pk).update(
        granted_at=past - timedelta(hours=4), expires_at=past
    )
    assert _sees(glass.colleague, glass) == set()


def test_the_duration_is_a_setting(glass: Glass, settings: Any) -> None:
    settings.WERKPAD_BREAK_THE_GLASS_HOURS = 1
    grant = break_the_glass_grant(
        actor=actor_for_user(glass.colleague), client=glass.world.client_record, reason=REASON
    )
    assert grant.expires_at - grant.granted_at == timedelta(hours=1)


@pytest.mark.parametrize("reason", ["", "   ", "nodig", "a" * 9])
def test_a_reason_is_required(glass: Glass, reason: str) -> None:
    with pytest.raises(ValidationError) as error:
        break_the_glass_grant(
            actor=actor_for_user(glass.colleague), client=glass.world.client_record, reason=reason
        )
    assert "minstens 10 tekens" in str(error.value)
    assert not BreakTheGlassGrant.objects.exists()


def test_a_team_member_needs_no_grant_and_one_grant_runs_at_a_time(glass: Glass) -> None:
    client_record = glass.world.client_record
    with pytest.raises(ValidationError, match="team van deze cliënt"):
        break_the_glass_grant(
            actor=actor_for_user(glass.therapist), client=client_record, reason=REASON
        )
    actor = actor_for_user(glass.colleague)
    break_the_glass_grant(actor=actor, client=client_record, reason=REASON)
    with pytest.raises(ValidationError, match="al tijdelijke toegang"):
        break_the_glass_grant(actor=actor, client=client_record, reason=REASON)
    assert BreakTheGlassGrant.objects.count() == 1


def test_a_grant_does_not_reach_past_the_organisation(glass: Glass) -> None:
    """A professional of another organisation (no consent) cannot ask, and a grant row for
    them (made behind the service's back) opens nothing: it only lifts need-to-know where the
    organisation or the client's consent already reaches."""
    world = glass.world
    outsider = world.personas["pro_other"]
    with pytest.raises(PermissionDenied):
        break_the_glass_grant(
            actor=actor_for_user(outsider), client=world.client_record, reason=REASON
        )
    now = timezone.now()
    BreakTheGlassGrant.objects.create(
        user=outsider,
        organisation=world.org_b,
        client=world.client_record,
        reason=REASON,
        granted_at=now,
        expires_at=now + timedelta(hours=4),
    )
    assert _sees(outsider, glass) == set()


def test_a_functioneel_beheerder_cannot_ask(glass: Glass) -> None:
    with pytest.raises(PermissionDenied):
        break_the_glass_grant(
            actor=actor_for_user(glass.world.personas["admin_own"]),
            client=glass.world.client_record,
            reason=REASON,
        )
    assert not BreakTheGlassGrant.objects.exists()


# --- The log ------------------------------------------------------------------------------
def test_rows_under_the_grant_carry_the_basis_and_the_reason(glass: Glass) -> None:
    world = glass.world
    http = HttpClient()
    http.force_login(glass.colleague)
    detail = reverse("trajectories:detail", args=[world.trajectory.pk])
    last = AccessLogEntry.objects.order_by("-id").first().pk  # type: ignore[union-attr]
    http.get(detail)
    plain = list(AccessLogEntry.objects.filter(pk__gt=last))
    assert plain and all(e.basis != "break_the_glass" for e in plain)

    grant = break_the_glass_grant(
        actor=actor_for_user(glass.colleague), client=world.client_record, reason=REASON
    )
    granted_row = AccessLogEntry.objects.get(event_code="breakglass.grant")
    assert granted_row.basis == "break_the_glass"
    assert granted_row.break_the_glass_reason == REASON
    assert granted_row.client_pid == world.client_record.public_id

    last = AccessLogEntry.objects.order_by("-id").first().pk  # type: ignore[union-attr]
    response = http.get(detail)
    assert THERAPY_GOAL in response.content.decode()
    under = list(
        AccessLogEntry.objects.filter(pk__gt=last, client_pid=world.client_record.public_id)
    )
    assert under, "the page wrote no rows about the client"
    for entry in under:
        assert entry.basis == "break_the_glass", entry.event_code
        assert entry.detail["break_the_glass"]["grant"] == grant.pk
        assert entry.break_the_glass_reason == REASON
    # The marked rows are sealed into the chain like every other row.
    from werkpad.audit.integrity import verify_chain

    assert verify_chain() == []

    # Another colleague's rows about the same client are not marked by this grant.
    other = make_user(organisation=world.org_a, role=Role.JOBCOACH)
    last = AccessLogEntry.objects.order_by("-id").first().pk  # type: ignore[union-attr]
    http.force_login(other)
    http.get(detail)
    assert not AccessLogEntry.objects.filter(pk__gt=last, basis="break_the_glass").exists()


def test_the_beheerder_lists_every_break_the_glass_access_and_the_client_sees_the_reason(
    glass: Glass,
) -> None:
    world = glass.world
    http = HttpClient()
    http.force_login(glass.colleague)
    http.post(
        reverse("access:break_the_glass", args=[world.client_record.public_id]),
        {"reason": REASON},
    )
    http.get(reverse("trajectories:detail", args=[world.trajectory.pk]))
    marked = AccessLogEntry.objects.filter(basis="break_the_glass")
    assert marked.count() >= 2

    admin = HttpClient()
    admin.force_login(world.personas["admin_own"])
    page = admin.get(reverse("audit:search"), {"basis": "break_the_glass"})
    assert page.status_code == 200
    shown = list(page.context["page"].object_list)
    assert {e.pk for e in shown} == set(marked.values_list("pk", flat=True))
    assert REASON in page.content.decode()
    # A beheerder of another organisation does not see them.
    other_admin = HttpClient()
    other_admin.force_login(world.personas["admin_other"])
    page = other_admin.get(reverse("audit:search"), {"basis": "break_the_glass"})
    assert not list(page.context["page"].object_list)

    anna = HttpClient()
    anna.force_login(world.personas["client"])
    body = anna.get(reverse("portal:access_log")).content.decode()
    assert REASON in body
    assert "vroeg tijdelijk toegang" in body


# --- The pages ------------------------------------------------------------------------------
def test_the_page_shows_what_is_hidden_without_its_content_and_offers_the_glass(
    glass: Glass,
) -> None:
    http = HttpClient()
    http.force_login(glass.colleague)
    url = reverse("trajectories:detail", args=[glass.world.trajectory.pk])
    body = http.get(url).content.decode()
    assert "1 behandeldoel afgeschermd" in body
    assert "1 actie afgeschermd" in body
    assert "1 gespreksverslag afgeschermd" in body
    assert "1 notitie afgeschermd" in body
    for secret in (THERAPY_GOAL, THERAPY_ACTION):
        assert secret not in body
    ask = reverse("access:break_the_glass", args=[glass.world.client_record.public_id])
    assert ask in body
    timeline = http.get(reverse("trajectories:timeline", args=[glass.world.trajectory.pk]))
    text = timeline.content.decode()
    assert (
        "1 notitie afgeschermd" in text and CAPACITY_NOTE not in text and THERAPY_REPORT not in text
    )


def test_a_bad_reason_is_a_400_with_the_message_and_nothing_saved(glass: Glass) -> None:
    http = HttpClient()
    http.force_login(glass.colleague)
    url = reverse("access:break_the_glass", args=[glass.world.client_record.public_id])
    response = http.post(url, {"reason": "even"})
    assert response.status_code == 400
    assert "minstens 10 tekens" in response.content.decode()
    assert not BreakTheGlassGrant.objects.exists()


def test_next_goes_back_only_to_this_site(glass: Glass) -> None:
    http = HttpClient()
    http.force_login(glass.colleague)
    url = reverse("access:break_the_glass", args=[glass.world.client_record.public_id])
    response = http.post(url + "?next=https://evil.example/", {"reason": REASON})
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "clients:detail", args=[glass.world.client_record.public_id]
    )


# --- Matrix rows for a colleague outside the team: none → granted → expired ------------------
# url name → (kwargs, {state: expected status}, secret that must show exactly when granted).
STATES = ("hidden", "granted", "expired")


def _rows(g: Glass) -> dict[str, tuple[str, dict[str, int], str]]:
    t = g.world.trajectory.pk
    pid = g.world.client_record.public_id
    return {
        "trajectories:detail": (
            reverse("trajectories:detail", args=[t]),
            {"hidden": 200, "granted": 200, "expired": 200},
            THERAPY_GOAL,
        ),
        "trajectories:timeline": (
            reverse("trajectories:timeline", args=[t]),
            {"hidden": 200, "granted": 200, "expired": 200},
            CAPACITY_NOTE,
        ),
        "trajectories:meeting": (
            reverse("trajectories:meeting", args=[t, g.meeting.pk]),
            {"hidden": 404, "granted": 200, "expired": 404},
            THERAPY_REPORT,
        ),
        "trajectories:meeting_pdf": (
            reverse("trajectories:meeting_pdf", args=[t, g.meeting.pk]),
            {"hidden": 404, "granted": 200, "expired": 404},
            "",
        ),
        "trajectories:goal_update": (
            reverse("trajectories:goal_update", args=[t, g.goal.pk]),
            {"hidden": 404, "granted": 200, "expired": 404},
            THERAPY_GOAL,
        ),
        "access:break_the_glass": (
            reverse("access:break_the_glass", args=[pid]),
            {"hidden": 200, "granted": 200, "expired": 200},
            "",
        ),
    }


def _set_state(g: Glass, state: str) -> None:
    BreakTheGlassGrant.objects.all().delete()
    if state == "hidden":
        return
    now = timezone.now()
    start = now if state == "granted" else now - timedelta(hours=5)
    BreakTheGlassGrant.objects.create(
        user=g.colleague,
        organisation=g.world.org_a,
        client=g.world.client_record,
        reason=REASON,
        granted_at=start,
        expires_at=start + timedelta(hours=4),
    )


@pytest.mark.parametrize("state", STATES)
def test_matrix_for_a_colleague_outside_the_team(glass: Glass, state: str) -> None:
    _set_state(glass, state)
    http = HttpClient()
    http.force_login(glass.colleague)
    for name, (url, expected, secret) in _rows(glass).items():
        response = http.get(url)
        assert response.status_code == expected[state], (name, state, response.status_code)
        if secret and response.status_code == 200:
            shown = secret in response.content.decode()
            assert shown == (state == "granted"), (name, state, "content shown" if shown else "")


def test_sequence_hidden_then_granted_then_expired(glass: Glass) -> None:
    """The whole path as a colleague walks it: hidden, ask with a reason from the page where
    the records are hidden, read them, and after expiry they are hidden again, and rows
    written then no longer carry the grant."""
    world = glass.world
    http = HttpClient()
    http.force_login(glass.colleague)
    detail = reverse("trajectories:detail", args=[world.trajectory.pk])
    ask = reverse("access:break_the_glass", args=[world.client_record.public_id])

    body = http.get(detail).content.decode()
    assert THERAPY_GOAL not in body and ask in body
    assert http.get(ask + f"?next={detail}").status_code == 200
    response = http.post(ask + f"?next={detail}", {"reason": REASON})
    assert response.status_code == 302 and response["Location"] == detail

    body = http.get(detail).content.decode()
    assert THERAPY_GOAL in body
    assert "Je hebt tijdelijk toegang buiten het team" in body
    assert http.post(ask, {"reason": REASON}).status_code == 400  # one grant at a time

    past = timezone.now() - timedelta(seconds=1)
    BreakTheGlassGrant.objects.update(granted_at=past - timedelta(hours=4), expires_at=past)
    last = AccessLogEntry.objects.order_by("-id").first().pk  # type: ignore[union-attr]
    body = http.get(detail).content.decode()
    assert THERAPY_GOAL not in body and "1 behandeldoel afgeschermd" in body
    assert not AccessLogEntry.objects.filter(pk__gt=last, basis="break_the_glass").exists()
    # A new reason, a new grant.
    assert http.post(ask, {"reason": REASON + " (opnieuw)"}).status_code == 302
    assert BreakTheGlassGrant.objects.count() == 2
