from typing import Any

from django.core.management.base import BaseCommand

from werkpad.employment.wellbeing import evaluate_recent


class Command(BaseCommand):
    help = "Raise early-warning signals from the last day's check-ins (for cron, daily)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--days", type=int, default=1)

    def handle(self, *args: Any, days: int, **options: Any) -> None:
        raised = evaluate_recent(days)
        self.stdout.write(f"{raised} signal(s) raised")
