"""Optimistic locking for services (no lost updates): apply a change only when nobody saved a
newer version in between; otherwise refuse with ``StaleEditError`` naming who changed it."""

from __future__ import annotations

from typing import Any

from django.db.models import Model

from .forms import StaleEditError


def save_versioned(model: type[Model], obj: Any, version: int, changes: dict[str, Any]) -> None:
    """Apply ``changes`` to ``obj`` only if its stored version is still ``version``."""
    updated = model._default_manager.filter(pk=obj.pk, version=version).update(
        **changes, version=version + 1
    )
    if not updated:
        current = model._default_manager.get(pk=obj.pk)
        # Who saved the newer version, where the record keeps it.
        by = getattr(current, "updated_by", None)
        raise StaleEditError(
            current,
            changed_by=by.full_name if by is not None else "",
            changed_at=getattr(current, "updated_at", None),
        )
    obj.refresh_from_db()
