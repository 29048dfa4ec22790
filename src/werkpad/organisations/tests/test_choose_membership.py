"""Choosing which of one's own memberships to act under (``organisations.services.
membership_choose``, page ``choose_membership``): the choice is logged under the chosen
membership and everything after it acts under it; another user's membership is refused."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from werkpad.accounts.models import User


def _client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_choosing_another_membership(world: Any) -> None:
    from werkpad.audit.models import AccessLogEntry
    from werkpad.organisations.models import Membership, Role

    user = world.personas["pro_own"]
    second = Membership.objects.create(user=user, organisation=world.org_b, role=Role.JOBCOACH)
    client = _client_for(user)
    page = client.get(reverse("choose_membership"))
    assert world.org_b.name in page.content.decode()
    response = client.post(reverse("choose_membership"), {"membership": second.pk})
    assert response.status_code == 302
    chosen = AccessLogEntry.objects.get(event_code="account.membership_chosen")
    assert (chosen.organisation_id, chosen.role) == (world.org_b.pk, Role.JOBCOACH)
    home = client.get(reverse("home")).content.decode()
    assert "jobcoach bij UWV West (B)" in home
    # Acting under the chosen membership is what the access log records.
    from werkpad.testing import make_client

    make_client(organisation=world.org_b)  # a list logs a row per client it shows
    client.get(reverse("clients:list"))
    entry = AccessLogEntry.objects.filter(event_code="client.list").latest("id")
    assert (entry.organisation_id, entry.role) == (world.org_b.pk, Role.JOBCOACH)


def test_someone_elses_membership_cannot_be_chosen(world: Any) -> None:
    other = world.personas["pro_other"].memberships.get()
    client = _client_for(world.personas["pro_own"])
    response = client.post(reverse("choose_membership"), {"membership": other.pk})
    assert response.status_code == 400
    assert client.get(reverse("home")).content.decode().count(world.org_b.name) == 0
