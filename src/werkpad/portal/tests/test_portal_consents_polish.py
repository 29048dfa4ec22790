"""A consent that waits for the client's confirmation is not in force (Consent.awaits_client),
so the consents page lists it only with what waits for the client, never under "Wie mag nu
iets zien" (issue 11 walk-through, item 6)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.clients.models import Consent, ConsentGrant

CONSENTS = reverse("portal:consents")


def _awaiting(world: Any) -> Consent:
    consent = Consent.objects.create(
        client=world.client_record,
        recipient=world.org_b,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=world.personas["pro_own"],
        recorded_by_organisation=world.org_a,
        needs_client_confirmation=True,
    )
    for category in ("basis", "behandeling"):
        ConsentGrant.objects.create(consent=consent, category=category)
    assert consent.awaits_client
    return consent


def _section(page: str, marker: str) -> str:
    """The list that carries ``marker`` (a data attribute), up to the next heading."""
    found = re.search(rf"<ul[^>]*{marker}[^>]*>.*?(?=<h2|$)", page, re.S)
    return found.group(0) if found else ""


def _page(world: Any) -> str:
    http = HttpClient()
    http.force_login(world.personas["client"])
    response = http.get(CONSENTS)
    assert response.status_code == 200
    return response.content.decode()


def test_a_consent_awaiting_confirmation_is_listed_only_as_waiting(world: Any) -> None:
    consent = _awaiting(world)
    page = _page(world)
    now = _section(page, "data-current")
    waiting = _section(page, "data-awaiting")
    assert f'data-consent="{consent.pk}"' not in now
    assert f'data-consent="{consent.pk}"' in waiting
    assert page.count(f'data-consent="{consent.pk}"') == 1
    # The waiting section comes before "who may see something now", and says why.
    assert page.index("Wacht op jouw bevestiging") < page.index("Wie mag nu iets zien")
    assert "Wacht op jouw bevestiging: geldt nog niet" in waiting
    assert reverse("portal:consent_confirm", args=[consent.pk]) in waiting
    assert reverse("portal:consent_withdraw", args=[consent.pk]) in waiting
    # The consent in force (world.consent) is still under "who may see something now".
    assert f'data-consent="{world.consent.pk}"' in now


def test_with_only_a_waiting_consent_nobody_may_see_anything_now(world: Any) -> None:
    Consent.objects.filter(pk=world.consent.pk).update(withdrawn_at=timezone.now())
    consent = _awaiting(world)
    page = _page(world)
    assert "data-current" not in page
    assert "Je hebt nu aan geen enkele andere organisatie toestemming gegeven." in page
    assert f'data-consent="{consent.pk}"' in _section(page, "data-awaiting")


def test_once_confirmed_it_moves_to_who_may_see_something_now(world: Any) -> None:
    consent = _awaiting(world)
    http = HttpClient()
    http.force_login(world.personas["client"])
    assert http.post(reverse("portal:consent_confirm", args=[consent.pk])).status_code == 302
    page = _page(world)
    assert "data-awaiting" not in page
    assert f'data-consent="{consent.pk}"' in _section(page, "data-current")
