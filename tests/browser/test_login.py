"""Every demo account logs in through the browser and lands on its own role's home page (a
client on their own path in the portal)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from werkpad.accounts.models import ActorKind
from werkpad.demo import DEMO_USERS
from werkpad.organisations.models import Role

from .conftest import log_in_demo, user_for

pytestmark = pytest.mark.browser


def test_the_demo_has_twelve_roles_and_four_clients(demo):
    assert demo == list(DEMO_USERS)
    roles = {spec.role for spec in demo if spec.role}
    assert roles == set(Role), "every role has a demo user"
    clients = [spec for spec in demo if spec.kind == ActorKind.CLIENT]
    assert len(clients) == 4 and all(spec.situation for spec in clients)


@pytest.mark.parametrize("spec", DEMO_USERS, ids=lambda spec: spec.role or "client")
def test_demo_user_logs_in_and_lands_on_the_role_home(page, site, demo, spec):
    secret = log_in_demo(page, site, spec.email)
    assert (secret is not None) == (spec.kind != ActorKind.CLIENT), (
        "professionals and employers need a second factor; the client does not"
    )

    heading = page.get_by_role("heading", level=1)
    main = page.get_by_role("main")
    if spec.kind == ActorKind.CLIENT:
        expect(page).to_have_url(site("/mijn/"))
        expect(heading).to_have_text("Mijn pad naar werk")
        expect(main).to_contain_text(f"Hallo {spec.full_name}.")
        # A client acts for no organisation: no role in the header, no staff menu.
        expect(page.locator(".werkpad-acting-as")).to_have_count(0)
        expect(page.get_by_role("link", name="Cliënten", exact=True)).to_have_count(0)
        return

    expect(page).to_have_url(site("/"))
    expect(heading).to_have_count(1)
    role = Role(spec.role).label
    expect(heading).to_have_text(f"Welkom, {spec.full_name}")
    expect(page.locator(".werkpad-acting-as")).to_have_text(f"{role} bij {spec.organisation}")
    if spec.kind == ActorKind.EMPLOYER:
        expect(main).to_contain_text(f"U bent contactpersoon voor {spec.organisation}.")
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
        from werkpad.access.actor import actor_for_user
        from werkpad.access.policy import visible_to
        from werkpad.clients.models import Client

        # What the person may see, their consent included: not "0 cliënten" for UWV.
        seen = visible_to(actor_for_user(user_for(spec.email)), Client.objects.all()).count()
        expect(main).to_contain_text(re.compile(rf"Je ziet {seen} cliënt(en)?\b"))
    assert user_for(spec.email).last_login is not None
