"""The early-warning rule for well-being check-ins ("wees alert op de werkvloer en grijp snel
in"): a red answer, a request for support, or a falling line raises a signal. A pure
function of the series, so the rule is tested on its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Protocol

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from werkpad.access.actor import Actor
from werkpad.accounts.models import User
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.trajectories.digest import trajectory_url

from .models import Answer, CheckIn, Placement, Signal, SignalReason

# A falling line: the last three check-ins each lower than the one before, or the latest
# at least this many points below the average of the (up to four) before it.
DROP_POINTS = 2
WINDOW = 4


class CheckInLike(Protocol):
    work: int
    workload: int
    sleep: int
    support_needed: bool

    @property
    def total(self) -> int: ...


def signal_reason(series: Sequence[CheckInLike]) -> SignalReason | None:
    """The reason to raise a signal after the latest check-in of ``series`` (oldest first),
    or ``None`` when all is well."""
    if not series:
        return None
    latest = series[-1]
    if Answer.BAD in (latest.work, latest.workload, latest.sleep):
        return SignalReason.RED_ANSWER
    if latest.support_needed:
        return SignalReason.SUPPORT
    totals = [c.total for c in series]
    if len(totals) >= 3 and totals[-3] > totals[-2] > totals[-1]:
        return SignalReason.FALLING
    before = totals[-WINDOW - 1 : -1]
    if before and sum(before) / len(before) - totals[-1] >= DROP_POINTS:
        return SignalReason.FALLING
    return None


def evaluate_placement(placement_id: int, *, now: Any = None) -> Signal | None:
    """Read the placement's check-ins and raise a signal when the rule says so and none is
    open yet; the coach gets an e-mail without names. Runs in the tasks backend."""
    placement = (
        Placement.objects.select_related("trajectory__client", "coach")
        .filter(pk=placement_id, ended_on__isnull=True)
        .first()
    )
    if placement is None:
        return None
    # The rule reads the latest check-ins (oldest first): the last one and the window before.
    latest = CheckIn.objects.filter(placement=placement).order_by("-on", "-id")[: WINDOW + 1]
    series = list(reversed(latest))
    reason = signal_reason(series)
    if reason is None:
        return None
    with transaction.atomic():
        signals = Signal.objects.filter(placement=placement)
        if signals.filter(resolved_at__isnull=True).exists():
            return None
        # A resolved signal is not raised again on the same check-ins (the daily sweep reads
        # them again): only a check-in recorded after the last signal is news.
        last_raised = signals.order_by("-raised_at").values_list("raised_at", flat=True).first()
        if (
            last_raised is not None
            and not CheckIn.objects.filter(placement=placement, created_at__gt=last_raised).exists()
        ):
            return None
        try:
            with transaction.atomic():  # a second task at the same moment: one signal only
                signal = Signal.objects.create(
                    trajectory=placement.trajectory,
                    placement=placement,
                    organisation_id=placement.organisation_id,
                    reason=reason,
                    raised_at=now or timezone.now(),
                )
        except IntegrityError:
            return None
        record(
            SYSTEM,
            event="signal.raise",
            action=AuditAction.CREATE,
            obj=signal,
            detail={"reason": str(reason)},
        )
        coaches = _coaches(placement)
        transaction.on_commit(lambda: _mail_coaches(signal, coaches))
    return signal


def _coaches(placement: Placement) -> list[User]:
    """Who hears of a signal: the placing organisation's people on the team now (after a
    handover that is the new coach), or else the coach who recorded the placement."""
    from werkpad.trajectories.models import TeamMember

    members = TeamMember.objects.filter(
        trajectory_id=placement.trajectory_id,
        organisation_id=placement.organisation_id,
        ended_on__isnull=True,
    ).select_related("user")
    return [m.user for m in members] or [placement.coach]


SYSTEM = Actor(user=None)


def _mail_coaches(signal: Signal, coaches: list[User]) -> None:
    for coach in coaches:
        _mail_coach(signal, coach)


def _mail_coach(signal: Signal, coach: User) -> None:
    """Only the Werkpad number and a link: the mail holds no name or health data."""
    with translation.override(coach.preferred_language or settings.LANGUAGE_CODE):
        body = render_to_string(
            "employment/email/signal.txt",
            {
                "coach": coach,
                "number": signal.trajectory.client.public_id,
                "reason": signal.get_reason_display(),
                "url": trajectory_url(signal.trajectory_id),
            },
        )
        EmailMessage(
            subject=gettext("Werkpad: een signaal uit de nazorg"),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[coach.email],
        ).send()


def evaluate_recent(days: int = 1) -> int:
    """The daily sweep: every running placement with a check-in in the last ``days`` days
    (so a signal is never more than a day late, even if a task was lost)."""
    since = timezone.localdate() - timedelta(days=days)
    ids = (
        CheckIn.objects.filter(on__gte=since, placement__ended_on__isnull=True)
        .values_list("placement_id", flat=True)
        .distinct()
    )
    return sum(1 for pk in list(ids) if evaluate_placement(pk) is not None)
