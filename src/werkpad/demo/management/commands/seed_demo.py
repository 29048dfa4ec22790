from typing import Any

from django.core.management.base import BaseCommand

from werkpad.access.roles import Role
from werkpad.demo import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Build the demo region Midden-Utrecht (AM13) and print the demo logins."

    def handle(self, *args: Any, **options: Any) -> None:
        users = seed_demo()
        width = max(len(u.email) for u in users)
        self.stdout.write("")
        self.stdout.write("Demo logins (arbeidsmarktregio Midden-Utrecht, AM13)")
        self.stdout.write(f"{'e-mail'.ljust(width)}  role / organisation")
        self.stdout.write(f"{'-' * width}  {'-' * 50}")
        for user in users:
            role = (
                f"{Role(user.role).label} — {user.organisation}"
                if user.role
                else f"cliënt — {user.situation}"
            )
            self.stdout.write(f"{user.email.ljust(width)}  {role}")
        self.stdout.write(f"\nPassword for every demo user: {DEMO_PASSWORD}")
