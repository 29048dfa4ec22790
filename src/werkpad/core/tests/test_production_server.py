"""The production server (issue 14): gunicorn with the production settings answers /health/,
and static files are served by whitenoise under their manifest names (content-hashed, cached
for good). Started as a real process, as scripts/serve.sh starts it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[4]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    # Behind the proxy: it terminates TLS and says so (SECURE_PROXY_SSL_HEADER).
    headers = {"Host": "werkpad.example", "X-Forwarded-Proto": "https"}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - our own http://
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, dict(response.headers), response.read()


def test_gunicorn_with_production_settings_serves_health_and_hashed_static(
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "werkpad.settings.production",
        "DJANGO_SECRET_KEY": "p" * 60,
        "DJANGO_ALLOWED_HOSTS": "werkpad.example",
        "WERKPAD_FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'werkpad.sqlite3'}",
        "WERKPAD_STATIC_ROOT": str(tmp_path / "static"),
        "WERKPAD_VAR_DIR": str(tmp_path / "var"),
    }
    python = sys.executable
    subprocess.run(  # noqa: S603 - our own command line
        [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT, env=env, check=True, timeout=300,
    )  # fmt: skip
    manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
    hashed = manifest["werkpad/werkpad.css"]
    assert hashed != "werkpad/werkpad.css"

    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - our own command line
        [str(GUNICORN), "--config", str(ROOT / "gunicorn.conf.py"), "--bind",
         f"127.0.0.1:{port}", "--workers", "1", "werkpad.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, body = _get(f"{base}/health/")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "gunicorn did not answer within 30 s"
                time.sleep(0.2)
        assert status == 200
        assert json.loads(body) == {"status": "ok", "database": "ok"}

        status, headers, css = _get(f"{base}/static/{hashed}")
        assert status == 200
        assert css == (tmp_path / "static" / hashed).read_bytes()
        assert "immutable" in headers.get("Cache-Control", "")
    finally:
        server.terminate()
        server.wait(timeout=20)
