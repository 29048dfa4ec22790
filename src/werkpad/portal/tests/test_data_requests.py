"""My data and my requests to correct or erase it: the rights page, the request with its legal
deadline (one calendar month, AVG art. 12(3)), the content-free e-mail to the functioneel
beheerders, their list and answer (with optimistic locking), and the answer the client sees."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import Membership, Role
from werkpad.portal.models import DataRequest, RequestStatus
from werkpad.portal.services.data import one_month_after
from werkpad.testing import make_user

MY_DATA = reverse("portal:my_data")
NEW = reverse("portal:data_request")
LIST = reverse("portal:data_requests")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _request(client: Any, organisation: Any, *, due_in: int = 30, **fields: Any) -> DataRequest:
    fields.setdefault("kind", "correctie")
    fields.setdefault("text", "Mijn adres klopt niet")
    return DataRequest.objects.create(
        client=client,
        organisation=organisation,
        due_on=timezone.localdate() + timedelta(days=due_in),
        **fields,
    )


@pytest.fixture
def anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


# --- The deadline ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 1, 15), date(2026, 2, 15)),
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),  # a leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),
        (date(2026, 12, 31), date(2027, 1, 31)),
    ],
)
def test_one_calendar_month_later(received: date, due: date) -> None:
    assert one_month_after(received) == due


# --- My data --------------------------------------------------------------------------------
def test_my_data_explains_the_rights_and_links_everything(world: Any, anna: HttpClient) -> None:
    page = anna.get(MY_DATA).content.decode()
    for article in ("AVG artikel 15", "AVG artikel 16", "AVG artikel 17", "AVG artikel 20"):
        assert article in page
    for name in ("export_pdf", "export_json", "consents", "access_log", "data_request"):
        assert reverse(f"portal:{name}") in page
    assert "Je hebt nog geen verzoeken gestuurd." in page


def test_my_data_shows_my_requests_with_status_and_answer(world: Any, anna: HttpClient) -> None:
    open_one = _request(world.client_record, world.org_a, text="Mijn adres klopt niet")
    done = _request(
        world.client_record,
        world.org_a,
        kind="verwijdering",
        text="Haal mijn oude cv weg",
        status=RequestStatus.DONE,
        answer="Je oude cv is verwijderd.",
        handled_at=timezone.now(),
    )
    bert = _request(world.other_client_record, world.org_b, text="Bert zijn verzoek")
    page = anna.get(MY_DATA).content.decode()
    assert f'data-request="{open_one.pk}" data-status="open"' in page
    assert "We zijn ermee bezig." in page
    assert f'data-request="{done.pk}" data-status="afgehandeld"' in page
    assert "Je oude cv is verwijderd." in page
    assert f'data-request="{bert.pk}"' not in page and "Bert zijn verzoek" not in page


# --- Asking ---------------------------------------------------------------------------------
def test_a_request_reaches_the_functioneel_beheerders_with_the_deadline(
    world: Any, anna: HttpClient, django_capture_on_commit_callbacks: Any
) -> None:
    inactive = make_user(organisation=world.org_a, role=Role.FUNCTIONEEL_BEHEERDER)
    Membership.objects.filter(user=inactive).update(is_active=False)
    with (
        time_machine.travel(timezone.make_aware(datetime(2026, 1, 31, 10, 0)), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = anna.post(NEW, {"kind": "verwijdering", "text": "Haal mijn oude cv weg"})
    assert response.status_code == 302
    assert response["Location"] == MY_DATA
    request = DataRequest.objects.get()
    assert request.client == world.client_record
    assert request.organisation == world.org_a  # the organisation that recorded Anna
    assert request.kind == "verwijdering" and request.text == "Haal mijn oude cv weg"
    assert request.due_on == date(2026, 2, 28)
    assert request.status == RequestStatus.OPEN
    assert [m.to for m in mail.outbox] == [[world.personas["admin_own"].email]]
    sent = mail.outbox[0]
    assert reverse("portal:data_request_handle", args=[request.pk]) in sent.body
    assert "Anna" not in sent.body and "cv" not in sent.body
    assert "28 februari 2026" in sent.body
    assert AccessLogEntry.objects.filter(
        event_code="portal.data_request.create", object_id=str(request.pk), action="C"
    ).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "Mijn adres klopt niet"}, "Kies of je iets wilt laten verbeteren"),
        (
            {"kind": "alles", "text": "Mijn adres klopt niet"},
            "Kies of je iets wilt laten verbeteren",
        ),
        ({"kind": "correctie", "text": ""}, "Schrijf op wat er niet klopt, of wat er weg moet."),
        ({"kind": "correctie", "text": "   "}, "Schrijf op wat er niet klopt, of wat er weg moet."),
        ({"kind": "correctie", "text": "x" * 3001}, "3000"),
    ],
    ids=["no-kind", "bad-kind", "no-text", "blank-text", "too-long"],
)
def test_a_bad_request_saves_nothing(
    world: Any,
    anna: HttpClient,
    django_capture_on_commit_callbacks: Any,
    data: dict[str, str],
    message: str,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = anna.post(NEW, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not DataRequest.objects.exists()
    assert mail.outbox == []


# --- The functioneel beheerder ------------------------------------------------------------
def test_the_list_puts_open_requests_first_and_flags_overdue(world: Any) -> None:
    client = world.client_record
    later = _request(client, world.org_a, due_in=20)
    overdue = _request(client, world.org_a, due_in=-2)
    done = _request(client, world.org_a, due_in=-10, status=RequestStatus.DONE, answer="Klaar")
    page = _as(world.personas["admin_own"]).get(LIST).content.decode()
    order = [page.index(f'data-request="{r.pk}"') for r in (overdue, later, done)]
    assert order == sorted(order)
    card = page[order[0] : order[1]]
    assert "data-overdue" in card and "te laat" in card
    assert "data-overdue" not in page[order[1] :]
    assert "nog 20 dagen" in page
    assert AccessLogEntry.objects.filter(event_code="portal.data_request.list").exists()


def test_another_organisations_admin_sees_none_of_them(world: Any) -> None:
    request = _request(world.client_record, world.org_a)
    other = _as(world.personas["admin_other"])
    page = other.get(LIST).content.decode()
    assert "Er zijn geen verzoeken." in page and "Anna Aalbers" not in page
    url = reverse("portal:data_request_handle", args=[request.pk])
    assert other.get(url).status_code == 404
    assert other.post(url, {"answer": "Nee", "version": 1}).status_code == 404
    assert _as(world.personas["pro_own"]).get(url).status_code == 403


def test_answering_closes_it_and_the_client_sees_the_answer(
    world: Any, anna: HttpClient, django_capture_on_commit_callbacks: Any
) -> None:
    request = _request(world.client_record, world.org_a, text="Mijn adres klopt niet")
    url = reverse("portal:data_request_handle", args=[request.pk])
    admin = _as(world.personas["admin_own"])
    assert "Mijn adres klopt niet" in admin.get(url).content.decode()
    answer = "Je adres is aangepast. Dank je wel voor het melden."
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(url, {"answer": answer, "done": "on", "version": request.version})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == RequestStatus.DONE and request.answer == answer
    assert request.handled_by == world.personas["admin_own"] and request.handled_at is not None
    assert request.version == 2
    assert [m.to for m in mail.outbox] == [[world.personas["client"].email]]
    assert answer not in mail.outbox[0].body and MY_DATA in mail.outbox[0].body
    assert answer in anna.get(MY_DATA).content.decode()


def test_a_stale_answer_is_refused(world: Any) -> None:
    request = _request(world.client_record, world.org_a)
    url = reverse("portal:data_request_handle", args=[request.pk])
    admin = _as(world.personas["admin_own"])
    admin.post(url, {"answer": "Eerste antwoord", "version": 1})
    response = admin.post(url, {"answer": "Tweede antwoord", "done": "on", "version": 1})
    assert response.status_code == 409
    request.refresh_from_db()
    assert request.answer == "Eerste antwoord" and request.status == RequestStatus.OPEN


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"answer": "", "version": 1}, "Vul dit veld in."),
        ({"answer": "   ", "version": 1}, "Vul dit veld in."),
        ({"answer": "Klaar"}, "Dit formulier is niet volledig verstuurd."),
    ],
    ids=["empty", "blank", "no-version"],
)
def test_a_bad_answer_saves_nothing(world: Any, data: dict[str, Any], message: str) -> None:
    request = _request(world.client_record, world.org_a)
    url = reverse("portal:data_request_handle", args=[request.pk])
    response = _as(world.personas["admin_own"]).post(url, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    request.refresh_from_db()
    assert request.answer == "" and request.version == 1
