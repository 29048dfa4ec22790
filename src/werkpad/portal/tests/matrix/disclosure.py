"""Access-matrix rows of this part of the portal (see __init__.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def setup(world: Any) -> None:
    """Adds the objects these URLs need to ``world.portal``."""
