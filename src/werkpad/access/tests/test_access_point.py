"""Where a request comes from: one source for lockout and the access log, stored as the
database stores it, so the hash chain verifies."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from werkpad.access.actor import AccessPoint, normalise_ip
from werkpad.audit.integrity import verify_chain
from werkpad.audit.models import AccessLogEntry


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("192.0.2.7", "192.0.2.7"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("::ffff:1.2.3.4", "::ffff:1.2.3.4"),
        ("niet-een-adres", None),
        ("", None),
    ],
)
def test_addresses_are_normalised(raw: str, stored: str | None) -> None:
    assert normalise_ip(raw) == stored


@pytest.mark.parametrize(
    "address", ["2001:0db8:0000:0000:0000:0000:0000:0001", "::ffff:1.2.3.4", "192.0.2.7"]
)
def test_rows_from_any_address_verify(world: Any, address: str) -> None:
    client = Client(REMOTE_ADDR=address)
    client.force_login(world.personas["pro_own"])
    client.get(reverse("clients:detail", args=[world.client_record.public_id]))
    row = AccessLogEntry.objects.filter(event_code="client.read").get()
    # (ipware unpacks an IPv4-mapped address to plain IPv4; either way the row verifies.)
    expected = AccessPoint.from_request(RequestFactory().get("/", REMOTE_ADDR=address))
    assert row.ip_address == expected.ip_address
    assert verify_chain() == []


def test_behind_a_proxy_the_forwarded_client_address_is_used(settings: Any) -> None:
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7, 10.0.0.1"
    )
    assert AccessPoint.from_request(request).ip_address == "203.0.113.7"


def test_without_proxies_forwarded_headers_are_ignored() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert AccessPoint.from_request(request).ip_address == "198.51.100.4"


def test_a_very_long_client_id_is_a_logged_404_not_an_error(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["pro_other"])
    response = client.get(reverse("clients:detail", args=["X" * 300]))
    assert response.status_code == 404
    row = AccessLogEntry.objects.get(event_code="denied.view_client")
    assert row.object_id == "X" * 64
    assert row.client_pid == ""
