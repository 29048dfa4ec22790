"""axe-core (WCAG 2.1 AA) finds no violation, no id is duplicated or referenced without
existing, every label and group of choices is named, and nothing scrolls sideways, on every
page of the client portal (issue 5) and on the professionals' pages that serve it, in three
sizes: a desktop window, the same window zoomed to 200 % (WCAG 1.4.4: a 1280-pixel window at
200 % lays the page out in 640 CSS pixels at device scale 2), and a 360-pixel-wide phone.
Every form is also checked after an empty submit, with whatever messages it shows.

The pages come from the portal's rows of the access matrix (so a new portal URL is checked
without editing this file): each page is visited by the first persona the matrix lets open it,
with the ids the matrix uses. The data is ``work_world`` plus the matrix's portal set-up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from werkpad.portal.tests.matrix import PORTAL_KWARGS, PORTAL_MATRIX, portal_setup
from werkpad.testing import PASSWORD, enable_totp

from .conftest import AXE_JS, TOTP_SECRET, log_in
from .test_layout import NO_HORIZONTAL_SCROLL
from .test_trajectory_accessibility import Report

pytestmark = pytest.mark.browser

# The order personas are tried in: the client first (it is their portal).
PERSONA_ORDER = ("client", "pro_own", "admin_own", "pro_other", "admin_other", "employer")
SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "200 %": {"viewport": {"width": 640, "height": 400}, "device_scale_factor": 2},
    "360 px": {
        "viewport": {"width": 360, "height": 740},
        "is_mobile": True,
        "has_touch": True,
    },
}


@dataclass(frozen=True)
class PortalPage:
    name: str
    persona: str  # "anonymous" for the public invitation page


def _first_allowed(rows: dict[str, int | str]) -> str | None:
    if rows.get("anonymous") == 200:
        return "anonymous"
    return next((p for p in PERSONA_ORDER if rows.get(p) == 200), None)


# Downloads (the client's data as JSON and PDF) are files, not pages.
DOWNLOADS = {"portal:export_json", "portal:export_pdf"}
PAGES = [
    PortalPage(name, persona)
    for name, methods in sorted(PORTAL_MATRIX.items())
    if "get" in methods
    and name not in DOWNLOADS
    and (persona := _first_allowed(methods["get"])) is not None
]
# URLs that answer only a POST (marking done, joining, withdrawing after the confirmation page)
# have no page of their own.
POST_ONLY = {
    name
    for name, methods in PORTAL_MATRIX.items()
    if _first_allowed(methods.get("get", {})) is None
}


def test_every_portal_page_is_checked() -> None:
    checked = {p.name for p in PAGES}
    assert checked | POST_ONLY | DOWNLOADS == set(PORTAL_MATRIX)
    for expected in ("portal:home", "portal:disclosure_step", "portal:access_log", "portal:thread"):
        assert expected in checked
    assert {p.persona for p in PAGES} >= {"client", "pro_own", "admin_own"}


@pytest.fixture
def portal_world(reference_data: None, work_world: Any) -> Any:
    portal_setup(work_world)
    return work_world


def _log_in(page: Any, site: Any, user: Any) -> None:
    secret = None
    if user.needs_second_factor:  # make_user gave a random secret; the browser needs ours
        Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
        enable_totp(user, TOTP_SECRET)
        secret = TOTP_SECRET
    log_in(page, site, user.email, PASSWORD, secret)


def _page_in(new_context: Any, size: str, storage_state: Any = None) -> Any:
    context = new_context(**SIZES[size], storage_state=storage_state)
    context.add_init_script(path=str(AXE_JS))
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _check(page: Any, report: Report, layout: dict[str, str], label: str) -> None:
    report.check(label)
    h1 = page.locator("main h1").count()
    if h1 != 1:
        report.found[f"{label}: headings"] = f"{page.url}\n{h1} h1 elements, expected 1"
    found = page.evaluate(NO_HORIZONTAL_SCROLL)
    if found["scrollWidth"] > found["clientWidth"] or found["wide"]:
        layout[label] = f"{page.url}\nscrolls sideways: {found}"


def _submit_empty_form(page: Any) -> bool:
    """Clears the text fields of the page's input form and submits it; False without one.
    Forms of buttons only (mark done, join, withdraw) are left alone: they change things."""
    form = page.locator(
        "main form[method=post]:has(button[type=submit]):has(textarea, input[type=text])"
    ).last
    if form.count() == 0:
        return False
    for field in form.locator("textarea, input[type=text], input[type=date]").all():
        if field.is_editable():
            field.fill("")
    form.locator("button[type=submit]").first.click()
    page.wait_for_load_state()
    return True


@pytest.mark.parametrize("size", list(SIZES))
def test_portal_pages_pass_axe_and_fit(new_context: Any, site: Any, portal_world: Any, size: str):
    world = portal_world
    layout: dict[str, str] = {}
    reports: list[Report] = []
    by_persona: dict[str, list[PortalPage]] = {}
    for spec in PAGES:
        by_persona.setdefault(spec.persona, []).append(spec)
    for persona, pages in by_persona.items():
        page = _page_in(new_context, size)
        if persona != "anonymous":
            _log_in(page, site, world.personas[persona])
        report = Report(page)
        reports.append(report)
        for spec in pages:
            kwargs = PORTAL_KWARGS[spec.name](world) if spec.name in PORTAL_KWARGS else None
            path = reverse(spec.name, kwargs=kwargs)
            response = page.goto(site(path))
            if response.status != 200:
                report.found[spec.name] = f"{page.url}: HTTP {response.status}"
                continue
            _check(page, report, layout, f"{spec.name} ({persona}, {size})")
            if spec.name != "portal:accept" and _submit_empty_form(page):
                _check(page, report, layout, f"{spec.name} after a submit ({persona}, {size})")
        page.context.close()
    problems = {k: v for r in reports for k, v in r.found.items()} | layout
    assert not problems, "\n\n".join(f"== {label}: {text}" for label, text in problems.items())
