"""Consent: another organisation sees a client's record only while the client's consent for
basic data is in force; withdrawal works at once, for pages and lists; the history stays."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _grant(world: Any, **overrides: Any) -> Any:
    data = {
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


def test_without_consent_another_organisation_gets_404(world: Any) -> None:
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(world.personas["pro_other"]).get(url).status_code == 404


def test_with_consent_the_record_opens_and_the_read_names_the_consent(world: Any) -> None:
    assert _grant(world).status_code == 302
    consent = Consent.objects.get(recipient=world.org_b)
    assert sorted(consent.categories) == ["basis", "werk"]
    other = _as(world.personas["pro_other"])
    listed = other.get(reverse("clients:list")).content.decode()
    assert "Anna Aalbers" in listed
    page = other.get(reverse("clients:detail", args=[world.client_record.public_id]))
    assert page.status_code == 200
    row = AccessLogEntry.objects.filter(event_code="client.read").latest("id")
    assert (row.basis, row.consent_id, row.organisation_id) == (
        "consent",
        consent.pk,
        world.org_b.pk,
    )
    # Seeing is not changing: the consented organisation cannot edit the record.
    edit = other.get(reverse("clients:edit", args=[world.client_record.public_id]))
    assert edit.status_code == 403


def test_withdrawal_takes_effect_at_once_and_the_history_stays(world: Any) -> None:
    _grant(world)
    consent = Consent.objects.get(recipient=world.org_b)
    other = _as(world.personas["pro_other"])
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert other.get(url).status_code == 200
    response = _as(world.personas["pro_own"]).post(
        reverse("clients:consent_withdraw", args=[world.client_record.public_id, consent.pk]),
        {"reason": "Anna wil het niet meer."},
    )
    assert response.status_code == 302
    assert other.get(url).status_code == 404
    assert "Anna Aalbers" not in other.get(reverse("clients:list")).content.decode()
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None
    history = _as(world.personas["pro_own"]).get(
        reverse("clients:consents", args=[world.client_record.public_id])
    )
    assert "ingetrokken op" in history.content.decode()
    assert AccessLogEntry.objects.filter(event_code="consent.withdraw").count() == 1


def test_a_consent_for_one_role_does_not_open_the_record_to_others(world: Any) -> None:
    _grant(world, recipient_role="arbeidsdeskundige")
    url = reverse("clients:detail", args=[world.client_record.public_id])
    # pro_other is an IPS-trajectbegeleider at organisation B: not the role the client chose.
    assert _as(world.personas["pro_other"]).get(url).status_code == 404


def test_a_consent_without_basic_data_does_not_open_the_record(world: Any) -> None:
    _grant(world, categories=["werk"])
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(world.personas["pro_other"]).get(url).status_code == 404


def test_a_consent_outside_its_period_does_not_count(world: Any) -> None:
    today = timezone.localdate()
    _grant(world, valid_from=(today + timedelta(days=3)).isoformat())
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(world.personas["pro_other"]).get(url).status_code == 404
    Consent.objects.filter(recipient=world.org_b).update(
        valid_from=date(2020, 1, 1), valid_until=today - timedelta(days=1)
    )
    assert _as(world.personas["pro_other"]).get(url).status_code == 404


def test_bad_input_gets_dutch_messages_and_records_nothing(world: Any) -> None:
    before = Consent.objects.count()
    response = _grant(world, recipient="", categories=[], valid_from="morgen")
    body = response.content.decode()
    assert response.status_code == 400
    assert "Kies een organisatie of het team van een traject." in body
    assert "Kies minstens één soort gegevens." in body
    assert "Vul een datum in" in body
    response = _grant(world, valid_until="2020-01-01")
    assert "De einddatum ligt voor de begindatum." in response.content.decode()
    # An employer is never a recipient: employers see only what the client discloses.
    response = _grant(world, recipient=world.employer_org.pk)
    assert response.status_code == 400
    assert Consent.objects.count() == before


def test_employers_never_see_a_record_even_with_a_consent_row(world: Any) -> None:
    from werkpad.clients.models import ConsentGrant

    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.employer_org,
        purpose="ips",
        valid_from=date(2020, 1, 1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    url = reverse("clients:detail", args=[world.client_record.public_id])
    assert _as(world.personas["employer"]).get(url).status_code == 404


def test_the_signed_form_is_stored_encrypted_and_read_back_logged(world: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = b"%PDF-1.4 handtekening van Anna"
    form = SimpleUploadedFile("toestemming-anna.pdf", content, content_type="application/pdf")
    assert _grant(world, document=form).status_code == 302
    consent = Consent.objects.filter(recipient=world.org_b).get()
    assert consent.document_name == "toestemming-anna.pdf"
    assert content not in bytes(consent.document_ciphertext)  # encrypted at rest
    url = reverse("clients:consent_document", args=[world.client_record.public_id, consent.pk])
    response = _as(world.personas["pro_own"]).get(url)
    assert response.status_code == 200 and response.content == content
    assert response["Content-Type"] == "application/pdf"
    assert AccessLogEntry.objects.filter(event_code="consent.document").count() == 1
    # The recipient organisation sees the record now, but not the client's signed form.
    assert _as(world.personas["pro_other"]).get(url).status_code == 403


def test_a_consent_without_a_form_has_no_form_to_download(world: Any) -> None:
    assert _grant(world).status_code == 302
    consent = Consent.objects.filter(recipient=world.org_b).get()
    url = reverse("clients:consent_document", args=[world.client_record.public_id, consent.pk])
    assert _as(world.personas["pro_own"]).get(url).status_code == 404


def test_a_wrong_or_too_large_form_is_refused_and_nothing_is_saved(
    world: Any, settings: Any
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from werkpad.clients import forms

    before = Consent.objects.count()
    script = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/x-msdownload")
    response = _grant(world, document=script)
    assert response.status_code == 400
    assert "Alleen een pdf, jpg of png kan." in response.content.decode()
    disguised = SimpleUploadedFile("scan.exe", b"%PDF", content_type="application/pdf")
    assert "Alleen een pdf, jpg of png kan." in _grant(world, document=disguised).content.decode()
    big = SimpleUploadedFile(
        "scan.pdf", b"0" * (forms.DOCUMENT_MAX_BYTES + 1), content_type="application/pdf"
    )
    assert "Het bestand is groter dan 5 MB." in _grant(world, document=big).content.decode()
    assert Consent.objects.count() == before
