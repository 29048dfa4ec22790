"""Browser tests: Debian's Chromium through Playwright against pytest-django's live server.

One browser for the whole run (pytest-playwright's session-scoped ``browser``); every test
gets its own context and page. The live server runs in this process, so the ``settings``
fixture changes what it sees, and the ORM calls in a test see the same (transactional) test
database.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from . import demo_snapshot

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
VENDOR = ROOT / "src" / "werkpad" / "static" / "vendor"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Known secret for every demo user who needs a second factor (base32, 32 characters).
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def pytest_configure(config: pytest.Config) -> None:
    # pytest-base-url (a pytest-playwright dependency) defines its session fixture in a way
    # pytest 9 warns about; nothing for this project to act on.
    config.addinivalue_line(
        "filterwarnings", "ignore:Session-scoped fixtures defined as instance methods"
    )


@pytest.fixture(scope="session", autouse=True)
def _vendor_assets() -> None:
    """The pages load the NL Design System CSS and htmx from static/vendor."""
    if not (VENDOR / "htmx" / "htmx.min.js").exists():
        import subprocess

        subprocess.run([str(ROOT / "scripts" / "collect_assets.sh")], check=True)  # noqa: S603


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # Dutch first, as the users of Werkpad; the English test switches explicitly.
    return {**browser_context_args, "locale": "nl-NL", "timezone_id": "Europe/Amsterdam"}


@pytest.fixture
def page(page: Any) -> Any:
    """pytest-playwright's page, failing sooner than its 30 s default."""
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def reference_data(transactional_db: None) -> None:
    """The arbeidsmarktregio's and demo gemeenten that migration 0002 loads. A transactional
    test database is flushed after each test, data migrations included, so load them again."""
    from werkpad.testing import load_reference_data

    load_reference_data()


_DEMO_SNAPSHOT: list[demo_snapshot.DemoSnapshot] = []  # one per test process


@pytest.fixture
def demo(reference_data: None, live_server: Any) -> list[Any]:
    """The demo region, as ``make demo`` shows it: seeded by the first test of this process
    that asks for it, restored from a copy of its rows for the others (``demo_snapshot``)."""
    if not _DEMO_SNAPSHOT:
        _DEMO_SNAPSHOT.append(demo_snapshot.take())
        return _DEMO_SNAPSHOT[0].users
    return demo_snapshot.restore(_DEMO_SNAPSHOT[0])


@dataclass
class Site:
    """The live server's address: ``site("/profiel/")`` is a full URL."""

    url: str

    def __call__(self, path: str) -> str:
        return self.url + path


@pytest.fixture
def site(live_server: Any, reference_data: None) -> Site:
    return Site(live_server.url)


def user_for(email: str) -> Any:
    from werkpad.accounts.models import User

    return User.objects.get(email=email)


def give_totp(email: str, secret: str = TOTP_SECRET) -> str | None:
    """A second factor with a known secret for a user who needs one; ``None`` otherwise."""
    from werkpad.testing import enable_totp, has_totp

    user = user_for(email)
    if not user.needs_second_factor:
        return None
    if not has_totp(user):
        enable_totp(user, secret)
    return secret


def fresh_totp_code(secret: str) -> str:
    """The current code. allauth accepts a code only once per 30 s period (it remembers used
    codes in the cache); a test that logs in twice within a period forgets them first, as if
    the user had waited for the next code. allauth accepts only the current period's code
    (no tolerance), so a code about to expire is not used: wait for the next one."""
    from django.core.cache import cache

    from werkpad.testing import totp_code

    left = 30 - time.time() % 30
    if left < 4:
        time.sleep(left + 0.2)
    cache.clear()
    return totp_code(secret)


def submit_password(page: Any, site: Site, email: str, password: str) -> None:
    if "/accounts/login/" not in page.url:
        page.goto(site("/accounts/login/"))
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    page.wait_for_load_state()


def submit_totp(page: Any, secret: str) -> None:
    code = page.locator("input[name=code]")
    code.wait_for()
    code.fill(fresh_totp_code(secret))
    # The form's own submit button; "Annuleren" belongs to the log-out form (form=...).
    page.locator("form:has(input[name=code]) button[type=submit]:not([form])").click()
    page.wait_for_load_state()


def log_in(page: Any, site: Site, email: str, password: str, secret: str | None = None) -> None:
    """E-mail and password, then the authenticator code when the account has one."""
    submit_password(page, site, email, password)
    if secret is not None:
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
        submit_totp(page, secret)
    expect_not_on_login(page)


def expect_not_on_login(page: Any) -> None:
    assert "/accounts/login/" not in page.url, (
        f"still on the login page: {page.url}\n{page.locator('main').inner_text()}"
    )
    assert "/accounts/2fa/authenticate/" not in page.url, (
        f"still asked for a code: {page.url}\n{page.locator('main').inner_text()}"
    )


def log_in_demo(page: Any, site: Site, email: str) -> str | None:
    from werkpad.demo import DEMO_PASSWORD

    secret = give_totp(email)
    log_in(page, site, email, DEMO_PASSWORD, secret)
    return secret


# --- axe-core -------------------------------------------------------------------------------
@pytest.fixture
def phone(new_context: Any) -> Any:
    """A 360-pixel-wide touch screen with axe-core loaded, as ``axe_page`` at a desk."""
    context = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def axe_page(new_context: Any) -> Any:
    """A page with axe-core loaded in every document. An init script is injected by the
    DevTools protocol, so the page's strict CSP stays on (no bypass_csp)."""
    context = new_context()
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.wait_for_load_state()
    result = page.evaluate(
        # Only the violations are needed: leaving out passes and incomplete results makes a
        # run faster (axe-core's documented resultTypes option).
        "(tags) => axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_21_AA,
    )
    return result["violations"]


def format_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"[{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:8]:
            lines.append(f"    {node['target']}: {node['failureSummary']}".replace("\n", " "))
    return "\n".join(lines)


def reauthenticate_if_asked(page: Any, password: str) -> None:
    """allauth asks for the password again before the second factor can be set up."""
    if "/accounts/reauthenticate/" in page.url:
        page.locator("input[name=password]").fill(password)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()


def read_totp_secret(page: Any) -> str:
    """The secret the set-up page shows as text, next to the QR code."""
    secret = page.locator("#authenticator_secret").input_value().strip()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret), f"no TOTP secret on {page.url}: {secret!r}"
    return secret


def activate_totp(page: Any, secret: str) -> None:
    page.locator("input[name=code]").fill(fresh_totp_code(secret))
    page.locator("form:has(input[name=code]) button[type=submit]:not([form])").click()
    page.wait_for_load_state()


def set_up_second_factor(page: Any, password: str) -> str:
    """From wherever the MFA middleware sent the user: confirm the password if asked, read
    the secret, activate with a code from it and confirm again if asked; the page then shows
    the recovery codes. Returns the secret."""
    reauthenticate_if_asked(page, password)
    assert "/accounts/2fa/totp/activate/" in page.url, f"not on the set-up page: {page.url}"
    secret = read_totp_secret(page)
    activate_totp(page, secret)
    reauthenticate_if_asked(page, password)
    assert "/accounts/2fa/recovery-codes/" in page.url, f"no recovery codes: {page.url}"
    return secret
