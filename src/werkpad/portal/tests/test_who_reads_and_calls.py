"""Who reads what the client writes in a conversation, and calling the team (issue 13, item 14,
the rest): the form of a new conversation says, per member of the team, what a message to
them may be about for them to read it, and on a form sent back who reads the choice; a
conversation says who reads it now; both follow the client's consent as it changes, as the
policy decides (``team_members_who_would_read_thread`` agrees with ``professional_reads``).
A professional's number for clients is a tap-to-call link in the client's team list, never
shown to a client they do not work with; the start page runs as many queries with four
members as with one."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import team_members_who_would_read_thread
from werkpad.clients.models import Consent, ConsentGrant, DataCategory
from werkpad.clients.services import consent_withdraw
from werkpad.organisations.models import Membership, Role
from werkpad.portal.models import Message, Thread
from werkpad.portal.selectors.my_path import tel_href
from werkpad.portal.services.messages import professional_reads
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import TeamMember

OTHER = "Pro Ander (IPS-trajectbegeleider, UWV West (B))"
OWN = "Pro Eigen (IPS-trajectbegeleider, GGZ Oost (A))"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _anna(world: Any) -> HttpClient:
    return _as(world.personas["client"])


def _readers(page: str) -> str:
    start = page.index("data-readers")
    return unescape(page[start : page.index("</div></div></div>", start)])


def _line_of(readers: str, name: str) -> str:
    """The line of the new conversation's overview that names ``name``."""
    [line] = [li for li in re.findall(r"<li[^>]*>(.*?)</li>", readers, re.S) if name in li]
    return line


def _pro_other_on_team(world: Any) -> TeamMember:
    return trajectory_services.team_member_add(
        actor=actor_for_user(world.personas["pro_own"]),
        trajectory=world.trajectory,
        membership=world.personas["pro_other"].memberships.get(),
    )


def _consent_for_b(world: Any, *categories: str) -> Consent:
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    for category in categories:
        ConsentGrant.objects.create(consent=consent, category=category)
    return consent


def _withdraw(world: Any, consent: Consent) -> None:
    consent_withdraw(
        actor=actor_for_user(world.personas["pro_own"]),
        consent=consent,
        reason="De cliënt wil het niet meer.",
    )


# --- A new conversation ----------------------------------------------------------------------
def test_the_new_conversation_form_says_who_reads_what_as_consent_changes(world: Any) -> None:
    anna = _anna(world)
    url = reverse("portal:thread_new")
    member = _pro_other_on_team(world)

    readers = _readers(anna.get(url).content.decode())
    assert f"{OWN}: over alles wat je kunt kiezen." in readers
    assert _line_of(readers, OTHER) == f"{OTHER}: nu over niets."

    consent = _consent_for_b(world, "basis", "werk")
    line = _line_of(_readers(anna.get(url).content.decode()), OTHER)
    assert line == (
        f"{OTHER}: alleen over: Werk (zoeken, solliciteren of mijn baan); "
        "Iets praktisch, zoals een afspraak of mijn adres."
    )

    # A form sent back (no message yet) names who would read the conversation as chosen.
    chosen = {"professional": member.pk, "category": "werk", "subject": "Sollicitatie"}
    sent_back = anna.post(url, chosen)
    assert sent_back.status_code == 400
    readers = _readers(sent_back.content.decode())
    assert f"Wie leest dit: {OTHER}." in readers

    _withdraw(world, consent)
    assert _line_of(_readers(anna.get(url).content.decode()), OTHER) == f"{OTHER}: nu over niets."
    sent_back = anna.post(url, chosen)
    readers = _readers(sent_back.content.decode())
    assert "Pro Ander" not in readers.split("<ul")[0]
    assert "Nu leest nog niemand uit je team dit." in readers
    assert not Thread.objects.exists()


def test_a_conversation_says_who_reads_it_until_the_consent_is_withdrawn(world: Any) -> None:
    _pro_other_on_team(world)
    consent = _consent_for_b(world, "basis", "werk")
    now = timezone.now()
    thread = Thread.objects.create(
        trajectory=world.trajectory,
        professional=world.personas["pro_other"],
        organisation=world.org_a,
        category="werk",
        subject="Sollicitatie",
        last_message_at=now,
        client_read_at=now,
    )
    Message.objects.create(thread=thread, author=world.personas["client"], body="Hallo!")
    anna = _anna(world)
    url = reverse("portal:thread", args=[thread.pk])

    readers = _readers(anna.get(url).content.decode())
    assert f"Wie leest dit: {OTHER}." in readers
    assert "Pro Eigen" not in readers  # a colleague of the organisation never reads along
    assert "Een gesprek lezen alleen jij en de persoon aan wie je schrijft." in readers

    _withdraw(world, consent)
    readers = _readers(anna.get(url).content.decode())
    assert "Pro Ander" not in readers
    assert "Nu leest nog niemand uit je team dit." in readers


@pytest.mark.parametrize("category", [c.value for c in DataCategory])
def test_who_would_read_a_conversation_is_who_reads_it(world: Any, category: str) -> None:
    """The policy's answer before a conversation exists agrees with the scope afterwards, for
    every member and every subject, with consent for B covering basic data and work."""
    _pro_other_on_team(world)
    _consent_for_b(world, "basis", "werk")
    for member in TeamMember.objects.filter(trajectory=world.trajectory, ended_on__isnull=True):
        would = team_members_who_would_read_thread(
            world.trajectory,
            category,
            organisation_id=world.trajectory.organisation_id,
            professional_id=member.user_id,
        ).exists()
        thread = Thread.objects.create(
            trajectory=world.trajectory,
            professional=member.user,
            organisation=world.trajectory.organisation,
            category=category,
            subject="Vraag",
            last_message_at=timezone.now(),
        )
        assert would == professional_reads(thread), (member.user.full_name, category)
    everyone = team_members_who_would_read_thread(
        world.trajectory, category, organisation_id=world.trajectory.organisation_id
    )
    expected = {"Pro Eigen", "Pro Ander"} if category in ("basis", "werk") else {"Pro Eigen"}
    assert {m.user.full_name for m in everyone} == expected


# --- Calling the team ------------------------------------------------------------------------
def _set_client_phone(user: Any, number: str) -> None:
    Membership.objects.filter(user=user).update(client_phone=number)


def _team_list(page: str) -> str:
    start = page.index("Wie helpen je?")
    return page[start : page.index("</ul>", start)]


def test_the_team_list_calls_a_member_by_the_number_for_clients(world: Any) -> None:
    anna = _anna(world)
    assert "tel:" not in _team_list(anna.get(reverse("portal:home")).content.decode())

    _set_client_phone(world.personas["pro_own"], "06 1234 5678")
    team = _team_list(anna.get(reverse("portal:home")).content.decode())
    assert '<a class="utrecht-link" href="tel:0612345678" data-call>06 1234 5678</a>' in team


def test_another_client_never_sees_the_number(world: Any) -> None:
    _set_client_phone(world.personas["pro_own"], "06 1234 5678")
    # Bert is a client of B: Pro Ander is on his team, Pro Eigen is not.
    bert_user = make_user(full_name="Cliënt Bert")
    bert = make_client(organisation=world.org_b, user=bert_user, full_name="Bert Bos")
    trajectory_services.trajectory_start(
        actor=actor_for_user(world.personas["pro_other"]), client=bert, trajectory_type="ips"
    )
    page = _as(bert_user).get(reverse("portal:home")).content.decode()
    assert "Pro Ander" in _team_list(page)
    assert "5678" not in page and "Pro Eigen" not in page


def test_an_international_number_keeps_its_plus() -> None:
    assert tel_href("+31 6 1234-5678") == "tel:+31612345678"
    assert tel_href("06-51002000") == "tel:0651002000"
    assert tel_href("") == ""


def _home_queries(anna: HttpClient) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert anna.get(reverse("portal:home")).status_code == 200
    return len(captured)


def test_the_team_list_runs_as_many_queries_with_four_members_as_with_one(
    world: Any, django_assert_num_queries: Any
) -> None:
    anna = _anna(world)
    _set_client_phone(world.personas["pro_own"], "06 1234 5678")
    one = _home_queries(anna)
    pro = actor_for_user(world.personas["pro_own"])
    for i, role in enumerate((Role.BEHANDELAAR, Role.JOBCOACH, Role.ERVARINGSDESKUNDIGE)):
        user = make_user(organisation=world.org_a, role=role, full_name=f"Collega {i}")
        _set_client_phone(user, f"06 2000 000{i}")
        trajectory_services.team_member_add(
            actor=pro, trajectory=world.trajectory, membership=user.memberships.get()
        )
    with django_assert_num_queries(one):
        page = anna.get(reverse("portal:home")).content.decode()
    team = _team_list(page)
    assert team.count("data-call") == 4
    assert 'href="tel:0620000002" data-call>06 2000 0002</a>' in team
