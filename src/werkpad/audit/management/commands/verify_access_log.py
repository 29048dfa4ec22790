from typing import Any

from django.core.management.base import BaseCommand, CommandError

from werkpad.audit.integrity import verify_chain
from werkpad.audit.models import AccessLogEntry


class Command(BaseCommand):
    help = "Check that no access-log row was changed or removed (hash chain)."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = verify_chain()
        if problems:
            for problem in problems:
                self.stderr.write(str(problem))
            raise CommandError(f"Access log integrity check failed: {len(problems)} problem(s).")
        self.stdout.write(f"Access log intact: {AccessLogEntry.objects.count()} rows verified.")
