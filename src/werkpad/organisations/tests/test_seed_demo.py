from __future__ import annotations

import pytest
from django.core.management import call_command

from werkpad.accounts.models import User
from werkpad.clients.models import Client
from werkpad.demo import DEMO_USERS
from werkpad.organisations.models import Membership, Organisation, OrganisationType, Role


@pytest.mark.django_db
def test_seed_demo_builds_midden_utrecht_with_one_user_per_role(
    capsys: pytest.CaptureFixture[str],
) -> None:
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "Password for every demo user" in out
    orgs = Organisation.objects.filter(regions__code="AM13")
    types = sorted(orgs.values_list("type", flat=True))
    assert types.count(OrganisationType.EMPLOYER) == 3
    for org_type in ("ggz", "uwv", "gemeente", "reintegratie", "herstelacademie"):
        assert org_type in types
    assert orgs.get(type=OrganisationType.GGZ).teams.count() == 2
    roles = set(Membership.objects.values_list("role", flat=True))
    assert roles == {r.value for r in Role}
    for user in DEMO_USERS:
        assert user.email in out


@pytest.mark.django_db
def test_seed_demo_is_safe_to_run_again_and_keeps_what_was_entered() -> None:
    call_command("seed_demo")
    counts = (User.objects.count(), Membership.objects.count(), Client.objects.count())
    User.objects.filter(email="ips@ggz.demo.example").update(full_name="Zelf Gewijzigd")
    call_command("seed_demo")
    assert (User.objects.count(), Membership.objects.count(), Client.objects.count()) == counts
    assert User.objects.get(email="ips@ggz.demo.example").full_name == "Zelf Gewijzigd"
