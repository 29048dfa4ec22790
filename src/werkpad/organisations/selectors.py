from __future__ import annotations

from django.db.models import Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, require, visible_to

from .models import Membership


def member_list(*, actor: Actor, query: str = "") -> QuerySet[Membership]:
    require(actor, Action.MANAGE_MEMBERS)
    members = visible_to(actor, Membership.objects.select_related("user", "team"))
    if query:
        members = members.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    return members.order_by("-is_active", "user__full_name")
