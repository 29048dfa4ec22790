"""The regional network's rows of the access matrix (werkpad/access/tests/test_access_matrix.py
merges them), one module per part, each with ``MATRIX``, ``KWARGS``, ``POST_DATA`` and
``setup(world)`` as the portal's (werkpad/portal/tests/matrix/)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import agreements, directory, editors, questions, trainings

_PARTS = (agreements, directory, editors, questions, trainings)

NETWORK_MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
NETWORK_KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
NETWORK_POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}
for _part in _PARTS:
    NETWORK_MATRIX.update(_part.MATRIX)
    NETWORK_KWARGS.update(_part.KWARGS)
    NETWORK_POST_DATA.update(_part.POST_DATA)


def network_setup(world: Any) -> None:
    for part in _PARTS:
        part.setup(world)
