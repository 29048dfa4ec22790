"""Server time and query count of the main pages, with the demo data and with N generated
clients, on whatever DATABASE_URL points at (SQLite by default).

    DATABASE_URL=... .venv/bin/python bench/pages.py --clients 10000 --requests 60

It builds a throw-away database (a temp SQLite file, or the PostgreSQL database named in
DATABASE_URL, which it empties first), so never point it at real data. In-process Django test
client: this measures the server's work (views, queries, templates), not the network.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkpad.settings.demo")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
# Keep one connection across requests, so the query counter sees every query of a request.
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")

import django  # noqa: E402
from benchdb import fresh_database  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def measure(http: Client, path: str, requests: int) -> tuple[int, float, float]:
    with CaptureQueriesContext(connection) as queries:
        assert http.get(path).status_code == 200, path
    query_count = len(queries)  # before the next requests reset the log
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        http.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return query_count, statistics.median(timings), p95


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    fresh_database()
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    from werkpad.accounts.models import User
    from werkpad.clients.models import Client as ClientRecord
    from werkpad.trajectories.models import Trajectory

    http = Client()
    http.force_login(User.objects.get(email="ips@ggz.demo.example"))
    sanne = ClientRecord.objects.get(full_name="Sanne de Vries")
    trajectory = Trajectory.objects.filter(client=sanne).first()
    assert trajectory is not None, "seed_demo gives Sanne an IPS trajectory"
    pages = {
        "home": "/",
        "client list": "/clienten/",
        "client detail": f"/clienten/{sanne.public_id}/",
        "caseload": "/caseload/",
        "trajectory": f"/trajecten/{trajectory.pk}/",
        "timeline": f"/trajecten/{trajectory.pk}/tijdlijn/",
    }
    print(f"database: {connection.vendor}")
    for label, extra in (("demo data", 0), (f"+{args.clients} clients", args.clients)):
        if extra:
            call_command(
                "generate_clients", extra, "--trajectories", verbosity=0,
                stdout=open(os.devnull, "w"),  # noqa: SIM115
            )  # fmt: skip
        total = ClientRecord.objects.count()
        for name, path in pages.items():
            _report(label, total, name, *measure(http, path, args.requests))
        if extra:
            # A generated coach's caseload (about 20 of the 10,000 trajectories), for scale.
            coach = User.objects.filter(email__startswith="generated-coach-").order_by("pk").last()
            assert coach is not None
            coach_http = Client()
            coach_http.force_login(coach)
            queries, p50, p95 = measure(coach_http, "/caseload/", args.requests)
            _report(label, total, "coach caseload", queries, p50, p95)


def _report(label: str, total: int, name: str, queries: int, p50: float, p95: float) -> None:
    print(
        f"{label:>18} ({total:>5} clients)  {name:<14} queries={queries:<3} "
        f"p50={p50:6.1f} ms  p95={p95:6.1f} ms"
    )


if __name__ == "__main__":
    main()
