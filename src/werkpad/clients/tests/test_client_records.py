"""Client records: create and edit with clear Dutch messages, a duplicate warning inside the
own organisation only, and each organisation's own client number encrypted and private."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.fernet import Fernet
from django.core.checks import run_checks
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, ClientNumber, Consent, ConsentGrant
from werkpad.core import crypto
from werkpad.organisations.models import Gemeente


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


def test_creating_a_record(world: Any) -> None:
    response = _as(world.personas["pro_own"]).post(reverse("clients:create"), _new())
    assert response.status_code == 302
    client = Client.objects.get(full_name="Mila de Boer")
    assert response["Location"] == reverse("clients:detail", args=[client.public_id])
    assert client.organisation == world.org_a
    assert client.gemeente.region.code == "AM13"
    stored = ClientNumber.objects.get(client=client)
    assert "EPD-20931" not in stored.ciphertext  # encrypted at rest
    assert stored.number == "EPD-20931"
    row = AccessLogEntry.objects.get(event_code="client.create")
    assert (row.action, row.client_pid, row.organisation_id) == (
        "C",
        client.public_id,
        world.org_a.pk,
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", " ", "Vul de naam in."),
        ("full_name", "M", "Een naam heeft minstens twee tekens."),
        ("date_of_birth", "2999-01-01", "Vul een geboortedatum in tussen 1900 en vandaag."),
        ("date_of_birth", "gisteren", "Vul een datum in"),
        ("email", "geen-adres", "Vul een geldig e-mailadres in"),
        ("phone", "bel me", "Vul een telefoonnummer in, zoals 06 12345678."),
        ("client_number", "123456782", "Dit lijkt op een BSN."),
        ("gemeente", "999999", "Selecteer een geldige keuze"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_is_saved(
    world: Any, field: str, value: str, message: str
) -> None:
    before = Client.objects.count()
    response = _as(world.personas["pro_own"]).post(
        reverse("clients:create"), _new(**{field: value})
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Client.objects.count() == before
    assert not ClientNumber.objects.exists()


def test_a_lookalike_in_the_own_organisation_is_warned_about(world: Any) -> None:
    pro = _as(world.personas["pro_own"])
    assert pro.post(reverse("clients:create"), _new()).status_code == 302
    existing = Client.objects.get(full_name="Mila de Boer")
    again = pro.post(reverse("clients:create"), _new(full_name="mila  DE bóer", client_number=""))
    assert again.status_code == 409
    body = again.content.decode()
    assert "heeft al een dossier van iemand met deze naam en geboortedatum" in body
    assert reverse("clients:detail", args=[existing.public_id]) in body
    assert Client.objects.filter(date_of_birth="1991-04-12").count() == 1
    confirmed = pro.post(
        reverse("clients:create"),
        _new(full_name="Mila de Boer", client_number="", confirm_new="on"),
    )
    assert confirmed.status_code == 302
    assert Client.objects.filter(date_of_birth="1991-04-12").count() == 2


def test_a_lookalike_elsewhere_is_never_revealed(world: Any) -> None:
    assert (
        _as(world.personas["pro_other"]).post(reverse("clients:create"), _new()).status_code == 302
    )
    response = _as(world.personas["pro_own"]).post(reverse("clients:create"), _new())
    assert response.status_code == 302  # no warning: that would tell who is in care elsewhere


def test_a_record_seen_by_consent_is_not_called_our_own(world: Any) -> None:
    """Organisation B may see Anna by consent; recording a lookalike at B gives no warning
    that B "already has" her record: it is organisation A's."""
    from datetime import date as day

    Client.objects.filter(pk=world.client_record.pk).update(date_of_birth=day(1991, 4, 12))
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=day(2020, 1, 1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    other = _as(world.personas["pro_other"])
    detail = reverse("clients:detail", args=[world.client_record.public_id])
    assert other.get(detail).status_code == 200
    new = _new(full_name="Anna Aalbers", client_number="")
    assert other.post(reverse("clients:create"), new).status_code == 302
    # B's home page counts the three it sees, and of them its own two (Bert, the new one).
    home = other.get(reverse("home")).content.decode()
    assert "Je ziet 3 cliënten. 2 van je eigen organisatie en 1 met toestemming" in home


def test_each_organisation_sees_only_its_own_client_number(world: Any) -> None:
    anna = world.client_record
    ClientNumber.objects.create(
        client=anna, organisation=world.org_a, ciphertext=crypto.encrypt("A-1")
    )
    ClientNumber.objects.create(
        client=anna, organisation=world.org_b, ciphertext=crypto.encrypt("B-9")
    )
    body = _as(world.personas["pro_own"]).get(reverse("clients:detail", args=[anna.public_id]))
    text = body.content.decode()
    assert "A-1" in text
    assert "B-9" not in text
    # The client themself sees no organisation's internal number.
    own = _as(world.personas["client"]).get(reverse("clients:detail", args=[anna.public_id]))
    assert "A-1" not in own.content.decode()


def test_editing_with_a_version_check(world: Any) -> None:
    anna = world.client_record
    url = reverse("clients:edit", args=[anna.public_id])
    data = _new(full_name="Anna Aalbers-de Wit", client_number="A-77", version=1)
    assert _as(world.personas["pro_own"]).post(url, data).status_code == 302
    anna.refresh_from_db()
    assert (anna.full_name, anna.version) == ("Anna Aalbers-de Wit", 2)
    assert ClientNumber.objects.get(client=anna, organisation=world.org_a).number == "A-77"
    stale = _as(world.personas["pro_own"]).post(url, {**data, "full_name": "Oud"})
    assert stale.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in stale.content.decode()
    anna.refresh_from_db()
    assert anna.full_name == "Anna Aalbers-de Wit"
    assert AccessLogEntry.objects.filter(event_code="client.update").count() == 1
    # Clearing the number removes it.
    cleared = _new(full_name="Anna Aalbers-de Wit", client_number="", version=2)
    assert _as(world.personas["pro_own"]).post(url, cleared).status_code == 302
    assert not ClientNumber.objects.filter(client=anna).exists()


def test_keys_can_be_rotated(settings: Any) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.WERKPAD_FIELD_ENCRYPTION_KEYS = [old]
    token = crypto.encrypt("EPD-1")
    settings.WERKPAD_FIELD_ENCRYPTION_KEYS = [new, old]
    assert crypto.decrypt(token) == "EPD-1"
    settings.WERKPAD_FIELD_ENCRYPTION_KEYS = [new]
    with pytest.raises(ValueError, match="not configured"):
        crypto.decrypt(token)


def test_production_needs_its_own_keys(settings: Any) -> None:
    settings.WERKPAD_FIELD_ENCRYPTION_KEYS = []
    ids = {m.id for m in run_checks(include_deployment_checks=True)}
    assert "werkpad.E001" in ids
    settings.WERKPAD_FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    ids = {m.id for m in run_checks(include_deployment_checks=True)}
    assert "werkpad.E001" not in ids


def test_the_edit_form_shows_the_date_of_birth_as_the_date_picker_needs_it(world: Any) -> None:
    from datetime import date

    Client.objects.filter(pk=world.client_record.pk).update(date_of_birth=date(1994, 3, 14))
    page = _as(world.personas["pro_own"]).get(
        reverse("clients:edit", args=[world.client_record.public_id])
    )
    # A Dutch "14-03-1994" would leave the browser's date field empty, and saving would
    # then erase the date of birth.
    assert 'value="1994-03-14"' in page.content.decode()


def test_the_client_list_is_paged_with_a_fixed_number_of_queries(world: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from werkpad.testing import make_client

    pro = _as(world.personas["pro_own"])
    pro.get(reverse("home"))

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert pro.get(reverse("clients:list")).status_code == 200
        return len(queries)

    one = count()  # Anna only
    for _ in range(59):
        make_client(organisation=world.org_a)
    # A full page writes a log row per client, all in one insert: the same count.
    assert count() == one
    for _ in range(100):
        make_client(organisation=world.org_a)
    assert count() == one
    page_two = pro.get(reverse("clients:list"), {"pagina": 2}).content.decode()
    assert "Pagina 2 van 4" in page_two
    row = AccessLogEntry.objects.filter(event_code="client.list").latest("id")
    assert row.detail["page"] == 2
    # One row per client on page two (fifty), not one for the page.
    shown = AccessLogEntry.objects.filter(event_code="client.list", detail__page=2)
    assert shown.count() == shown.values("client_pid").distinct().count() == 50


def test_generate_clients_for_measurements(world: Any) -> None:
    from django.core.management import call_command

    call_command("generate_clients", 25, organisation=world.org_a.name)
    assert Client.objects.filter(organisation=world.org_a).count() == 26
    # Written in bulk, past Client.save: the search form of each name is there all the same.
    from werkpad.clients.models import name_key

    for name, search_name in Client.objects.values_list("full_name", "search_name"):
        assert search_name == name_key(name) != ""
