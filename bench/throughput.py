"""Throughput under concurrent load (issue 14): Werkpad's pages against a bare Django
hello-world, both served by gunicorn with the same configuration (gunicorn.conf.py, two sync
workers) and driven by the same load generator (wrk, Debian's package) in the same run.

    .venv/bin/python bench/throughput.py [--seconds 15] [--connections 8]

It seeds the demo into a throw-away SQLite file (or the PostgreSQL database in DATABASE_URL,
emptied first: never real data), logs in as the demo's IPS coach (a session in the
database, as a browser would have), and prints per page the requests per second, wrk's
latency percentiles and the ratio to hello-world.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkpad.settings.demo")
os.environ.setdefault("WERKPAD_REQUIRE_MFA", "false")

import django  # noqa: E402
from benchdb import fresh_database  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

GUNICORN = Path(sys.executable).with_name("gunicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(app: str, env: dict[str, str], pythonpath: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - our own command line
        [str(GUNICORN), "--config", str(ROOT / "gunicorn.conf.py"), "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--access-logfile", "/dev/null",
         "--pythonpath", str(pythonpath), app],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - our own http://
            break
        except OSError as error:
            if getattr(error, "code", None):  # an HTTP answer (a redirect to login): it runs
                break
            time.sleep(0.2)
    return server, base


def _wrk(url: str, cookie: str, seconds: int, connections: int) -> dict[str, float]:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result = {"rps": rps, "non_2xx": float(errors.group(1)) if errors else 0.0}
    for label, value, unit in re.findall(r"\s(50|90|99)%\s+([\d.]+)(us|ms|s)\b", out):
        factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
        result[f"p{label}"] = float(value) * factor
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    fresh_database()
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    from werkpad.accounts.models import User
    from werkpad.clients.models import Client as ClientRecord
    from werkpad.trajectories.models import Trajectory

    browser = Client()
    browser.force_login(User.objects.get(email="ips@ggz.demo.example"))
    cookie = f"{settings.SESSION_COOKIE_NAME}={browser.cookies[settings.SESSION_COOKIE_NAME].value}"
    sanne = ClientRecord.objects.get(full_name="Sanne de Vries")
    trajectory = Trajectory.objects.filter(client=sanne).first()
    assert trajectory is not None

    env = {**os.environ, "DATABASE_CONN_MAX_AGE": "60"}
    werkpad, werkpad_url = _serve("werkpad.wsgi", env, ROOT / "src")
    hello, hello_url = _serve("hello_world:application", dict(os.environ), ROOT / "bench")
    try:
        runs = [
            ("hello-world (bare Django)", hello_url + "/", ""),
            ("/health/ with a session", werkpad_url + "/health/", cookie),
            ("/caseload/", werkpad_url + "/caseload/", cookie),
            ("trajectory page", f"{werkpad_url}/trajecten/{trajectory.pk}/", cookie),
        ]
        for label, url, c in runs:  # a page that redirects (to the login) would measure nothing
            request = urllib.request.Request(url, headers={"Cookie": c} if c else {})  # noqa: S310
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                assert response.status == 200 and response.url == url, (label, response.url)
        results = [(label, _wrk(url, c, args.seconds, args.connections)) for label, url, c in runs]
    finally:
        for server in (werkpad, hello):
            server.terminate()
            server.wait(timeout=20)
    base = results[0][1]["rps"]
    print(
        f"gunicorn 2 sync workers, wrk -t2 -c{args.connections} -d{args.seconds}s, "
        f"database: {django.db.connection.vendor}"
    )
    columns = ("req/s", "ratio", "p50 ms", "p90 ms", "p99 ms", "non-2xx")
    print(f"{'':28}", *(f"{c:>8}" for c in columns))
    for label, r in results:
        print(
            f"{label:28} {r['rps']:9.0f} {r['rps'] / base:8.4f} {r.get('p50', 0):8.1f} "
            f"{r.get('p90', 0):8.1f} {r.get('p99', 0):8.1f} {r['non_2xx']:8.0f}"
        )


if __name__ == "__main__":
    main()
