"""Every piece of free text about a client has a data category (issue 11).

A model that holds free text about a client declares, per text field, which data category
the text is, in one class attribute::

    TEXT_CATEGORIES = {
        "reason": ROW,                 # the row's own category (a field or a fixed attribute)
        "body": Parent("thread"),      # the category of the record it belongs to
        "email": DataCategory.BASIS,   # a fixed category for this field
    }

The access policy reads the declaration (``policy.readable_texts``) where a record is shown
without its text's category being part of the record's scope (a phase change on the
timeline, a referral to its receiver). The structural test
``werkpad.core.tests.test_text_categories`` walks every model and fails on a free-text field
that has no declaration and is not on its commented allow-list. Grep for ``TEXT_CATEGORIES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import models


@dataclass(frozen=True)
class Row:
    """The category stored on the row itself: a field, or a fixed class attribute (a plain
    string) of that name."""

    attribute: str = "category"


@dataclass(frozen=True)
class Parent:
    """The category of the parent record at ``path`` (a foreign key), which declares its own
    category the same way (a ``category`` field or fixed class attribute)."""

    path: str


# The row's own ``category``: the common case.
ROW = Row()

# A fixed category is a ``DataCategory`` value (a plain string).
TextCategory = str | Row | Parent


def declared(model: type[models.Model] | models.Model) -> dict[str, TextCategory]:
    """The text fields a model declares, with their category."""
    return dict(getattr(model, "TEXT_CATEGORIES", {}) or {})


def fixed_category(model: type[models.Model] | models.Model, attribute: str) -> str | None:
    """A category the model fixes for all its rows (a plain string class attribute), or None
    when ``attribute`` is a field whose value differs per row."""
    value: Any = getattr(model, attribute, None)
    return value if isinstance(value, str) and value else None


def parent_model(model: type[models.Model], path: str) -> type[models.Model]:
    """The model at the end of a foreign-key ``path`` (``"placement__trajectory"``)."""
    current: type[models.Model] = model
    for part in path.split("__"):
        field = current._meta.get_field(part)
        related = field.related_model
        if related is None or isinstance(related, str):
            raise LookupError(f"{current._meta.label}.{part} is not a relation")
        current = related
    return current


def category_of(obj: models.Model, field: str) -> str:
    """The category of one text on one row (for pages that say what is hidden)."""
    spec = declared(obj).get(field)
    if spec is None:
        return ""
    if isinstance(spec, Row):
        return str(getattr(obj, spec.attribute, "") or "")
    if isinstance(spec, Parent):
        parent: Any = obj
        for part in spec.path.split("__"):
            parent = getattr(parent, part, None)
            if parent is None:
                return ""
        return str(getattr(parent, "category", "") or "")
    return str(spec)
