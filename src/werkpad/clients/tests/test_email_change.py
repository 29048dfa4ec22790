"""An insider who changes a client's e-mail address cannot then claim the client's account
(issue 11, item 10): the one who changed the address may not send the portal invitation for
14 days, a colleague may, and the old address gets a notice without content."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client
from werkpad.portal.models import ClientInvitation
from werkpad.testing import make_client, make_user

OLD, NEW = "carla@thuis.example", "insider@elders.example"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _carla(world: Any) -> Client:
    record = make_client(organisation=world.org_a, full_name="Carla Claes")
    Client.objects.filter(pk=record.pk).update(email=OLD)
    record.refresh_from_db()
    return record


def _change_email(http: HttpClient, record: Client, email: str) -> Any:
    record.refresh_from_db()
    return http.post(
        reverse("clients:edit", args=[record.public_id]),
        {
            "full_name": record.full_name,
            "email": email,
            "preferred_language": "nl",
            "version": record.version,
        },
    )


def _invite(http: HttpClient, record: Client) -> Any:
    return http.post(reverse("portal:invite", args=[record.public_id]), {})


def test_who_changed_the_address_cannot_invite_but_a_colleague_can(world: Any) -> None:
    record = _carla(world)
    insider = _as(world.personas["pro_own"])
    assert _change_email(insider, record, NEW).status_code == 302
    record.refresh_from_db()
    assert record.email == NEW
    assert record.email_changed_by == world.personas["pro_own"]
    response = _invite(insider, record)
    assert response.status_code == 400
    assert "Je hebt het e-mailadres van deze cliënt zelf gewijzigd." in response.content.decode()
    assert not ClientInvitation.objects.filter(client=record).exists()
    colleague = make_user(organisation=world.org_a, full_name="Collega Eigen")
    assert _invite(_as(colleague), record).status_code == 302
    invitation = ClientInvitation.objects.get(client=record)
    assert invitation.email == NEW and invitation.created_by == colleague


def test_after_fourteen_days_the_changer_may_invite(world: Any) -> None:
    record = _carla(world)
    insider = _as(world.personas["pro_own"])
    _change_email(insider, record, NEW)
    Client.objects.filter(pk=record.pk).update(
        email_changed_at=timezone.now() - timedelta(days=13, hours=23)
    )
    assert _invite(insider, record).status_code == 400
    Client.objects.filter(pk=record.pk).update(
        email_changed_at=timezone.now() - timedelta(days=14, minutes=1)
    )
    assert _invite(insider, record).status_code == 302


def test_the_old_address_gets_a_notice_without_content(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    record = _carla(world)
    with django_capture_on_commit_callbacks(execute=True):
        _change_email(_as(world.personas["pro_own"]), record, NEW)
    notices = [m for m in mail.outbox if m.to == [OLD]]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.subject == "Je e-mailadres in Werkpad is gewijzigd"
    assert "Neem dan contact op met je team" in notice.body
    for secret in ("Carla", NEW, world.org_a.name, "GGZ", "Pro Eigen"):
        assert secret not in notice.body and secret not in notice.subject
    assert not [m for m in mail.outbox if NEW in m.to]
    row = AccessLogEntry.objects.filter(event_code="client.update").latest("id")
    assert row.detail == {"email_changed": True}


def test_other_changes_leave_the_address_alone(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    record = _carla(world)
    with django_capture_on_commit_callbacks(execute=True):
        _change_email(_as(world.personas["pro_own"]), record, OLD.upper())  # same address
    record.refresh_from_db()
    assert record.email_changed_by is None
    assert not mail.outbox
    assert _invite(_as(world.personas["pro_own"]), record).status_code == 302


def test_a_first_address_sends_no_notice_but_still_locks_the_invitation(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    record = make_client(organisation=world.org_a, full_name="Dirk Dekker")
    insider = _as(world.personas["pro_own"])
    with django_capture_on_commit_callbacks(execute=True):
        _change_email(insider, record, NEW)
    assert not mail.outbox
    assert _invite(insider, record).status_code == 400
