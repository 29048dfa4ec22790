"""The team can give an action to the client (when they have a portal account), and the
client marks it done in the portal; the team sees it done on the trajectory."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.testing import make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import PlanAction


def _give_anna_an_action(world: Any) -> PlanAction:
    return services.action_create(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        description="Drie vacatures uitzoeken die je leuk vindt",
        owner=world.personas["client"],
        due_on=timezone.localdate(),
    )


def test_the_team_offers_the_client_as_who_does_an_action(world: Any) -> None:
    browser = Client()
    browser.force_login(world.personas["pro_own"])
    page = browser.get(reverse("trajectories:action_create", kwargs={"pk": world.trajectory.pk}))
    owners = page.context["form"].fields["owner"].queryset
    assert world.personas["client"] in owners
    meeting = browser.get(
        reverse("trajectories:meeting_record", kwargs={"pk": world.trajectory.pk})
    )
    form = meeting.context["form"]
    assert world.personas["client"] not in form.fields["participants"].queryset
    assert world.personas["client"] in form.fields["owner_1"].queryset


def test_the_client_marks_their_action_done_and_the_team_sees_it(world: Any) -> None:
    action = _give_anna_an_action(world)
    anna = Client()
    anna.force_login(world.personas["client"])
    assert "Drie vacatures uitzoeken" in anna.get(reverse("portal:home")).content.decode()
    response = anna.post(reverse("portal:action_done", kwargs={"pk": action.pk}))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.done_on == timezone.localdate()


def test_someone_outside_the_team_cannot_be_given_an_action(world: Any) -> None:
    stranger = make_user(organisation=world.org_b)
    with pytest.raises(ValidationError) as refused:
        services.action_create(
            actor=actor_for_user(world.personas["pro_own"]),
            trajectory=world.trajectory,
            description="Iets doen",
            owner=stranger,
            due_on=timezone.localdate(),
        )
    assert "cliënt zelf" in str(refused.value)
    assert not PlanAction.objects.filter(owner=stranger).exists()
