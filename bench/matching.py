"""Matching at scale: ranking vacancies for one client and candidates for one vacancy, with
the demo data and with N generated vacancies, on whatever DATABASE_URL points at (SQLite by
default), plus the pages that show them and the query plan of the ranking query.

    DATABASE_URL=... WERKPAD_REQUIRE_MFA=false .venv/bin/python bench/matching.py \\
        --vacancies 100000 --runs 50

It builds a throw-away database (a temp SQLite file, or the PostgreSQL database named in
DATABASE_URL, whose public schema it drops first), so never point it at real data. Every
measurement is called once to count its queries, a few times to warm up, then ``--runs``
times for the median and the 95th percentile (in-process: the server's work, not the
network).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkpad.settings.demo")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
os.environ.setdefault("WERKPAD_REQUIRE_MFA", "false")
# Keep one connection across requests, so the query counter sees every query of a request.
os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")

import django  # noqa: E402
from benchdb import fresh_database  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402

# The demo's early-warning signal sends its mail on commit: keep it out of the output.
settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

WARM_UP = 5
SLOW_RUNS = 3
VACANCY_READ = re.compile(r"(SEARCH|SCAN) employment_vacancy\b|Scan .*on employment_vacancy\b")
OVERAL_CLIENT = "Emre Kaya"  # career profile with travel scope 'overal' (the worst case)
REGIO_CLIENT = "Lotte Vos"  # travel scope 'regio'
VACANCY_TITLE = "Medewerker groenonderhoud Nieuwegein"  # an open demo vacancy


def measure(fn: Callable[[], Any], runs: int) -> tuple[int, float, float, float, int]:
    """Query count, median and p95 wall time and median CPU time of this process in ms, and
    the number of runs. Something that takes more than a second is run only ``SLOW_RUNS``
    times (it is slow either way). The CPU time is steadier than the wall time on a busy
    machine; on SQLite it includes the database's work, on PostgreSQL it does not."""
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        fn()
    query_count = len(queries)
    if time.perf_counter() - start > 1:
        runs = SLOW_RUNS
    for _ in range(WARM_UP if runs > SLOW_RUNS else 0):
        fn()
    timings, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return query_count, statistics.median(timings), p95, statistics.median(cpu), runs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vacancies", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--fill-regions", type=int, default=10)
    args = parser.parse_args()
    fresh_database()
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    from werkpad.access.actor import actor_for_user
    from werkpad.access.policy import visible_to
    from werkpad.accounts.models import User
    from werkpad.employment import matching
    from werkpad.employment.models import CareerProfile, Vacancy

    try:
        from werkpad.employment import selectors
    except ImportError:  # pragma: no cover - before the selectors exist
        selectors = None  # type: ignore[assignment]

    coach = User.objects.get(email="ips@ggz.demo.example")
    actor = actor_for_user(coach)
    http = Client()
    http.force_login(coach)
    profiles = {
        scope: CareerProfile.objects.select_related("home_gemeente", "trajectory").get(
            trajectory__client__full_name=name
        )
        for scope, name in (("overal", OVERAL_CLIENT), ("regio", REGIO_CLIENT))
    }
    assert profiles["overal"].travel_scope == "overal", "the demo's worst case"
    assert profiles["regio"].travel_scope == "regio"
    vacancy = Vacancy.objects.get(title=VACANCY_TITLE)

    def caseload() -> Any:
        if selectors is not None and hasattr(selectors, "job_seekers"):
            mine = selectors.job_seekers(actor=actor).values("pk")
            return visible_to(actor, CareerProfile.objects.filter(trajectory__in=mine))
        return visible_to(actor, CareerProfile.objects.filter(trajectory__team__user=coach))

    calls: dict[str, Callable[[], Any]] = {}
    for scope, profile in profiles.items():
        calls[f"rank_vacancies ({scope})"] = lambda p=profile: matching.rank_vacancies(
            p, visible_to(actor, Vacancy.objects.all())
        )
        if selectors is not None and hasattr(selectors, "matches_for_trajectory"):
            calls[f"selector matches_for_trajectory ({scope})"] = lambda p=profile: (
                selectors.matches_for_trajectory(actor=actor, profile=p)
            )
    calls["rank_candidates (caseload)"] = lambda: matching.rank_candidates(
        vacancy, caseload().select_related("trajectory__client", "home_gemeente")
    )
    if selectors is not None and hasattr(selectors, "candidates_for_vacancy"):
        calls["selector candidates_for_vacancy"] = lambda: selectors.candidates_for_vacancy(
            actor=actor, vacancy=vacancy
        )
    for label, path in _pages(profiles, vacancy).items():
        calls[label] = lambda path=path: _get(http, path)

    print(f"database: {connection.vendor}, {args.runs} runs after {WARM_UP} warm-up calls")
    rows: list[tuple[str, int, int, float, float, float, int]] = []
    for stage, extra in (("demo", 0), ("generated", args.vacancies)):
        if extra:
            start = time.perf_counter()
            call_command(
                "generate_vacancies", extra, "--fill-regions", str(args.fill_regions),
                stdout=open(os.devnull, "w"),  # noqa: SIM115
            )  # fmt: skip
            print(f"generate_vacancies {extra}: {time.perf_counter() - start:.1f} s")
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")  # what autovacuum would do after a bulk load
        total = Vacancy.objects.count()
        visible = visible_to(actor, Vacancy.objects.all()).count()
        for label, fn in calls.items():
            queries, p50, p95, cpu, runs = measure(fn, args.runs)
            rows.append((label, total, queries, p50, p95, cpu, runs))
            print(
                f"{label:<44} {total:>7} vacancies ({visible} visible)  queries={queries:<3} "
                f"p50={p50:8.1f} ms  p95={p95:8.1f} ms  cpu={cpu:8.1f} ms  runs={runs}",
                flush=True,
            )
        _plan(profiles["overal"], actor, stage)
    _table(rows)


def _get(http: Client, path: str) -> None:
    response = http.get(path)
    assert response.status_code == 200, (path, response.status_code)


def _pages(profiles: dict[str, Any], vacancy: Any) -> dict[str, str]:
    """The pages that rank or list vacancies, when the app has them."""
    wanted = [
        (f"page matches ({scope})", "employment:matches", p.trajectory_id)
        for scope, p in profiles.items()
    ]
    wanted += [
        ("page vacancy detail (candidates)", "employment:vacancy_detail", vacancy.pk),
        ("page vacancy list", "employment:vacancies", None),
        ("page employer list", "employment:employers", None),
        ("page job development home", "employment:home", None),
        ("page werkplekscan form", "employment:scan_create", profiles["regio"].trajectory_id),
        ("page placement form", "employment:placement_create", profiles["regio"].trajectory_id),
    ]
    pages = {}
    for label, name, pk in wanted:
        try:
            pages[label] = reverse(name, kwargs={"pk": pk} if pk else None)
        except NoReverseMatch:
            print(f"(no URL named {name}: '{label}' not measured)")
    return pages


def _plan(profile: Any, actor: Any, stage: str) -> None:
    """The plan of the ranking query for the worst case, and whether it uses an index."""
    from werkpad.access.policy import visible_to
    from werkpad.employment import matching
    from werkpad.employment.models import Vacancy

    with CaptureQueriesContext(connection) as queries:
        matching.rank_vacancies(profile, visible_to(actor, Vacancy.objects.all()))
    ranking = [q["sql"] for q in queries if "ORDER BY" in q["sql"] and "LIMIT" in q["sql"]]
    if not ranking:
        print("(ranking query not found)")
        return
    sql = ranking[-1]
    explain = (
        "EXPLAIN QUERY PLAN "
        if connection.vendor == "sqlite"
        else "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
    )
    with connection.cursor() as cursor:
        cursor.execute(explain + sql)
        lines = [" ".join(str(c) for c in row) for row in cursor.fetchall()]
    print(f"\nQuery plan of the ranking query ('overal', {stage}):")
    if stage == "demo":
        print(sql)
    for line in lines:
        print("   ", line)
    # How the vacancy table itself is read: SQLite "SEARCH/SCAN employment_vacancy ...",
    # PostgreSQL "... Scan [using idx] on employment_vacancy".
    reads = [line for line in lines if VACANCY_READ.search(line)]
    uses_index = any("INDEX" in line or "Index" in line or "Bitmap" in line for line in reads)
    full_scan = any(
        ("SCAN employment_vacancy" in line and "INDEX" not in line) or "Seq Scan" in line
        for line in reads
    )
    print(f"    -> vacancy table: index used: {uses_index}; full scan: {full_scan}\n")


def _table(rows: list[tuple[str, int, int, float, float, float, int]]) -> None:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nload average at the end: {load} ({os.cpu_count()} CPUs)")
    print(
        f"| measurement ({connection.vendor}) | vacancies | queries | median ms | p95 ms "
        "| median CPU ms | runs |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, total, queries, p50, p95, cpu, runs in rows:
        print(f"| {label} | {total} | {queries} | {p50:.1f} | {p95:.1f} | {cpu:.1f} | {runs} |")


if __name__ == "__main__":
    main()
