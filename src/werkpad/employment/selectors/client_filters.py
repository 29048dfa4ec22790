"""The client list's filters on the career profile (issue 13, item 2), registered with
``clients.contributions``: the benefit and the doelgroepregister, as the profile of a running
trajectory records them. Judged only on the profiles the actor may read (work data, under
the client's consent for another organisation), so a filter reveals nothing the actor could
not see on the profile itself."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.clients.contributions import ClientFilter
from werkpad.clients.models import Client
from werkpad.trajectories.models import BenefitStatus

from ..models import CareerProfile, RegisterStatus


def _narrowed_by_profile(
    actor: Actor, clients: QuerySet[Client], **profile: Any
) -> QuerySet[Client]:
    profiles = visible_to(
        actor, CareerProfile.objects.filter(trajectory__ended_on__isnull=True, **profile)
    )
    return clients.filter(pk__in=profiles.values("trajectory__client_id"))


def _apply_benefit(*, actor: Actor, clients: QuerySet[Client], value: str) -> QuerySet[Client]:
    return _narrowed_by_profile(actor, clients, benefit_status=value)


def _apply_register(*, actor: Actor, clients: QuerySet[Client], value: str) -> QuerySet[Client]:
    return _narrowed_by_profile(actor, clients, register_status=value)


BENEFIT_FILTER = ClientFilter(
    key="uitkering",
    label=_("Uitkering (loopbaanprofiel)"),
    choices=lambda: BenefitStatus.choices,
    apply=_apply_benefit,
    order=20,
)
REGISTER_FILTER = ClientFilter(
    key="doelgroepregister",
    label=_("Doelgroepregister"),
    choices=lambda: RegisterStatus.choices,
    apply=_apply_register,
    order=30,
)
