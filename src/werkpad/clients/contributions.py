"""What contexts above ``clients`` add to it, registered by them at start-up, so that
``clients`` never imports them (decision 0038; ``core/registry.py``). The first three are
registered by ``trajectories`` (``TrajectoriesConfig.ready``), the list filters by
``trajectories`` and ``employment``:

* **Client-page sections**: a contributor is called with the actor and the client and returns
  the sections it adds to the client's page (a template of its own, rendered with the section
  as ``section``, an order and the data). It asks the policy and logs its reads itself, as
  any selector does: the trajectories and the intakes of the client.
* **Works with the client**: a check called with the client and an organisation, true when
  that organisation works with the client (runs a trajectory of theirs). ``consent_record``
  asks it: for such an organisation a consent without basic data still opens something.
* **Care teams**: the one provider of the running care teams (trajectories) a consent can be
  for, as a queryset the consent form offers (``Consent.trajectory``).

* **List filters**: the client list's filters on what a context above knows (the running
  trajectory's type and phase; the benefit and the doelgroepregister in the career profile).
  Each filters with the rows the actor may see of its own records (``visible_to``), so a
  filter never reveals what the actor could not read (issue 13, item 2).

``core/tests/test_contributions.py`` names the contributors each registry must hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.utils.functional import Promise

from werkpad.access.actor import Actor
from werkpad.core.registry import Registry
from werkpad.organisations.models import Organisation

from .models import Client


@dataclass(frozen=True)
class ClientSection:
    """One section of the client's page: ``template`` renders it with this as ``section``."""

    template: str
    order: int
    data: Mapping[str, Any] = field(default_factory=dict)


class CareTeam(Protocol):
    """What ``clients`` reads of a trajectory whose care team a consent is for."""

    @property
    def pk(self) -> Any: ...
    @property
    def client_id(self) -> Any: ...
    @property
    def type(self) -> str: ...
    @property
    def organisation(self) -> Organisation: ...
    @property
    def is_closed(self) -> bool: ...
    def get_type_display(self) -> str: ...


Choices = Sequence[tuple[str, Any]]  # a form's choices, optgroups allowed


@dataclass(frozen=True)
class ClientFilter:
    """One filter of the client list: a GET parameter ``key`` with a select of ``choices``;
    ``apply(actor=..., clients=..., value=...)`` narrows the clients to those the value fits,
    judged only on records the actor may see."""

    key: str
    label: str | Promise
    choices: Callable[[], Choices]
    apply: Callable[..., QuerySet[Client]]
    order: int


SectionContributor = Callable[..., Iterable[ClientSection]]  # (*, actor, client)
WorksWithClient = Callable[..., bool]  # (*, client, organisation)
CareTeams = Callable[..., QuerySet[Any]]  # (*, actor, client)

SECTIONS = Registry[SectionContributor]("clients.page_sections")
WORKS_WITH_CLIENT = Registry[WorksWithClient]("clients.works_with_client")
CARE_TEAMS = Registry[CareTeams]("clients.care_teams")
LIST_FILTERS = Registry[ClientFilter]("clients.list_filters")


def register_section(name: str, contributor: SectionContributor) -> None:
    SECTIONS.register(name, contributor)


def register_works_with_client(name: str, check: WorksWithClient) -> None:
    WORKS_WITH_CLIENT.register(name, check)


def register_care_teams(name: str, provider: CareTeams) -> None:
    CARE_TEAMS.register(name, provider)


def register_list_filter(name: str, list_filter: ClientFilter) -> None:
    LIST_FILTERS.register(name, list_filter)


def list_filters() -> list[ClientFilter]:
    """The client list's contributed filters, in the order the form shows them."""
    return sorted(LIST_FILTERS.entries(), key=lambda f: f.order)


def client_sections(*, actor: Actor, client: Client) -> list[ClientSection]:
    """Every contributor's sections for the client's page, in page order."""
    sections = [
        section
        for contributor in SECTIONS.entries()
        for section in contributor(actor=actor, client=client)
    ]
    return sorted(sections, key=lambda section: section.order)


def works_with_client(*, client: Client, organisation: Organisation) -> bool:
    """Whether a context above says ``organisation`` works with the client (stops at the
    first that does)."""
    return any(
        check(client=client, organisation=organisation) for check in WORKS_WITH_CLIENT.entries()
    )


def care_teams(*, actor: Actor, client: Client) -> QuerySet[Any]:
    """The client's running care teams the actor sees, from the one app that provides them.
    Without exactly one provider this fails: the consent form would silently offer no team."""
    providers = CARE_TEAMS.entries()
    if len(providers) != 1:
        raise ImproperlyConfigured(
            f"clients.care_teams needs exactly one provider, has {sorted(CARE_TEAMS.names())}"
        )
    return providers[0](actor=actor, client=client)
