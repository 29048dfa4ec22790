"""The access policy on its own: deny by default, scopes, and the 404/403 split."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from werkpad.access.actor import ANONYMOUS, actor_for_user
from werkpad.access.policy import Action, Basis, decide, get_for, may, visible_to
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client
from werkpad.organisations.models import Membership


def _actor(world: Any, persona: str) -> Any:
    user = world.personas[persona]
    return ANONYMOUS if user is None else actor_for_user(user)


def test_an_action_without_a_rule_is_denied(world: Any) -> None:
    actor = _actor(world, "admin_own")
    # An object of a model the policy has no rule for.
    assert decide(actor, Action.VIEW_CLIENT, world.org_a).allowed is False
    assert visible_to(actor, User.objects.all()).count() == 0


def test_anonymous_may_do_nothing(world: Any) -> None:
    for action in Action:
        assert not may(ANONYMOUS, action)
    assert visible_to(ANONYMOUS, Client.objects.all()).count() == 0


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("client", {"Anna Aalbers"}),
        ("pro_own", {"Anna Aalbers"}),
        ("admin_own", {"Anna Aalbers"}),  # in scope (an insider), but see the next test
        ("pro_other", {"Bert Bakker"}),
        ("admin_other", {"Bert Bakker"}),
        ("employer", set()),
    ],
)
def test_client_scope(world: Any, persona: str, expected: set[str]) -> None:
    actor = _actor(world, persona)
    names = set(visible_to(actor, Client.objects.all()).values_list("full_name", flat=True))
    assert names == expected


def test_appears_in_list_iff_page_opens(world: Any) -> None:
    """For every actor who works with client records: in the list ⇔ the page opens ⇔ the
    policy allows. Insiders whose role does not work with clients get 403, not the list."""
    for persona in ("client", "pro_own", "admin_own", "pro_other", "admin_other", "employer"):
        actor = _actor(world, persona)
        if not (actor.is_client or may(actor, Action.LIST_CLIENTS)):
            for record in Client.objects.all():
                with pytest.raises((Http404, PermissionDenied)):
                    get_for(actor, Action.VIEW_CLIENT, Client.objects.all(), pk=record.pk)
            continue
        listed = set(visible_to(actor, Client.objects.all()).values_list("pk", flat=True))
        for record in Client.objects.all():
            try:
                get_for(actor, Action.VIEW_CLIENT, Client.objects.all(), pk=record.pk)
                opens = True
            except (Http404, PermissionDenied):
                opens = False
            assert (record.pk in listed) == opens, (persona, record.full_name)
            if opens:
                assert decide(actor, Action.VIEW_CLIENT, record).allowed


def test_outsiders_get_404_and_insiders_without_the_right_get_403(world: Any) -> None:
    membership = world.own_membership
    with pytest.raises(Http404):
        get_for(
            _actor(world, "admin_other"), Action.CHANGE_MEMBER, Membership.objects, pk=membership.pk
        )
    with pytest.raises(PermissionDenied):
        get_for(
            _actor(world, "pro_own"), Action.CHANGE_MEMBER, Membership.objects, pk=membership.pk
        )
    obj, decision = get_for(
        _actor(world, "admin_own"), Action.CHANGE_MEMBER, Membership.objects, pk=membership.pk
    )
    assert obj == membership
    assert decision.basis == Basis.ROLE
    assert AccessLogEntry.objects.filter(outcome="denied").count() == 2


def test_the_basis_is_given(world: Any) -> None:
    assert (
        decide(_actor(world, "client"), Action.VIEW_CLIENT, world.client_record).basis == Basis.SELF
    )
    pro = decide(_actor(world, "pro_own"), Action.VIEW_CLIENT, world.client_record)
    assert pro.basis == Basis.OWN_ORGANISATION
    # The beheerder of the same organisation is an insider without the right: 403, not 404.
    admin = _actor(world, "admin_own")
    with pytest.raises(PermissionDenied):
        get_for(admin, Action.VIEW_CLIENT, Client.objects.all(), pk=world.client_record.pk)


def test_an_inactive_membership_gives_no_access(world: Any) -> None:
    Membership.objects.filter(pk=world.own_membership.pk).update(is_active=False)
    actor = _actor(world, "pro_own")
    assert actor.membership is None
    assert not may(actor, Action.VIEW_HOME)
    assert visible_to(actor, Client.objects.all()).count() == 0


def test_a_client_account_never_acts_under_a_membership(world: Any) -> None:
    # Even if data were wrong and a client held a membership, it would not be used.
    client_user = world.personas["client"]
    Membership.objects.create(user=client_user, organisation=world.org_a, role="jobcoach")
    actor = actor_for_user(client_user)
    assert actor.membership is None
    assert actor.is_client
    assert set(visible_to(actor, Client.objects.all()).values_list("full_name", flat=True)) == {
        "Anna Aalbers"
    }
