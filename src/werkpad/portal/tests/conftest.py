"""Fixtures of the peer-group tests (decision 0030): a herstelacademie, the ervaringsdeskundige
who starts groups there, a jobcoach of a re-integratiebedrijf who helps a group start, an
online group that jobcoach facilitates, and three clients with a login."""

from __future__ import annotations

from typing import Any

import pytest

from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal.models import GroupMode, PeerGroup
from werkpad.testing import make_client, make_organisation, make_user


@pytest.fixture
def academy(world: Any) -> Any:
    return make_organisation("Herstelacademie Enik", OrganisationType.PEER)


@pytest.fixture
def starter(academy: Any) -> Any:
    return make_user(organisation=academy, role=Role.ERVARINGSDESKUNDIGE, full_name="Noor Start")


@pytest.fixture
def jobcoach(world: Any) -> Any:
    """A professional of a re-integratiebedrijf in the region who helps a group start."""
    company = make_organisation("Werkkracht Re-integratie (demo)", OrganisationType.REINTEGRATION)
    return make_user(organisation=company, role=Role.JOBCOACH, full_name="Joost Coach")


@pytest.fixture
def group(academy: Any, starter: Any, jobcoach: Any) -> PeerGroup:
    return PeerGroup.objects.create(
        organisation=academy,
        started_by=starter,
        facilitator=jobcoach,
        region=academy.regions.get(),
        name="Op weg naar werk",
        theme="Samen de eerste stappen naar werk zetten",
        description="Voor wie wil gaan werken.",
        mode=GroupMode.ONLINE,
        place="Online, via een beveiligde videoverbinding",
        schedule="Om de week op maandag, 19.30 uur",
    )


@pytest.fixture
def people(world: Any) -> dict[str, Any]:
    """Anna (the world's client), Bert and Carla, each with a login."""
    bert = make_user(full_name="Bert Bakker", kind="client")
    world.other_client_record.user = bert
    world.other_client_record.save(update_fields=["user"])
    carla = make_user(full_name="Carla de Wit", kind="client")
    make_client(organisation=world.org_b, user=carla, full_name="Carla de Wit")
    anna = world.personas["client"]
    anna.full_name = "Anna Aalbers"  # as her account reads when she signed up herself
    anna.save(update_fields=["full_name"])
    return {"anna": anna, "bert": bert, "carla": carla}
