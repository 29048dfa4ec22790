"""Consent that says who will see what, and consent recorded by a professional is confirmed
(issue 11, items 4 and 6): a consent without basic data is refused; a consent reaches only
the roles that work with the client on a team; a professional withdraws with confirmation
and a reason; treatment data leaving the ggz needs an explicit confirmation and the signed
form or the client's own confirmation in the portal; every consent is announced to the
client without content."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Client, Consent
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import Role
from werkpad.testing import make_user

PDF = b"%PDF-1.7\n handtekening"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _post_consent(world: Any, **overrides: Any) -> Any:
    data: dict[str, Any] = {
        "recipient": world.org_b.pk,
        "recipient_role": "",
        "categories": ["basis", "werk"],
        "purpose": "ips",
        "valid_from": timezone.localdate().isoformat(),
        "valid_until": "",
    }
    data.update(overrides)
    return _as(world.personas["pro_own"]).post(
        reverse("clients:consents", args=[world.client_record.public_id]), data
    )


def _record(world: Any, categories: list[str], **kw: Any) -> Consent:
    return consent_record(
        actor=actor_for_user(world.personas["pro_own"]),
        client=world.client_record,
        recipient=kw.pop("recipient", world.org_b),
        recipient_role=kw.pop("recipient_role", ""),
        categories=categories,
        purpose="ips",
        valid_from=timezone.localdate(),
        valid_until=None,
        **kw,
    )


def _is_active(consent: Consent) -> bool:
    return Consent.objects.active().filter(pk=consent.pk).exists()


# --- 1. No basic data, no consent ---------------------------------------------------------------
def test_a_consent_without_basic_data_is_refused_with_an_explanation(world: Any) -> None:
    before = Consent.objects.count()
    with pytest.raises(ValidationError) as refused:
        _record(world, ["werk", "reintegratie"])
    assert "basisgegevens" in refused.value.message_dict["categories"][0]
    response = _post_consent(world, categories=["werk"])
    assert response.status_code == 400
    assert "opent deze toestemming niets" in response.content.decode()
    assert Consent.objects.count() == before


def test_without_basic_data_is_allowed_where_it_opens_something(world: Any) -> None:
    # The recording organisation sees the basic data anyway: its consent opens what other
    # organisations record on a shared trajectory.
    own = _record(world, ["werk"], recipient=world.org_a)
    assert _is_active(own)
    # An organisation that already has the basic data gets more categories.
    _record(world, ["basis"])
    more = _record(world, ["reintegratie"])
    assert _is_active(more)


# --- 2. Only the roles that work with the client on a team -----------------------------------
@pytest.mark.parametrize("role", [Role.TEAMLEIDER, Role.REGIOCOORDINATOR])
def test_a_consent_does_not_reach_a_teamleider_or_regiocoordinator(world: Any, role: str) -> None:
    _record(world, ["basis", "werk"])
    lead = make_user(organisation=world.org_b, role=role, full_name="Leiding B")
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(lead).get(url).status_code == 404
    assert "Anna Aalbers" not in _as(lead).get(reverse("clients:list")).content.decode()
    # The consented coach of the same organisation does read it.
    assert _as(world.personas["pro_other"]).get(url).status_code == 200


def test_a_consent_cannot_name_a_role_that_gets_aggregates_only(world: Any) -> None:
    for role in (Role.TEAMLEIDER, Role.REGIOCOORDINATOR, Role.FUNCTIONEEL_BEHEERDER):
        with pytest.raises(ValidationError) as refused:
            _record(world, ["basis"], recipient_role=role)
        assert "recipient_role" in refused.value.message_dict
    page = _as(world.personas["pro_own"]).get(
        reverse("clients:consents", args=[world.client_record.public_id])
    )
    assert 'value="teamleider"' not in page.content.decode()
    assert 'value="arbeidsdeskundige"' in page.content.decode()


# --- 3. Withdrawal by a professional: confirmation and a reason ------------------------------
def test_withdrawal_asks_for_confirmation_and_a_reason_and_shows_it(world: Any) -> None:
    consent = _record(world, ["basis", "werk"])
    own = _as(world.personas["pro_own"])
    url = reverse("clients:consent_withdraw", args=[world.client_record.public_id, consent.pk])
    page = own.get(url).content.decode()
    # What stops, and for whom, before anything happens.
    assert "UWV West (B)" in page and "basisgegevens" in page and "werk" in page
    assert not consent.__class__.objects.get(pk=consent.pk).withdrawn_at

    empty = own.post(url, {"reason": "  "})
    assert empty.status_code == 400
    assert "Schrijf op waarom" in empty.content.decode()
    consent.refresh_from_db()
    assert consent.withdrawn_at is None and _is_active(consent)

    done = own.post(url, {"reason": "Anna wil het niet meer."})
    assert done.status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    assert consent.withdrawal_reason == "Anna wil het niet meer."
    listing = own.get(reverse("clients:consents", args=[world.client_record.public_id]))
    assert "Reden: Anna wil het niet meer." in listing.content.decode()
    # The client reads it too.
    portal = _as(world.personas["client"]).get(reverse("portal:consents")).content.decode()
    assert "Anna wil het niet meer." in portal


def test_the_service_refuses_a_withdrawal_without_a_reason(world: Any) -> None:
    consent = _record(world, ["basis"])
    actor = actor_for_user(world.personas["pro_own"])
    with pytest.raises(ValidationError) as refused:
        consent_withdraw(actor=actor, consent=consent, reason="   ")
    assert "reason" in refused.value.message_dict
    consent.refresh_from_db()
    assert consent.withdrawn_at is None and _is_active(consent)


# --- 4. Treatment data leaving the ggz is confirmed ------------------------------------------
def test_treatment_for_an_organisation_outside_the_ggz_needs_explicit_confirmation(
    world: Any,
) -> None:
    before = Consent.objects.count()
    response = _post_consent(world, categories=["basis", "behandeling", "belastbaarheid"])
    assert response.status_code == 400
    text = response.content.decode()
    # The confirmation step names what leaves the ggz, and for whom.
    assert "behandeling en belastbaarheid" in text and "UWV West (B)" in text
    assert Consent.objects.count() == before


def test_without_the_form_it_waits_for_the_client_and_opens_nothing(world: Any) -> None:
    response = _post_consent(world, categories=["basis", "behandeling"], confirm_leaves_ggz="on")
    assert response.status_code == 302
    consent = Consent.objects.get(recipient=world.org_b)
    assert consent.awaits_client and not _is_active(consent)
    # Not in force: the other organisation does not see the client at all.
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(world.personas["pro_other"]).get(url).status_code == 404
    listing = _as(world.personas["pro_own"]).get(
        reverse("clients:consents", args=[world.client_record.public_id])
    )
    assert "wacht op bevestiging door de cliënt" in listing.content.decode()

    anna = _as(world.personas["client"])
    page = anna.get(reverse("portal:consents")).content.decode()
    assert "bevestig mijn toestemming voor UWV West (B)" in page
    confirmed = anna.post(reverse("portal:consent_confirm", args=[consent.pk]))
    assert confirmed.status_code == 302
    consent.refresh_from_db()
    assert consent.client_confirmed_at is not None and _is_active(consent)
    assert _as(world.personas["pro_other"]).get(url).status_code == 200
    # Once is enough: confirming again is refused, nothing changes.
    again = anna.post(reverse("portal:consent_confirm", args=[consent.pk]))
    assert again.status_code == 400


def test_a_client_without_an_account_is_not_left_waiting(world: Any) -> None:
    """Found in a walk-through: treatment data for UWV recorded for a client who has no
    account waited for a confirmation that could never come. Now the form asks for the
    signed form (or an invitation first); with the form it is in force at once."""
    Client.objects.filter(pk=world.client_record.pk).update(user=None)
    world.client_record.refresh_from_db()
    response = _post_consent(world, categories=["basis", "behandeling"], confirm_leaves_ggz="on")
    assert response.status_code == 400
    assert "nog geen account in Werkpad" in response.content.decode()
    assert not Consent.objects.filter(recipient=world.org_b).exists()
    document = SimpleUploadedFile("toestemming.pdf", PDF, content_type="application/pdf")
    consent = _record(world, ["basis", "behandeling"], confirm_leaves_ggz=True, document=document)
    assert not consent.awaits_client and _is_active(consent)


def test_with_the_signed_form_it_is_in_force_at_once(world: Any) -> None:
    document = SimpleUploadedFile("toestemming.pdf", PDF, content_type="application/pdf")
    consent = _record(world, ["basis", "behandeling"], confirm_leaves_ggz=True, document=document)
    assert not consent.awaits_client and _is_active(consent)


def test_within_the_ggz_no_confirmation_is_needed(world: Any) -> None:
    ggz = world.org_a  # a ggz: treatment data stays inside the ggz
    consent = _record(world, ["basis", "behandeling"], recipient=ggz)
    assert not consent.awaits_client and _is_active(consent)


def test_only_the_client_confirms_their_own_consent(world: Any) -> None:
    consent = _record(world, ["basis", "belastbaarheid"], confirm_leaves_ggz=True)
    url = reverse("portal:consent_confirm", args=[consent.pk])
    assert _as(world.personas["pro_own"]).post(url).status_code == 403
    assert _as(world.personas["pro_other"]).post(url).status_code == 403
    consent.refresh_from_db()
    assert consent.awaits_client


# --- 4. Every consent is announced, without content --------------------------------------
def test_every_consent_is_announced_to_the_client_without_content(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    Client.objects.filter(pk=world.client_record.pk).update(email="anna@example.org")
    world.client_record.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        _record(world, ["basis", "behandeling"], confirm_leaves_ggz=True)
    assert [m.to for m in mail.outbox] == [["anna@example.org"]]
    message = mail.outbox[0]
    text = f"{message.subject}\n{message.body}"
    assert "toestemming" in text and "Werkpad" in text
    for secret in ("UWV", "GGZ", "behandeling", "Anna", "Pro Eigen"):
        assert secret not in text


def test_a_refused_consent_sends_nothing(
    world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    Client.objects.filter(pk=world.client_record.pk).update(email="anna@example.org")
    world.client_record.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        _record(world, ["werk"])
    assert mail.outbox == []


def test_the_portal_shows_who_recorded_it_and_when(world: Any) -> None:
    _record(world, ["basis", "werk"])
    page = _as(world.personas["client"]).get(reverse("portal:consents")).content.decode()
    day = timezone.localdate()
    assert "Vastgelegd door Pro Eigen (GGZ Oost (A))" in page
    assert str(day.year) in page
