"""How the access-log search finds a client by name and date of birth (issue 13, item 2).

The log names a client only by the Werkpad number (a pseudonym), and ``audit`` sits below the
client records (decision 0038). So the one context that knows names, ``clients``, registers the
lookup here at start-up: a name and a date of birth become the Werkpad numbers of the
searcher's own organisation's records. ``core/tests/test_contributions.py`` checks that it is
registered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.core.exceptions import ImproperlyConfigured

from werkpad.access.actor import Actor
from werkpad.core.registry import Registry

ClientLookup = Callable[..., list[str]]  # (*, actor, name, born) -> Werkpad numbers

CLIENT_LOOKUP = Registry[ClientLookup]("audit.client_lookup")


def register_client_lookup(name: str, lookup: ClientLookup) -> None:
    CLIENT_LOOKUP.register(name, lookup)


def client_numbers(*, actor: Actor, name: str, born: date) -> list[str]:
    providers = CLIENT_LOOKUP.entries()
    if len(providers) != 1:
        raise ImproperlyConfigured(
            f"audit.client_lookup needs exactly one provider, has {sorted(CLIENT_LOOKUP.names())}"
        )
    return providers[0](actor=actor, name=name, born=born)
