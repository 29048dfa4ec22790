"""Every demo account logs in through the browser and lands on its own role's home page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.accounts.models import ActorKind
from werkpad.core.demo import DEMO_USERS
from werkpad.organisations.models import Role

from .conftest import log_in_demo, user_for

pytestmark = pytest.mark.browser


def test_the_demo_has_twelve_roles_and_one_client(demo):
    assert demo == list(DEMO_USERS)
    roles = {spec.role for spec in demo if spec.role}
    assert roles == set(Role), "every role has a demo user"
    assert [spec.kind for spec in demo].count(ActorKind.CLIENT) == 1


@pytest.mark.parametrize("spec", DEMO_USERS, ids=lambda spec: spec.role or "client")
def test_demo_user_logs_in_and_lands_on_the_role_home(page, site, demo, spec):
    secret = log_in_demo(page, site, spec.email)
    assert (secret is not None) == (spec.kind != ActorKind.CLIENT), (
        "professionals and employers need a second factor; the client does not"
    )

    expect(page).to_have_url(site("/"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_count(1)
    main = page.get_by_role("main")
    if spec.kind == ActorKind.CLIENT:
        expect(heading).to_have_text(f"Hoi {spec.full_name}")
        # A client acts for no organisation: no role in the header, no staff menu.
        expect(page.locator(".werkpad-acting-as")).to_have_count(0)
        expect(page.get_by_role("link", name="Cliënten", exact=True)).to_have_count(0)
        return

    role = Role(spec.role).label
    expect(heading).to_have_text(f"Welkom, {spec.full_name}")
    expect(page.locator(".werkpad-acting-as")).to_have_text(f"{role} bij {spec.organisation}")
    if spec.kind == ActorKind.EMPLOYER:
        expect(main).to_contain_text(f"Je bent contactpersoon voor {spec.organisation}.")
        expect(page.get_by_role("link", name="Cliënten", exact=True)).to_have_count(0)
    else:
        expect(main).to_contain_text(f"Je werkt als {role} bij {spec.organisation}.")
        key_person = main.get_by_text("Je bent sleutelpersoon van je organisatie.")
        expect(key_person).to_have_count(1 if spec.key_person else 0)

    nav = page.get_by_role("navigation", name="Hoofdmenu")
    if spec.role == Role.FUNCTIONEEL_BEHEERDER:
        expect(nav.get_by_role("link", name="Gebruikers", exact=True)).to_be_visible()
        expect(nav.get_by_role("link", name="Toegangslog", exact=True)).to_be_visible()
        expect(nav.get_by_role("link", name="Cliënten", exact=True)).to_have_count(0)
    elif spec.kind == ActorKind.PROFESSIONAL:
        expect(nav.get_by_role("link", name="Cliënten", exact=True)).to_be_visible()
        expect(nav.get_by_role("link", name="Gebruikers", exact=True)).to_have_count(0)
        from werkpad.clients.models import Client

        count = Client.objects.filter(organisation__name=spec.organisation).count()
        expect(main).to_contain_text(re.compile(rf"\b{count} cliënten in je organisatie\."))
    assert user_for(spec.email).last_login is not None
