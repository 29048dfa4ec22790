"""Who reads the worker's check-in, and the number clients call (issue 13, item 14, the rest):
the check-in form names who reads it by name, role and organisation, following the consent
for well-being data as it changes; a professional sets a phone number for clients on the page
where they set how employers reach them; a bad number is refused in Dutch with nothing saved,
and the change is logged."""

from __future__ import annotations

from datetime import timedelta
from html import unescape
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent, ConsentGrant
from werkpad.clients.services import consent_withdraw
from werkpad.organisations.models import Membership
from werkpad.trajectories import services as trajectory_services

CHECKIN = reverse("employment:my_checkin")
CONTACT = reverse("employment:my_employer_contact")
OTHER = "Pro Ander (IPS-trajectbegeleider, UWV West (B))"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _readers(page: str) -> str:
    start = page.index("data-readers")
    return unescape(page[start : page.index("</div></div></div>", start)])


def test_the_check_in_names_who_reads_it_as_consent_changes(work_world: Any) -> None:
    anna = _as(work_world.personas["client"])
    readers = _readers(anna.get(CHECKIN).content.decode())
    assert "Wie leest dit: Pro Eigen (IPS-trajectbegeleider, GGZ Oost (A))." in readers

    trajectory_services.team_member_add(
        actor=actor_for_user(work_world.personas["pro_own"]),
        trajectory=work_world.trajectory,
        membership=work_world.personas["pro_other"].memberships.get(),
    )
    consent = Consent.objects.create(
        client=work_world.client_record,
        recipient=work_world.org_b,
        purpose="ips",
        valid_from=timezone.localdate() - timedelta(days=1),
        recorded_by=work_world.personas["pro_own"],
        recorded_by_organisation=work_world.org_a,
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    ConsentGrant.objects.create(consent=consent, category="werk")
    assert "Pro Ander" not in _readers(anna.get(CHECKIN).content.decode())  # not well-being

    ConsentGrant.objects.create(consent=consent, category="welzijn")
    readers = _readers(anna.get(CHECKIN).content.decode())
    assert "Wie lezen dit:" in readers and OTHER in readers

    consent_withdraw(
        actor=actor_for_user(work_world.personas["pro_own"]),
        consent=consent,
        reason="De cliënt wil het niet meer.",
    )
    assert "Pro Ander" not in _readers(anna.get(CHECKIN).content.decode())


def test_a_professional_sets_a_number_for_clients(world: Any) -> None:
    coach = world.personas["pro_own"]
    http = _as(coach)
    page = http.get(CONTACT).content.decode()
    assert "Hoe werkgevers en cliënten je bereiken" in page
    assert "Telefoonnummer voor cliënten" in page

    saved = http.post(CONTACT, {"phone": "", "email": "", "client_phone": " 06 1234 5678 "})
    assert saved.status_code == 302
    membership = Membership.objects.get(user=coach, organisation=world.org_a)
    assert membership.client_phone == "06 1234 5678"
    assert AccessLogEntry.objects.filter(event_code="membership.client_contact.update").count() == 1
    # Shown on the page again, as saved.
    assert 'value="06 1234 5678"' in http.get(CONTACT).content.decode()


@pytest.mark.parametrize(
    "number", ["bel me", "0612", "06 1234 5678 9012 3456 7", "0612345678901234"]
)
def test_a_bad_number_for_clients_is_refused_in_dutch_and_nothing_is_saved(
    world: Any, number: str
) -> None:
    coach = world.personas["pro_own"]
    response = _as(coach).post(
        CONTACT, {"phone": "06 9999 0000", "email": "", "client_phone": number}
    )
    assert response.status_code == 400
    assert "Vul een telefoonnummer in, bijvoorbeeld 06 12345678." in unescape(
        response.content.decode()
    )
    membership = Membership.objects.get(user=coach, organisation=world.org_a)
    assert (membership.client_phone, membership.employer_phone) == ("", "")
    assert not AccessLogEntry.objects.filter(event_code__startswith="membership.").exists()
