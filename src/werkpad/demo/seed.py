"""The whole demo, played part by part through the services (``werkpad.demo.seed_demo``)."""

from __future__ import annotations

from django.db import transaction

from .data.people import DEMO_USERS, DemoUser
from .play.employment import seed_employment
from .play.network import seed_network
from .play.people import link_client_users, seed_people
from .play.portal import seed_portal
from .play.trajectories import seed_trajectories


@transaction.atomic
def seed_demo() -> list[DemoUser]:
    """The whole demo, part by part; returns the demo users (to print their logins)."""
    seed_people()
    link_client_users()
    seed_trajectories()
    seed_employment()
    # The other clients who log in get their records from the trajectory stories.
    link_client_users()
    seed_portal()
    seed_network()
    return list(DEMO_USERS)
