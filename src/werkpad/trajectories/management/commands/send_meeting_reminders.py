from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkpad.trajectories.tasks import send_meeting_reminders


class Command(BaseCommand):
    help = (
        "Enqueue the reminders of tomorrow's planned meetings (run it once a day; a meeting "
        "is reminded once, so a second run sends nothing again)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", action="store_true", help="Run in this process instead.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            reminded = send_meeting_reminders.call()
            self.stdout.write(f"Reminded {reminded} planned meetings.")
        else:
            result = send_meeting_reminders.enqueue()
            self.stdout.write(f"Meeting reminders enqueued as task {result.id}.")
