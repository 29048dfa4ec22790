"""The worker's earlier check-ins on their check-in page (issue 13, item 17): newest first
with the three answers as the form asks them, the request for support and the note; a
worried check-in says who hears of it and what happens (the rule of ``wellbeing.py``); a
client sees only their own; the page runs the same number of queries with 1 and with 8
check-ins, and its read is logged."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from werkpad.access.actor import Actor, actor_for_user
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.core.templatetags.werkpad import short_date
from werkpad.employment import services
from werkpad.employment.models import CheckIn, Placement
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services as trajectory_services

from .conftest import Kit, today

PAGE = reverse("employment:my_checkin")


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _checkin(actor: Actor, placement: Placement, days_ago: int, **answers: Any) -> CheckIn:
    values: dict[str, Any] = {"work": 3, "workload": 3, "sleep": 3}
    values.update(answers)
    return services.checkin_record(
        actor=actor, placement=placement, on=today() - timedelta(days=days_ago), **values
    )


def _cards(html: str) -> list[str]:
    return re.findall(r'<li class="werkpad-card" data-checkin="\d+">.*?</li>', html, re.S)


def _other_worker(kit: Kit) -> tuple[User, Placement]:
    user = make_user(full_name="Cliënt Bas")
    client = make_client(organisation=kit.world.org_a, user=user, full_name="Bas Brouwer")
    trajectory = trajectory_services.trajectory_start(
        actor=kit.pro, client=client, trajectory_type="ips"
    )
    return user, kit.placement(trajectory=trajectory, start_on=today())


def test_the_history_shows_the_workers_check_ins_newest_first(kit: Kit) -> None:
    placement = kit.placement()
    _checkin(kit.worker, placement, 9, work=3, workload=2, sleep=3, note="Rustige week")
    _checkin(kit.worker, placement, 2, work=2, workload=3, sleep=2, support_needed=True)
    _checkin(kit.pro, placement, 5, note="Samen gekeken")

    html = _as(kit.world.personas["client"]).get(PAGE).content.decode()
    cards = _cards(html)
    assert len(cards) == 3
    newest, by_coach, oldest = cards
    with translation.override("nl"):
        assert short_date(today() - timedelta(days=2)) in newest
        assert short_date(today() - timedelta(days=9)) in oldest
    # The form's own questions, the answers in words, support and the note.
    assert "Hoe gaat het werk?</dt><dd>gaat wel</dd>" in newest
    assert "Hoe is de werkdruk?</dt><dd>goed</dd>" in newest
    assert "Hoe slaap je?</dt><dd>gaat wel</dd>" in newest
    assert "<dd data-support>ja</dd>" in newest
    assert "Hoe is de werkdruk?</dt><dd>gaat wel</dd>" in oldest
    assert "<dd data-support>nee</dd>" in oldest
    assert "Wat je erover vertelde</dt><dd>Rustige week</dd>" in oldest
    # The one the coach recorded says so.
    assert "Ingevuld door Pro Eigen." in by_coach and "Samen gekeken" in by_coach
    assert "Ingevuld door" not in newest


def test_a_worried_check_in_shows_who_responds_and_when(kit: Kit) -> None:
    kit.placement()
    anna = _as(kit.world.personas["client"])
    before = anna.get(PAGE).content.decode()
    assert "Je hebt nog geen check-ins." in before
    # The rule stands above the form before anything is sent, with the coach's name.
    rule = re.search(r"<p class=\"utrecht-paragraph\" data-response-rule>(.*?)</p>", before)
    assert rule is not None
    assert "krijgt je begeleider Pro Eigen meteen een seintje" in rule.group(1)
    assert "neemt snel contact met je op" in rule.group(1)
    assert 'href="tel:08000113"' in before and 'href="tel:112"' in before

    posted = anna.post(PAGE, {"work": "3", "workload": "1", "sleep": "2", "note": "Te druk"})
    assert posted.status_code == 302
    html = anna.get(PAGE).content.decode()
    assert "Dank je wel. Je begeleider neemt snel contact met je op." in html
    (card,) = _cards(html)
    assert "data-promise" in card
    assert (
        "Je begeleider Pro Eigen krijgt hierover een seintje en neemt snel contact met je op."
        in card
    )

    # A calm check-in after it makes no promise; the earlier worried one says it went.
    anna.post(PAGE, {"work": "3", "workload": "3", "sleep": "3"})
    calm, worried = _cards(anna.get(PAGE).content.decode())
    assert "data-promise" not in calm
    assert "Hierover ging een seintje naar je begeleider." in worried


def test_asking_for_support_is_worried_too(kit: Kit) -> None:
    placement = kit.placement()
    _checkin(kit.worker, placement, 1, support_needed=True)
    (card,) = _cards(_as(kit.world.personas["client"]).get(PAGE).content.decode())
    assert "krijgt hierover een seintje" in card


def test_each_client_sees_only_their_own_check_ins(kit: Kit) -> None:
    kit.placement()
    bas_user, _ = _other_worker(kit)
    anna, bas = _as(kit.world.personas["client"]), _as(bas_user)

    for http, answers in (
        (anna, {"work": "3", "note": "Anna 1"}),
        (bas, {"work": "1", "note": "Bas 1"}),
        (anna, {"work": "2", "note": "Anna 2"}),
    ):
        assert http.post(PAGE, {"workload": "3", "sleep": "3", **answers}).status_code == 302

    for http, own, other in ((anna, ("Anna 1", "Anna 2"), "Bas"), (bas, ("Bas 1",), "Anna")):
        html = http.get(PAGE).content.decode()
        cards = _cards(html)
        assert len(cards) == len(own)
        assert all(note in html for note in own)
        assert other not in "".join(cards)
    assert CheckIn.objects.filter(by_worker=True).count() == 3


def test_the_read_is_logged(kit: Kit) -> None:
    placement = kit.placement()
    _checkin(kit.worker, placement, 1)
    _as(kit.world.personas["client"]).get(PAGE)
    row = AccessLogEntry.objects.get(event_code="checkin.list")
    assert row.user == kit.world.personas["client"]
    assert row.client_pid == kit.trajectory.client.public_id
    assert row.basis == "self"
    assert row.detail == {"count": 1}


def test_the_query_count_does_not_grow_with_the_check_ins(
    kit: Kit, django_assert_num_queries: Any
) -> None:
    """1 check-in against 8 (the worker's own and one the coach recorded)."""
    placement = kit.placement()
    anna = _as(kit.world.personas["client"])
    worker = actor_for_user(kit.world.personas["client"])
    _checkin(worker, placement, 20, work=1, note="De eerste")
    with CaptureQueriesContext(connection) as one:
        assert len(_cards(anna.get(PAGE).content.decode())) == 1
    for day in range(6):
        _checkin(worker, placement, day, sleep=1 + day % 3, support_needed=day % 2 == 0)
    _checkin(kit.pro, placement, 10, note="Door de coach")  # recorded_by is read at once
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(_cards(anna.get(PAGE).content.decode())) == 8
