from __future__ import annotations

from django.db.models import Q, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, may, require, visible_to
from werkpad.accounts.home import HomeCard

from .models import Membership


def member_list(*, actor: Actor, query: str = "") -> QuerySet[Membership]:
    require(actor, Action.MANAGE_MEMBERS)
    members = visible_to(actor, Membership.objects.select_related("user", "team"))
    if query:
        members = members.filter(
            Q(user__full_name__icontains=query) | Q(user__email__icontains=query)
        )
    return members.order_by("-is_active", "user__full_name")


def home_cards(actor: Actor) -> list[HomeCard]:
    """The home page's card for a functioneel beheerder: the organisation's active
    memberships (one count; registered in ``OrganisationsConfig.ready``)."""
    if not may(actor, Action.MANAGE_MEMBERS):
        return []
    count = visible_to(actor, Membership.objects.filter(is_active=True)).count()
    return [
        HomeCard(
            template="organisations/home/members_card.html",
            order=20,
            data={"member_count": count},
        )
    ]
