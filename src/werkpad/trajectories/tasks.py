from django_tasks import task

from .digest import send_daily_digests
from .meeting_mail import send_reminders


@task()
def send_daily_digest() -> int:
    """The daily digest: overdue actions and flags to their owners; returns the number sent."""
    return send_daily_digests()


@task()
def send_meeting_reminders() -> int:
    """The reminder of tomorrow's planned meetings, once per meeting; returns how many."""
    return send_reminders()
