"""A professional changes their own login address only through a link sent to the new
address (issue 11, item 10): the change waits (allauth keeps the new address unverified),
the link works once and for a day, the old address gets a notice, and nothing else (such as
allauth's "make primary" button) can switch the login address."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.testing import PASSWORD

NEW = "nieuw@elders.example"


def _logged_in(user: User) -> Client:
    """Logged in, and just re-entered the password: allauth asks it before an e-mail change."""
    http = Client()
    http.force_login(user)
    assert http.post(reverse("account_reauthenticate"), {"password": PASSWORD}).status_code == 302
    return http


def _ask_change(http: Client, captured: Any, new: str = NEW) -> str:
    with captured(execute=True):
        response = http.post(reverse("account_email"), {"action_add": "", "email": new})
    assert response.status_code == 302
    [message] = [m for m in mail.outbox if m.to == [new]]
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body)[1]


def test_every_account_has_its_own_address_verified(world: Any) -> None:
    user = world.personas["pro_own"]
    own = EmailAddress.objects.get(user=user)
    assert (own.email, own.verified, own.primary) == (user.email, True, True)


def test_the_change_waits_for_the_link(world: Any, django_capture_on_commit_callbacks: Any) -> None:
    user = world.personas["pro_own"]
    old = user.email
    http = _logged_in(user)
    link = _ask_change(http, django_capture_on_commit_callbacks)
    user.refresh_from_db()
    assert user.email == old  # pending, not changed
    assert EmailAddress.objects.get(user=user, email=NEW).verified is False
    assert AccessLogEntry.objects.filter(event_code="account.email_change_requested").exists()
    # allauth's "make primary" cannot skip the link.
    http.post(reverse("account_email"), {"action_primary": "", "email": NEW})
    user.refresh_from_db()
    assert user.email == old
    assert not [m for m in mail.outbox if m.to == [old]]
    # Following the link (a GET shows a button; the POST confirms) changes the login address.
    assert Client().get(link).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(link)
    user.refresh_from_db()
    assert user.email == NEW
    assert list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)) == [NEW]
    row = AccessLogEntry.objects.get(event_code="account.email_changed")
    assert row.user_id == user.pk
    [notice] = [m for m in mail.outbox if m.to == [old]]
    assert notice.subject == "Je inlogadres bij Werkpad is gewijzigd"
    assert NEW not in notice.body and world.org_a.name not in notice.body
    assert "functioneel beheerder" in notice.body


def test_the_link_works_once(world: Any, django_capture_on_commit_callbacks: Any) -> None:
    user = world.personas["pro_own"]
    # allauth waits a few minutes before it mails the same address again: another address.
    link = _ask_change(_logged_in(user), django_capture_on_commit_callbacks, "eens@elders.example")
    with django_capture_on_commit_callbacks(execute=True):
        Client().post(link)
        Client().post(link)
    notices = [m for m in mail.outbox if "Je inlogadres" in m.subject]
    assert len(notices) == 1
    assert AccessLogEntry.objects.filter(event_code="account.email_changed").count() == 1


def test_the_link_expires(world: Any, django_capture_on_commit_callbacks: Any) -> None:
    user = world.personas["pro_own"]
    old = user.email
    link = _ask_change(_logged_in(user), django_capture_on_commit_callbacks, "laat@elders.example")
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=1)):
        Client().post(link)
    user.refresh_from_db()
    assert user.email == old
    assert not AccessLogEntry.objects.filter(event_code="account.email_changed").exists()
