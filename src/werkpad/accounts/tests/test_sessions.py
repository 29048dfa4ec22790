"""Sessions: idle and absolute limits, server-side log-out, ending all sessions, and typed
input that survives a timeout."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.accounts.middleware import LAST_SEEN, stamp_interval
from werkpad.accounts.models import User, UserSession
from werkpad.accounts.pending import PENDING_KEY
from werkpad.audit.models import AccessLogEntry
from werkpad.testing import PASSWORD, enable_totp, totp_code

START = "2026-11-25 09:00 +0000"


def _in_a_minute() -> datetime:
    """allauth refuses a TOTP code that was just used; the next period brings a new one."""
    return datetime.now(UTC) + timedelta(seconds=60)


def _login(client: Client, user: User, secret: str | None = None) -> Any:
    """The real log-in flow: password, then the TOTP code where the user has one."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    if secret is not None:
        assert response["Location"] == reverse("mfa_authenticate")
        response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    return response


def _professional_with_known_secret(world: Any) -> tuple[User, str]:
    user = world.personas["pro_own"]
    user.authenticator_set.all().delete()
    return user, enable_totp(user)


def test_login_with_password_and_totp_changes_the_session_key(world: Any) -> None:
    user, secret = _professional_with_known_secret(world)
    client = Client()
    client.get(reverse("account_login"))
    before = client.session.session_key
    response = _login(client, user, secret)
    assert response.status_code == 302
    assert client.session.session_key != before
    assert client.get(reverse("home")).status_code == 200
    assert UserSession.objects.filter(user=user).count() == 1
    assert AccessLogEntry.objects.filter(event_code="auth.login", user=user).count() == 1


def test_a_wrong_totp_code_does_not_log_in(world: Any) -> None:
    user, _secret = _professional_with_known_secret(world)
    client = Client()
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_idle_limit_ends_the_session(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        assert client.get(reverse("home")).status_code == 200
        traveller.shift(14 * 60)
        assert client.get(reverse("home")).status_code == 200  # activity renews
        traveller.shift(14 * 60)
        assert client.get(reverse("home")).status_code == 200
        traveller.shift(16 * 60)
        response = client.get(reverse("profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "expired=1" in response["Location"]
    assert "_auth_user_id" not in client.session


def _session_writes(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return sum(
        1
        for q in queries.captured_queries
        if q["sql"].startswith(("UPDATE", "INSERT")) and "django_session" in q["sql"]
    )


def test_activity_is_stamped_at_most_once_a_minute_and_the_idle_limit_still_ends_it(
    world: Any, settings: Any
) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    client = Client()
    home = reverse("home")
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        client.get(home)  # the first request after login stamps
        for _ in range(5):  # pages within the minute write nothing to the session
            traveller.shift(10)
            assert _session_writes(client, home) == 0
        traveller.shift(11)  # 61 s after the stamp: this request stamps again
        assert _session_writes(client, home) == 1
        stamped = client.session[LAST_SEEN]
        traveller.shift(30)
        assert _session_writes(client, home) == 0
        assert client.session[LAST_SEEN] == stamped
        # Idle from the last stamp, however many unstamped requests came after it: ended.
        traveller.shift(15 * 60 - 30 + 1)
        response = client.get(reverse("profile"))
    assert response.status_code == 302 and "expired=1" in response["Location"]
    assert "_auth_user_id" not in client.session


def test_the_stamp_interval_follows_a_short_idle_limit(settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    assert stamp_interval() == 60
    settings.WERKPAD_SESSION_IDLE_SECONDS = 6
    assert stamp_interval() == 0.6


def test_status_checks_do_not_count_as_activity(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        client.get(reverse("home"))
        traveller.shift(10 * 60)
        assert client.get(reverse("session_status")).json()["seconds_left"] == 5 * 60
        traveller.shift(6 * 60)
        assert client.get(reverse("home")).status_code == 302


def test_renew_keeps_the_session_alive(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 15 * 60
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        client.get(reverse("home"))
        traveller.shift(13 * 60)
        assert client.post(reverse("session_renew")).json()["renewed"] is True
        traveller.shift(13 * 60)
        assert client.get(reverse("home")).status_code == 200


def test_absolute_limit_ends_even_an_active_session(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_ABSOLUTE_SECONDS = 12 * 3600
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        for _ in range(12 * 4):
            assert client.get(reverse("home")).status_code == 200
            traveller.shift(14 * 60)
        # 11h12m active so far; keep going past 12 hours.
        traveller.shift(50 * 60)
        assert client.get(reverse("home")).status_code == 302


def test_logout_ends_the_session_on_the_server(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["pro_own"])
    key = client.session.session_key
    assert Session.objects.filter(session_key=key).exists()
    client.post(reverse("account_logout"))
    assert not Session.objects.filter(session_key=key).exists()
    # Replaying the old cookie does not bring the user back.
    replay = Client()
    replay.cookies["sessionid"] = key
    assert replay.get(reverse("home")).status_code == 302


def test_a_user_ends_all_their_sessions(world: Any) -> None:
    user, secret = _professional_with_known_secret(world)
    laptop, phone = Client(), Client()
    _login(laptop, user, secret)
    with time_machine.travel(_in_a_minute(), tick=True):
        _login(phone, user, secret)
    assert UserSession.objects.filter(user=user).count() == 2
    page = laptop.get(reverse("sessions"))
    assert page.status_code == 200
    response = laptop.post(reverse("sessions"))
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?ended=1"
    assert phone.get(reverse("home")).status_code == 302
    assert laptop.get(reverse("home")).status_code == 302
    assert not UserSession.objects.filter(user=user).exists()
    assert AccessLogEntry.objects.filter(event_code="account.sessions_end_all").count() == 1


def test_input_posted_into_an_ended_session_comes_back_after_login(
    world: Any, settings: Any
) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 60
    user, secret = _professional_with_known_secret(world)
    client = Client()
    with time_machine.travel(START, tick=True) as traveller:
        _login(client, user, secret)
        version = User.objects.get(pk=user.pk).version
        traveller.shift(120)
        response = client.post(
            reverse("profile"),
            {
                "full_name": "Getypt Voor De Time-out",
                "preferred_language": "nl",
                "version": version,
            },
        )
        assert response.status_code == 302
        assert "expired=1" in response["Location"]
        assert "next=%2Fprofiel%2F" in response["Location"]
        # Nothing was saved by the expired post.
        assert User.objects.get(pk=user.pk).full_name != "Getypt Voor De Time-out"
        assert client.session[PENDING_KEY]["data"]["full_name"] == ["Getypt Voor De Time-out"]
        traveller.shift(31)
        _login(client, user, secret)
        page = client.get(reverse("profile"))
    body = page.content.decode()
    assert 'value="Getypt Voor De Time-out"' in body
    assert "We hebben je invoer bewaard" in body
    # Shown once: a second visit shows the stored name.
    assert "Getypt Voor De Time-out" not in client.get(reverse("profile")).content.decode()


def test_a_new_password_ends_the_other_sessions(world: Any) -> None:
    user, secret = _professional_with_known_secret(world)
    laptop, phone = Client(), Client()
    _login(laptop, user, secret)
    with time_machine.travel(_in_a_minute(), tick=True):
        _login(phone, user, secret)
        response = laptop.post(
            reverse("account_change_password"),
            {
                "oldpassword": PASSWORD,
                "password1": "een-ander-lang-wachtwoord",
                "password2": "een-ander-lang-wachtwoord",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert laptop.get(reverse("home")).status_code == 200
    assert phone.get(reverse("home")).status_code == 302
    sessions = UserSession.objects.filter(user=user)
    assert list(sessions.values_list("session_key", flat=True)) == [laptop.session.session_key]
    assert AccessLogEntry.objects.filter(event_code="account.password_changed").count() == 1


def test_a_post_from_another_site_is_not_kept(world: Any) -> None:
    """No valid CSRF token: input planted by another site is never offered back."""
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("profile"), {"full_name": "Geplant Door Een Ander"})
    assert response.status_code == 302
    assert PENDING_KEY not in client.session


def test_a_timeout_is_logged_as_such(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 60
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        client.get(reverse("home"))
        traveller.shift(61)
        client.get(reverse("home"))
    entry = AccessLogEntry.objects.get(event_code="auth.timeout")
    assert entry.detail == {"limit": "idle"}


def test_htmx_requests_after_a_timeout_get_an_hx_redirect(world: Any, settings: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 60
    client = Client()
    with time_machine.travel(START, tick=False) as traveller:
        client.force_login(world.personas["pro_own"])
        client.get(reverse("home"))
        traveller.shift(61)
        response = client.get(reverse("home"), headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert response["HX-Redirect"].startswith(reverse("account_login"))


def test_passwords_and_tokens_are_never_kept(world: Any) -> None:
    client = Client()
    # A session that is gone from the server, whose owner is still known.
    client.force_login(world.personas["pro_own"])
    Session.objects.all().delete()
    client.post(
        reverse("profile"),
        {"full_name": "X", "password": "geheim", "csrfmiddlewaretoken": "t", "code": "123456"},
    )
    kept = client.session[PENDING_KEY]["data"]
    assert set(kept) == {"full_name"}
