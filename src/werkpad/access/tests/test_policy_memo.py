"""Filters built once per request (decision 0042): what is reused is the expression, never a
result, and never another actor's. A withdrawal in the middle of a request closes the next
query; two actors in one block each get their own filters."""

from __future__ import annotations

import pytest
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.access.policy.memo import filters_reused
from werkpad.clients.models import Client, Consent, ConsentGrant
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Trajectory

pytestmark = pytest.mark.django_db


def _world() -> tuple[Trajectory, Consent, object, object]:
    ggz = make_organisation("GGZ")
    uwv = make_organisation("UWV", OrganisationType.UWV)
    coach = make_user(organisation=ggz, mfa=False)
    trajectory = services.trajectory_start(
        actor=actor_for_user(coach), client=make_client(organisation=ggz), trajectory_type="ips"
    )
    guest = make_user(organisation=uwv, role=Role.ARBEIDSDESKUNDIGE, mfa=False)
    consent = Consent.objects.create(
        client=trajectory.client,
        recipient=uwv,
        purpose="ips",
        valid_from=timezone.localdate(),
        recorded_by=coach,
        recorded_by_organisation=ggz,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    return trajectory, consent, actor_for_user(coach), actor_for_user(guest)


def test_a_withdrawal_in_the_middle_of_a_request_closes_the_next_query() -> None:
    trajectory, consent, _coach, guest = _world()
    with filters_reused():
        assert visible_to(guest, Client.objects.all()).filter(pk=trajectory.client_id).exists()
        Consent.objects.filter(pk=consent.pk).update(withdrawn_at=timezone.now())
        assert not visible_to(guest, Client.objects.all()).filter(pk=trajectory.client_id).exists()


def test_two_actors_in_one_block_each_get_their_own_filters() -> None:
    trajectory, _consent, coach, guest = _world()
    outsider = actor_for_user(
        make_user(organisation=make_organisation("Gemeente", OrganisationType.GEMEENTE))
    )
    with filters_reused():
        seen = {
            name: set(visible_to(actor, Trajectory.objects.all()).values_list("pk", flat=True))
            for name, actor in (("coach", coach), ("outsider", outsider), ("guest", guest))
        }
    assert seen == {"coach": {trajectory.pk}, "outsider": set(), "guest": set()}
