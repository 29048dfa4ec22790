"""How Werkpad talks to its database under load (issue 14): on SQLite, write-ahead logging, a
busy timeout and immediate transactions, so two workers wait for each other instead of
failing with "database is locked"; in production, connections reused and health-checked."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper

from werkpad.settings.base import SQLITE_OPTIONS


def _sqlite(path: Path) -> sqlite3.Connection:
    """A connection as Django's SQLite backend opens it with Werkpad's options (the init
    command and the busy timeout), outside the test database."""
    wrapper = DatabaseWrapper(
        {**settings.DATABASES["default"], "NAME": str(path), "OPTIONS": dict(SQLITE_OPTIONS)}
    )
    connection = wrapper.get_new_connection(wrapper.get_connection_params())
    connection.isolation_level = None  # the statements below say when a transaction starts
    return connection


def test_a_sqlite_file_is_opened_in_wal_mode(tmp_path: Path) -> None:
    db = _sqlite(tmp_path / "werkpad.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL: enough with WAL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 20_000
    db.close()


def test_two_writers_on_one_sqlite_file_wait_instead_of_failing(tmp_path: Path) -> None:
    """Two connections (as two workers) each write 50 rows in their own transactions at the
    same time: with the busy timeout and immediate transactions, none fails."""
    path = tmp_path / "werkpad.sqlite3"
    setup = _sqlite(path)
    setup.execute("CREATE TABLE hits (worker INTEGER, n INTEGER)")
    setup.close()
    errors: list[Exception] = []

    def work(worker: int) -> None:
        db = _sqlite(path)
        try:
            for n in range(50):
                db.execute("BEGIN IMMEDIATE")
                db.execute("SELECT COUNT(*) FROM hits").fetchone()
                db.execute("INSERT INTO hits VALUES (?, ?)", [worker, n])
                db.execute("COMMIT")
        except Exception as error:
            errors.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=work, args=(w,)) for w in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = _sqlite(path)
    assert check.execute("SELECT COUNT(*) FROM hits").fetchone()[0] == 100
    check.close()


def test_production_reuses_connections_with_health_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    production = importlib.import_module("werkpad.settings.production")
    database = production.DATABASES["default"]
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
