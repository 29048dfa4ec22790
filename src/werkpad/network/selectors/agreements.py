"""The regional agreement as the region's professionals read it (issue 15, item 6)."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, get_for, require, visible_to

from ..models import Agreement, AgreementPartner, AgreementTarget, KeyPerson


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


def partner_get(*, actor: Actor, pk: int) -> AgreementPartner:
    """A partner of an agreement, to change or remove: 404 outside the actor's regions, 403
    for anyone but the region's regiocoördinator."""
    queryset = AgreementPartner.objects.select_related("agreement__region", "organisation")
    partner, _decision = get_for(actor, Action.CHANGE_AGREEMENT, queryset, pk=pk)
    return partner


def target_get(*, actor: Actor, pk: int) -> AgreementTarget:
    """A shared target, to change or remove (as ``partner_get``)."""
    queryset = AgreementTarget.objects.select_related("agreement__region")
    target, _decision = get_for(actor, Action.CHANGE_AGREEMENT, queryset, pk=pk)
    return target


def partner_key_persons(*, actor: Actor, partner: AgreementPartner) -> QuerySet[KeyPerson]:
    """The key persons of the partner's own entry in who is who, to choose from."""
    return (
        visible_to(actor, KeyPerson.objects.all())
        .filter(entry__organisation_id=partner.organisation_id)
        .select_related("entry__organisation")
        .order_by("topic", "name")
    )


def partner_key_persons_chosen(*, partner: AgreementPartner) -> list[int]:
    """The key persons of this partner the agreement names now."""
    return list(
        partner.agreement.key_persons.filter(
            entry__organisation_id=partner.organisation_id
        ).values_list("pk", flat=True)
    )
