"""Werkpad stores no BSN (PRODUCT.md invariant 5): the client-number field refuses a BSN
however it is written (with the 11-proef), the service refuses it too, and a BSN-like number
in a free-text note is saved but the writer is warned at once."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Client, ClientNumber
from werkpad.clients.services import ClientDetails, client_create
from werkpad.core.bsn import find_bsn_like, is_bsn_like, passes_elfproef
from werkpad.organisations.models import Gemeente
from werkpad.trajectories.models import Note

BSN = "123456782"  # passes the 11-proef
NOT_BSN = "123456789"  # nine digits that fail it


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _new(**overrides: Any) -> dict[str, Any]:
    data = {
        "full_name": "Mila de Boer",
        "date_of_birth": "1991-04-12",
        "gemeente": Gemeente.objects.get(code="GM0356").pk,
        "email": "mila@voorbeeld.nl",
        "phone": "06 12345678",
        "preferred_language": "nl",
        "client_number": "EPD-20931",
    }
    data.update(overrides)
    return data


def test_the_elfproef() -> None:
    assert passes_elfproef(BSN)
    assert passes_elfproef("111222333")
    assert not passes_elfproef(NOT_BSN)
    assert not passes_elfproef("000000000")
    assert not passes_elfproef("12345678")


@pytest.mark.parametrize(
    "written", [BSN, "123-456-782", "123 456 782", "1234.56.782", " 12 34 56 782 "]
)
def test_every_way_of_writing_a_bsn_is_recognised(written: str) -> None:
    assert is_bsn_like(written)


@pytest.mark.parametrize("written", [NOT_BSN, "123-456-789", "EPD-20931", "1234567820", ""])
def test_other_numbers_are_not(written: str) -> None:
    assert not is_bsn_like(written)


def test_finding_a_bsn_in_free_text() -> None:
    assert find_bsn_like("Anna gaf haar BSN 123-456-782 door.") == ["123-456-782"]
    assert find_bsn_like("bsn:1234.56.782") == ["1234.56.782"]
    # A phone number, a longer number and nine digits that fail the 11-proef are left alone.
    assert find_bsn_like("Bel 06 12345678 of 0612345678") == []
    assert find_bsn_like("Dossier 91234567820 en 123 456 789") == []


@pytest.mark.parametrize("written", ["123-456-782", "123 456 782", "1234.56.782"])
def test_the_client_number_field_refuses_a_written_bsn(world: Any, written: str) -> None:
    before = Client.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("clients:create"), _new(client_number=written)
    )
    assert response.status_code == 400
    assert "Dit lijkt op een BSN." in response.content.decode()
    assert Client.objects.count() == before
    assert not ClientNumber.objects.exists()


def test_a_nine_digit_number_that_fails_the_elfproef_is_a_client_number(world: Any) -> None:
    response = _as(world.personas["pro_own"]).post(
        reverse("clients:create"), _new(client_number=NOT_BSN)
    )
    assert response.status_code == 302
    assert ClientNumber.objects.filter(client__full_name="Mila de Boer").exists()


def test_the_phone_field_refuses_a_bsn(world: Any) -> None:
    response = _as(world.personas["pro_own"]).post(
        reverse("clients:create"), _new(phone="123 456 782")
    )
    assert response.status_code == 400
    assert "Dit lijkt op een BSN, niet op een telefoonnummer." in response.content.decode()
    assert not Client.objects.filter(full_name="Mila de Boer").exists()


def test_the_service_refuses_a_bsn_too(world: Any) -> None:
    """Not only the form: any other entry point (an import, the API) gets the same refusal."""
    details = ClientDetails(
        full_name="Mila de Boer", date_of_birth=None, gemeente=None, client_number="123-456-782"
    )
    with pytest.raises(ValidationError) as refused:
        client_create(actor=actor_for_user(world.personas["pro_own"]), details=details)
    assert "client_number" in refused.value.message_dict
    assert not Client.objects.filter(full_name="Mila de Boer").exists()


def _note(world: Any, text: str) -> Any:
    return _as(world.personas["pro_own"]).post(
        reverse("trajectories:note_add", args=[world.trajectory.pk]),
        {"kind": "notitie", "category": "werk", "occurred_on": timezone.localdate(), "text": text},
        follow=True,
    )


def test_a_bsn_in_a_note_is_warned_about(world: Any) -> None:
    response = _note(world, "Anna noemde haar BSN 123 456 782 aan de telefoon.")
    assert Note.objects.filter(text__contains="aan de telefoon").exists()  # not blocking
    assert "de tekst bevat een nummer dat op een BSN lijkt" in response.content.decode()


def test_a_note_without_a_bsn_gets_no_warning(world: Any) -> None:
    response = _note(world, "Anna belde vanaf 06 12345678, dossier 123456789.")
    assert Note.objects.filter(text__contains="Anna belde").exists()
    assert "lijkt op een BSN" not in response.content.decode()
