"""The regional agreement (issue 15, item 6): the regiocoördinator keeps it, every
professional of the region reads it, another region does not see it; the signed document
is a PDF, downloaded through the policy; bad input changes nothing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.core.forms import StaleEditError
from werkpad.network.models import Agreement, AgreementTarget
from werkpad.network.services.agreements import (
    AgreementText,
    TargetText,
    agreement_document_attach,
    agreement_target_add,
    agreement_update,
)
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import make_organisation, make_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%demo\n"


@pytest.fixture
def agreement(settings: Any, tmp_path: Any) -> Agreement:
    settings.MEDIA_ROOT = tmp_path
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    keeper = make_user(organisation=gemeente, role=Role.REGIOCOORDINATOR)
    return Agreement.objects.create(
        region=ArbeidsmarktRegio.objects.get(code="AM13"),
        kind="samenwerkingsplan",
        title="Samen aan het werk",
        summary="Zorg en werk tegelijk.",
        starts_on=date(2026, 1, 1),
        review_on=date(2027, 1, 1),
        updated_by=keeper,
    )


def _keeper(agreement: Agreement) -> Any:
    return actor_for_user(agreement.updated_by)


def test_the_regiocoordinator_updates_and_a_stale_edit_is_refused(agreement: Agreement) -> None:
    text = AgreementText(
        summary="Nieuw.",
        funding="IPS-subsidie",
        starts_on=date(2026, 1, 1),
        review_on=date(2027, 6, 1),
    )
    agreement_update(actor=_keeper(agreement), agreement=agreement, text=text, version=1)
    assert (agreement.summary, agreement.version) == ("Nieuw.", 2)
    with pytest.raises(StaleEditError):
        agreement_update(actor=_keeper(agreement), agreement=agreement, text=text, version=1)


def test_others_of_the_region_read_but_do_not_change(agreement: Agreement) -> None:
    colleague = make_user(organisation=make_organisation("GGZ"), role=Role.TEAMLEIDER, mfa=False)
    text = AgreementText(
        summary="X", funding="", starts_on=date(2026, 1, 1), review_on=date(2027, 1, 1)
    )
    with pytest.raises(PermissionDenied):
        agreement_update(actor=actor_for_user(colleague), agreement=agreement, text=text, version=1)
    agreement.refresh_from_db()
    assert agreement.summary == "Zorg en werk tegelijk."


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (dict(percentage=80, count=12), "niet allebei"),
        (dict(), "Vul een percentage of een aantal in."),
        (dict(percentage=120), "tussen 1 en 100"),
    ],
)
def test_a_target_is_a_share_or_a_number(
    agreement: Agreement, target: dict[str, Any], message: str
) -> None:
    spec = TargetText(
        text="Aan het werk", population="mensen met autisme", due_on=date(2028, 1, 1), **target
    )
    with pytest.raises(ValidationError, match=message):
        agreement_target_add(actor=_keeper(agreement), agreement=agreement, target=spec)
    assert not AgreementTarget.objects.exists()


def test_the_seeds_target_is_kept(agreement: Agreement) -> None:
    spec = TargetText(
        text="80% van de mensen met autisme aan het werk helpen",
        population="mensen met autisme in de regio",
        due_on=date(2028, 1, 1),
        percentage=80,
    )
    agreement_target_add(actor=_keeper(agreement), agreement=agreement, target=spec)
    assert agreement.targets.get().percentage == 80


def test_the_document_must_be_a_pdf(agreement: Agreement) -> None:
    fake = SimpleUploadedFile("afspraak.pdf", b"<html>geen pdf</html>")
    with pytest.raises(ValidationError, match="als pdf"):
        agreement_document_attach(actor=_keeper(agreement), agreement=agreement, document=fake)
    agreement.refresh_from_db()
    assert not agreement.document


def test_the_document_is_downloaded_by_the_region_only(
    agreement: Agreement, client: Client
) -> None:
    signed = SimpleUploadedFile("afspraak.pdf", PDF, content_type="application/pdf")
    agreement_document_attach(actor=_keeper(agreement), agreement=agreement, document=signed)
    url = reverse("network:agreement_document", args=[agreement.pk])

    client.force_login(make_user(organisation=make_organisation("UWV")))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF  # type: ignore[attr-defined]

    elsewhere = make_organisation("GGZ Noord")
    elsewhere.regions.set([ArbeidsmarktRegio.objects.get(code="AM01")])
    client.force_login(make_user(organisation=elsewhere))
    assert client.get(url).status_code == 404


def test_bad_dates_are_refused_in_dutch_on_the_page(agreement: Agreement, client: Client) -> None:
    client.force_login(agreement.updated_by)
    response = client.post(
        reverse("network:agreement_edit", args=[agreement.pk]),
        {"summary": "X", "starts_on": "2027-01-01", "review_on": "2026-01-01", "version": 1},
    )
    assert response.status_code == 400
    assert "De evaluatie ligt na de ingangsdatum." in response.content.decode()
    agreement.refresh_from_db()
    assert agreement.summary == "Zorg en werk tegelijk."
