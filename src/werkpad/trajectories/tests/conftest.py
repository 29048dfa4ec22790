"""Fixtures shared by the trajectory tests: a trajectory whose care team spans three
organisations (the forms that say who will read a record, and meetings that widen it)."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.services import consent_record
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import TeamMember


@pytest.fixture
def team(db: Any) -> dict[str, Any]:
    """GGZ A runs an IPS trajectory with its coach and behandelaar; UWV B's arbeidsdeskundige
    and gemeente C's klantmanager are on the team. The client consents for B and C to basic
    data and work (not treatment)."""
    org_a = make_organisation("GGZ A")
    org_b = make_organisation("UWV B", OrganisationType.UWV)
    org_c = make_organisation("Gemeente C", OrganisationType.GEMEENTE)
    coach = make_user(organisation=org_a, full_name="Coach A")
    therapist = make_user(organisation=org_a, role=Role.BEHANDELAAR, full_name="Behandelaar A")
    ad = make_user(organisation=org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="AD B")
    km = make_user(organisation=org_c, role=Role.KLANTMANAGER, full_name="KM C")
    actor_a = actor_for_user(coach)
    client = make_client(organisation=org_a)
    trajectory = services.trajectory_start(actor=actor_a, client=client, trajectory_type="ips")
    for user, org, role in (
        (therapist, org_a, Role.BEHANDELAAR),
        (ad, org_b, Role.ARBEIDSDESKUNDIGE),
        (km, org_c, Role.KLANTMANAGER),
    ):
        TeamMember.objects.create(
            trajectory=trajectory,
            user=user,
            organisation=org,
            role=role,
            started_on=timezone.localdate(),
            added_by=coach,
        )
    for org in (org_b, org_c):
        consent_record(
            actor=actor_a,
            client=client,
            recipient=org,
            recipient_role="",
            categories=["basis", "werk"],
            purpose="ips",
            valid_from=timezone.localdate(),
            valid_until=None,
        )
    return {
        "a": org_a,
        "trajectory": trajectory,
        "coach": coach,
        "therapist": therapist,
        "actor": actor_for_user(therapist),
    }
