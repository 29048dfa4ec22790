from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from werkpad.audit.tasks import purge_access_log


class Command(BaseCommand):
    help = "Enqueue the retention purge of the access log on the tasks backend (run it daily)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--now", action="store_true", help="Run in this process instead.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["now"]:
            deleted = purge_access_log.call()
            self.stdout.write(f"Purged {deleted} access-log rows.")
        else:
            result = purge_access_log.enqueue()
            self.stdout.write(f"Purge enqueued as task {result.id}.")
