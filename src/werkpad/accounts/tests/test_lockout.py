"""Failed logins are locked out per account and address (django-axes), with a Dutch message."""

from __future__ import annotations

from typing import Any

import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry, Outcome
from werkpad.testing import PASSWORD


def _attempt(email: str, password: str, ip: str = "10.0.0.1") -> Any:
    return Client(REMOTE_ADDR=ip).post(
        reverse("account_login"), {"login": email, "password": password}
    )


def test_lockout_after_the_failure_limit_with_a_dutch_message(world: Any) -> None:
    user = world.personas["pro_own"]
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        response = _attempt(user.email, "fout-wachtwoord")
        assert response.status_code == 200  # the form again, with allauth's error
    response = _attempt(user.email, "fout-wachtwoord")
    assert response.status_code == 429
    assert "Inloggen is tijdelijk geblokkeerd" in response.content.decode()
    # The right password does not help while locked out.
    response = _attempt(user.email, PASSWORD)
    assert response.status_code == 429


def test_lockout_is_per_account_and_address(world: Any) -> None:
    user = world.personas["pro_own"]
    other = world.personas["pro_other"]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _attempt(user.email, "fout-wachtwoord", ip="10.0.0.1")
    assert _attempt(user.email, PASSWORD, ip="10.0.0.1").status_code == 429
    # Same account from another address, and another account from the same address: allowed.
    assert _attempt(user.email, PASSWORD, ip="10.0.0.2").status_code == 302
    assert _attempt(other.email, PASSWORD, ip="10.0.0.1").status_code == 302


def test_lockout_ends_after_the_cooloff(world: Any) -> None:
    user = world.personas["pro_own"]
    with time_machine.travel("2026-11-25 10:00 +0000", tick=False) as traveller:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            _attempt(user.email, "fout-wachtwoord")
        assert _attempt(user.email, PASSWORD).status_code == 429
        traveller.shift(16 * 60)
        assert _attempt(user.email, PASSWORD).status_code == 302


def test_lockout_page_in_english_for_an_english_browser(world: Any) -> None:
    user = world.personas["pro_own"]
    client = Client(REMOTE_ADDR="10.0.0.9", HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": "fout-wachtwoord"}
        )
    assert response.status_code == 429
    assert "Signing in is temporarily blocked" in response.content.decode()


def test_failed_logins_are_in_the_access_log(world: Any) -> None:
    user = world.personas["pro_own"]
    _attempt(user.email, "fout-wachtwoord", ip="10.1.2.3")
    entry = AccessLogEntry.objects.get(event_code="auth.login_failed")
    assert entry.outcome == Outcome.DENIED
    assert entry.ip_address == "10.1.2.3"
    assert entry.detail["attempted_login"] == user.email
    # Under the organisation of the account that was tried: its logbeheerder sees it.
    assert entry.organisation_id == world.org_a.pk
    assert entry.user_id is None
