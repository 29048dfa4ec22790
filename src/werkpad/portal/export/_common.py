"""What the export's builders share: labels for coded values, names, grouping, and the policy's
scope on every query (so nothing of another client can slip in)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Model, QuerySet

from werkpad.access.actor import Actor
from werkpad.access.policy import visible_to
from werkpad.clients.models import DataCategory


def label(obj: Model, name: str) -> str:
    return str(getattr(obj, f"get_{name}_display")())


def name_of(user: Any) -> str:
    return user.full_name if user is not None else ""


def category_label(code: str) -> str:
    return str(DataCategory(code).label) if code in DataCategory.values else code


def by_key(rows: list[Any], key: str) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def visible(actor: Actor, qs: QuerySet[Any]) -> list[Any]:
    return list(visible_to(actor, qs))
