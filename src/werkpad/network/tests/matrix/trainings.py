"""Access-matrix rows of trainings and werkateliers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def setup(world: Any) -> None:
    """Adds what the training URLs need to ``world.network``."""
