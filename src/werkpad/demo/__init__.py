"""The demo region: arbeidsmarktregio Midden-Utrecht (AM13), invented people only (issue 12,
item 3: one package, the stories as data).

``data`` holds the stories as tables, ``play`` the functions that play them through the
services, ``clock`` the one time helper: every date is counted back from today. Data flows
one way: this package imports the apps; no app imports it (``core/tests/test_architecture.py``).
It is a Django app itself (``apps.py``, label ``demo``) only to own its management commands,
``seed_demo``, ``generate_clients`` and ``generate_vacancies``; tests import it too.

Idempotent: running it again adds what is missing and changes nothing that exists.

The names below are loaded on first use (PEP 562): Django imports this package while it
loads the apps, before any model may be imported, and the tables and players import models.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .seed import seed_demo

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

_WHERE = {name: ".data.people" for name in __all__} | {"seed_demo": ".seed"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name], __name__), name)
    globals()[name] = value
    return value
