"""Referrals where people actually refer (issue 13, item 12): to a re-integratiebedrijf's, UWV's
or a gemeente's team, not only a ggz team; a team whose organisation the client has not
consented to is shown apart and cannot be chosen, and the form says so before anything is
submitted, with a link to record the consent. As consent is recorded and withdrawn, the form
follows."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.clients.services import consent_withdraw
from werkpad.organisations.models import OrganisationType, Team
from werkpad.testing import make_organisation
from werkpad.trajectories.models import Referral


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _option(page: str, team: Team) -> str:
    match = re.search(rf'<option value="{team.pk}"[^>]*>', page)
    assert match, f"no option for {team}"
    return match.group(0)


def _consent_for(world: Any, organisation: Any) -> Consent:
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=organisation,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    return consent


def test_the_form_offers_every_kind_of_team_and_follows_the_consent(world: Any) -> None:
    reintegratie = make_organisation("Werkkracht (re-integratie)", OrganisationType.REINTEGRATION)
    jobcoaching = Team.objects.create(organisation=reintegratie, name="Jobcoaching")
    uwv_team = Team.objects.create(organisation=world.org_b, name="Arbeidsdeskundigen")
    own_team = Team.objects.get(organisation=world.org_a, name="IPS-team A")
    pro = _as(world.personas["pro_own"])
    url = reverse("trajectories:referral_create", args=[world.client_record.public_id])

    page = pro.get(url).content.decode()
    assert "disabled" not in _option(page, own_team)
    assert "disabled" in _option(page, jobcoaching) and "disabled" in _option(page, uwv_team)
    assert "Nog geen toestemming van de cliënt: eerst vastleggen" in page
    notice = re.search(r"<div[^>]*data-consent-needed.*?</div></div>", page, re.S)
    assert notice, "the form says which organisations need the consent first"
    assert "UWV West (B)" in notice.group(0) and "Werkkracht (re-integratie)" in notice.group(0)
    assert reverse("clients:consents", args=[world.client_record.public_id]) in notice.group(0)

    # Posting a team the page offered as disabled changes nothing and says why.
    refused = pro.post(url, {"route": "wgb", "to_team": jobcoaching.pk, "reason": "WGB starten"})
    assert refused.status_code == 400
    assert "mag deze cliënt nog niet zien" in refused.content.decode()
    assert not Referral.objects.filter(to_team=jobcoaching).exists()

    consent = _consent_for(world, reintegratie)
    page = pro.get(url).content.decode()
    assert "disabled" not in _option(page, jobcoaching)
    assert "disabled" in _option(page, uwv_team)
    notice = re.search(r"<div[^>]*data-consent-needed.*?</div></div>", page, re.S)
    assert notice and "Werkkracht" not in notice.group(0)

    sent = pro.post(url, {"route": "wgb", "to_team": jobcoaching.pk, "reason": "WGB starten"})
    assert sent.status_code == 302
    referral = Referral.objects.get(to_team=jobcoaching)
    assert referral.to_organisation == reintegratie

    consent_withdraw(
        actor=actor_for_user(world.personas["pro_own"]),
        consent=consent,
        reason="De cliënt wil het niet meer.",
    )
    assert "disabled" in _option(pro.get(url).content.decode(), jobcoaching)


def test_with_every_consent_given_the_form_warns_of_nothing(world: Any) -> None:
    uwv_team = Team.objects.create(organisation=world.org_b, name="Arbeidsdeskundigen")
    _consent_for(world, world.org_b)
    page = (
        _as(world.personas["pro_own"])
        .get(reverse("trajectories:referral_create", args=[world.client_record.public_id]))
        .content.decode()
    )
    assert "disabled" not in _option(page, uwv_team)
    assert "data-consent-needed" not in page
