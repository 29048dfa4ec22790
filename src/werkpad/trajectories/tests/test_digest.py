"""The daily digest: overdue actions and caseload flags reach their owner by e-mail, without
client data, only for trajectories the user is still on the team of, and through the tasks
backend."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from werkpad.audit.models import AccessLogEntry
from werkpad.organisations.models import Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import digest as digest_module
from werkpad.trajectories.digest import digest_for, send_daily_digests
from werkpad.trajectories.models import PlanAction, TeamMember, Trajectory

TODAY = date(2026, 3, 16)
CLIENT_NAME = "Zeynep Zonderland"
ACTION_TEXT = "Bellen over de schuldhulp van Zeynep"
FLAG_IPS = "Eerste werkgeverscontact te laat"
FLAG_NO_CONTACT = "Al 30 dagen geen contact met de cliënt"


def _trajectory(org: Any, client: Any, **fields: Any) -> Trajectory:
    values: dict[str, Any] = {
        "client": client,
        "type": "ips",
        "organisation": org,
        "phase": "kennismaking",
        "phase_since": TODAY - timedelta(days=5),
        "started_on": TODAY - timedelta(days=5),
        "last_contact_on": TODAY - timedelta(days=1),
    }
    values.update(fields)
    return Trajectory.objects.create(**values)


def _member(trajectory: Trajectory, user: Any, org: Any, **fields: Any) -> TeamMember:
    values: dict[str, Any] = {"started_on": trajectory.started_on, "added_by": user}
    values.update(fields)
    return TeamMember.objects.create(
        trajectory=trajectory,
        user=user,
        organisation=org,
        role=Role.IPS_TRAJECTBEGELEIDER,
        **values,
    )


def _action(trajectory: Trajectory, owner: Any, due_on: date, **fields: Any) -> PlanAction:
    return PlanAction.objects.create(
        trajectory=trajectory,
        organisation=trajectory.organisation,
        category="reintegratie",
        description=ACTION_TEXT,
        owner=owner,
        due_on=due_on,
        **fields,
    )


@pytest.fixture
def setup(db: Any) -> SimpleNamespace:
    """A professional on the team of one IPS trajectory without any flag."""
    org = make_organisation("GGZ Digest")
    pro = make_user(organisation=org, full_name="Pim Professional")
    client = make_client(organisation=org, full_name=CLIENT_NAME)
    trajectory = _trajectory(org, client)
    _member(trajectory, pro, org)

    return SimpleNamespace(org=org, pro=pro, client=client, trajectory=trajectory)


def _only_mail() -> Any:
    assert len(mail.outbox) == 1
    return mail.outbox[0]


def test_an_overdue_action_reaches_its_owner_without_client_data(setup: Any) -> None:
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))

    assert send_daily_digests(TODAY) == 1

    message = _only_mail()
    assert message.to == [setup.pro.email]
    assert message.subject == "Werkpad: je acties en signalen van vandaag"
    assert setup.client.public_id in message.body
    assert "actie verlopen sinds 3 dagen" in message.body
    assert f"http://127.0.0.1:8000/trajecten/{setup.trajectory.pk}/" in message.body
    assert "http://127.0.0.1:8000/profiel/" in message.body
    # No client data: not the name, not the action's text.
    for secret in (CLIENT_NAME, "Zeynep", ACTION_TEXT):
        assert secret not in message.body
        assert secret not in message.subject


def test_being_added_to_a_team_by_a_colleague_is_reported_the_day_after(setup: Any) -> None:
    """Issue 13, item 1: nobody was told they were added to a team. The digest of the day
    after says so, once, by Werkpad-nummer and who added them, without client data."""
    colleague = make_user(organisation=setup.org, full_name="Carla Collega")
    other = _trajectory(setup.org, make_client(organisation=setup.org, full_name="Yara Y"))
    _member(other, colleague, setup.org)
    _member(other, setup.pro, setup.org, started_on=TODAY - timedelta(days=1))
    TeamMember.objects.filter(trajectory=other, user=setup.pro).update(added_by=colleague)
    # Added by themselves (starting a trajectory) or two days ago: not news.
    own = _trajectory(setup.org, make_client(organisation=setup.org))
    _member(own, setup.pro, setup.org, started_on=TODAY - timedelta(days=1))
    earlier = _trajectory(setup.org, make_client(organisation=setup.org))
    _member(earlier, setup.pro, setup.org, started_on=TODAY - timedelta(days=2))
    TeamMember.objects.filter(trajectory=earlier, user=setup.pro).update(added_by=colleague)

    for day, expected in ((TODAY, 1), (TODAY + timedelta(days=1), 0)):
        digest = digest_for(setup.pro, day)
        assert [item.public_id for item in (digest.added if digest else [])] == (
            [other.client.public_id] * expected
        ), day
    assert send_daily_digests(TODAY) >= 1
    body = next(m.body for m in mail.outbox if m.to == [setup.pro.email])
    assert "Gisteren toegevoegd aan het team van een traject" in body
    assert f"{other.client.public_id}: toegevoegd door Carla Collega" in body
    assert "Yara" not in body


def test_an_action_due_today_is_listed_apart(setup: Any) -> None:
    _action(setup.trajectory, setup.pro, TODAY)
    result = digest_for(setup.pro, TODAY)
    assert result is not None
    assert result.overdue == []
    assert [(i.public_id, i.days_overdue) for i in result.due_today] == [
        (setup.client.public_id, 0)
    ]


def test_a_done_or_future_action_is_not_reported(setup: Any) -> None:
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3), done_on=TODAY)
    _action(setup.trajectory, setup.pro, TODAY + timedelta(days=1))

    assert digest_for(setup.pro, TODAY) is None
    assert send_daily_digests(TODAY) == 0
    assert mail.outbox == []


def test_someone_elses_action_is_not_reported(setup: Any) -> None:
    colleague = make_user(organisation=setup.org)
    _member(setup.trajectory, colleague, setup.org)
    _action(setup.trajectory, colleague, TODAY - timedelta(days=2))

    assert digest_for(setup.pro, TODAY) is None
    result = digest_for(colleague, TODAY)
    assert result is not None
    assert len(result.overdue) == 1


def test_a_user_who_turned_the_digest_off_gets_no_mail(setup: Any) -> None:
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))
    setup.pro.daily_digest = False
    setup.pro.save(update_fields=["daily_digest"])

    assert send_daily_digests(TODAY) == 0
    assert mail.outbox == []


def test_the_ips_flag_appears(setup: Any) -> None:
    # Still in kennismaking: the IPS clock runs from the start (REFERENCE §1.1).
    Trajectory.objects.filter(pk=setup.trajectory.pk).update(
        phase="kennismaking",
        started_on=TODAY - timedelta(days=40),
        first_employer_contact_on=None,
    )

    result = digest_for(setup.pro, TODAY)
    assert result is not None
    assert [(i.public_id, i.flag.code) for i in result.flags] == [
        (setup.client.public_id, "employer_contact_overdue")
    ]

    send_daily_digests(TODAY)
    body = _only_mail().body
    assert f"{setup.client.public_id}: {FLAG_IPS}" in body
    assert CLIENT_NAME not in body


def test_an_ended_team_membership_yields_nothing_of_that_trajectory(setup: Any) -> None:
    Trajectory.objects.filter(pk=setup.trajectory.pk).update(
        phase="zoeken",
        started_on=TODAY - timedelta(days=40),
        last_contact_on=TODAY - timedelta(days=60),
    )
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))
    TeamMember.objects.filter(user=setup.pro).update(ended_on=TODAY - timedelta(days=1))

    assert digest_for(setup.pro, TODAY) is None
    assert send_daily_digests(TODAY) == 0
    assert mail.outbox == []


def test_a_deactivated_membership_yields_nothing_of_its_trajectories(setup: Any) -> None:
    """Left the organisation, but the team membership was not ended (yet)."""
    other_org = make_organisation("UWV Digest")
    from werkpad.organisations.models import Membership

    Membership.objects.create(user=setup.pro, organisation=other_org, role=Role.ARBEIDSDESKUNDIGE)
    setup.pro.memberships.filter(organisation=setup.org).update(is_active=False)
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))

    assert digest_for(setup.pro, TODAY) is None
    assert send_daily_digests(TODAY) == 0


def test_a_closed_trajectory_is_not_reported(setup: Any) -> None:
    Trajectory.objects.filter(pk=setup.trajectory.pk).update(
        ended_on=TODAY - timedelta(days=1), last_contact_on=TODAY - timedelta(days=60)
    )
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))

    assert digest_for(setup.pro, TODAY) is None


def test_one_mail_per_user_and_nothing_in_the_access_log(setup: Any) -> None:
    # Flag: no contact for 60 days, on two trajectories; plus an overdue action.
    Trajectory.objects.filter(pk=setup.trajectory.pk).update(
        last_contact_on=TODAY - timedelta(days=60)
    )
    second = _trajectory(
        setup.org,
        make_client(organisation=setup.org),
        last_contact_on=TODAY - timedelta(days=45),
    )
    _member(second, setup.pro, setup.org)
    _action(second, setup.pro, TODAY - timedelta(days=1))
    idle = make_user(organisation=setup.org)  # nothing to report: no mail
    log_rows = AccessLogEntry.objects.count()

    assert send_daily_digests(TODAY) == 1

    message = _only_mail()
    assert message.to == [setup.pro.email]
    assert idle.email not in [m.to[0] for m in mail.outbox]
    assert "actie verlopen sinds 1 dag\n" in message.body
    assert message.body.count(FLAG_NO_CONTACT) == 2
    assert AccessLogEntry.objects.count() == log_rows


def test_each_mail_is_made_in_the_recipients_language(
    setup: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = make_user(organisation=setup.org, preferred_language="en")
    _member(setup.trajectory, english, setup.org)
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=2))
    _action(setup.trajectory, english, TODAY - timedelta(days=2))
    languages: dict[str, str | None] = {}
    original = digest_module._message

    def spy(digest: Any) -> Any:
        languages[digest.user.email] = translation.get_language()
        return original(digest)

    monkeypatch.setattr(digest_module, "_message", spy)

    with translation.override("en"):
        assert send_daily_digests(TODAY) == 2

    assert languages == {setup.pro.email: "nl", english.email: "en"}
    dutch = next(m for m in mail.outbox if m.to == [setup.pro.email])
    assert dutch.subject == "Werkpad: je acties en signalen van vandaag"
    assert dutch.body.startswith("Beste Pim Professional,")
    assert "actie verlopen sinds 2 dagen" in dutch.body


def test_the_number_of_queries_does_not_grow_with_the_users(setup: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))
    with CaptureQueriesContext(connection) as one:
        assert send_daily_digests(TODAY) == 1
    for _ in range(3):
        colleague = make_user(organisation=setup.org)
        trajectory = _trajectory(setup.org, make_client(organisation=setup.org))
        _member(trajectory, colleague, setup.org)
        _action(trajectory, colleague, TODAY - timedelta(days=1))
    with CaptureQueriesContext(connection) as four:
        assert send_daily_digests(TODAY) == 4
    assert len(four) == len(one)


def test_the_plain_text_is_not_html_escaped(setup: Any) -> None:
    setup.pro.full_name = "Jan D'Arc & Zn"
    setup.pro.save(update_fields=["full_name"])
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))
    send_daily_digests(TODAY)
    assert _only_mail().body.startswith("Beste Jan D'Arc & Zn,")


def test_the_base_url_setting_is_used(setup: Any, settings: Any) -> None:
    settings.WERKPAD_BASE_URL = "https://werkpad.example/"
    _action(setup.trajectory, setup.pro, TODAY - timedelta(days=3))
    send_daily_digests(TODAY)
    body = _only_mail().body
    assert f"https://werkpad.example/trajecten/{setup.trajectory.pk}/" in body
    assert "https://werkpad.example/profiel/" in body


def test_the_digest_runs_on_the_tasks_backend(setup: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from django_tasks_db.management.commands import db_worker

    from werkpad.trajectories.tasks import send_daily_digest

    # The worker closes connections that are inside a transaction, as the test's is.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    _action(setup.trajectory, setup.pro, timezone.localdate() - timedelta(days=3))

    result = send_daily_digest.enqueue()
    assert mail.outbox == []
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 1
    message = _only_mail()
    assert message.to == [setup.pro.email]
    assert setup.client.public_id in message.body
    assert CLIENT_NAME not in message.body


def test_the_command_enqueues(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from django_tasks_db.models import DBTaskResult

    call_command("send_daily_digest")
    assert "Daily digest enqueued" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(task_path__endswith="send_daily_digest").count() == 1


def test_the_command_can_send_at_once(setup: Any, capsys: pytest.CaptureFixture[str]) -> None:
    _action(setup.trajectory, setup.pro, timezone.localdate() - timedelta(days=3))
    call_command("send_daily_digest", "--now")
    assert "Sent 1 daily digest e-mails." in capsys.readouterr().out
    assert _only_mail().to == [setup.pro.email]
