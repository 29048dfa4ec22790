"""What happens to my income, and the one-click question to my klantmanager, over HTTP."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import mail
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal import income
from werkpad.portal.models import Message, Thread
from werkpad.testing import make_organisation, make_user
from werkpad.trajectories.models import Intake, TeamMember, Trajectory

INCOME = reverse("portal:income")
ASK = reverse("portal:income_question")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


@pytest.fixture
def anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


def _klantmanager(world: Any, *, consent: bool) -> Any:
    """A klantmanager of a gemeente on Anna's team; with ``consent`` Anna lets the gemeente
    see her basic and re-integration data for her IPS trajectory."""
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    user = make_user(organisation=gemeente, role=Role.KLANTMANAGER, full_name="Kim Klant")
    TeamMember.objects.create(
        trajectory=world.trajectory,
        user=user,
        organisation=gemeente,
        role=Role.KLANTMANAGER,
        started_on=timezone.localdate(),
        added_by=world.personas["pro_own"],
    )
    if consent:
        given = Consent.objects.create(
            client=world.client_record,
            recipient=gemeente,
            purpose="ips",
            valid_from=date(2026, 1, 1),
            recorded_by=world.personas["pro_own"],
            recorded_by_organisation=world.org_a,
        )
        for category in ("basis", "reintegratie"):
            ConsentGrant.objects.create(consent=given, category=category)
    return user


def _intake(world: Any, benefit: str) -> Intake:
    return Intake.objects.create(
        client=world.client_record,
        organisation=world.org_a,
        recorded_by=world.personas["pro_own"],
        held_on=timezone.localdate(),
        ladder_step=3,
        benefit_status=benefit,
        work_discussed=True,
        work_wish="ja",
        work_meaning="Ergens bij horen",
        outcome="ips",
        reason="Wil werken",
    )


# --- The explanation ------------------------------------------------------------------------
def test_the_page_preselects_the_benefit_in_the_career_profile(work_world: Any) -> None:
    response = _as(work_world.personas["client"]).get(INCOME)
    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-benefit="bijstand"' in page
    assert "In je dossier (bij je werkwensen) staat welke uitkering je hebt." in page
    for situation in income.Situation:
        assert f'data-situation="{situation}"' in page
    assert "Dit is uitleg, geen besluit." in page
    assert date_format(income.RULES_CHECKED_ON, "j F Y") in page
    for source in income.rules_for("bijstand")[0].sources:
        assert source.url in page
    assert AccessLogEntry.objects.filter(
        event_code="portal.income.read", client_pid=work_world.client_record.public_id
    ).exists()


def test_the_newest_intake_chooses_when_there_is_no_profile(world: Any, anna: HttpClient) -> None:
    _intake(world, "ww")
    page = anna.get(INCOME).content.decode()
    assert 'data-benefit="ww"' in page
    assert "87,5%" in page
    assert "In je intakegesprek staat" in page


def test_without_a_recorded_benefit_the_client_chooses(world: Any, anna: HttpClient) -> None:
    page = anna.get(INCOME).content.decode()
    assert "data-benefit=" not in page
    assert 'name="uitkering"' in page
    chosen = anna.get(INCOME, {"uitkering": "wajong"}).content.decode()
    assert 'data-benefit="wajong"' in chosen
    assert "herleven" in chosen


def test_no_benefit_at_all_is_said_kindly(world: Any, anna: HttpClient) -> None:
    _intake(world, "geen")
    page = anna.get(INCOME).content.decode()
    assert "data-benefit=" not in page
    assert "geen uitkering hebt" in page


def test_an_unknown_benefit_is_a_400_with_a_message(world: Any, anna: HttpClient) -> None:
    response = anna.get(INCOME, {"uitkering": "loterij"})
    assert response.status_code == 400
    assert "Kies een uitkering uit de lijst." in response.content.decode()


# --- The question in one click ------------------------------------------------------------
def test_the_question_goes_to_the_klantmanager_with_a_mail_without_content(
    world: Any, anna: HttpClient, django_capture_on_commit_callbacks: Any
) -> None:
    kim = _klantmanager(world, consent=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = anna.post(ASK, {"uitkering": "ww"})
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:thread", args=[thread.pk])
    assert thread.professional == kim
    assert thread.category == "reintegratie"
    assert thread.subject == "Vraag over mijn inkomen (WW)"
    message = Message.objects.get()
    assert message.author == world.personas["client"]
    assert "WW" in message.body
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == [kim.email]
    assert sent.subject == "Je hebt een nieuw bericht in Werkpad"
    assert reverse("portal:pro_thread", args=[thread.pk]) in sent.body
    assert "Anna" not in sent.body and message.body not in sent.body
    assert AccessLogEntry.objects.filter(
        client_pid=world.client_record.public_id,
        object_type="portal.thread",
        object_id=str(thread.pk),
        action="C",
    ).exists()
    shown = anna.get(response["Location"]).content.decode()
    assert "Je vraag is verstuurd naar Kim Klant (klantmanager bij Gemeente Utrecht)." in shown


def test_without_a_klantmanager_it_goes_to_the_key_person_and_says_so(
    world: Any, anna: HttpClient
) -> None:
    response = anna.post(ASK, {"uitkering": "bijstand"}, follow=True)
    thread = Thread.objects.get()
    assert thread.professional == world.personas["pro_own"]
    assert thread.subject == "Vraag over mijn inkomen (Bijstand)"
    page = response.content.decode()
    assert "Je vraag is verstuurd naar" in page and "Die helpt je verder" in page


def test_without_a_running_trajectory_nothing_is_sent(
    world: Any, anna: HttpClient, django_capture_on_commit_callbacks: Any
) -> None:
    Trajectory.objects.filter(pk=world.trajectory.pk).update(ended_on=timezone.localdate())
    with django_capture_on_commit_callbacks(execute=True):
        response = anna.post(ASK, {"uitkering": "ww"})
    assert response.status_code == 400
    assert "Je hebt nu geen traject met een team." in response.content.decode()
    assert not Thread.objects.exists() and not Message.objects.exists()
    assert mail.outbox == []


def test_a_bad_benefit_in_the_question_saves_nothing(world: Any, anna: HttpClient) -> None:
    response = anna.post(ASK, {"uitkering": "loterij"})
    assert response.status_code == 400
    assert "Kies een uitkering uit de lijst." in response.content.decode()
    assert not Thread.objects.exists()


def test_a_question_without_a_benefit_is_fine(world: Any, anna: HttpClient) -> None:
    anna.post(ASK, {})
    assert Thread.objects.get().subject == "Vraag over mijn inkomen"


def test_the_question_is_for_clients_only(world: Any) -> None:
    response = _as(world.personas["pro_own"]).post(ASK, {"uitkering": "ww"})
    assert response.status_code == 403
    assert not Thread.objects.exists()
