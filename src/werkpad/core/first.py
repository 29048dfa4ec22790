"""The first few rows of a list and how many more there are, in one query (a window count
over the whole result, taken before the limit): for cards that show a few items and "and N
more" with a query count that does not depend on the number of rows."""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Count, Model, QuerySet, Window

M = TypeVar("M", bound=Model)


def first_and_rest(queryset: QuerySet[M], count: int) -> tuple[list[M], int]:
    """The first ``count`` rows of ``queryset`` (in its order) and the number of rows after
    them."""
    rows = list(queryset.annotate(_total_rows=Window(Count("pk")))[:count])
    total = rows[0]._total_rows if rows else 0
    return rows, total - len(rows)
