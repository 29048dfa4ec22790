from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _sqlite_parameter_limit(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Django assumes SQLite's old default of 999 parameters per statement, so a list page
    that logs a row per client (21 fields a row) would need a second INSERT from 48 clients
    on. The SQLite in use says what it allows (250,000 in Debian's build); use that, so
    ``record_each`` stays one insert, as on PostgreSQL."""
    if connection.vendor != "sqlite":
        return
    import sqlite3

    limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    connection.features.max_query_params = max(limit, 999)


class AuditConfig(AppConfig):
    name = "werkpad.audit"
    label = "audit"

    def ready(self) -> None:
        connection_created.connect(_sqlite_parameter_limit, dispatch_uid="werkpad.audit.sqlite")
