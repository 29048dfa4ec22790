"""The demo region, seeded once per test process and restored before each browser test.

Seeding the demo plays every story through the services (about 5 s on SQLite, 8 s on
PostgreSQL); the browser tests need it some forty times per database. A transactional test
database is flushed after every test, so each test needs the rows again: this module seeds the
demo the first time, copies every table's rows, and later puts those rows back with plain SQL
(tens of milliseconds). The copy is taken right after seeding, so every test starts from
exactly the rows ``seed_demo()`` writes: no signal, ``auto_now`` or hash-chain step runs on
restore, since no model is saved (the access log's chain stays as the seeding wrote it).

Foreign keys are deferred to commit on both databases (Django creates them that way), so the
tables are emptied and refilled in one transaction in any order. PostgreSQL's sequences are
set past the restored ids afterwards; SQLite's ``AUTOINCREMENT`` counter follows the inserted
ids by itself. The process caches that hold ids (content types) are cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class _Table:
    name: str
    columns: list[str]
    rows: list[tuple[Any, ...]]  # SQLite
    copy: bytes  # PostgreSQL: the table in COPY's text format


@dataclass
class DemoSnapshot:
    users: list[Any]
    tables: list[_Table]


def _tables() -> list[str]:
    """Every table a flush empties: Django's own (contenttypes and permissions included)."""
    from django.db import connection

    return sorted(connection.introspection.django_table_names(only_existing=True))


def take() -> DemoSnapshot:
    """Seed the demo and copy every table."""
    from django.db import connection

    from werkpad.demo import seed_demo

    users = seed_demo()
    tables = []
    with connection.cursor() as cursor:
        for name in _tables():
            quoted = connection.ops.quote_name(name)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
                    data = b"".join(bytes(block) for block in copy)
                tables.append(_Table(name, [], [], data))
            else:
                cursor.execute(f"SELECT * FROM {quoted}")
                columns = [column[0] for column in cursor.description]
                tables.append(_Table(name, columns, cursor.fetchall(), b""))
    return DemoSnapshot(users, tables)


def restore(snapshot: DemoSnapshot) -> list[Any]:
    """Put the snapshot's rows back in place of whatever the tables hold now."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        names = [connection.ops.quote_name(table.name) for table in snapshot.tables]
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(names)}")
            for table, quoted in zip(snapshot.tables, names, strict=True):
                if table.copy:
                    with cursor.cursor.copy(f"COPY {quoted} FROM STDIN") as copy:
                        copy.write(table.copy)
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)
        else:
            for table, quoted in zip(snapshot.tables, names, strict=True):
                cursor.execute(f"DELETE FROM {quoted}")
                if table.rows:
                    columns = ", ".join(connection.ops.quote_name(c) for c in table.columns)
                    marks = ", ".join(["%s"] * len(table.columns))
                    cursor.executemany(
                        f"INSERT INTO {quoted} ({columns}) VALUES ({marks})",
                        table.rows,
                    )
    ContentType.objects.clear_cache()
    return snapshot.users
