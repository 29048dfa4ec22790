"""What a professional's home page shows besides its frame, fed by the contexts that own it.

``accounts`` sits low in the layers (decision 0038): it may not import the contexts whose
figures its home page shows (the clients of the organisation, its members). So each context
registers a contributor at start-up, in its ``AppConfig.ready()`` (as
``trajectories.contributions`` does for the timeline), and the home page asks them all.

A contributor is called with the actor and returns the cards it adds: each names the
context's own partial template (rendered with the card as ``card``), its place on the page
(``order``, low first) and its data. A contributor asks the policy itself and returns nothing
for an actor who may not see it; it reads only what it shows, with a fixed number of queries
(the home page's query count is tested). Built for the worklist of the next issue: what waits
for the actor (a referral to decide, an overdue employer contact) is one more contributor
returning one more card, from the context that knows it, without ``accounts`` knowing it.

``core/tests/test_contributions.py`` names the contributors that must be registered, so a
missing one fails the suite instead of leaving a card off the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from werkpad.access.actor import Actor
from werkpad.core.registry import Registry


@dataclass(frozen=True)
class HomeCard:
    """One card on the home page: ``template`` renders it with this card as ``card``."""

    template: str
    order: int
    data: Mapping[str, Any] = field(default_factory=dict)


HomeContributor = Callable[[Actor], Iterable[HomeCard]]

HOME = Registry[HomeContributor]("accounts.home")


def register_home(name: str, contributor: HomeContributor) -> None:
    """``name`` is ``<context>.<what>``; registering it again replaces the contributor."""
    HOME.register(name, contributor)


def home_cards(actor: Actor) -> list[HomeCard]:
    """Every contributor's cards for the actor, in page order (10 the clients, 20 the
    members, 30 the access log)."""
    cards = [card for contributor in HOME.entries() for card in contributor(actor)]
    return sorted(cards, key=lambda card: card.order)
