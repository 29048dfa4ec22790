"""Who would read a record before it is saved ("zichtbaar voor: …", issue 11, item 4):
``policy.team_members_who_would_read`` agrees, member by member, with what ``visible_to``
lets each team member read once the record exists, for every category."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from werkpad.access import policy
from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.clients.models import DataCategory
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Note, TeamMember


@pytest.fixture
def team(db: Any) -> dict[str, Any]:
    """GGZ A runs an IPS trajectory; on its team: A's coach, UWV B's arbeidsdeskundige and
    B's teamleider. The client consents for B to basic data and re-integration."""
    org_a = make_organisation("GGZ A")
    org_b = make_organisation("UWV B", OrganisationType.UWV)
    coach = make_user(organisation=org_a, full_name="Coach A")
    ad = make_user(organisation=org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="AD B")
    lead = make_user(organisation=org_b, role=Role.TEAMLEIDER, full_name="Leider B")
    actor_a = actor_for_user(coach)
    client = make_client(organisation=org_a)
    trajectory = services.trajectory_start(actor=actor_a, client=client, trajectory_type="ips")
    for user, org, role in ((ad, org_b, Role.ARBEIDSDESKUNDIGE), (lead, org_b, Role.TEAMLEIDER)):
        TeamMember.objects.create(
            trajectory=trajectory,
            user=user,
            organisation=org,
            role=role,
            started_on=timezone.localdate(),
            added_by=coach,
        )
    consent = consent_record(
        actor=actor_a,
        client=client,
        recipient=org_b,
        recipient_role="",
        categories=["basis", "reintegratie"],
        purpose="ips",
        valid_from=timezone.localdate(),
        valid_until=None,
    )
    return {"a": org_a, "actor_a": actor_a, "trajectory": trajectory, "consent": consent}


def _readers(t: dict[str, Any], category: str) -> set[str]:
    members = policy.team_members_who_would_read(t["trajectory"], category, t["a"].pk)
    return {m.user.full_name for m in members}


def _actual_readers(t: dict[str, Any], category: str) -> set[str]:
    note = services.note_add(
        actor=t["actor_a"],
        trajectory=t["trajectory"],
        category=category,
        text="notitie",
        occurred_on=timezone.localdate(),
    )
    members = TeamMember.objects.filter(trajectory=t["trajectory"], ended_on__isnull=True)
    return {
        m.user.full_name
        for m in members.select_related("user")
        if visible_to(actor_for_user(m.user), Note.objects.filter(pk=note.pk)).exists()
    }


@pytest.mark.parametrize("category", [c.value for c in DataCategory])
def test_who_would_read_is_who_reads(team: dict[str, Any], category: str) -> None:
    expected = {"Coach A", "AD B"} if category in ("basis", "reintegratie") else {"Coach A"}
    assert _readers(team, category) == expected
    assert _actual_readers(team, category) == expected


def test_after_withdrawal_only_the_own_organisation_would_read(team: dict[str, Any]) -> None:
    consent_withdraw(actor=team["actor_a"], consent=team["consent"], reason="Cliënt wil het niet.")
    assert _readers(team, "reintegratie") == {"Coach A"}
    assert _actual_readers(team, "reintegratie") == {"Coach A"}
