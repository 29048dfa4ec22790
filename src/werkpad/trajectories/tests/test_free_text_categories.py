"""Free text about a client carries a data category and is read by another organisation only
under consent for it (issue 11, item 2): phase-change reasons on the timeline, referral and
decline reasons, the intake's reason copied into a referral, and an employer contact's outcome.
The record itself stays visible where it was; only its text is hidden."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import readable_texts, text_readable, visible_to
from werkpad.clients.models import Client, Consent, ConsentGrant, DataCategory
from werkpad.organisations.models import Membership, Organisation, OrganisationType, Role, Team
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import selectors, services
from werkpad.trajectories.models import PhaseChange, Referral, Trajectory

pytestmark = pytest.mark.django_db

TREATMENT_REASON = "Medicatie wordt omgezet; eerst stabiliseren"
COACH_REASON = "Kennismaking gehad, we gaan zoeken"


@dataclass
class World:
    gemeente: Organisation
    ggz: Organisation
    ips_team: Team
    klantmanager: Any
    coach: Any
    behandelaar: Any
    km: Actor
    ips: Actor
    doctor: Actor
    client: Client


@pytest.fixture
def world(db: Any) -> World:
    gemeente = make_organisation("Gemeente (tekst)", OrganisationType.GEMEENTE)
    ggz = make_organisation("GGZ (tekst)")
    ips_team = Team.objects.create(organisation=ggz, name="IPS-team")
    klantmanager = make_user(organisation=gemeente, role=Role.KLANTMANAGER, full_name="Karin Klant")
    coach = make_user(organisation=ggz, full_name="Ilse Coach")
    behandelaar = make_user(organisation=ggz, role=Role.BEHANDELAAR, full_name="Bas Behandelaar")
    Membership.objects.filter(user=coach).update(team=ips_team)
    client = make_client(organisation=gemeente, full_name="Bram Bijstand")
    return World(
        gemeente=gemeente,
        ggz=ggz,
        ips_team=ips_team,
        klantmanager=klantmanager,
        coach=coach,
        behandelaar=behandelaar,
        km=actor_for_user(klantmanager),
        ips=actor_for_user(coach),
        doctor=actor_for_user(behandelaar),
        client=client,
    )


def _consent(w: World, recipient: Organisation, categories: list[str]) -> Consent:
    """Made directly, as the client's signed form would (the paths that record consent are
    tested elsewhere)."""
    consent = Consent.objects.create(
        client=w.client,
        recipient=recipient,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=w.klantmanager,
        recorded_by_organisation=w.gemeente,
    )
    for category in categories:
        ConsentGrant.objects.create(consent=consent, category=category)
    return consent


def _ggz_trajectory(w: World) -> Trajectory:
    """The ggz runs an IPS trajectory for the gemeente's client, with the klantmanager on the
    team (she sees it while the client's basic-data consent for the gemeente holds)."""
    _consent(w, w.ggz, ["basis"])
    referral = services.referral_create(
        actor=w.km, client=w.client, route="ips", to_team=w.ips_team, reason="Wil werken"
    )
    trajectory = services.referral_accept(actor=w.ips, referral=referral)
    services.team_member_add(
        actor=w.ips,
        trajectory=trajectory,
        membership=Membership.objects.get(user=w.behandelaar),
    )
    return trajectory


def _phase_texts(actor: Actor, trajectory: Trajectory) -> list[str]:
    return [
        e.text
        for e in selectors.timeline(actor=actor, trajectory=trajectory, kinds=["fase"])
        if e.kind == "fase"
    ]


def _move(actor: Actor, trajectory: Trajectory, to_phase: str, reason: str) -> Trajectory:
    trajectory.refresh_from_db()
    return services.trajectory_phase_change(
        actor=actor,
        trajectory=trajectory,
        version=trajectory.version,
        to_phase=to_phase,
        reason=reason,
    )


# --- Phase-change reasons --------------------------------------------------------------------
def test_a_phase_change_reason_takes_the_category_of_its_authors_role(world: World) -> None:
    w = world
    trajectory = _ggz_trajectory(w)
    _move(w.doctor, trajectory, "kennismaking", TREATMENT_REASON)
    _move(w.ips, trajectory, "zoeken", COACH_REASON)
    categories = dict(
        PhaseChange.objects.filter(trajectory=trajectory)
        .exclude(reason="")
        .values_list("reason", "category")
    )
    assert categories == {
        TREATMENT_REASON: DataCategory.BEHANDELING,
        COACH_REASON: DataCategory.REINTEGRATIE,
    }


def test_another_organisation_sees_the_phase_change_but_its_reason_only_with_consent(
    world: World,
) -> None:
    w = world
    trajectory = _ggz_trajectory(w)
    _consent(w, w.gemeente, ["basis"])  # the gemeente on the ggz's team: basic data only
    _move(w.doctor, trajectory, "kennismaking", TREATMENT_REASON)
    _move(w.ips, trajectory, "zoeken", COACH_REASON)

    texts = _phase_texts(w.km, trajectory)
    assert len(texts) == 3  # the start and both changes are on her timeline
    assert TREATMENT_REASON not in texts and COACH_REASON not in texts
    assert sum("Reden niet zichtbaar" in t for t in texts) == 2
    # Inside the ggz both are read.
    assert {TREATMENT_REASON, COACH_REASON} <= set(_phase_texts(w.ips, trajectory))

    _consent(w, w.gemeente, ["reintegratie"])
    texts = _phase_texts(w.km, trajectory)
    assert COACH_REASON in texts and TREATMENT_REASON not in texts

    consent = _consent(w, w.gemeente, ["behandeling"])
    assert TREATMENT_REASON in _phase_texts(w.km, trajectory)

    Consent.objects.filter(pk=consent.pk).update(withdrawn_at="2026-06-01T12:00:00Z")
    assert TREATMENT_REASON not in _phase_texts(w.km, trajectory)  # at once


def test_the_timeline_page_hides_the_reason_but_shows_the_change(world: World) -> None:
    w = world
    trajectory = _ggz_trajectory(w)
    _consent(w, w.gemeente, ["basis", "reintegratie"])
    _move(w.doctor, trajectory, "kennismaking", TREATMENT_REASON)
    http = HttpClient()
    http.force_login(w.klantmanager)
    response = http.get(reverse("trajectories:timeline", args=[trajectory.pk]))
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    page = response.content.decode()
    assert "Kennismaking" in page or "kennismaking" in page
    assert TREATMENT_REASON not in page
    assert "Reden niet zichtbaar" in page


# --- Referral and decline reasons ------------------------------------------------------------
def _readable_referral(actor: Actor, referral: Referral) -> Referral:
    return readable_texts(actor, visible_to(actor, Referral.objects.filter(pk=referral.pk))).get()


def test_the_receiving_organisation_reads_a_referral_reason_under_consent_for_its_category(
    world: World,
) -> None:
    w = world
    _consent(w, w.ggz, ["basis"])
    referral = services.referral_create(
        actor=w.km, client=w.client, route="ips", to_team=w.ips_team, reason="Wil buiten werken"
    )
    assert referral.category == DataCategory.REINTEGRATIE  # a klantmanager's reason
    http = HttpClient()
    http.force_login(w.coach)
    page_url = reverse("trajectories:referral", args=[referral.pk])

    # Basic data only: the referral is there (that it exists is basic data), the reason not.
    page = http.get(page_url).content.decode()
    assert w.client.full_name in page
    assert "Wil buiten werken" not in page and "Reden niet zichtbaar" in page
    assert not text_readable(_readable_referral(w.ips, referral), "reason")

    _consent(w, w.ggz, ["reintegratie"])
    assert "Wil buiten werken" in http.get(page_url).content.decode()
    # The referrer always reads its own reason.
    assert text_readable(_readable_referral(w.km, referral), "reason")


def test_an_intake_reason_copied_into_a_referral_stays_work_data(world: World) -> None:
    w = world
    _consent(w, w.ggz, ["basis", "reintegratie"])
    intake = services.intake_record(
        actor=w.km,
        client=w.client,
        details=services.IntakeDetails(
            held_on=date(2026, 3, 1),
            ladder_step=2,
            benefit_status="bijstand",
            has_paid_work=False,
            work_discussed=True,
            work_wish="ja",
            work_meaning="Structuur en collega's",
            outcome="ips",
            reason="Werkwens besproken, wil naar IPS",
            refer_to=w.ips_team,
        ),
    )
    referral = intake.referral
    assert referral is not None and referral.category == DataCategory.WERK
    assert not text_readable(_readable_referral(w.ips, referral), "reason")
    _consent(w, w.ggz, ["werk"])
    assert text_readable(_readable_referral(w.ips, referral), "reason")


def test_the_referrer_reads_a_decline_reason_under_consent_for_its_category(
    world: World,
) -> None:
    w = world
    _consent(w, w.ggz, ["basis"])
    referral = services.referral_create(
        actor=w.km, client=w.client, route="ips", to_team=w.ips_team, reason="Wil werken"
    )
    Membership.objects.filter(user=w.behandelaar).update(team=w.ips_team)
    doctor = actor_for_user(w.behandelaar)  # now in the receiving team
    services.referral_decline(actor=doctor, referral=referral, reason="Eerst de behandeling")
    referral.refresh_from_db()
    assert referral.decline_category == DataCategory.BEHANDELING

    http = HttpClient()
    http.force_login(w.klantmanager)
    listing = http.get(reverse("trajectories:referrals")).content.decode()
    page = http.get(reverse("trajectories:referral", args=[referral.pk])).content.decode()
    for html in (listing, page):
        assert "Eerst de behandeling" not in html and "Reden niet zichtbaar" in html

    _consent(w, w.gemeente, ["basis", "behandeling"])
    listing = http.get(reverse("trajectories:referrals")).content.decode()
    assert "Eerst de behandeling" in listing


def test_a_text_read_without_the_policys_annotation_is_not_readable(world: World) -> None:
    """Fail closed: a page that forgets ``readable_texts`` shows no text."""
    w = world
    _consent(w, w.ggz, ["basis"])
    referral = services.referral_create(
        actor=w.km, client=w.client, route="ips", to_team=w.ips_team, reason="Wil werken"
    )
    assert not text_readable(Referral.objects.get(pk=referral.pk), "reason")
