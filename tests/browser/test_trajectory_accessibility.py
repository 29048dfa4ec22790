"""axe-core (WCAG 2.1 AA) finds no violation, and no id is duplicated or referenced without
existing, on every page of the shared trajectory (issue 3): caseload, referrals, intake
figures, handover, the intake, referral and start forms, and the trajectory with its plan,
timeline, phase, team, goals, actions, meetings, ladder and notes. The caseload and the
trajectory page also fit a 360-pixel-wide screen.

The data is made through the services (fast, and the same rules as the pages), then each
page is visited. It does not rely on any demo trajectory: only on the demo users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from werkpad.access.actor import actor_for_user
from werkpad.clients.models import Client
from werkpad.clients.services import consent_record
from werkpad.organisations.models import Membership, Organisation, Team
from werkpad.trajectories import services
from werkpad.trajectories.models import Goal, Meeting, Referral, Trajectory
from werkpad.trajectories.services import (
    DecisionItem,
    GoalDetails,
    IntakeDetails,
    MeetingDetails,
)

from .conftest import axe_violations, format_violations, log_in_demo, user_for
from .test_accessibility import AxeReport
from .test_layout import NO_HORIZONTAL_SCROLL

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
BEHANDELAAR = "behandelaar@ggz.demo.example"
UWV = "arbeidsdeskundige@uwv.demo.example"
TEAMLEIDER = "teamleider@ggz.demo.example"
GGZ = "GGZ Centraal Utrecht (demo)"

# Beyond axe-core (which passes a label whose for="" names nothing): every label belongs to a
# control, and a set of checkboxes or radio buttons is a group with a name (WCAG 1.3.1), so a
# screen reader says what "Dr. Marleen Bos" is a choice for.
FORM_STRUCTURE = """() => {
    const problems = [];
    for (const label of document.querySelectorAll('main label[for]')) {
        const id = label.getAttribute('for');
        if (!id || !document.getElementById(id)) {
            problems.push(`label "${label.textContent.trim()}" has for="${id}": no control`);
        }
    }
    const sets = new Map();
    for (const input of document.querySelectorAll(
            'main input[type=checkbox][name], main input[type=radio][name]')) {
        sets.set(input.name, [...(sets.get(input.name) || []), input]);
    }
    for (const [name, inputs] of sets) {
        if (inputs.length < 2) continue;
        const group = inputs[0].closest('fieldset, [role=group], [role=radiogroup]');
        const legend = group && group.tagName === 'FIELDSET' && group.querySelector('legend');
        const named = (legend && legend.textContent.trim()) || (group
            && (group.getAttribute('aria-label') || group.getAttribute('aria-labelledby')));
        if (!named) {
            problems.push(`the ${inputs.length} choices "${name}" are in no named group`
                + ' (fieldset with legend)');
        }
    }
    return problems;
}"""


class Report(AxeReport):
    """axe-core and id references (AxeReport), and the form structure above."""

    def check(self, label: str) -> None:
        super().check(label)
        problems = self.page.evaluate(FORM_STRUCTURE)
        if problems:
            found = self.found.get(label, self.page.url)
            self.found[label] = found + "".join(f"\n{p}" for p in problems)


@dataclass
class Pages:
    """What the pages are about: a running IPS trajectory with a full plan, an open referral
    waiting for a decision, and a client without an intake yet."""

    trajectory: Trajectory
    goal: Goal
    meeting: Meeting
    open_referral: Referral
    new_client: Client


def _intake(today: date, team: Team, **overrides: Any) -> IntakeDetails:
    values: dict[str, Any] = {
        "held_on": today,
        "ladder_step": 2,
        "benefit_status": "wia",
        "has_paid_work": False,
        "work_discussed": True,
        "work_wish": "ja",
        "work_direction": "iets met planten en buiten zijn",
        "work_meaning": "structuur en collega's",
        "work_coherence": "werk helpt bij het herstel",
        "outcome": "ips",
        "reason": "wil snel aan het werk",
        "refer_to": team,
    }
    values.update(overrides)
    return IntakeDetails(**values)


def build_pages() -> Pages:
    today = timezone.localdate()
    ggz = Organisation.objects.get(name=GGZ)
    uwv = Organisation.objects.get(name="UWV Utrecht (demo)")
    ips_team = Team.objects.get(organisation=ggz, name="IPS-team Utrecht-Oost")
    ips_user, behandelaar_user = user_for(IPS), user_for(BEHANDELAAR)
    ips, behandelaar = actor_for_user(ips_user), actor_for_user(behandelaar_user)

    client = Client.objects.create(full_name="Mila Toegankelijk-Proef", organisation=ggz)
    consent_record(
        actor=behandelaar,
        client=client,
        recipient=uwv,
        recipient_role="",
        categories=["basis", "werk", "reintegratie"],
        purpose="ips",
        valid_from=today,
        valid_until=None,
    )
    intake = services.intake_record(
        actor=behandelaar, client=client, details=_intake(today, ips_team)
    )
    assert intake.referral is not None
    trajectory = services.referral_accept(actor=ips, referral=intake.referral)
    services.team_member_add(
        actor=ips, trajectory=trajectory, membership=Membership.objects.get(user=user_for(UWV))
    )
    trajectory = services.trajectory_phase_change(
        actor=ips,
        trajectory=trajectory,
        version=trajectory.version,
        to_phase="kennismaking",
        reason="eerste gesprek gepland",
    )
    goal = services.goal_create(
        actor=ips,
        trajectory=trajectory,
        details=GoalDetails(
            category="werk",
            life_domain="werk",
            own_words="Ik wil buiten werken, bij een hovenier",
            professional_text="Betaald werk in het groen, 16 uur per week",
            target_date=today + timedelta(days=120),
        ),
    )
    goal = services.goal_update(
        actor=ips,
        goal=goal,
        version=goal.version,
        details=GoalDetails(
            category="werk",
            life_domain="werk",
            own_words="Ik wil buiten werken, bij een hovenier of in een park",
            professional_text="Betaald werk in het groen, 16 uur per week",
            status="active",
            target_date=today + timedelta(days=120),
        ),
    )
    services.goal_create(
        actor=behandelaar,
        trajectory=trajectory,
        details=GoalDetails(
            category="behandeling",
            life_domain="gezondheid",
            own_words="Beter slapen",
            professional_text="Slaaphygiëne en medicatie evalueren",
        ),
    )
    services.goal_create(
        actor=ips,
        trajectory=trajectory,
        details=GoalDetails(category="welzijn", life_domain="wonen", own_words="Een eigen kamer"),
    )
    services.action_create(
        actor=ips,
        trajectory=trajectory,
        description="Vacatures bij hoveniers zoeken",
        owner=ips_user,
        due_on=today + timedelta(days=7),
        goal=goal,
    )
    services.action_create(
        actor=ips,
        trajectory=trajectory,
        description="Bellen met de WIA-arbeidsdeskundige",
        owner=ips_user,
        due_on=today - timedelta(days=3),  # overdue
    )
    meeting = services.meeting_record(
        actor=ips,
        trajectory=trajectory,
        details=MeetingDetails(
            kind="driegesprek",
            held_on=today - timedelta(days=2),
            client_present=True,
            agenda="Kennismaken\nWerkwensen",
            summary="Mila wil buiten werken; de behandelaar ziet geen bezwaar.",
        ),
        participants=[ips_user, behandelaar_user],
        decisions=[
            DecisionItem(
                description="Loopbaanprofiel invullen",
                owner=ips_user,
                due_on=today + timedelta(days=10),
            )
        ],
    )
    # The trajectory started weeks ago: ladder steps may not predate it.
    trajectory.started_on = today - timedelta(days=60)
    Trajectory.objects.filter(pk=trajectory.pk).update(started_on=trajectory.started_on)
    for step, perspective, days_ago in (
        (2, "professional", 40),
        (3, "client", 40),
        (3, "professional", 1),
        (4, "client", 1),
    ):
        services.ladder_assess(
            actor=ips,
            trajectory=trajectory,
            step=step,
            perspective=perspective,
            assessed_on=today - timedelta(days=days_ago),
        )
    services.note_add(
        actor=ips,
        trajectory=trajectory,
        category="reintegratie",
        kind="contact",
        text="Gebeld met Mila over het loopbaanprofiel.",
        occurred_on=today,
    )

    # A referral that waits for the IPS team's decision (a WGB route: its form asks the length).
    waiting = Client.objects.create(full_name="Ravi Wachtrij-Proef", organisation=ggz)
    open_referral = services.referral_create(
        actor=behandelaar,
        client=waiting,
        route="wgb",
        to_team=ips_team,
        reason="Wil met ondersteuning weer aan het werk.",
    )
    new_client = Client.objects.create(full_name="Sem Nieuwkomer-Proef", organisation=ggz)
    trajectory.refresh_from_db()
    return Pages(trajectory, goal, meeting, open_referral, new_client)


def _submit(page, name: str) -> None:
    page.locator("main form").get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()


def test_trajectory_pages(axe_page, site, demo):
    data = build_pages()
    t = data.trajectory.pk
    page, report = axe_page, Report(axe_page)
    log_in_demo(page, site, IPS)

    def visit(label: str, path: str, heading: str) -> None:
        page.goto(site(path))
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        report.check(label)

    visit("caseload", "/caseload/", "Mijn caseload")
    expect(page.get_by_role("link", name="Mila Toegankelijk-Proef")).to_be_visible()
    visit("referrals", "/verwijzingen/", "Verwijzingen")
    received = page.get_by_role("region", name="Verwijzingen naar je organisatie")
    expect(received.get_by_role("link", name="Ravi Wachtrij-Proef")).to_be_visible()
    visit("referral detail", f"/verwijzingen/{data.open_referral.pk}/", "Verwijzing van Ravi")
    expect(page.get_by_role("button", name="Accepteren en traject starten")).to_be_visible()
    duration = page.get_by_label("Duur van het WGB-traject")
    expect(duration).to_be_visible()
    # A WGB trajectory lasts 12 or 18 months (the service refuses anything else), so on a WGB
    # referral the field must not be offered as optional or "not applicable".
    duration_label = page.locator("label[for=id_wgb_months]").inner_text()
    if "optioneel" in duration_label:
        report.found["referral detail (WGB): duration label"] = (
            f"{page.url}\nthe required duration is labelled {duration_label!r}"
        )
    _submit(page, "Accepteren en traject starten")  # without a duration
    expect(page.locator("#id_wgb_months_error")).to_have_text(
        "Een WGB-traject duurt 12 of 18 maanden."
    )
    expect(duration).to_have_attribute("aria-describedby", "id_wgb_months_error")
    report.check("referral detail, accept WGB without a duration")
    _submit(page, "Afwijzen")  # without a reason
    expect(page.locator(".utrecht-form-field-error-message")).to_have_text("Vul dit veld in.")
    report.check("referral detail, decline without a reason")
    visit("intake figures", "/intakes/cijfers/", "Werk in de intake")

    # The forms on a client record.
    pid = data.new_client.public_id
    visit("intake form", f"/clienten/{pid}/intake/", "Intake met de werkvraag")
    _submit(page, "Intake vastleggen")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("intake form, empty")
    page.get_by_label("Trede op de participatieladder").select_option(value="3")
    page.get_by_label("Uitkering").select_option(value="bijstand")
    page.get_by_label("Is werk besproken?").select_option(value="ja")
    page.get_by_label("Uitkomst").select_option(value="niet_nu")
    page.get_by_label("Reden", exact=True).fill("eerst stabiel worden")
    _submit(page, "Intake vastleggen")
    expect(
        page.locator(".utrecht-form-field-error-message", has_text="Vul in of de cliënt werkwensen")
    ).to_be_visible()
    expect(
        page.get_by_role("region", name="Er is iets niet goed ingevuld").get_by_role(
            "link", name="Vul in of de cliënt werkwensen heeft."
        )
    ).to_be_visible()
    report.check("intake form, without the work question")
    visit("refer form", f"/clienten/{pid}/verwijzen/", "Verwijzen")
    _submit(page, "Verwijzing versturen")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("refer form with errors")
    visit("start form", f"/clienten/{pid}/traject-starten/", "Traject starten")
    _submit(page, "Traject starten")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("start form with errors")

    # The trajectory.
    visit("trajectory detail", f"/trajecten/{t}/", "IPS · Mila Toegankelijk-Proef")
    main = page.get_by_role("main")
    expect(main).to_contain_text("Ik wil buiten werken, bij een hovenier of in een park")
    expect(main).to_contain_text("Beter slapen")
    expect(main).to_contain_text("(te laat)")
    expect(page.locator("svg.werkpad-ladder__chart")).to_be_visible()
    expect(page.get_by_role("link", name="Driegesprek op")).to_be_visible()
    visit("timeline", f"/trajecten/{t}/tijdlijn/", "Tijdlijn")
    expect(page.locator(".werkpad-timeline__item--success")).to_have_count(1)
    visit(
        "timeline, filtered",
        f"/trajecten/{t}/tijdlijn/?soort=ladder&soort=notitie&gegevens=reintegratie",
        "Tijdlijn",
    )
    expect(page.get_by_label("participatieladder")).to_be_checked()
    visit("phase form", f"/trajecten/{t}/fase/", "Fase wijzigen")
    _submit(page, "Opslaan")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("phase form with errors")
    visit("team", f"/trajecten/{t}/team/", "Team")
    visit("goal create", f"/trajecten/{t}/doelen/nieuw/", "Nieuw doel")
    _submit(page, "Opslaan")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("goal create with errors")
    visit("goal edit", f"/trajecten/{t}/doelen/{data.goal.pk}/", "Doel wijzigen")
    expect(page.get_by_role("heading", name="Geschiedenis")).to_be_visible()
    expect(page.get_by_role("main").locator("ol li")).to_have_count(2)
    visit("action create", f"/trajecten/{t}/acties/nieuw/", "Nieuwe actie")
    visit("meeting create", f"/trajecten/{t}/gesprekken/nieuw/", "Gesprek vastleggen")
    page.locator("[name=decision_1]").fill("Een afspraak zonder wie en wanneer")
    _submit(page, "Opslaan")
    expect(
        page.locator(".utrecht-form-field-error-message", has_text="Kies wie deze afspraak")
    ).to_be_visible()
    report.check("meeting create with errors")
    visit(
        "meeting detail",
        f"/trajecten/{t}/gesprekken/{data.meeting.pk}/",
        "Driegesprek op",
    )
    expect(page.get_by_role("button", name="Verslag opslaan")).to_be_visible()
    visit("ladder form", f"/trajecten/{t}/ladder/", "Participatieladder")
    visit("note form", f"/trajecten/{t}/notities/nieuw/", "Notitie")
    report.assert_clean()


def test_teamleider_pages(axe_page, site, demo):
    build_pages()
    page, report = axe_page, Report(axe_page)
    log_in_demo(page, site, TEAMLEIDER)
    response = page.goto(site("/caseload/"))
    if response.status == 200:
        expect(page.get_by_role("heading", name="Caseloads in je team")).to_be_visible()
        expect(page.get_by_role("region", name="Lopende trajecten per collega")).to_contain_text(
            "Fatima El Amrani"
        )
        report.check("caseload (teamleider)")
    else:  # reported with the rest, so the handover page is still checked
        report.found["caseload (teamleider)"] = f"{page.url}\nHTTP {response.status}"
    page.goto(site("/overdragen/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Trajecten overdragen")
    report.check("handover")
    _submit(page, "Toon trajecten")
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    report.check("handover with errors")
    report.assert_clean()


def test_caseload_and_trajectory_fit_a_phone(phone, site, demo):
    data = build_pages()
    log_in_demo(phone, site, IPS)
    assert phone.evaluate("window.innerWidth") == 360
    found: dict[str, str] = {}
    for path in ["/caseload/", f"/trajecten/{data.trajectory.pk}/"]:
        phone.goto(site(path))
        expect(phone.get_by_role("heading", level=1)).to_be_visible()
        layout = phone.evaluate(NO_HORIZONTAL_SCROLL)
        if layout["scrollWidth"] > 360:
            found[path] = f"horizontal scroll: {layout}"
        violations = axe_violations(phone)
        if violations:
            found[path] = found.get(path, "") + "\n" + format_violations(violations)
    assert not found, "at 360 px:\n" + "\n\n".join(f"== {p}: {v}" for p, v in found.items())
