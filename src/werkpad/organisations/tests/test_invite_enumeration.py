"""Inviting an address that belongs to a client gives the same answer as any other address
that cannot join (issue 11, item 10): a beheerder does not learn who is a client."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.test import Client
from django.urls import reverse

from werkpad.organisations.models import Membership, Role


def _invite(world: Any, email: str) -> Any:
    admin = Client()
    admin.force_login(world.personas["admin_own"])
    return admin.post(
        reverse("organisations:member_invite"),
        {"email": email, "full_name": "Iemand", "role": Role.JOBCOACH},
    )


def test_a_client_address_answers_like_an_employer_address(world: Any) -> None:
    before = Membership.objects.count()
    as_client = _invite(world, world.personas["client"].email)
    as_employer = _invite(world, world.personas["employer"].email)
    assert as_client.status_code == as_employer.status_code == 400
    assert as_client.context["form"].errors == as_employer.context["form"].errors
    message = as_client.context["form"].errors["email"][0]
    assert "cliënt" not in message.lower() and "client" not in message.lower()
    assert "soort account" not in message
    assert Membership.objects.count() == before
    assert not mail.outbox


def test_the_portal_invitation_answers_alike_for_every_taken_address(world: Any) -> None:
    """The team's invitation to the portal: an address of another client's account and one
    of a professional's account get the same message."""
    from werkpad.portal.models import ClientInvitation
    from werkpad.testing import make_client

    pro = Client()
    pro.force_login(world.personas["pro_own"])
    answers = []
    for taken in (world.personas["client"].email, world.personas["pro_other"].email):
        record = make_client(organisation=world.org_a, full_name="Carla Claes")
        record.email = taken
        record.save()
        response = pro.post(reverse("portal:invite", args=[record.public_id]), {})
        assert response.status_code == 400
        answers.append(response.context["form"].errors)
    assert answers[0] == answers[1]
    assert not ClientInvitation.objects.filter(client__full_name="Carla Claes").exists()
