"""Consent is read at the moment of use, on every path (issue 11, item 1).

A new user found the hole: a gemeente klantmanager records basic-data consent for the ggz,
refers the client to the ggz's IPS team, then records the client's withdrawal. Afterwards the
ggz still listed the referral with the client's name and reason, opened its page and could
accept it, which started a trajectory the ggz owns. These tests follow such sequences: the
state after each change, not one snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import Actor, actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import Membership, Organisation, OrganisationType, Role, Team
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import selectors, services
from werkpad.trajectories.digest import digest_for
from werkpad.trajectories.models import Referral, ReferralStatus, Trajectory
from werkpad.trajectories.services import referrals as referral_services

pytestmark = pytest.mark.django_db

REASON = "Wil graag weer aan het werk, liefst buiten"


@dataclass
class World:
    gemeente: Organisation
    ggz: Organisation
    ips_team: Team
    klantmanager: Any
    coach: Any
    km: Actor
    ips: Actor
    client: Client


def _in_team(user: Any, team: Team) -> None:
    Membership.objects.filter(user=user).update(team=team)


@pytest.fixture
def world(db: Any) -> World:
    gemeente = make_organisation("Gemeente Utrecht (test)", OrganisationType.GEMEENTE)
    ggz = make_organisation("GGZ Centraal (test)")
    ips_team = Team.objects.create(organisation=ggz, name="IPS-team")
    klantmanager = make_user(organisation=gemeente, role=Role.KLANTMANAGER, full_name="Karin Klant")
    coach = make_user(organisation=ggz, full_name="Ilse Coach")
    _in_team(coach, ips_team)
    client = make_client(organisation=gemeente, full_name="Bram Bijstand")
    return World(
        gemeente=gemeente,
        ggz=ggz,
        ips_team=ips_team,
        klantmanager=klantmanager,
        coach=coach,
        km=actor_for_user(klantmanager),
        ips=actor_for_user(coach),
        client=client,
    )


def _consent(w: World, categories: list[str], role: str = "") -> Consent:
    return consent_record(
        actor=w.km,
        client=w.client,
        recipient=w.ggz,
        recipient_role=role,
        categories=categories,
        purpose="ips",
        valid_from=timezone.localdate(),
        valid_until=None,
    )


def _refer(w: World) -> Referral:
    return services.referral_create(
        actor=w.km, client=w.client, route="ips", to_team=w.ips_team, reason=REASON
    )


def _received(actor: Actor) -> list[Referral]:
    return selectors.referrals(actor=actor)[0]


def _http(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


# --- Referrals -------------------------------------------------------------------------------
def test_after_withdrawal_the_receiving_organisation_no_longer_sees_or_accepts_the_referral(
    world: World,
) -> None:
    w = world
    consent = _consent(w, ["basis"])
    referral = _refer(w)
    http = _http(w.coach)
    page = reverse("trajectories:referral", args=[referral.pk])
    assert _received(w.ips) == [referral]
    listing = http.get(reverse("trajectories:referrals")).content.decode()
    assert w.client.full_name in listing
    assert http.get(page).status_code == 200

    consent_withdraw(actor=w.km, consent=consent, reason="De cliënt wil het niet meer.")

    assert _received(w.ips) == []
    listing = http.get(reverse("trajectories:referrals")).content.decode()
    assert w.client.full_name not in listing and REASON not in listing
    assert http.get(page).status_code == 404
    response = http.post(page, {"besluit": "accepteren"})
    assert response.status_code == 404
    with pytest.raises(Http404):
        selectors.referral_get(actor=w.ips, pk=referral.pk)
    # A service holding the referral read before the withdrawal is refused as well.
    with pytest.raises(PermissionDenied):
        services.referral_accept(actor=w.ips, referral=referral)
    with pytest.raises(PermissionDenied):
        services.referral_decline(actor=w.ips, referral=referral, reason="geen plek")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.PENDING
    assert not Trajectory.objects.filter(client=w.client).exists()
    assert AccessLogEntry.objects.filter(
        event_code="denied.decide_referral", client_pid=w.client.public_id, outcome="denied"
    ).exists()
    # The referring organisation keeps seeing what it sent, and is told nobody there will
    # decide on it until the client consents again.
    assert selectors.referral_get(actor=w.km, pk=referral.pk) == referral
    sent = selectors.referrals(actor=w.km)[1]
    assert [(row.referral, row.unseen_by_receiver) for row in sent] == [(referral, True)]
    body = _http(w.klantmanager).get(reverse("trajectories:referrals")).content.decode()
    assert "ziet deze verwijzing niet meer" in body
    _consent(w, ["basis"])
    assert [row.unseen_by_receiver for row in selectors.referrals(actor=w.km)[1]] == [False]


def test_consent_given_again_shows_the_referral_again(world: World) -> None:
    w = world
    consent_withdraw(
        actor=w.km, consent=_consent(w, ["basis"]), reason="De cliënt wil het niet meer."
    )
    assert Referral.objects.count() == 0
    # Referring needs the consent in force; withdrawn, it is refused.
    consent = _consent(w, ["basis"])
    referral = _refer(w)
    consent_withdraw(actor=w.km, consent=consent, reason="De cliënt wil het niet meer.")
    assert _received(w.ips) == []
    _consent(w, ["basis", "werk"])
    assert _received(w.ips) == [referral]
    trajectory = services.referral_accept(actor=w.ips, referral=referral)
    assert trajectory.organisation == w.ggz


def test_an_accept_rereads_consent_inside_its_transaction(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client withdraws between the check at the door and the write: the accept is
    refused inside the transaction and nothing is started."""
    w = world
    consent = _consent(w, ["basis"])
    referral = _refer(w)
    real_require = referral_services.require
    calls = {"n": 0}

    def require_then_withdraw(actor: Actor, action: Any, obj: Any = None) -> Any:
        decision = real_require(actor, action, obj)
        calls["n"] += 1
        if calls["n"] == 1:
            Consent.objects.filter(pk=consent.pk).update(withdrawn_at=timezone.now())
        return decision

    monkeypatch.setattr(referral_services, "require", require_then_withdraw)
    with pytest.raises(PermissionDenied):
        services.referral_accept(actor=w.ips, referral=referral)
    referral.refresh_from_db()
    assert (referral.status, referral.trajectory_id) == (ReferralStatus.PENDING, None)
    assert not Trajectory.objects.filter(client=w.client).exists()
    assert not AccessLogEntry.objects.filter(event_code="referral.accept").exists()


def test_a_consent_for_one_role_shows_the_referral_to_that_role_only(world: World) -> None:
    w = world
    general = _consent(w, ["basis"])
    referral = _refer(w)
    consent_withdraw(actor=w.km, consent=general, reason="De cliënt wil het niet meer.")
    _consent(w, ["basis"], role=Role.BEHANDELAAR)
    assert _received(w.ips) == []
    behandelaar = make_user(organisation=w.ggz, role=Role.BEHANDELAAR, mfa=False)
    _in_team(behandelaar, w.ips_team)
    assert _received(actor_for_user(behandelaar)) == [referral]


def test_a_referral_inside_the_organisation_needs_no_consent(world: World) -> None:
    w = world
    team = Team.objects.create(organisation=w.gemeente, name="Werkfit")
    colleague = make_user(organisation=w.gemeente, role=Role.KLANTMANAGER, mfa=False)
    _in_team(colleague, team)
    referral = services.referral_create(
        actor=w.km, client=w.client, route="eigen", to_team=team, reason=REASON
    )
    assert _received(actor_for_user(colleague)) == [referral]


# --- Prefilled forms ---------------------------------------------------------------------------
def _ggz_trajectory_with_gemeente_intake(w: World) -> Trajectory:
    """The gemeente holds the intake; the ggz runs the IPS trajectory it accepted."""
    _consent(w, ["basis"])
    services.intake_record(
        actor=w.km,
        client=w.client,
        details=services.IntakeDetails(
            held_on=timezone.localdate() - timedelta(days=3),
            ladder_step=2,
            benefit_status="bijstand",
            has_paid_work=False,
            work_discussed=True,
            work_wish="ja",
            work_direction="Iets met dieren, in een kleine ploeg",
            work_meaning="structuur",
            work_coherence="helpt bij herstel",
            outcome="niet_nu",
            ask_again_on=timezone.localdate() + timedelta(days=60),
            reason="eerst wennen",
        ),
    )
    return services.referral_accept(actor=w.ips, referral=_refer(w))


def test_the_career_profile_is_prefilled_from_another_intake_only_under_consent(
    world: World,
) -> None:
    w = world
    trajectory = _ggz_trajectory_with_gemeente_intake(w)
    url = reverse("employment:profile", args=[trajectory.pk])
    http = _http(w.coach)

    body = http.get(url).content.decode()
    assert "Iets met dieren" not in body
    assert not AccessLogEntry.objects.filter(event_code="intake.prefill").exists()

    work = _consent(w, ["basis", "werk"])
    body = http.get(url).content.decode()
    assert "Iets met dieren" in body
    row = AccessLogEntry.objects.get(event_code="intake.prefill")
    assert (row.client_pid, row.basis, row.consent_id) == (
        w.client.public_id,
        "consent",
        work.pk,
    )

    consent_withdraw(actor=w.km, consent=work, reason="De cliënt wil het niet meer.")
    assert "Iets met dieren" not in http.get(url).content.decode()


# --- E-mails and tasks ---------------------------------------------------------------------
def test_the_digest_reads_consent_when_it_is_made(world: World) -> None:
    """A member of another organisation on the team hears of the trajectory only while the
    client's consent lets their organisation see it."""
    w = world
    consent = _consent(w, ["basis"])
    trajectory = services.trajectory_start(actor=w.km, client=w.client, trajectory_type="ips")
    services.team_member_add(
        actor=w.km, trajectory=trajectory, membership=w.coach.memberships.get()
    )
    Trajectory.objects.filter(pk=trajectory.pk).update(
        started_on=timezone.localdate() - timedelta(days=60)
    )
    today = timezone.localdate()
    digest = digest_for(w.coach, today)
    assert digest is not None and [f.public_id for f in digest.flags] == [w.client.public_id]

    consent_withdraw(actor=w.km, consent=consent, reason="De cliënt wil het niet meer.")

    assert digest_for(w.coach, today) is None
    mail.outbox.clear()
    from werkpad.trajectories.digest import send_daily_digests

    send_daily_digests(today)
    assert all(w.coach.email not in m.to for m in mail.outbox)
    # The organisation running the trajectory keeps its own digest.
    assert digest_for(w.klantmanager, today) is not None
