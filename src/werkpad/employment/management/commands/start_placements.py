from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkpad.employment.tasks import start_placements


class Command(BaseCommand):
    help = (
        "Start the placements recorded ahead whose start date has come: the trajectory moves "
        "to 'plaatsing' and up the ladder, dated the start date (run it once a day; a "
        "placement starts once, and a missed day is caught up)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", action="store_true", help="Run in this process instead.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            started = start_placements.call()
            self.stdout.write(f"Started {started} placements.")
        else:
            result = start_placements.enqueue()
            self.stdout.write(f"Placement starts enqueued as task {result.id}.")
