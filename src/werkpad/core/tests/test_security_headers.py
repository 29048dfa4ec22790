"""Headers every response carries: a nonce-based CSP without unsafe-inline, frame denial,
referrer policy; pages of logged-in users are not stored by the browser."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse


def test_the_login_page_has_a_strict_csp_with_a_nonce(db: Any) -> None:
    response = Client().get(reverse("account_login"))
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert "'unsafe-inline'" not in csp
    assert "'unsafe-eval'" not in csp
    nonce = re.search(r"'nonce-([^']+)'", directives["script-src"]).group(1)  # type: ignore[union-attr]
    body = response.content.decode()
    # Every script tag carries this response's nonce.
    scripts = re.findall(r"<script[^>]*>", body)
    assert scripts
    assert all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'"
    assert directives["style-src"] == "'self'"


def test_nonces_differ_per_response(db: Any) -> None:
    first = Client().get(reverse("account_login"))["Content-Security-Policy"]
    second = Client().get(reverse("account_login"))["Content-Security-Policy"]
    assert first != second


def test_no_inline_scripts_or_styles(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["admin_own"])
    for name in ("home", "profile", "organisations:member_list", "audit:search"):
        body = client.get(reverse(name)).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", body), name
        assert " style=" not in body, name
        assert "<style" not in body, name
        assert " onclick=" not in body and "hx-on" not in body, name


def test_frame_and_referrer_headers(db: Any) -> None:
    response = Client().get(reverse("account_login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_logged_in_pages_are_not_stored(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["pro_own"])
    response = client.get(reverse("clients:detail", args=[world.client_record.public_id]))
    assert response["Cache-Control"] == "no-store"


def test_logout_clears_what_the_browser_kept(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["pro_own"])
    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'


def test_health_is_public_and_says_nothing_else(db: Any) -> None:
    response = Client().get(reverse("health"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_production_settings_switch_every_control_on() -> None:
    from werkpad.settings import production

    assert production.DEBUG is False
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SECURE_SSL_REDIRECT
    assert production.SECURE_HSTS_SECONDS >= 31536000
    assert production.X_FRAME_OPTIONS == "DENY"
