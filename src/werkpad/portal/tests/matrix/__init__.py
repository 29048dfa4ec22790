"""The portal's rows of the access matrix (werkpad/access/tests/test_access_matrix.py merges
them). One module per part of the portal, each with:

* ``MATRIX``: url name → method → persona → expected status (as in the main matrix);
* ``KWARGS`` and ``POST_DATA``: url name → ``lambda world: {...}``;
* ``setup(world)``: adds the objects its URLs need to ``world.portal`` (called before each
  request, after the ``work_world`` fixture is built).

Persona "client" is Anna (organisation A's client, with a trajectory and a placement)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import data, disclosure, groups_messages, my_path

_PARTS = (my_path, disclosure, data, groups_messages)

PORTAL_MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
PORTAL_KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
PORTAL_POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}
for _part in _PARTS:
    PORTAL_MATRIX.update(_part.MATRIX)
    PORTAL_KWARGS.update(_part.KWARGS)
    PORTAL_POST_DATA.update(_part.POST_DATA)


def portal_setup(world: Any) -> None:
    for part in _PARTS:
        part.setup(world)
