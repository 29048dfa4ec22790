"""Registries through which a context adds to the pages of a context below it (decision 0038).

The contexts are layered: a context imports only the contexts below it (and the access
policy). Where a lower context's page shows what a higher one knows (the client page shows
the client's trajectories; the trajectory's timeline shows job development; the employer
pages show what the worker chose to share in the portal), the lower context owns a registry
and the higher one registers its contributor at start-up, in its ``AppConfig.ready()``.

Every registry made here is listed in ``REGISTRIES``, and ``core/tests/test_contributions.py``
names the contributors each must hold: a contributor that is not registered fails the suite,
instead of a page silently showing less.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Named entries in the order they were registered. Registering a name again replaces its
    entry, so a second ``ready()`` in one process adds nothing twice."""

    def __init__(self, name: str) -> None:
        if name in REGISTRIES:
            raise ValueError(f"a registry named {name!r} exists already")
        self.name = name
        self._entries: dict[str, T] = {}
        REGISTRIES[name] = self

    def register(self, key: str, entry: T) -> None:
        self._entries[key] = entry

    def names(self) -> frozenset[str]:
        return frozenset(self._entries)

    def entries(self) -> list[T]:
        return list(self._entries.values())

    def get(self, key: str) -> T | None:
        return self._entries.get(key)

    def __repr__(self) -> str:
        return f"Registry({self.name!r}: {', '.join(self._entries) or 'empty'})"


REGISTRIES: dict[str, Registry[Any]] = {}
