"""The journey of issue 3, clicked through in Chromium by three professionals in browsers of
their own: the behandelaar does the intake with the work question and refers to IPS, and
records the client's consent for UWV (no treatment data); the IPS-trajectbegeleider accepts
the referral, builds the team and the plan, records a driegesprek and the participatieladder;
the arbeidsdeskundige of UWV sees the work goal but never the treatment goal, until the
client withdraws the consent and the trajectory is gone for UWV (404). Every step is in the
access log."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Client, Consent
from werkpad.organisations.models import Team
from werkpad.trajectories.models import (
    Goal,
    Intake,
    LadderAssessment,
    Meeting,
    PlanAction,
    Referral,
    TeamMember,
    Trajectory,
)

from .conftest import log_in_demo

pytestmark = pytest.mark.browser

BEHANDELAAR = "behandelaar@ggz.demo.example"  # Dr. Marleen Bos, FACT-team Nieuwegein
IPS = "ips@ggz.demo.example"  # Fatima El Amrani, IPS-team Utrecht-Oost
UWV = "arbeidsdeskundige@uwv.demo.example"  # Ingrid Visser

# The journey's own client: no demo data is needed (or relied on) beyond the demo users.
CLIENT_NAME = "Jesse Wegwijzer-Trajectreis"
GGZ = "GGZ Centraal Utrecht (demo)"
IPS_TEAM = f"{GGZ} · IPS-team Utrecht-Oost"
WORK_GOAL = "Ik wil weer ergens bij horen, het liefst in een bakkerij"
TREATMENT_GOAL = "Minder angst voor paniekaanvallen in de bus"
TREATMENT_TEXT = "EMDR-behandeling, acht sessies"
DECISION = "Samen met Jesse een cv opstellen"


def _errors(page):
    return page.locator(".utrecht-form-field-error-message")


def _open(new_context, site, email):
    """A browser of the professional's own, logged in."""
    page = new_context().new_page()
    page.set_default_timeout(10_000)
    log_in_demo(page, site, email)
    return page


def _fill_intake_without_the_work_question(page) -> None:
    page.get_by_label("Trede op de participatieladder").select_option(
        label="2 · Sociale contacten buitenshuis"
    )
    page.get_by_label("Uitkering").select_option(label="WIA")
    page.get_by_label("Is werk besproken?").select_option(value="ja")
    page.get_by_label("Uitkomst").select_option(label="verwijzing naar IPS")
    page.get_by_label("Naar team").select_option(label=IPS_TEAM)
    page.get_by_label("Reden", exact=True).fill(
        "Jesse wil graag werken; IPS past bij de wens om snel aan de slag te gaan."
    )


def test_intake_referral_ips_plan_and_consent_journey(page, site, demo, new_context):
    today = timezone.localdate()
    soft: list[str] = []  # problems that do not stop the journey, asserted at the end

    # --- The behandelaar records a new client ------------------------------------------------
    behandelaar = page
    log_in_demo(behandelaar, site, BEHANDELAAR)
    behandelaar.goto(site("/clienten/"))
    behandelaar.get_by_role("link", name="Nieuwe cliënt").click()
    behandelaar.get_by_label("Naam").fill(CLIENT_NAME)
    behandelaar.get_by_role("button", name="Opslaan").click()
    expect(behandelaar.get_by_role("heading", level=1)).to_have_text(CLIENT_NAME)
    client = Client.objects.get(full_name=CLIENT_NAME)
    pid = client.public_id
    client_url = site(f"/clienten/{pid}/")

    # --- The intake with the work question: first without the answers -------------------------
    behandelaar.get_by_role("link", name="Intake met de werkvraag").click()
    expect(behandelaar).to_have_url(site(f"/clienten/{pid}/intake/"))
    expect(behandelaar.get_by_role("heading", level=1)).to_have_text("Intake met de werkvraag")
    _fill_intake_without_the_work_question(behandelaar)
    with behandelaar.expect_response(
        lambda r: r.request.method == "POST" and "/intake/" in r.url
    ) as refused:
        behandelaar.get_by_role("button", name="Intake vastleggen").click()
    assert refused.value.status == 400
    expect(_errors(behandelaar)).to_have_text(
        ["Vul in of de cliënt werkwensen heeft.", "Schrijf op wat werk voor de cliënt betekent."]
    )
    # The fields with an error say so to assistive technology.
    expect(behandelaar.get_by_label("Heeft de cliënt werkwensen?")).to_have_attribute(
        "aria-describedby", re.compile(r"\bid_work_wish_error\b")
    )
    assert not Intake.objects.filter(client=client).exists(), "a refused intake saves nothing"
    assert not Referral.objects.filter(client=client).exists(), "and refers no one"

    # ... then complete. The form kept what was filled in.
    ips_team = Team.objects.get(organisation__name=GGZ, name="IPS-team Utrecht-Oost")
    expect(behandelaar.get_by_label("Naar team")).to_have_value(str(ips_team.pk))
    behandelaar.get_by_label("Heeft de cliënt werkwensen?").select_option(label="ja")
    behandelaar.get_by_label("Richting").fill("Iets met brood bakken, vroeg in de ochtend")
    behandelaar.get_by_label("Betekenis").fill("Structuur, collega's en weer meetellen")
    behandelaar.get_by_label("Samenhang").fill("Werk geeft ritme; dat helpt bij het herstel")
    behandelaar.get_by_role("button", name="Intake vastleggen").click()
    expect(behandelaar).to_have_url(client_url)
    expect(behandelaar.get_by_text("De intake met de werkvraag is vastgelegd.")).to_be_visible()
    intakes = behandelaar.get_by_role("heading", name="Intakes", exact=True)
    expect(intakes).to_be_visible()
    expect(behandelaar.get_by_role("main")).to_contain_text("werk besproken · verwijzing naar IPS")
    intake = Intake.objects.get(client=client)
    assert (intake.work_discussed, intake.work_wish, intake.ladder_step, intake.outcome) == (
        True,
        "ja",
        2,
        "ips",
    )
    assert intake.work_meaning == "Structuur, collega's en weer meetellen"
    referral = intake.referral
    assert referral is not None and referral.to_team == ips_team

    # --- Consent for UWV, recorded with the client: basis, werk, re-integratie; no treatment --
    behandelaar.get_by_role("link", name="Toestemmingen").click()
    behandelaar.get_by_label("Organisatie die mag inzien").select_option(label="UWV Utrecht (demo)")
    expect(behandelaar.get_by_label("basisgegevens")).to_be_checked()
    behandelaar.get_by_label("werk", exact=True).check()
    behandelaar.get_by_label("re-integratie").check()
    expect(behandelaar.get_by_label("behandeling")).not_to_be_checked()
    behandelaar.get_by_label("Doel", exact=True).select_option(label="IPS-traject")
    behandelaar.get_by_role("button", name="Toestemming vastleggen").click()
    expect(behandelaar.get_by_text("De toestemming is vastgelegd.")).to_be_visible()
    consent = Consent.objects.get(client=client)
    assert sorted(consent.categories) == ["basis", "reintegratie", "werk"]
    assert (consent.recipient.name, consent.recipient_role, consent.purpose) == (
        "UWV Utrecht (demo)",
        "",
        "ips",
    )

    # --- The IPS-trajectbegeleider accepts the referral ---------------------------------------
    ips = _open(new_context, site, IPS)
    ips.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Verwijzingen").click()
    received = ips.get_by_role("region", name="Verwijzingen naar je organisatie")
    received.get_by_role("link", name=CLIENT_NAME).click()
    expect(ips).to_have_url(site(f"/verwijzingen/{referral.pk}/"))
    expect(ips.get_by_role("heading", level=1)).to_have_text(
        f"Verwijzing van {CLIENT_NAME} naar IPS"
    )
    ips.get_by_role("button", name="Accepteren en traject starten").click()
    trajectory = Trajectory.objects.get(client=client)
    detail_url = site(f"/trajecten/{trajectory.pk}/")
    expect(ips).to_have_url(detail_url)
    expect(ips.get_by_text("Verwijzing geaccepteerd; het traject is gestart.")).to_be_visible()
    expect(ips.get_by_role("heading", level=1)).to_have_text(f"IPS · {CLIENT_NAME}")
    expect(ips.locator(".werkpad-phases [aria-current=step]")).to_contain_text("Aanmelding")
    assert trajectory.phase == "aanmelding"

    # --- The team: the UWV arbeidsdeskundige joins ---------------------------------------------
    work = ips.get_by_role("navigation", name="Werken aan dit traject")
    work.get_by_role("link", name="Team", exact=True).click()
    expect(ips).to_have_url(site(f"/trajecten/{trajectory.pk}/team/"))
    ips.get_by_label("Professional").select_option(
        label="Ingrid Visser · arbeidsdeskundige · UWV Utrecht (demo)"
    )
    ips.get_by_role("button", name="Toevoegen").click()
    expect(ips.get_by_text("De professional staat nu in het team.")).to_be_visible()
    team_table = ips.get_by_role("region", name="Wie zit en zat in het team")
    expect(team_table).to_contain_text("Ingrid Visser")
    expect(team_table).to_contain_text("Dr. Marleen Bos")  # the referrer joined on accepting
    # referral_accept: "the accepting professional as key person and the referrer on its team".
    fatima = TeamMember.objects.get(trajectory=trajectory, user__email=IPS)
    if not fatima.is_key_person:
        key = TeamMember.objects.filter(trajectory=trajectory, is_key_person=True)
        soft.append(
            "accepting an own-organisation referral: the accepting IPS-trajectbegeleider is "
            "not the key person; key persons are "
            f"{[m.user.email for m in key]} (referral_accept adds the referrer with "
            "is_key_person=True, which unsets the accepter in the same organisation)"
        )

    # --- The plan: a work goal in the client's words ------------------------------------------
    ips.goto(detail_url)
    ips.get_by_role("link", name="Doel toevoegen").click()
    ips.get_by_label("Het doel in de woorden van de cliënt").fill(WORK_GOAL)
    ips.get_by_label("Levensgebied").select_option(value="werk")
    ips.get_by_label("Soort gegevens").select_option(value="werk")
    ips.get_by_label("Status").select_option(label="afgesproken")
    ips.get_by_role("button", name="Opslaan").click()
    expect(ips).to_have_url(detail_url)
    expect(ips.get_by_text("Het doel staat in het plan.")).to_be_visible()
    work_section = ips.get_by_role("region", name="Werk en re-integratie")
    expect(work_section).to_contain_text(WORK_GOAL)

    # --- The behandelaar adds a treatment goal to the same plan -------------------------------
    behandelaar.goto(detail_url)
    behandelaar.get_by_role("link", name="Doel toevoegen").click()
    behandelaar.get_by_label("Het doel in de woorden van de cliënt").fill(TREATMENT_GOAL)
    behandelaar.get_by_label("In professionele termen").fill(TREATMENT_TEXT)
    behandelaar.get_by_label("Levensgebied").select_option(value="gezondheid")
    behandelaar.get_by_label("Soort gegevens").select_option(value="behandeling")
    behandelaar.get_by_role("button", name="Opslaan").click()
    expect(behandelaar).to_have_url(detail_url)
    expect(behandelaar.get_by_role("region", name="Behandeling")).to_contain_text(TREATMENT_GOAL)
    expect(behandelaar.get_by_role("region", name="Werk en re-integratie")).to_contain_text(
        WORK_GOAL
    )
    assert set(Goal.objects.filter(trajectory=trajectory).values_list("category", flat=True)) == {
        "werk",
        "behandeling",
    }

    # --- A driegesprek with one decision, which becomes an action of the plan ------------------
    ips.reload()
    ips.get_by_role("link", name="Gesprek vastleggen").click()
    ips.get_by_label("Soort gesprek").select_option(label="driegesprek")
    for name in ("Fatima El Amrani", "Dr. Marleen Bos", "Ingrid Visser"):
        ips.get_by_label(name, exact=True).check()
    expect(ips.get_by_label("De cliënt was erbij")).to_be_checked()
    ips.get_by_label("Verslag").fill("Jesse wil in een bakkerij werken; UWV kijkt mee naar de WIA.")
    due = today + timedelta(days=14)
    ips.locator("[name=decision_1]").fill(DECISION)
    ips.get_by_label("Wie (afspraak 1)").select_option(label="Fatima El Amrani")
    ips.get_by_label("Uiterlijk op (afspraak 1)").fill(due.isoformat())
    ips.get_by_role("button", name="Opslaan").click()
    meeting = Meeting.objects.get(trajectory=trajectory)
    expect(ips).to_have_url(site(f"/trajecten/{trajectory.pk}/gesprekken/{meeting.pk}/"))
    expect(ips.get_by_role("heading", level=1)).to_contain_text("Driegesprek op")
    expect(ips.get_by_role("main")).to_contain_text(DECISION)
    assert {u.email for u in meeting.participants.all()} == {IPS, BEHANDELAAR, UWV}
    action = PlanAction.objects.get(meeting=meeting)
    assert (action.description, action.owner.email, action.due_on) == (DECISION, IPS, due)
    ips.goto(detail_url)
    actions = ips.get_by_role("region", name="Afgesproken acties")
    row = actions.get_by_role("row").filter(has_text=DECISION)
    expect(row).to_contain_text("Fatima El Amrani")
    expect(ips.get_by_role("main")).to_contain_text("Driegesprek op")

    # --- The participatieladder: trede 2, later trede 3 — a success ---------------------------
    for label, day in (
        ("2 · Sociale contacten buitenshuis", today),
        ("3 · Deelname aan georganiseerde activiteiten", today),
    ):
        ips.get_by_role("link", name="Participatieladder invullen").click()
        ips.get_by_label("Trede", exact=True).select_option(label=label)
        ips.get_by_label("Datum", exact=True).fill(day.isoformat())
        ips.get_by_role("button", name="Opslaan").click()
        expect(ips).to_have_url(detail_url)
        expect(ips.get_by_text("De inschatting op de ladder is vastgelegd.")).to_be_visible()
    assert list(
        LadderAssessment.objects.filter(trajectory=trajectory).values_list("step", flat=True)
    ) == [2, 3]
    expect(ips.get_by_text("1 trede hoger: van trede 2 naar 3.")).to_be_visible()
    ips.get_by_role("link", name="Tijdlijn").click()
    success = ips.locator(".werkpad-timeline__item--success")
    expect(success).to_have_count(1)
    expect(success).to_contain_text("Een trede hoger: 3 · Deelname aan georganiseerde activiteiten")

    # --- The arbeidsdeskundige: the work goal, never the treatment goal -----------------------
    uwv = _open(new_context, site, UWV)
    uwv.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Caseload").click()
    caseload = uwv.get_by_role("region", name="Trajecten waarin je in het team staat")
    caseload.get_by_role("link", name=CLIENT_NAME).click()
    expect(uwv).to_have_url(detail_url)
    expect(uwv.get_by_role("heading", level=1)).to_have_text(f"IPS · {CLIENT_NAME}")
    expect(uwv.get_by_role("region", name="Werk en re-integratie")).to_contain_text(WORK_GOAL)
    expect(uwv.get_by_role("region", name="Behandeling")).to_contain_text(
        "Geen behandeldoelen die je mag zien."
    )
    expect(uwv.get_by_role("region", name="Afgesproken acties")).to_contain_text(DECISION)
    html = uwv.content()
    assert TREATMENT_GOAL not in html and TREATMENT_TEXT not in html, "treatment data shown"
    uwv.goto(site(f"/trajecten/{trajectory.pk}/tijdlijn/"))
    expect(uwv.locator(".werkpad-timeline__item--success")).to_contain_text("Een trede hoger")
    html = uwv.content()
    assert TREATMENT_GOAL not in html and TREATMENT_TEXT not in html, "treatment data shown"

    # --- The client withdraws the consent: UWV's access ends at once --------------------------
    behandelaar.goto(site(f"/clienten/{pid}/toestemmingen/"))
    behandelaar.get_by_role("link", name="Intrekken voor UWV Utrecht (demo)").click()
    # A confirmation page says what stops and for whom; a reason is required.
    expect(behandelaar.get_by_role("heading", level=1)).to_have_text(
        "Toestemming voor UWV Utrecht (demo) intrekken"
    )
    behandelaar.get_by_label("Waarom wordt de toestemming ingetrokken?").fill(
        "De cliënt wil het zelf niet meer."
    )
    behandelaar.get_by_role("button", name="Ja, trek de toestemming in").click()
    withdrawn = behandelaar.get_by_text("De toestemming is ingetrokken. Dat geldt meteen.")
    expect(withdrawn).to_be_visible()
    assert uwv.goto(detail_url).status == 404
    assert uwv.goto(site(f"/trajecten/{trajectory.pk}/tijdlijn/")).status == 404
    uwv.goto(site("/caseload/"))
    expect(uwv.get_by_role("heading", level=1)).to_have_text("Mijn caseload")
    expect(uwv.get_by_role("link", name=CLIENT_NAME)).to_have_count(0)

    # --- The access log has every step, under the client's pseudonymous id -------------------
    expected = {
        BEHANDELAAR: [
            "client.create",
            "client.read",
            "intake.record",
            "referral.create",
            "intake.list",
            "consent.list",
            "consent.record",
            "trajectory.read",
            "trajectory.plan",
            "goal.create",
            "consent.withdraw",
        ],
        IPS: [
            "referral.read",
            "referral.accept",
            "trajectory.start",
            "trajectory.read",
            "trajectory.plan",
            "team.add",
            "goal.create",
            "meeting.record",
            "action.create",
            "meeting.read",
            "ladder.assess",
            "trajectory.timeline",
        ],
        UWV: ["trajectory.read", "trajectory.plan", "trajectory.timeline"],
    }
    rows = AccessLogEntry.objects.filter(client_pid=pid, outcome="allowed")
    missing = [
        f"{email}: {event}"
        for email, events in expected.items()
        for event in events
        if not rows.filter(user_display=email, event_code=event).exists()
    ]
    assert not missing, f"no access-log row (client_pid={pid}) for: {missing}"
    assert rows.filter(event_code="intake.record").count() == 1, "the refused intake logs none"
    assert rows.filter(event_code="ladder.assess", user_display=IPS).count() == 2
    # UWV read on the basis of the team and the consent; what it was shown had no treatment.
    uwv_read = rows.filter(user_display=UWV, event_code="trajectory.read").earliest("id")
    assert (uwv_read.basis, uwv_read.consent_id) == ("team_membership", consent.pk)
    for shown in rows.filter(user_display=UWV, event_code__in=["trajectory.plan"]):
        assert shown.basis == "consent"
        assert "behandeling" not in shown.detail["categories"], shown.detail
    # The lists are logged too: a row per client listed, naming that client.
    assert AccessLogEntry.objects.filter(
        user_display=IPS, event_code="referral.list", client_pid=pid
    ).exists()
    assert AccessLogEntry.objects.filter(
        user_display=UWV, event_code="caseload.list", client_pid=pid
    ).exists()
    # After the withdrawal: UWV's attempt is a denied row.
    denied = AccessLogEntry.objects.filter(
        user_display=UWV, event_code="denied.view_trajectory", outcome="denied"
    )
    assert denied.filter(
        object_type="trajectories.trajectory", object_id=str(trajectory.pk)
    ).exists(), list(denied.values("object_type", "object_id", "client_pid"))
    withdrawal = AccessLogEntry.objects.get(event_code="consent.withdraw", client_pid=pid)
    assert not rows.filter(user_display=UWV, id__gt=withdrawal.id).exists(), (
        "nothing of the client reached UWV after the withdrawal"
    )

    assert not soft, "\n".join(soft)
