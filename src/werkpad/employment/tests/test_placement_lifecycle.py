"""Placements as they happen (issue 13, item 8): a placement recorded ahead starts on its
start date (the phase, the ladder and follow-along wait for it; the job is filled at once; the
employer reads "begint op"); instruments carry their decision, recorded by the placing
organisation and by the organisation that decides (the gemeente's klantmanager for
loonkostensubsidie and proefplaatsing, UWV's arbeidsdeskundige for its own), with warnings
before saving. Sequences, not snapshots: recorded, started, ended before the start; consent
given, decided, withdrawn."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.access.tests.matrix_helpers import add_guest
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.core.forms import StaleEditError
from werkpad.employment import services
from werkpad.employment.models import AppliedInstrument, InstrumentStatus, Placement
from werkpad.employment.services import InstrumentDecision
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import make_organisation, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import LadderAssessment, Trajectory

from .conftest import Kit, today

pytestmark = pytest.mark.django_db


def _phase(kit: Kit) -> str:
    return Trajectory.objects.get(pk=kit.trajectory.pk).phase


def _ladder_steps(kit: Kit) -> list[tuple[int, date]]:
    return list(
        LadderAssessment.objects.filter(trajectory=kit.trajectory, perspective="professional")
        .order_by("assessed_on", "id")
        .values_list("step", "assessed_on")
    )


def _future(kit: Kit, days: int = 10, **overrides: Any) -> Placement:
    return kit.placement(start_on=today() + timedelta(days=days), **overrides)


# --- A placement recorded ahead -------------------------------------------------------------
def test_a_future_start_waits_for_its_day_and_then_moves_phase_and_ladder(kit: Kit) -> None:
    before_phase, before_ladder = _phase(kit), _ladder_steps(kit)
    job = kit.vacancy(kind="gecreeerd", for_trajectory=kit.trajectory)
    placement = _future(kit, vacancy=job)
    assert placement.start_pending and not placement.has_started()
    assert (_phase(kit), _ladder_steps(kit)) == (before_phase, before_ladder)
    job.refresh_from_db()
    assert job.status == "vervuld"  # the job is taken at once

    # Not yet: the day before, nothing moves.
    assert services.placements_start_due(today=placement.start_on - timedelta(days=1)) == 0
    assert _phase(kit) == before_phase

    # The start day comes (simulated: the start date moves to yesterday, a missed run).
    Placement.objects.filter(pk=placement.pk).update(start_on=today() - timedelta(days=1))
    assert services.placements_start_due() == 1
    placement.refresh_from_db()
    assert not placement.start_pending
    assert _phase(kit) == "plaatsing"
    assert _ladder_steps(kit)[-1] == (6, placement.start_on)  # paid work, dated the start day
    row = AccessLogEntry.objects.get(event_code="placement.start")
    assert row.user_id == kit.world.personas["pro_own"].pk
    assert row.detail == {"on_start_date": placement.start_on.isoformat()}
    # Once: a second run (or a missed day caught up) starts nothing again.
    assert services.placements_start_due(today=today() + timedelta(days=3)) == 0


def test_a_job_that_falls_through_before_its_start_moves_nothing(kit: Kit) -> None:
    before_phase = _phase(kit)
    placement = _future(kit)
    services.placement_end(
        actor=kit.pro,
        placement=placement,
        version=placement.version,
        ended_on=today(),
        reason="eigen_keuze",
        learned="De werkgever trok het aanbod in.",
    )
    placement.refresh_from_db()
    assert placement.ended_on == today() and not placement.start_pending
    assert _phase(kit) == before_phase
    Placement.objects.filter(pk=placement.pk).update(start_on=today())
    assert services.placements_start_due() == 0


def test_after_a_handover_the_new_coach_starts_it(kit: Kit) -> None:
    placement = _future(kit)
    colleague = make_user(
        organisation=kit.world.org_a, role=Role.IPS_TRAJECTBEGELEIDER, full_name="Nieuwe Coach"
    )
    trajectory_services.team_member_add(
        actor=kit.pro, trajectory=kit.trajectory, membership=colleague.memberships.get()
    )
    former = kit.world.personas["pro_own"]
    former.memberships.update(is_active=False)  # the coach who recorded it left
    Placement.objects.filter(pk=placement.pk).update(start_on=today())  # its day has come
    assert services.placements_start_due() == 1
    row = AccessLogEntry.objects.get(event_code="placement.start")
    assert row.user_id == colleague.pk


def test_a_start_more_than_a_year_ahead_is_refused(kit: Kit) -> None:
    with pytest.raises(ValidationError) as refused:
        _future(kit, days=400)
    assert "binnen een jaar" in str(refused.value)
    assert not Placement.objects.exists()


def test_follow_along_opens_on_the_start_date(kit: Kit) -> None:
    placement = _future(kit, days=5)
    with pytest.raises(ValidationError):
        services.checkin_record(actor=kit.worker, placement=placement, work=3, workload=3, sleep=3)
    http = HttpClient()
    http.force_login(kit.world.personas["client"])
    page = http.get(reverse("employment:my_checkin")).content.decode()
    assert "data-upcoming" in page and "Je begint op" in page
    assert 'name="work"' not in page


def test_the_employer_reads_sinds_for_a_job_that_started(kit: Kit) -> None:
    placement = kit.placement()
    employer = HttpClient()
    employer.force_login(kit.world.personas["employer"])
    home = employer.get(reverse("employment:employer_home")).content.decode()
    own = employer.get(reverse("employment:employer_placement", args=[placement.pk])).content
    assert "data-starts" not in home and "sinds" in home
    assert "data-starts" not in own.decode() and "Gestart" in own.decode()


def test_the_employer_and_the_coach_read_begint_op(kit: Kit) -> None:
    placement = _future(kit, days=7)
    starts = f'data-starts="{placement.start_on.isoformat()}"'
    employer = HttpClient()
    employer.force_login(kit.world.personas["employer"])
    own = employer.get(reverse("employment:employer_placement", args=[placement.pk]))
    assert starts in own.content.decode() and "Begint op" in own.content.decode()
    assert starts in employer.get(reverse("employment:employer_home")).content.decode()
    coach = HttpClient()
    coach.force_login(kit.world.personas["pro_own"])
    detail = coach.get(reverse("employment:placement_detail", args=[placement.pk])).content
    assert starts in detail.decode() and "Begint op" in detail.decode()


# --- Instruments and their decisions ----------------------------------------------------------
def _klantmanager(kit: Kit, *, consent: bool = True) -> Any:
    """The gemeente's klantmanager on Anna's team, with Anna's consent for basic and work
    data (what a placement is)."""
    gemeente = make_organisation("Gemeente Utrecht", OrganisationType.GEMEENTE)
    user = make_user(organisation=gemeente, role=Role.KLANTMANAGER, full_name="Kim Klant")
    given = Consent.objects.create(
        client=kit.world.client_record,
        recipient=gemeente,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=kit.world.personas["pro_own"],
        recorded_by_organisation=kit.world.org_a,
    )
    for category in ("basis", "werk"):
        ConsentGrant.objects.create(consent=given, category=category)
    trajectory_services.team_member_add(
        actor=kit.pro, trajectory=kit.trajectory, membership=user.memberships.get()
    )
    if not consent:
        Consent.objects.filter(pk=given.pk).update(withdrawn_at=timezone.now())
    return actor_for_user(user)


def _granted(**changes: Any) -> InstrumentDecision:
    values: dict[str, Any] = {
        "status": InstrumentStatus.GRANTED,
        "starts_on": today(),
        "decided_on": today(),
        "wage_value_percentage": 60,
        "wage_value_by": "Loonwaardedeskundige gemeente Utrecht (Dariusz)",
    }
    values.update(changes)
    return InstrumentDecision(**values)


def test_the_klantmanager_records_the_gemeentes_decision_then_loses_it_with_consent(
    kit: Kit,
) -> None:
    placement = kit.placement()
    lks = services.instrument_apply(
        actor=kit.pro, placement=placement, code="loonkostensubsidie", starts_on=today()
    )
    assert lks.status == InstrumentStatus.REQUESTED and lks.decided_by is None
    kim = _klantmanager(kit)
    decided = services.instrument_update(
        actor=kim, applied=lks, version=lks.version, decision=_granted()
    )
    assert decided.status == InstrumentStatus.GRANTED
    assert decided.wage_value_percentage == 60
    assert decided.decided_by is not None and decided.decided_by.type == "gemeente"
    assert AccessLogEntry.objects.filter(
        event_code="placement.instrument_update", user_id=kim.user.pk
    ).exists()
    # The gemeente decides proefplaatsing too, not UWV's no-riskpolis.
    services.instrument_apply(
        actor=kim, placement=placement, code="proefplaatsing", starts_on=today()
    )
    with pytest.raises(ValidationError) as refused:
        services.instrument_apply(
            actor=kim, placement=placement, code="no_riskpolis", starts_on=today()
        )
    assert "besluit je eigen organisatie niet" in str(refused.value)
    # Anna withdraws the gemeente's consent: from then on Kim decides nothing here.
    Consent.objects.filter(recipient__name="Gemeente Utrecht").update(withdrawn_at=timezone.now())
    decided.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.instrument_update(
            actor=kim, applied=decided, version=decided.version, decision=_granted()
        )


def test_uwv_decides_its_own_and_not_the_gemeentes(kit: Kit) -> None:
    placement = kit.placement()
    guest = actor_for_user(add_guest(kit.world))  # UWV's arbeidsdeskundige, with consent
    lks = services.instrument_apply(
        actor=kit.pro, placement=placement, code="loonkostensubsidie", starts_on=today()
    )
    with pytest.raises(PermissionDenied):
        services.instrument_update(
            actor=guest, applied=lks, version=lks.version, decision=_granted()
        )
    policy = services.instrument_apply(
        actor=guest, placement=placement, code="no_riskpolis", starts_on=today()
    )
    assert policy.instrument == "no_riskpolis"


@pytest.mark.parametrize(
    ("code", "changes", "field", "message"),
    [
        (
            "loonkostensubsidie",
            {"wage_value_percentage": 100},
            "wage_value_percentage",
            "100 procent",
        ),
        (
            "loonkostensubsidie",
            {"wage_value_percentage": None},
            "wage_value_percentage",
            "Vul de loonwaarde in",
        ),
        ("loonkostensubsidie", {"wage_value_by": ""}, "wage_value_by", "wie de loonwaarde"),
        ("loonkostensubsidie", {"decided_on": None}, "decided_on", "datum van het besluit"),
        ("jobcoach", {}, "wage_value_percentage", "hoort bij loonkostensubsidie"),
        (
            "no_riskpolis",
            {"wage_value_percentage": None, "wage_value_by": "", "provider": "Jobcoach BV"},
            "provider",
            "horen bij jobcoaching",
        ),
        (
            "proefplaatsing",
            {
                "wage_value_percentage": None,
                "wage_value_by": "",
                "ends_on": today() + timedelta(days=200),
            },
            "ends_on",
            "hoogstens 6 maanden",
        ),
    ],
    ids=[
        "lks-100",
        "lks-no-value",
        "lks-by-whom",
        "no-date",
        "value-on-jobcoach",
        "provider-on-policy",
        "trial-7-months",
    ],
)
def test_a_decision_that_does_not_fit_is_refused_and_nothing_changes(
    kit: Kit, code: str, changes: dict[str, Any], field: str, message: str
) -> None:
    placement = kit.placement()
    applied = services.instrument_apply(
        actor=kit.pro, placement=placement, code=code, starts_on=today()
    )
    with pytest.raises(ValidationError) as refused:
        services.instrument_update(
            actor=kit.pro, applied=applied, version=applied.version, decision=_granted(**changes)
        )
    assert message in " ".join(refused.value.message_dict[field])
    applied.refresh_from_db()
    assert applied.status == InstrumentStatus.REQUESTED and applied.version == 1


def test_warnings_come_before_saving_and_can_be_overridden(kit: Kit) -> None:
    placement = kit.placement(hours_per_week=Decimal("8"))
    with pytest.raises(ValidationError) as warned:
        services.instrument_apply(
            actor=kit.pro, placement=placement, code="jobcoach", starts_on=today()
        )
    assert "12 uur per week of meer" in " ".join(warned.value.message_dict["confirmed"])
    assert "8 uur per week" in " ".join(warned.value.message_dict["confirmed"])
    assert not AppliedInstrument.objects.filter(instrument="jobcoach").exists()
    saved = services.instrument_apply(
        actor=kit.pro, placement=placement, code="jobcoach", starts_on=today(), confirmed=True
    )
    assert saved.pk is not None
    trial = InstrumentDecision(starts_on=today(), ends_on=today() + timedelta(days=90))
    with pytest.raises(ValidationError) as long_trial:
        services.instrument_apply(
            actor=kit.pro,
            placement=placement,
            code="proefplaatsing",
            starts_on=today(),
            decision=trial,
        )
    assert "meestal 2 maanden" in str(long_trial.value)


def test_a_stale_decision_is_a_conflict_and_ending_is_versioned(kit: Kit) -> None:
    placement = kit.placement()
    lks = services.instrument_apply(
        actor=kit.pro,
        placement=placement,
        code="loonkostensubsidie",
        starts_on=today() - timedelta(days=20),
    )
    services.instrument_update(
        actor=kit.pro, applied=lks, version=1, decision=_granted(starts_on=lks.starts_on)
    )
    stale = AppliedInstrument.objects.get(pk=lks.pk)
    with pytest.raises(StaleEditError):
        services.instrument_update(
            actor=kit.pro,
            applied=stale,
            version=1,
            decision=_granted(wage_value_percentage=70, starts_on=lks.starts_on),
        )
    stale.refresh_from_db()
    assert stale.wage_value_percentage == 60
    ended = services.instrument_end(
        actor=kit.pro, applied=stale, version=stale.version, ends_on=today()
    )
    assert ended.ends_on == today() and not ended.is_running(today() + timedelta(days=1))
    with pytest.raises(ValidationError):
        services.instrument_end(
            actor=kit.pro, applied=ended, version=ended.version, ends_on=today() + timedelta(days=1)
        )


def test_the_decision_page_warns_before_saving(kit: Kit) -> None:
    placement = kit.placement(hours_per_week=Decimal("8"))
    http = HttpClient()
    http.force_login(kit.world.personas["pro_own"])
    url = reverse("employment:instrument_apply", args=[placement.pk])
    data = {"code": "jobcoach", "status": "aangevraagd", "starts_on": today().isoformat()}
    warned = http.post(url, data)
    assert warned.status_code == 400
    page = warned.content.decode()
    assert "12 uur per week of meer" in page and 'name="confirmed"' in page
    assert not AppliedInstrument.objects.filter(instrument="jobcoach").exists()
    saved = http.post(
        url,
        {**data, "confirmed": "on", "provider": "Jobcoach Utrecht", "coach_hours_per_month": "7,5"},
    )
    assert saved.status_code == 302
    applied = AppliedInstrument.objects.get(instrument="jobcoach")
    assert (applied.provider, applied.coach_hours_per_month) == ("Jobcoach Utrecht", Decimal("7.5"))
    detail = http.get(reverse("employment:placement_detail", args=[placement.pk])).content.decode()
    assert "Jobcoach van Jobcoach Utrecht, 7,5 uur per maand" in detail
    assert reverse("employment:instrument_update", args=[applied.pk]) in detail


def test_only_the_deciding_role_records_a_decision(kit: Kit) -> None:
    """A reintegratiecoach of the gemeente on the team (with consent) reads the placement but
    records no decision: that is the klantmanager's."""
    placement = kit.placement()
    lks = services.instrument_apply(
        actor=kit.pro, placement=placement, code="loonkostensubsidie", starts_on=today()
    )
    kim = _klantmanager(kit)
    coach = make_user(
        organisation=kim.organisation, role=Role.REINTEGRATIECOACH, full_name="Ruud Coach"
    )
    Consent.objects.filter(recipient=kim.organisation).update(recipient_role="")
    trajectory_services.team_member_add(
        actor=kit.pro, trajectory=kit.trajectory, membership=coach.memberships.get()
    )
    with pytest.raises(PermissionDenied):
        services.instrument_update(
            actor=actor_for_user(coach), applied=lks, version=lks.version, decision=_granted()
        )


def test_the_client_sees_the_job_that_starts_ahead_on_her_start_page(kit: Kit) -> None:
    placement = _future(kit, days=9)
    http = HttpClient()
    http.force_login(kit.world.personas["client"])
    page = http.get(reverse("portal:home")).content.decode()
    assert f'data-upcoming-job="{placement.start_on.isoformat()}"' in page
    assert "Je begint op" in page and "Bakkerij Brood &amp; Zo" in page
    # Once it has started it is no longer "ahead".
    Placement.objects.filter(pk=placement.pk).update(start_on=today())
    assert "data-upcoming-job" not in http.get(reverse("portal:home")).content.decode()


def test_the_placement_form_warns_in_the_same_round_and_asks_not_decides(kit: Kit) -> None:
    """The walk-through: ticking a jobcoach on an 8-hour job saved it as granted, without a
    warning. Now the warning comes with every other problem at once, and what is ticked on
    the placement form is requested, not decided."""
    uses = (services.InstrumentUse(code="jobcoach", starts_on=today()),)
    with pytest.raises(ValidationError) as refused:
        kit.placement(hours_per_week=Decimal("8"), job_title="", instruments=uses)
    assert {"job_title", "confirmed"} <= set(refused.value.message_dict)
    assert not Placement.objects.exists()
    placement = kit.placement(
        hours_per_week=Decimal("8"), instruments=uses, start_on=today(), confirmed=True
    )
    assert placement.instruments.get().status == InstrumentStatus.REQUESTED
    # Deciding it later: the missing date and the warning in one round too.
    applied = placement.instruments.get()
    with pytest.raises(ValidationError) as both:
        services.instrument_update(
            actor=kit.pro,
            applied=applied,
            version=applied.version,
            decision=InstrumentDecision(status=InstrumentStatus.GRANTED, starts_on=today()),
        )
    assert {"decided_on", "confirmed"} <= set(both.value.message_dict)


def test_a_planned_end_may_lie_ahead(kit: Kit) -> None:
    placement = _future(kit, days=10)
    applied = services.instrument_apply(
        actor=kit.pro, placement=placement, code="no_riskpolis", starts_on=placement.start_on
    )
    ended = services.instrument_end(
        actor=kit.pro,
        applied=applied,
        version=applied.version,
        ends_on=placement.start_on + timedelta(days=30),
    )
    assert ended.ends_on == placement.start_on + timedelta(days=30)


def test_the_form_offers_only_the_instruments_one_decides_on(kit: Kit) -> None:
    """The walk-through: the klantmanager was offered UWV's no-riskpolis and refused only
    after saving. Now the list holds the gemeente's own, and a job ahead begins on its day."""
    placement = _future(kit, days=6)
    kim = _klantmanager(kit)
    http = HttpClient()
    http.force_login(kim.user)
    page = http.get(reverse("employment:instrument_apply", args=[placement.pk])).content.decode()
    assert 'value="loonkostensubsidie"' in page and 'value="proefplaatsing"' in page
    assert 'value="no_riskpolis"' not in page
    assert f'value="{placement.start_on.isoformat()}"' in page
    assert 'type="checkbox" name="confirmed"' not in page  # no warning yet, no box


def test_the_employer_reads_whether_an_instrument_is_only_requested(kit: Kit) -> None:
    placement = kit.placement(
        instruments=(services.InstrumentUse(code="loonkostensubsidie", starts_on=today()),)
    )
    employer = HttpClient()
    employer.force_login(kit.world.personas["employer"])
    page = employer.get(reverse("employment:employer_placement", args=[placement.pk]))
    assert "Loonkostensubsidie (aangevraagd, vanaf" in page.content.decode()


def test_the_klantmanagers_home_lists_what_waits_for_the_gemeentes_decision(kit: Kit) -> None:
    """Item 1 meets item 8: a requested loonkostensubsidie waits on the home page of the
    gemeente's klantmanager on the team, not of UWV's arbeidsdeskundige; once decided it is
    gone. The page's queries do not grow with the number waiting."""
    placement = kit.placement()
    lks = services.instrument_apply(
        actor=kit.pro, placement=placement, code="loonkostensubsidie", starts_on=today()
    )
    kim = _klantmanager(kit)
    guest = add_guest(kit.world)  # UWV's arbeidsdeskundige on the team
    http = HttpClient()
    http.force_login(kim.user)
    home = http.get(reverse("home")).content.decode()
    assert "data-instruments-to-decide" in home
    assert reverse("employment:instrument_update", args=[lks.pk]) in home
    uwv = HttpClient()
    uwv.force_login(guest)
    assert "data-instruments-to-decide" not in uwv.get(reverse("home")).content.decode()

    with CaptureQueriesContext(connection) as with_one:
        http.get(reverse("home"))
    services.instrument_apply(
        actor=kit.pro, placement=placement, code="proefplaatsing", starts_on=today()
    )
    with CaptureQueriesContext(connection) as with_two:
        http.get(reverse("home"))
    assert "Proefplaatsing voor" in http.get(reverse("home")).content.decode()
    assert len(with_two) == len(with_one), "the home page's queries grew with the list"

    services.instrument_update(actor=kim, applied=lks, version=lks.version, decision=_granted())
    after = http.get(reverse("home")).content.decode()
    assert reverse("employment:instrument_update", args=[lks.pk]) not in after
