"""Shared by the bench scripts (run after ``django.setup()``)."""

from __future__ import annotations

from pathlib import Path


def fresh_database() -> None:
    """An empty database with every migration applied. Not ``flush``: that would also empty
    the reference data (the regions) that a migration loads, and a second run on the same
    PostgreSQL database would then fail in seed_demo."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    else:
        connection.close()
        Path(settings.DATABASES["default"]["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
