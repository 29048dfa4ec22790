"""Edges of the portal's access rules found in review: the worker's words about their health
are work data (another organisation on the team needs consent for work data to read them);
a former employer sees nothing of the choice; a conversation follows the team (a member who
left no longer reads or receives it); a huge id is a 404, not a crash."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.organisations.models import Organisation, Role
from werkpad.portal.models import EmployerDisclosure, Thread
from werkpad.portal.services.disclosure import employer_disclosure_choose
from werkpad.portal.services.messages import message_add, thread_start
from werkpad.testing import make_user
from werkpad.trajectories.models import TeamMember

WORDS = "Ik heb soms last van somberheid"


def _choose(world: Any) -> EmployerDisclosure:
    return employer_disclosure_choose(
        actor=actor_for_user(world.personas["client"]),
        client=world.client_record,
        employer=world.employer,
        condition="wat",
        condition_text=WORDS,
        share_needs=False,
        needs_text="",
    )


def _member_of_c_on_the_team(world: Any) -> Any:
    """A klantmanager of organisation C (Anna's consent for C covers basic data only) on
    Anna's team."""
    third = Organisation.objects.get(name="Gemeente Derde (C)")
    user = make_user(organisation=third, role=Role.KLANTMANAGER)
    TeamMember.objects.create(
        trajectory=world.trajectory,
        user=user,
        organisation=third,
        role=Role.KLANTMANAGER,
        started_on=world.trajectory.started_on,
        added_by=world.personas["pro_own"],
    )
    return user


def test_the_health_words_need_consent_for_work_data(work_world: Any) -> None:
    _choose(work_world)
    user = _member_of_c_on_the_team(work_world)
    actor = actor_for_user(user)
    assert not visible_to(actor, EmployerDisclosure.objects.all()).exists()
    werk = Consent.objects.create(
        client=work_world.client_record,
        recipient=user.memberships.get().organisation,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=work_world.personas["pro_own"],
        recorded_by_organisation=work_world.org_a,
    )
    ConsentGrant.objects.create(consent=werk, category="werk")
    assert visible_to(actor, EmployerDisclosure.objects.all()).get().condition_text == WORDS
    pro_own = actor_for_user(work_world.personas["pro_own"])
    assert visible_to(pro_own, EmployerDisclosure.objects.all()).exists()


def test_a_former_employer_sees_nothing_of_the_choice(work_world: Any) -> None:
    _choose(work_world)
    employer = actor_for_user(work_world.personas["employer"])
    assert visible_to(employer, EmployerDisclosure.objects.all()).exists()
    work_world.placement.ended_on = timezone.localdate()
    work_world.placement.save(update_fields=["ended_on"])
    assert not visible_to(employer, EmployerDisclosure.objects.all()).exists()


def test_a_conversation_follows_the_team(work_world: Any) -> None:
    anna = actor_for_user(work_world.personas["client"])
    coach = work_world.personas["pro_own"]
    thread = thread_start(
        actor=anna,
        trajectory=work_world.trajectory,
        professional=coach,
        category="reintegratie",
        subject="Vraag",
        body="Hoe gaat het verder?",
    )
    assert visible_to(actor_for_user(coach), Thread.objects.all()).exists()
    TeamMember.objects.filter(trajectory=work_world.trajectory, user=coach).update(
        ended_on=timezone.localdate()
    )
    assert not visible_to(actor_for_user(coach), Thread.objects.all()).exists()
    mail.outbox.clear()
    http = HttpClient()
    http.force_login(work_world.personas["client"])
    url = reverse("portal:thread", kwargs={"pk": thread.pk})
    response = http.post(url, {"body": "Ik voel me slechter"})
    assert response.status_code == 400  # refused with a message: nobody would read it
    assert thread.messages.count() == 1
    assert mail.outbox == []
    with pytest.raises(ValidationError):
        message_add(actor=anna, thread=thread, body="Nog een keer")
    assert thread.messages.count() == 1


def test_a_huge_id_is_not_found(work_world: Any) -> None:
    http = HttpClient()
    http.force_login(work_world.personas["client"])
    huge = 10**30
    for name in ("portal:group_join", "portal:group_leave", "portal:action_done"):
        response = http.post(reverse(name, kwargs={"pk": huge}))
        assert response.status_code == 404, name
    assert http.get(reverse("portal:thread", kwargs={"pk": huge})).status_code == 404


def test_an_invitation_stops_working_when_the_team_corrects_the_address(
    work_world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    import re

    from werkpad.portal.services.my_path import invitation_send

    record = work_world.other_client_record  # Bert, no account yet, of organisation B
    record.email = "bert@tikfout.example"
    record.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(
            actor=actor_for_user(work_world.personas["pro_other"]),
            client=record,
            base_url="https://werkpad.example",
        )
    link = re.search(r"/uitnodiging/\S+/", mail.outbox[-1].body).group(0)  # type: ignore[union-attr]
    record.email = "bert@juist.example"
    record.save(update_fields=["email"])
    response = HttpClient().post(
        link, {"password1": "Een-goed-wachtwoord-26", "password2": "Een-goed-wachtwoord-26"}
    )
    assert response.status_code == 410
    assert "e-mailadres veranderd" in response.content.decode()
    record.refresh_from_db()
    assert record.user_id is None


def test_the_date_of_birth_proves_the_invitation_is_yours(
    work_world: Any, django_capture_on_commit_callbacks: Any
) -> None:
    import re

    from werkpad.portal.models import INVITATION_MAX_ATTEMPTS, ClientInvitation
    from werkpad.portal.services.my_path import invitation_send

    record = work_world.other_client_record
    record.email = "bert@voorbeeld.example"
    record.date_of_birth = date(1990, 5, 17)
    record.save(update_fields=["email", "date_of_birth"])
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(
            actor=actor_for_user(work_world.personas["pro_other"]),
            client=record,
            base_url="https://werkpad.example",
        )
    link = re.search(r"/uitnodiging/\S+/", mail.outbox[-1].body).group(0)  # type: ignore[union-attr]
    password = {"password1": "Een-goed-wachtwoord-26", "password2": "Een-goed-wachtwoord-26"}
    browser = HttpClient()
    assert "Je geboortedatum" in browser.get(link).content.decode()
    missing = browser.post(link, password)
    assert missing.status_code == 400 and "Vul je geboortedatum in." in missing.content.decode()
    wrong = browser.post(link, {**password, "date_of_birth": "1990-05-18"})
    assert wrong.status_code == 400 and "past niet bij je dossier" in wrong.content.decode()
    invitation = ClientInvitation.objects.get(client=record)
    assert invitation.failed_attempts == 1 and invitation.revoked_at is None
    record.refresh_from_db()
    assert record.user_id is None  # nothing made
    right = browser.post(link, {**password, "date_of_birth": "1990-05-17"})
    assert right.status_code == 302
    record.refresh_from_db()
    assert record.user is not None and record.user.email == "bert@voorbeeld.example"

    # Someone guessing: at the limit the link stops working, for good.
    other = work_world.client_record
    other.user = None
    other.email = "anna@voorbeeld.example"
    other.date_of_birth = date(1985, 1, 2)
    other.save(update_fields=["user", "email", "date_of_birth"])
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(
            actor=actor_for_user(work_world.personas["pro_own"]),
            client=other,
            base_url="https://werkpad.example",
        )
    link = re.search(r"/uitnodiging/\S+/", mail.outbox[-1].body).group(0)  # type: ignore[union-attr]
    guesser = HttpClient()
    statuses = [
        guesser.post(link, {**password, "date_of_birth": f"1985-01-{day:02d}"}).status_code
        for day in range(10, 10 + INVITATION_MAX_ATTEMPTS)
    ]
    assert statuses == [400] * (INVITATION_MAX_ATTEMPTS - 1) + [410]
    late = guesser.post(link, {**password, "date_of_birth": "1985-01-02"})
    assert late.status_code == 410  # even the right date no longer helps
    other.refresh_from_db()
    assert other.user_id is None


@pytest.mark.parametrize(
    "query", ["tot=9999-12-31", "van=0001-01-01", "van=0001-01-01&tot=0001-01-01"]
)
def test_who_saw_my_file_refuses_dates_out_of_range(work_world: Any, query: str) -> None:
    http = HttpClient()
    http.force_login(work_world.personas["client"])
    response = http.get(reverse("portal:access_log") + "?" + query)
    assert response.status_code == 400
    assert "tussen 1 januari 2000" in response.content.decode()


def test_a_password_like_ones_own_name_is_refused() -> None:
    from django.contrib.auth.password_validation import validate_password

    from werkpad.accounts.models import User

    carla = User(full_name="Carla Vermeij", email="carla@voorbeeld.example")
    with pytest.raises(ValidationError) as refused:
        validate_password("carla vermeij", user=carla)
    assert "lijkt te veel op" in " ".join(refused.value.messages)


def test_a_client_writes_to_the_team_only_on_a_trajectory_or_in_a_conversation(
    work_world: Any,
) -> None:
    from werkpad.access.policy import Action, decide

    anna = actor_for_user(work_world.personas["client"])
    assert decide(anna, Action.MESSAGE, work_world.trajectory).allowed
    assert not decide(anna, Action.MESSAGE, work_world.goal).allowed
    assert not decide(anna, Action.MESSAGE, work_world.client_record).allowed
