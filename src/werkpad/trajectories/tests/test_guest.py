"""Guests on a trajectory read; owners decide (issue 11, item 5).

A guest is a professional of another organisation (B) on the team of Anna's trajectory at A,
present while Anna's consent lets B (here: its arbeidsdeskundigen) see her basic data. The
guest reads as far as the consent allows and adds its own records; it does not move A's
phases, close the trajectory, change the team (except leaving it) or change A's records."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import Action, may, visible_to
from werkpad.access.tests.matrix_helpers import add_guest
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.trajectories import services
from werkpad.trajectories.models import Goal, Note, TeamMember, Trajectory


@pytest.fixture
def guest(world: Any) -> Actor:
    return actor_for_user(add_guest(world))


@pytest.fixture
def owner(world: Any) -> Actor:
    return actor_for_user(world.personas["pro_own"])


def _browser(user: Any) -> HttpClient:
    browser = HttpClient()
    browser.force_login(user)
    return browser


def _guest_member(world: Any) -> TeamMember:
    return TeamMember.objects.get(trajectory=world.trajectory, user=world.personas["guest"])


def test_a_guest_adds_its_own_records(world: Any, guest: Actor) -> None:
    t = world.trajectory
    today = timezone.localdate()
    note = services.note_add(
        actor=guest, trajectory=t, category="werk", text="Belastbaar voor 16 uur", occurred_on=today
    )
    goal = services.goal_create(
        actor=guest,
        trajectory=t,
        details=services.GoalDetails(
            category="werk", life_domain="werk", own_words="16 uur werken"
        ),
    )
    action = services.action_create(
        actor=guest,
        trajectory=t,
        description="Advies belastbaarheid sturen",
        owner=guest.user,  # type: ignore[arg-type]
        due_on=today,
        goal=goal,
    )
    ladder = services.ladder_assess(
        actor=guest, trajectory=t, step=3, perspective="professional", assessed_on=today
    )
    meeting = services.meeting_record(
        actor=guest,
        trajectory=t,
        details=services.MeetingDetails(kind="driegesprek", held_on=today, client_present=True),
        participants=[guest.user],  # type: ignore[list-item]
    )
    for record in (note, goal, action, ladder, meeting):
        assert record.organisation == world.org_b
    # Its own goal it changes, while it is on the team.
    services.goal_update(
        actor=guest,
        goal=goal,
        version=goal.version,
        details=services.GoalDetails(category="werk", life_domain="werk", own_words="20 uur"),
    )
    assert Goal.objects.get(pk=goal.pk).own_words == "20 uur"


def test_a_guest_does_not_manage_the_owners_trajectory(world: Any, guest: Actor) -> None:
    t: Trajectory = world.trajectory
    assert may(guest, Action.VIEW_TRAJECTORY, t) and may(guest, Action.ADD_OWN_RECORD, t)
    assert not may(guest, Action.MANAGE_TRAJECTORY, t)
    refused = [
        # moving the owner's phase, and closing the trajectory
        lambda: services.trajectory_phase_change(
            actor=guest, trajectory=t, version=t.version, to_phase="kennismaking"
        ),
        lambda: services.trajectory_phase_change(
            actor=guest,
            trajectory=t,
            version=t.version,
            to_phase="afgesloten",
            end_reason="wens_client",
        ),
        # adding someone to the team, or taking the owner's professional off it
        lambda: services.team_member_add(
            actor=guest, trajectory=t, membership=world.personas["pro_other"].memberships.get()
        ),
        lambda: services.team_member_end(actor=guest, member=world.team_member),
        # changing A's goal, A's meeting report, A's action
        lambda: services.goal_update(
            actor=guest,
            goal=world.goal,
            version=world.goal.version,
            details=services.GoalDetails(category="werk", life_domain="werk", own_words="Anders"),
        ),
        lambda: services.meeting_report_update(
            actor=guest, meeting=world.meeting, version=world.meeting.version, agenda="", summary=""
        ),
        lambda: services.action_complete(actor=guest, action=world.action),
    ]
    before = (Trajectory.objects.get(pk=t.pk).phase, TeamMember.objects.count())
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    assert (Trajectory.objects.get(pk=t.pk).phase, TeamMember.objects.count()) == before
    world.goal.refresh_from_db()
    assert world.goal.own_words == "Weer ergens bij horen"
    assert world.action.done_on is None
    # Every refusal is in the access log.
    assert (
        AccessLogEntry.objects.filter(
            event_code="denied.manage_trajectory", outcome="denied"
        ).count()
        == 3
    )


def test_the_guests_pages_show_only_what_it_may_use(world: Any, guest: Actor) -> None:
    browser = _browser(world.personas["guest"])
    t = world.trajectory
    page = browser.get(reverse("trajectories:detail", kwargs={"pk": t.pk})).content.decode()
    assert reverse("trajectories:note_add", kwargs={"pk": t.pk}) in page
    assert reverse("trajectories:phase_change", kwargs={"pk": t.pk}) not in page
    assert reverse("employment:placement_record", kwargs={"pk": t.pk}) not in page
    edit_a_goal = reverse("trajectories:goal_update", kwargs={"pk": t.pk, "goal_id": world.goal.pk})
    assert "Weer ergens bij horen" in page and edit_a_goal not in page
    done_a_action = reverse(
        "trajectories:action_complete", kwargs={"pk": t.pk, "action_id": world.action.pk}
    )
    assert done_a_action not in page
    team = browser.get(reverse("trajectories:team", kwargs={"pk": t.pk})).content.decode()
    own_end = reverse(
        "trajectories:team_end", kwargs={"pk": t.pk, "member_id": _guest_member(world).pk}
    )
    owner_end = reverse(
        "trajectories:team_end", kwargs={"pk": t.pk, "member_id": world.team_member.pk}
    )
    assert own_end in team and owner_end not in team
    assert "Iemand toevoegen" not in team
    # The owner sees it all.
    owner_page = _browser(world.personas["pro_own"]).get(
        reverse("trajectories:detail", kwargs={"pk": t.pk})
    )
    body = owner_page.content.decode()
    assert reverse("trajectories:phase_change", kwargs={"pk": t.pk}) in body and edit_a_goal in body


def test_a_guest_closing_the_trajectory_through_the_page_is_refused(
    world: Any, guest: Actor
) -> None:
    t = world.trajectory
    response = _browser(world.personas["guest"]).post(
        reverse("trajectories:phase_change", kwargs={"pk": t.pk}),
        {"to_phase": "afgesloten", "end_reason": "wens_client", "version": t.version},
    )
    assert response.status_code == 403
    assert Trajectory.objects.get(pk=t.pk).ended_on is None


def test_a_guest_leaves_the_team_itself(world: Any, guest: Actor) -> None:
    member = _guest_member(world)
    response = _browser(world.personas["guest"]).post(
        reverse("trajectories:team_end", kwargs={"pk": world.trajectory.pk, "member_id": member.pk})
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.ended_on == timezone.localdate()
    assert not visible_to(guest, Trajectory.objects.filter(pk=world.trajectory.pk)).exists()


def test_after_the_owner_ends_the_guest_its_note_stays_and_it_can_do_nothing_more(
    world: Any, guest: Actor, owner: Actor
) -> None:
    t = world.trajectory
    guest_user = world.personas["guest"]
    note = services.note_add(
        actor=guest, trajectory=t, category="werk", text="Advies: 16 uur", occurred_on=date.today()
    )
    goal = services.goal_create(
        actor=guest,
        trajectory=t,
        details=services.GoalDetails(category="werk", life_domain="werk", own_words="16 uur"),
    )

    services.team_member_end(actor=owner, member=_guest_member(world))

    # The guest no longer reads (404: the trajectory is out of its scope) ...
    browser = _browser(guest_user)
    for name in ("trajectories:detail", "trajectories:timeline", "trajectories:note_add"):
        assert browser.get(reverse(name, kwargs={"pk": t.pk})).status_code == 404
    posted = browser.post(
        reverse("trajectories:note_add", kwargs={"pk": t.pk}),
        {"category": "werk", "kind": "notitie", "text": "Nog iets", "occurred_on": "2026-12-01"},
    )
    assert posted.status_code == 404
    # ... nor writes, also when a service is called directly (403), not even its own goal.
    with pytest.raises(PermissionDenied):
        services.note_add(
            actor=guest, trajectory=t, category="werk", text="Nog iets", occurred_on=date.today()
        )
    with pytest.raises(PermissionDenied):
        services.goal_update(
            actor=guest,
            goal=goal,
            version=goal.version,
            details=services.GoalDetails(category="werk", life_domain="werk", own_words="x"),
        )
    assert Note.objects.filter(trajectory=t, organisation=world.org_b).count() == 1

    # The note stays, owned by B. A, which runs the trajectory, reads it only under Anna's
    # consent for its category (werk) ...
    note.refresh_from_db()
    assert note.organisation == world.org_b and note.text == "Advies: 16 uur"
    notes_for_a = visible_to(owner, Note.objects.filter(pk=note.pk))
    assert not notes_for_a.exists()
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_a,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="welzijn")
    assert not visible_to(owner, Note.objects.filter(pk=note.pk)).exists()
    ConsentGrant.objects.create(consent=consent, category="werk")
    assert list(visible_to(owner, Note.objects.filter(pk=note.pk))) == [note]


def test_a_guest_does_not_take_a_colleague_of_its_own_organisation_off_the_team(
    world: Any, guest: Actor, owner: Actor
) -> None:
    """Only the organisation running the trajectory changes its team: a second guest of B does
    not end the first guest's membership (the owner can)."""
    from werkpad.organisations.models import Role
    from werkpad.testing import make_user

    colleague = make_user(organisation=world.org_b, role=Role.ARBEIDSDESKUNDIGE, mfa=False)
    services.team_member_add(
        actor=owner, trajectory=world.trajectory, membership=colleague.memberships.get()
    )
    member = _guest_member(world)
    with pytest.raises(PermissionDenied):
        services.team_member_end(actor=actor_for_user(colleague), member=member)
    member.refresh_from_db()
    assert member.ended_on is None
    services.team_member_end(actor=owner, member=member)
    member.refresh_from_db()
    assert member.ended_on is not None
