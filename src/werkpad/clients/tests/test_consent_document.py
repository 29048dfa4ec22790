"""The signed consent form is checked by its bytes (PDF, PNG or JPEG signature), not by the
name or content type the uploader's browser declared; a fake gets a Dutch message and
nothing is saved."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Consent
from werkpad.clients.services import consent_record

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 32
PDF = b"%PDF-1.7\n handtekening"


def _grant(world: Any, document: SimpleUploadedFile) -> Any:
    http = HttpClient()
    http.force_login(world.personas["pro_own"])
    data = {
        "recipient": world.org_b.pk,
        "recipient_role": "",
        "categories": ["basis", "werk"],
        "purpose": "ips",
        "valid_from": timezone.localdate().isoformat(),
        "valid_until": "",
        "document": document,
    }
    return http.post(reverse("clients:consents", args=[world.client_record.public_id]), data)


@pytest.mark.parametrize(
    ("name", "content", "declared"),
    [
        # Declared as a PDF, named as a PDF, but an HTML page with a script.
        ("toestemming.pdf", b"<html><script>alert(1)</script>", "application/pdf"),
        ("scan.png", b"GIF89a....", "image/png"),
        ("scan.jpg", b"MZ\x90\x00 a program", "image/jpeg"),
        ("kort.pdf", b"%PD", "application/pdf"),
    ],
)
def test_a_fake_file_is_refused_and_nothing_is_saved(
    world: Any, name: str, content: bytes, declared: str
) -> None:
    before = Consent.objects.count()
    response = _grant(world, SimpleUploadedFile(name, content, content_type=declared))
    assert response.status_code == 400
    assert "De inhoud van dit bestand is geen pdf, jpg of png." in response.content.decode()
    assert Consent.objects.count() == before


@pytest.mark.parametrize(
    ("name", "content", "declared", "stored"),
    [
        ("toestemming.pdf", PDF, "application/octet-stream", "application/pdf"),
        ("scan.png", PNG, "application/pdf", "image/png"),
        ("foto.JPEG", JPEG, "text/html", "image/jpeg"),
    ],
)
def test_a_real_file_is_kept_with_the_type_its_bytes_show(
    world: Any, name: str, content: bytes, declared: str, stored: str
) -> None:
    response = _grant(world, SimpleUploadedFile(name, content, content_type=declared))
    assert response.status_code == 302
    consent = Consent.objects.get(recipient=world.org_b)
    assert consent.document_type == stored
    http = HttpClient()
    http.force_login(world.personas["pro_own"])
    url = reverse("clients:consent_document", args=[world.client_record.public_id, consent.pk])
    download = http.get(url)
    assert download["Content-Type"] == stored and download.content == content


def test_a_name_of_another_kind_is_refused(world: Any) -> None:
    """The name is offered on download: a PNG called .pdf would open in the wrong program."""
    response = _grant(world, SimpleUploadedFile("scan.pdf", PNG, content_type="application/pdf"))
    assert response.status_code == 400
    assert "Alleen een pdf, jpg of png kan." in response.content.decode()
    assert not Consent.objects.filter(recipient=world.org_b).exists()


def test_the_service_checks_the_bytes_too(world: Any) -> None:
    fake = SimpleUploadedFile("t.pdf", b"<html>", content_type="application/pdf")
    with pytest.raises(ValidationError) as refused:
        consent_record(
            actor=actor_for_user(world.personas["pro_own"]),
            client=world.client_record,
            recipient=world.org_b,
            recipient_role="",
            categories=["basis"],
            purpose="ips",
            valid_from=timezone.localdate(),
            valid_until=None,
            document=fake,
        )
    assert "document" in refused.value.message_dict
    assert not Consent.objects.filter(recipient=world.org_b).exists()
