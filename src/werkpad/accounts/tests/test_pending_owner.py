"""Input kept after a session timeout goes back only to the user who typed it: another user
who logs in on the same browser gets nothing (issue 11, item 10)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from werkpad.accounts.models import User
from werkpad.accounts.pending import PENDING_KEY

START = "2026-11-25 09:00 +0000"
TYPED = "Getypt Door Pro Eigen"


@pytest.fixture
def traveller() -> Iterator[Any]:
    # The whole test at one moment: the sessions' expiry dates are set from this clock.
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def _post_after_timeout(client: Client, user: User, settings: Any, traveller: Any) -> None:
    settings.WERKPAD_SESSION_IDLE_SECONDS = 60
    client.force_login(user)
    client.get(reverse("home"))
    traveller.shift(61)
    response = client.post(
        reverse("profile"),
        {"full_name": TYPED, "preferred_language": "nl", "version": user.version},
    )
    assert response.status_code == 302 and "expired=1" in response["Location"]
    assert client.session[PENDING_KEY]["data"]["full_name"] == [TYPED]


def test_the_same_user_gets_the_input_back(world: Any, settings: Any, traveller: Any) -> None:
    client = Client()
    user = world.personas["pro_own"]
    _post_after_timeout(client, user, settings, traveller)
    client.force_login(user)
    body = client.get(reverse("profile")).content.decode()
    assert f'value="{TYPED}"' in body


def test_another_user_on_the_same_browser_gets_nothing(
    world: Any, settings: Any, traveller: Any
) -> None:
    client = Client()
    _post_after_timeout(client, world.personas["pro_own"], settings, traveller)
    client.force_login(world.personas["admin_own"])
    # Dropped at login, not only when the page is opened.
    assert PENDING_KEY not in client.session
    body = client.get(reverse("profile")).content.decode()
    assert TYPED not in body
    assert "We hebben je invoer bewaard" not in body


def test_kept_input_of_someone_else_is_not_offered_by_the_page(
    world: Any, settings: Any, traveller: Any
) -> None:
    """Even if the login hook were bypassed, the page checks whose input it is."""
    client = Client()
    _post_after_timeout(client, world.personas["pro_own"], settings, traveller)
    client.force_login(world.personas["admin_own"])
    session = client.session
    session[PENDING_KEY] = {
        "path": reverse("profile"),
        "data": {"full_name": [TYPED]},
        "user_id": world.personas["pro_own"].pk,
    }
    session.save()
    assert TYPED not in client.get(reverse("profile")).content.decode()


def test_a_post_into_a_session_ended_on_the_server_is_kept_for_its_owner(world: Any) -> None:
    client = Client()
    user = world.personas["pro_own"]
    client.force_login(user)
    Session.objects.all().delete()  # expired and cleared; the browser still has its cookie
    client.post(reverse("profile"), {"full_name": TYPED, "preferred_language": "nl"})
    assert client.session[PENDING_KEY]["user_id"] == user.pk
    client.force_login(world.personas["admin_own"])
    assert TYPED not in client.get(reverse("profile")).content.decode()


def test_a_post_without_a_known_owner_is_not_kept(world: Any) -> None:
    """After "end all sessions" (or from a browser that never logged in) nobody owns it."""
    client = Client()
    client.post(reverse("profile"), {"full_name": TYPED, "preferred_language": "nl"})
    assert PENDING_KEY not in client.session


def test_a_late_post_after_a_timeout_is_kept_for_the_same_user(
    world: Any, settings: Any, traveller: Any
) -> None:
    """The idle dialog's late "Doorgaan": the renewal ends the session (timeout), then the
    changed form is posted into the new, anonymous session."""
    settings.WERKPAD_SESSION_IDLE_SECONDS = 60
    client = Client()
    user = world.personas["pro_own"]
    client.force_login(user)
    client.get(reverse("home"))
    traveller.shift(61)
    renew = client.post(reverse("session_renew"), headers={"HX-Request": "true"})
    assert renew.status_code == 204
    client.post(reverse("profile"), {"full_name": TYPED, "preferred_language": "nl"})
    assert client.session[PENDING_KEY]["user_id"] == user.pk
    client.force_login(world.personas["admin_own"])
    assert PENDING_KEY not in client.session
    assert TYPED not in client.get(reverse("profile")).content.decode()
