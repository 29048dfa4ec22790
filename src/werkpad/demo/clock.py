"""The demo's one clock: every date of the stories is counted back from today, so the demo
always looks current, and every moment a service stamps "now" is moved back to one of these."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone


def now() -> datetime:
    return timezone.now()


def today() -> date:
    return timezone.localdate()


def ago(days: int) -> date:
    """``days`` before today (a negative number: after today)."""
    return today() - timedelta(days=days)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """That day at that local time, aware."""
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def spread(first: date, last: date, count: int) -> list[date]:
    """``count`` dates from ``first`` to ``last``, evenly apart."""
    if count <= 1:
        return [first]
    step = (last - first).days / (count - 1)
    return [first + timedelta(days=round(i * step)) for i in range(count)]


def up_to_today(day: date) -> date:
    """Never after today: what the demo records has happened."""
    return min(day, today())


def up_to_yesterday(day: date) -> date:
    """Never after yesterday: a history lies in the past."""
    return min(day, today() - timedelta(days=1))
