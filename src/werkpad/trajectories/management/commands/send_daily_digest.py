from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkpad.trajectories.tasks import send_daily_digest


class Command(BaseCommand):
    help = "Enqueue the daily digest e-mail on the tasks backend (run it once a day)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", action="store_true", help="Run in this process instead.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            sent = send_daily_digest.call()
            self.stdout.write(f"Sent {sent} daily digest e-mails.")
        else:
            result = send_daily_digest.enqueue()
            self.stdout.write(f"Daily digest enqueued as task {result.id}.")
