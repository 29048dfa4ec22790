"""The policy engine's registry (decision 0003, addendum of issue 12): every context's rules
module registers at start-up, each label names a real model, and a model or action nobody
registered is denied."""

from __future__ import annotations

from typing import Any

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import engine
from werkpad.access.policy.engine import DENY, Action, Basis, Decision


def test_every_registered_label_names_an_installed_model() -> None:
    labels = {*engine._SCOPES, *engine._OBJECT_RULES}
    installed = {model._meta.label_lower for model in apps.get_models()}
    assert labels - installed == set()


def test_every_context_registered_its_rules_at_start_up() -> None:
    contexts = {label.split(".")[0] for label in engine._SCOPES}
    assert contexts == {
        "organisations",
        "clients",
        "trajectories",
        "employment",
        "portal",
        "audit",
        "network",
    }
    assert Action.VIEW_HOME in engine._PAGE_RULES
    assert Action.PORTAL in engine._PAGE_RULES


def test_a_second_rule_for_one_model_is_refused() -> None:
    def other_rule(actor: Actor, action: Action, obj: Any) -> Decision:
        return Decision(True, Basis.ROLE)

    original = engine._OBJECT_RULES["clients.client"]
    with pytest.raises(ImproperlyConfigured):
        engine.register_rule("clients.client", other_rule)
    assert engine._OBJECT_RULES["clients.client"] is original
    engine.register_rule("clients.client", original)  # the same rule again is harmless


@pytest.mark.django_db
def test_an_unregistered_model_or_action_is_denied(world: Any) -> None:
    from werkpad.access.models import BreakTheGlassGrant  # a model without scope or rule

    actor = actor_for_user(world.personas["pro_own"])
    assert engine.visible_to(actor, BreakTheGlassGrant.objects.all()).query.is_empty()
    assert engine.decide(actor, Action.VIEW_CLIENT, BreakTheGlassGrant()) == DENY
    assert engine.decide(actor, Action.VIEW_CLIENT) == DENY  # an action without a page rule
