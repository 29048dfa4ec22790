"""A professional or employer user without a second factor is sent to set one up before any
other page; clients are not. Tested by walking every URL as a password-only user."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from werkpad.access.tests.test_access_matrix import KWARGS, MATRIX, POST_DATA
from werkpad.network.tests.matrix import network_setup
from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal.tests.matrix import portal_setup
from werkpad.testing import PASSWORD, make_organisation, make_user

# Pages that stay reachable without a second factor: the log-in, log-out, password and MFA
# pages themselves, the health check and the language switch.
EXEMPT_PREFIXES = ("/accounts/", "/health/", "/taal/")


def _password_only_client(world: Any, **user_args: Any) -> Client:
    user = make_user(mfa=False, **user_args)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("kind", ["professional", "employer"])
def test_every_page_sends_a_password_only_user_to_mfa_setup(work_world: Any, kind: str) -> None:
    world = work_world
    portal_setup(world)
    network_setup(world)
    if kind == "employer":
        client = _password_only_client(
            world,
            organisation=make_organisation(org_type=OrganisationType.EMPLOYER),
            role=Role.WERKGEVER_CONTACTPERSOON,
        )
    else:
        client = _password_only_client(world, organisation=world.org_a)
    setup_url = reverse("mfa_activate_totp")
    walked = 0
    for name, methods in MATRIX.items():
        url = reverse(name, kwargs=KWARGS[name](world) if name in KWARGS else None)
        if url.startswith(EXEMPT_PREFIXES):
            continue
        for method in methods:
            data = POST_DATA[name](world) if method == "post" and name in POST_DATA else {}
            response = getattr(client, method)(url, data)
            assert response.status_code == 302, f"{method} {url}: {response.status_code}"
            assert response["Location"] == setup_url, f"{method} {url}"
            walked += 1
    assert walked >= 15


def test_htmx_requests_get_an_hx_redirect(world: Any) -> None:
    client = _password_only_client(world, organisation=world.org_a)
    response = client.get(reverse("home"), headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert response["HX-Redirect"] == reverse("mfa_activate_totp")


def test_after_a_password_login_the_setup_page_opens_at_once(world: Any) -> None:
    user = make_user(organisation=world.org_a, mfa=False)
    client = Client()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200  # no second password prompt right after logging in
    assert 'name="code"' in page.content.decode()


def test_a_client_needs_no_second_factor(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["client"])
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain == [(reverse("portal:home"), 302)]
    assert response.status_code == 200


def test_with_totp_the_professional_passes(world: Any) -> None:
    client = Client()
    client.force_login(world.personas["pro_own"])
    assert client.get(reverse("home")).status_code == 200


def test_demo_switch_turns_enforcement_off_and_a_banner_says_so(world: Any, settings: Any) -> None:
    settings.WERKPAD_REQUIRE_MFA = False
    settings.WERKPAD_ENVIRONMENT_BANNER = "Demo-omgeving: MFA uit"
    client = _password_only_client(world, organisation=world.org_a)
    for name in ("home", "profile", "sessions", "clients:list"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert "Demo-omgeving: MFA uit" in response.content.decode(), name
    # The log-in page shows it too.
    assert "Demo-omgeving: MFA uit" in Client().get(reverse("account_login")).content.decode()


def test_production_settings_enforce_mfa() -> None:
    from werkpad.settings import production

    assert production.WERKPAD_REQUIRE_MFA is True
    assert production.WERKPAD_ENVIRONMENT_BANNER == ""
