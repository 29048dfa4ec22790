"""The regional agreement as the region's professionals read it (issue 15, item 6)."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, require, visible_to

from ..models import Agreement, AgreementPartner, KeyPerson


def _agreements(actor: Actor) -> QuerySet[Agreement]:
    return (
        visible_to(actor, Agreement.objects.all())
        .select_related("region", "updated_by")
        .prefetch_related(
            Prefetch("partners", queryset=AgreementPartner.objects.select_related("organisation")),
            Prefetch(
                "key_persons", queryset=KeyPerson.objects.select_related("entry__organisation")
            ),
            "targets",
        )
    )


def agreements(*, actor: Actor) -> list[Agreement]:
    """The agreements of the actor's regions, the newest first."""
    require(actor, Action.VIEW_NETWORK)
    return list(_agreements(actor).order_by("region__name", "-starts_on"))


def agreement_get(*, actor: Actor, pk: int, action: Action = Action.VIEW_NETWORK) -> Agreement:
    agreement, _decision = get_for(actor, action, _agreements(actor), pk=pk)
    return agreement
