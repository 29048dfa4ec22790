"""The demo region: arbeidsmarktregio Midden-Utrecht (AM13), invented people only (issue 12,
item 3: one package, the stories as data).

``data`` holds the stories as tables, ``play`` the functions that play them through the
services, ``clock`` the one time helper: every date is counted back from today. Data flows
one way: this package imports the apps; no app imports it, except the ``seed_demo`` command
and tests (and the generators, for the name of the demo ggz).

Idempotent: running it again adds what is missing and changes nothing that exists.
"""

from __future__ import annotations

from django.db import transaction

from .data.people import (
    DEMO_PASSWORD,
    DEMO_USERS,
    EMPLOYERS,
    GEMEENTE,
    GGZ,
    HERSTEL,
    REINTEGRATIE,
    UWV,
    DemoUser,
)
from .play.employment import seed_employment
from .play.people import link_client_users, seed_people
from .play.portal import seed_portal
from .play.trajectories import seed_trajectories

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_USERS",
    "EMPLOYERS",
    "GEMEENTE",
    "GGZ",
    "HERSTEL",
    "REINTEGRATIE",
    "UWV",
    "DemoUser",
    "seed_demo",
]


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
    return list(DEMO_USERS)
