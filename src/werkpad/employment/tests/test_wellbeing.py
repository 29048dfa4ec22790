"""The early-warning signal from well-being check-ins: the rule on its own (which series must
and must not signal), and end to end: a check-in → the task on the tasks backend → a signal
on the coach's caseload and an e-mail without names → resolving it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.core.forms import StaleEditError
from werkpad.employment import services, wellbeing
from werkpad.employment.models import CheckIn, Placement, Signal, SignalReason
from werkpad.employment.wellbeing import evaluate_placement, evaluate_recent, signal_reason
from werkpad.testing import make_client, make_user
from werkpad.trajectories import services as trajectory_services

from .conftest import Kit, today

# A check-in by its three answers (3 good, 2 so-so, 1 not good); totals 6..9 have no red.
ANSWERS_FOR_TOTAL = {9: (3, 3, 3), 8: (3, 3, 2), 7: (3, 2, 2), 6: (2, 2, 2)}


@dataclass
class C:
    work: int
    workload: int
    sleep: int
    support_needed: bool = False

    @property
    def total(self) -> int:
        return self.work + self.workload + self.sleep


def totals(*values: int) -> list[C]:
    return [C(*ANSWERS_FOR_TOTAL[v]) for v in values]


# --- The rule ------------------------------------------------------------------------------
MUST_SIGNAL = [
    pytest.param([C(3, 1, 3)], SignalReason.RED_ANSWER, id="one-red-answer"),
    pytest.param([*totals(9, 9), C(3, 3, 1)], SignalReason.RED_ANSWER, id="red-sleep-after-good"),
    pytest.param([C(1, 1, 1, support_needed=True)], SignalReason.RED_ANSWER, id="red-before-steun"),
    pytest.param(totals(9, 8, 7), SignalReason.FALLING, id="falling-9-8-7"),
    pytest.param(totals(9, 9, 9, 6), SignalReason.FALLING, id="drop-9-9-9-6"),
    pytest.param(totals(9, 9, 7), SignalReason.FALLING, id="drop-of-2"),
    pytest.param(totals(9, 9, 9, 9, 9, 7), SignalReason.FALLING, id="drop-after-long-good"),
    pytest.param(totals(6, 9, 8, 7), SignalReason.FALLING, id="last-three-falling"),
    pytest.param(
        [*totals(9, 9), C(3, 3, 3, support_needed=True)], SignalReason.SUPPORT, id="support"
    ),
]

MUST_NOT_SIGNAL = [
    pytest.param([], id="no-check-ins"),
    pytest.param(totals(9), id="one-good"),
    pytest.param(totals(9, 9, 9, 9), id="steady-good"),
    pytest.param(totals(7, 7, 7, 7), id="steady-so-so"),
    pytest.param(totals(9, 9, 9, 8), id="one-dip-of-1"),
    pytest.param(totals(9, 8), id="dip-of-1-after-one"),
    pytest.param(totals(9, 8, 8), id="dip-then-level"),
    pytest.param(totals(9, 8, 9), id="dip-and-back"),
    pytest.param(totals(6, 7, 8, 9), id="recovering"),
    pytest.param([C(3, 1, 3), *totals(8, 9)], id="recovering-after-red"),
    pytest.param([C(3, 3, 3, support_needed=True), *totals(9)], id="support-asked-earlier"),
    pytest.param(totals(6, 9, 9, 9, 9, 8), id="old-low-outside-the-window"),
]


@pytest.mark.parametrize(("series", "reason"), MUST_SIGNAL)
def test_series_that_must_signal(series: list[C], reason: SignalReason) -> None:
    assert signal_reason(series) == reason


@pytest.mark.parametrize("series", MUST_NOT_SIGNAL)
def test_series_that_must_not_signal(series: list[C]) -> None:
    assert signal_reason(series) is None


def test_the_rule_reads_the_latest_check_in_last() -> None:
    assert signal_reason(totals(7, 8, 9)) is None
    assert signal_reason(totals(9, 8, 7)) == SignalReason.FALLING


# --- End to end ----------------------------------------------------------------------------
NAME_PARTS = ("Anna", "Aalbers")


@pytest.fixture
def run_tasks(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> Callable[[], None]:
    """Run the queued tasks as the worker does; the e-mail a task sends after its commit is
    sent too (the test's transaction never commits)."""
    from django_tasks_db.management.commands import db_worker

    # The worker closes connections that are inside a transaction, as the test's is.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run() -> None:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    return run


@pytest.fixture
def checkin(django_capture_on_commit_callbacks: Any) -> Callable[..., CheckIn]:
    """A check-in through the service, with its after-commit enqueue executed."""

    def record(kit_: Kit, placement: Placement, answers: tuple[int, int, int], **kw: Any) -> Any:
        actor = kw.pop("actor", kit_.pro)
        work, workload, sleep = answers
        with django_capture_on_commit_callbacks(execute=True):
            return services.checkin_record(
                actor=actor,
                placement=placement,
                work=work,
                workload=workload,
                sleep=sleep,
                **kw,
            )

    return record


def _queued() -> int:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path__endswith="evaluate_checkins").count()


def test_a_red_check_in_raises_a_signal_and_mails_the_coach_without_names(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (3, 3, 3), on=today() - timedelta(days=14))
    checkin(kit, placement, (3, 1, 3), note="Slaapt slecht door de ploegendienst")
    assert _queued() == 2
    assert not Signal.objects.exists()  # nothing happens before the worker runs
    assert mail.outbox == []

    run_tasks()

    signal = Signal.objects.get()
    assert (signal.placement, signal.trajectory, signal.reason) == (
        placement,
        kit.trajectory,
        SignalReason.RED_ANSWER,
    )
    assert signal.organisation == kit.world.org_a
    assert signal.resolved_at is None
    assert AccessLogEntry.objects.filter(
        event_code="signal.raise",
        object_id=str(signal.pk),
        client_pid=kit.world.client_record.public_id,
    ).exists()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [kit.world.personas["pro_own"].email]
    assert message.subject == "Werkpad: een signaal uit de nazorg"
    assert kit.world.client_record.public_id in message.body
    assert f"/trajecten/{kit.trajectory.pk}/" in message.body
    assert "rood antwoord in de check-in" in message.body
    for secret in (*NAME_PARTS, "ploegendienst", "Hovenier", "Bakkerij"):
        assert secret not in message.body
        assert secret not in message.subject


@pytest.mark.parametrize(
    ("series", "reason"),
    [
        pytest.param([(3, 3, 3), (3, 3, 2), (3, 2, 2)], SignalReason.FALLING, id="9-8-7"),
        pytest.param(
            [(3, 3, 3), (3, 3, 3), (3, 3, 3), (2, 2, 2)], SignalReason.FALLING, id="9-9-9-6"
        ),
    ],
)
def test_a_falling_line_raises_a_signal(
    kit: Kit,
    checkin: Callable[..., CheckIn],
    run_tasks: Callable[[], None],
    series: list[tuple[int, int, int]],
    reason: SignalReason,
) -> None:
    placement = kit.placement()
    for days_ago, answers in zip(range(len(series), 0, -1), series, strict=True):
        checkin(kit, placement, answers, on=today() - timedelta(days=7 * days_ago))
    run_tasks()
    assert Signal.objects.get().reason == reason
    assert len(mail.outbox) == 1


def test_asking_for_support_raises_a_signal(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (3, 3, 3), support_needed=True, actor=kit.worker)
    run_tasks()
    assert Signal.objects.get().reason == SignalReason.SUPPORT


@pytest.mark.parametrize(
    "series",
    [
        pytest.param([(3, 3, 3), (3, 3, 3), (3, 3, 3)], id="steady-good"),
        pytest.param([(3, 3, 3), (3, 3, 3), (3, 3, 2)], id="one-dip-of-1"),
        pytest.param([(2, 2, 2), (3, 2, 2), (3, 3, 2)], id="recovering"),
    ],
)
def test_a_series_that_is_fine_raises_nothing(
    kit: Kit,
    checkin: Callable[..., CheckIn],
    run_tasks: Callable[[], None],
    series: list[tuple[int, int, int]],
) -> None:
    placement = kit.placement()
    for days_ago, answers in zip(range(len(series), 0, -1), series, strict=True):
        checkin(kit, placement, answers, on=today() - timedelta(days=7 * days_ago))
    run_tasks()
    assert not Signal.objects.exists()
    assert mail.outbox == []
    assert evaluate_recent(days=60) == 0


def test_a_second_evaluation_raises_no_second_open_signal(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (1, 2, 2))
    run_tasks()
    checkin(kit, placement, (1, 1, 1))
    run_tasks()
    assert evaluate_placement(placement.pk) is None
    assert evaluate_recent() == 0
    assert Signal.objects.filter(placement=placement).count() == 1
    assert len(mail.outbox) == 1


def test_a_resolved_signal_is_not_raised_again_without_a_new_check_in(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (3, 1, 3))
    run_tasks()
    signal = Signal.objects.get()
    services.signal_resolve(actor=kit.pro, signal=signal, resolution="Gebeld, gaat weer")
    # The daily sweep reads the same check-in again: it was dealt with.
    assert evaluate_recent() == 0
    assert evaluate_placement(placement.pk) is None
    assert Signal.objects.count() == 1
    # A new red check-in is new news.
    checkin(kit, placement, (1, 3, 3))
    run_tasks()
    assert Signal.objects.filter(resolved_at__isnull=True).count() == 1
    assert Signal.objects.count() == 2
    assert len(mail.outbox) == 2


def test_the_daily_sweep_catches_a_lost_task(kit: Kit) -> None:
    placement = kit.placement()
    # Recorded without running the after-commit enqueue: the task got lost.
    services.checkin_record(actor=kit.pro, placement=placement, work=3, workload=3, sleep=1)
    assert _queued() == 0
    assert evaluate_recent() == 1
    assert Signal.objects.get().reason == SignalReason.RED_ANSWER


def test_the_sweep_task_runs_on_the_tasks_backend(kit: Kit, run_tasks: Callable[[], None]) -> None:
    from werkpad.employment.tasks import sweep_checkins

    placement = kit.placement()
    services.checkin_record(actor=kit.pro, placement=placement, work=1, workload=3, sleep=3)
    result = sweep_checkins.enqueue()
    run_tasks()
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == 1
    assert Signal.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_latest_check_in_counts_after_many(kit: Kit) -> None:
    placement = kit.placement()
    start = placement.start_on
    CheckIn.objects.bulk_create(
        CheckIn(
            placement=placement,
            organisation=kit.world.org_a,
            on=start + timedelta(days=i),
            work=3,
            workload=3,
            sleep=3,
            recorded_by=kit.world.personas["pro_own"],
        )
        for i in range(55)
    )
    assert evaluate_placement(placement.pk) is None
    CheckIn.objects.create(
        placement=placement,
        organisation=kit.world.org_a,
        on=start + timedelta(days=56),
        work=3,
        workload=1,
        sleep=3,
        recorded_by=kit.world.personas["pro_own"],
    )
    signal = evaluate_placement(placement.pk)
    assert signal is not None
    assert signal.reason == SignalReason.RED_ANSWER


def test_an_ended_placement_is_not_evaluated(kit: Kit) -> None:
    placement = kit.placement()
    services.checkin_record(actor=kit.pro, placement=placement, work=1, workload=1, sleep=1)
    Placement.objects.filter(pk=placement.pk).update(ended_on=today())
    assert evaluate_placement(placement.pk) is None
    assert not Signal.objects.exists()


# --- Resolving -----------------------------------------------------------------------------
def test_signal_resolve_records_what_was_done(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (3, 3, 3), support_needed=True)
    run_tasks()
    signal = Signal.objects.get()

    resolved = services.signal_resolve(
        actor=kit.pro, signal=signal, resolution="  Langs geweest, rooster aangepast  "
    )

    assert resolved.resolved_at is not None
    assert resolved.resolved_by == kit.world.personas["pro_own"]
    assert resolved.resolution == "Langs geweest, rooster aangepast"
    assert AccessLogEntry.objects.filter(
        event_code="signal.resolve", object_id=str(signal.pk)
    ).exists()
    with pytest.raises(ValidationError) as exc:
        services.signal_resolve(actor=kit.pro, signal=resolved, resolution="nog eens")
    assert exc.value.messages == ["Dit signaal is al afgehandeld."]


@pytest.mark.parametrize("resolution", ["", "   "])
def test_signal_resolve_refuses_an_empty_resolution(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None], resolution: str
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (1, 3, 3))
    run_tasks()
    signal = Signal.objects.get()
    rows = AccessLogEntry.objects.count()
    with pytest.raises(ValidationError) as exc:
        services.signal_resolve(actor=kit.pro, signal=signal, resolution=resolution)
    assert exc.value.message_dict == {"resolution": ["Schrijf wat er gedaan is."]}
    signal.refresh_from_db()
    assert signal.resolved_at is None
    assert AccessLogEntry.objects.count() == rows


def test_a_signal_resolved_meanwhile_is_a_stale_edit(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (1, 3, 3))
    run_tasks()
    first, second = Signal.objects.get(), Signal.objects.get()
    services.signal_resolve(actor=kit.pro, signal=first, resolution="Gebeld")
    with pytest.raises(StaleEditError):
        services.signal_resolve(actor=kit.pro, signal=second, resolution="Ook gebeld")
    assert Signal.objects.get().resolution == "Gebeld"


def test_an_outsider_cannot_resolve_a_signal(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    placement = kit.placement()
    checkin(kit, placement, (1, 3, 3))
    run_tasks()
    signal = Signal.objects.get()
    for outsider in (kit.pro_other, kit.admin_own):
        with pytest.raises(PermissionDenied):
            services.signal_resolve(actor=outsider, signal=signal, resolution="Gebeld")
    signal.refresh_from_db()
    assert signal.resolved_at is None


# --- Who records a check-in ----------------------------------------------------------------
def test_the_worker_records_their_own_check_in(kit: Kit, checkin: Callable[..., CheckIn]) -> None:
    placement = kit.placement()
    made = checkin(kit, placement, (3, 2, 3), note=" Drukke week ", actor=kit.worker)
    assert made.by_worker is True
    assert made.recorded_by == kit.world.personas["client"]
    assert made.organisation == placement.organisation
    assert (made.work, made.workload, made.sleep, made.total) == (3, 2, 3, 8)
    assert made.note == "Drukke week"
    assert made.on == today()
    assert AccessLogEntry.objects.filter(
        event_code="checkin.create",
        object_id=str(made.pk),
        client_pid=kit.world.client_record.public_id,
        basis="self",
    ).exists()
    assert _queued() == 1


def test_the_coach_records_a_check_in_for_their_organisation(
    kit: Kit, checkin: Callable[..., CheckIn]
) -> None:
    placement = kit.placement()
    made = checkin(kit, placement, (3, 3, 3))
    assert made.by_worker is False
    assert made.organisation == kit.world.org_a
    assert made.recorded_by == kit.world.personas["pro_own"]


def test_a_client_cannot_record_a_check_in_for_someone_elses_placement(kit: Kit) -> None:
    other_user = make_user(full_name="Cliënt Bas")
    other_client = make_client(
        organisation=kit.world.org_a, user=other_user, full_name="Bas Brouwer"
    )
    trajectory = trajectory_services.trajectory_start(
        actor=kit.pro, client=other_client, trajectory_type="ips"
    )
    placement = kit.placement(trajectory=trajectory, start_on=today())
    with pytest.raises(PermissionDenied):
        services.checkin_record(actor=kit.worker, placement=placement, work=3, workload=3, sleep=3)
    assert not CheckIn.objects.exists()
    assert AccessLogEntry.objects.filter(
        event_code="denied.worker_checkin", user=kit.world.personas["client"]
    ).exists()
    # Bas himself may.
    services.checkin_record(
        actor=actor_for_user(other_user), placement=placement, work=3, workload=3, sleep=3
    )
    assert CheckIn.objects.get().by_worker is True


def test_an_outsider_professional_cannot_record_a_check_in(kit: Kit) -> None:
    placement = kit.placement()
    for outsider in (kit.pro_other, kit.admin_own, kit.employer_user):
        with pytest.raises(PermissionDenied):
            services.checkin_record(
                actor=outsider, placement=placement, work=3, workload=3, sleep=3
            )
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    ("answers", "field"),
    [((0, 3, 3), "work"), ((3, 4, 3), "workload"), ((3, 3, -1), "sleep")],
)
def test_a_check_in_answer_must_be_one_of_three(
    kit: Kit, answers: tuple[int, int, int], field: str
) -> None:
    placement = kit.placement()
    work, workload, sleep = answers
    with pytest.raises(ValidationError) as exc:
        services.checkin_record(
            actor=kit.pro, placement=placement, work=work, workload=workload, sleep=sleep
        )
    assert exc.value.message_dict == {field: ["Kies een van de drie antwoorden."]}
    assert not CheckIn.objects.exists()


def test_a_check_in_is_not_in_the_future_nor_on_ended_work(kit: Kit) -> None:
    placement = kit.placement()
    with pytest.raises(ValidationError) as exc:
        services.checkin_record(
            actor=kit.pro,
            placement=placement,
            work=3,
            workload=3,
            sleep=3,
            on=today() + timedelta(days=1),
        )
    assert exc.value.message_dict == {"on": ["Deze datum ligt in de toekomst."]}
    services.placement_end(
        actor=kit.pro,
        placement=placement,
        version=placement.version,
        ended_on=today(),
        reason="eigen_keuze",
    )
    with pytest.raises(ValidationError) as exc:
        services.checkin_record(actor=kit.worker, placement=placement, work=3, workload=3, sleep=3)
    assert exc.value.messages == ["Dit werk is gestopt; een check-in hoort bij lopend werk."]
    assert not CheckIn.objects.exists()


def test_the_signal_is_raised_by_the_system_and_the_mail_greets_the_coach(
    kit: Kit, checkin: Callable[..., CheckIn], run_tasks: Callable[[], None]
) -> None:
    coach = kit.world.personas["pro_own"]
    placement = kit.placement()
    checkin(kit, placement, (1, 3, 3))
    run_tasks()
    assert mail.outbox[0].body.startswith(f"Beste {coach.full_name},")
    row = AccessLogEntry.objects.get(event_code="signal.raise")
    assert row.user_id is None
    assert wellbeing.SYSTEM.user is None


def test_after_a_handover_the_signal_goes_to_the_new_coach(
    kit: Kit, django_capture_on_commit_callbacks: Any
) -> None:
    placement = kit.placement()
    new_coach = make_user(organisation=kit.world.org_a, full_name="Nieuwe Coach")
    trajectory_services.team_member_add(
        actor=kit.pro, trajectory=kit.trajectory, membership=new_coach.memberships.get()
    )
    old = kit.trajectory.team.get(user=kit.world.personas["pro_own"])
    trajectory_services.team_member_end(actor=kit.pro, member=old)
    CheckIn.objects.create(
        placement=placement,
        organisation=kit.world.org_a,
        on=today(),
        work=1,
        workload=3,
        sleep=3,
        recorded_by=kit.world.personas["pro_own"],
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert evaluate_placement(placement.pk) is not None
    assert [m.to for m in mail.outbox] == [[new_coach.email]]
