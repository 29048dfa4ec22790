"""The client's journey through the portal (issue 5), in the browser, as Anna:

her coach opens her file and invites her; she accepts the invitation from the e-mail, sets a
password and skips the second factor (offered, not forced); reads her path; adds a goal in her
own words; moves her ladder step; works through the disclosure decision aid and chooses what
her employer may see; withdraws a consent; sees in "who saw my file" that her coach opened
it; downloads her data as JSON and PDF. Then the employer sees exactly her choice, and after
she changes it, the new choice at once. Every step is checked in the database too.

Data: ``work_world`` (Anna's IPS trajectory at organisation A, her placement at the employer's
bakery, her consent to organisation C), with Anna's portal account taken away so that she
starts from the invitation."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from playwright.sync_api import expect

from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import Consent
from werkpad.portal.models import DisclosureWorksheet, EmployerDisclosure
from werkpad.testing import PASSWORD, enable_totp
from werkpad.trajectories.models import Goal, LadderAssessment

from .conftest import TOTP_SECRET, log_in

pytestmark = pytest.mark.browser

ANNA_EMAIL = "anna.aalbers@voorbeeld.example"
ANNA_PASSWORD = "Mijn-eigen-pad-2026"
# Words only the private worksheet holds: they must never reach the employer.
PRIVATE = "bang dat ze me niet meer serieus nemen"
NEEDS = "Een vaste begintijd en een rustige plek om te werken"


@pytest.fixture
def journey_world(reference_data: None, work_world: Any) -> Any:
    world = work_world
    anna = world.client_record
    anna.user = None
    anna.email = ANNA_EMAIL
    anna.save(update_fields=["user", "email"])
    return world


def _log_in_with_totp(page: Any, site: Any, user: Any) -> None:
    Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
    enable_totp(user, TOTP_SECRET)
    log_in(page, site, user.email, PASSWORD, TOTP_SECRET)


def _invitation_link(mailoutbox: list[Any]) -> str:
    invitations = [m for m in mailoutbox if m.to == [ANNA_EMAIL]]
    assert len(invitations) == 1, [m.subject for m in mailoutbox]
    mail = invitations[0]
    assert mail.to == [ANNA_EMAIL]
    assert "Anna" not in mail.body and "GGZ" not in mail.body  # no name, no organisation
    found = re.search(r"https?://\S+/uitnodiging/\S+/", mail.body)
    assert found, mail.body
    return found.group(0)


def _coach_invites(new_context: Any, site: Any, world: Any, mailoutbox: list[Any]) -> str:
    coach = new_context().new_page()
    _log_in_with_totp(coach, site, world.personas["pro_own"])
    coach.goto(site(f"/clienten/{world.client_record.public_id}/"))
    expect(coach.get_by_role("heading", level=1)).to_have_text("Anna Aalbers")
    coach.get_by_role("button", name="Uitnodiging sturen").click()
    coach.wait_for_load_state()
    coach.context.close()
    return _invitation_link(mailoutbox)


def _accept(page: Any, link: str) -> None:
    page.goto(link)
    page.get_by_label("Kies een wachtwoord").fill(ANNA_PASSWORD)
    page.get_by_label("Typ hetzelfde wachtwoord nog een keer").fill("iets-anders-2026")
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page.locator(".utrecht-form-field-error-message").first).to_contain_text(
        "niet hetzelfde"
    )  # a mistake first: a kind message, nothing made
    page.get_by_label("Kies een wachtwoord").fill(ANNA_PASSWORD)
    page.get_by_label("Typ hetzelfde wachtwoord nog een keer").fill(ANNA_PASSWORD)
    page.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(page).to_have_url(re.compile(r"/mijn/tweede-stap/$"))
    expect(page.get_by_role("link", name="Ja, instellen")).to_be_visible()
    page.get_by_role("link", name="Nu niet").click()
    expect(page).to_have_url(re.compile(r"/mijn/$"))


def _read_path_and_add_goal(page: Any, world: Any) -> None:
    main = page.locator("main")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn pad naar werk")
    expect(main).to_contain_text("Weer ergens bij horen")  # her goal, in her words
    expect(main).to_contain_text("Pro Eigen")  # who is in her team
    page.goto(page.url + "doelen/nieuw/")
    page.get_by_role("button", name="Toevoegen").click()  # empty: refused, nothing saved
    expect(page.locator(".utrecht-form-field-error-message").first).to_be_visible()
    page.get_by_label("Wat wil je? Schrijf het op in je eigen woorden.").fill(
        "Ik wil werken omdat ik het zelf wil, bij een bakker"
    )
    page.get_by_label("Een wens", exact=False).check()
    page.get_by_label("Werk", exact=True).check()
    page.get_by_role("button", name="Toevoegen").click()
    expect(page.locator("main")).to_contain_text("bij een bakker")
    goal = Goal.objects.get(trajectory=world.trajectory, own_words__contains="bij een bakker")
    assert goal.status == "proposed" and goal.created_by.kind == "client"


def _move_ladder(page: Any, site: Any, world: Any) -> None:
    page.goto(site("/mijn/ladder/"))
    page.get_by_label("Stap 4", exact=False).check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    page.goto(site("/mijn/ladder/"))
    page.get_by_label("Stap 5", exact=False).check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator("main")).to_contain_text("stap omhoog")  # a step up is a success
    own = LadderAssessment.objects.filter(trajectory=world.trajectory, perspective="client")
    assert list(own.values_list("step", flat=True)) == [4, 5]


def _decision_aid(page: Any, site: Any) -> None:
    page.goto(site("/mijn/open-zijn/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Open zijn op je werk")
    page.goto(site("/mijn/open-zijn/stap/1/"))
    page.get_by_label("Niets", exact=True).check()
    page.get_by_label("Wat ik nodig heb op mijn werk").check()
    page.get_by_role("button", name="Bewaren en verder").click()  # "nothing" and something
    expect(page.locator("main")).to_contain_text("Niets")
    assert not DisclosureWorksheet.objects.exists()  # refused: nothing saved
    page.get_by_label("Niets", exact=True).uncheck()
    page.get_by_role("button", name="Bewaren en verder").click()
    expect(page).to_have_url(re.compile(r"/stap/2/$"))
    page.get_by_label("In het sollicitatiegesprek").check()
    page.get_by_role("button", name="Bewaren en verder").click()
    page.get_by_label("Mijn leidinggevende (mijn baas)").check()
    page.get_by_role("button", name="Bewaren en verder").click()
    page.get_by_label("Zo zou ik het zeggen, in mijn eigen woorden").fill(
        "Ik werk graag, en ik heb soms wat meer rust nodig."
    )
    page.get_by_label("Mijn oefentekst").fill("Ik wil je iets vertellen over wat mij helpt.")
    page.get_by_role("button", name="Bewaren en verder").click()
    page.get_by_label("Wat zou het je kunnen opleveren als je het vertelt?").fill(
        "Ik hoef niets geheim te houden."
    )
    page.get_by_label("Waar ben je bang voor, of wat zou er mis kunnen gaan?").fill(PRIVATE)
    page.get_by_role("button", name="Bewaren en verder").click()
    page.get_by_label("Wat vind jij het belangrijkst?").fill("Rust in mijn hoofd")
    page.get_by_label("Ik ben klaar met dit werkblad", exact=False).check()
    page.get_by_role("button", name="Bewaren en naar mijn samenvatting").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn keuzes over open zijn")
    expect(page.locator("main")).to_contain_text(PRIVATE)  # her summary, to print
    sheet = DisclosureWorksheet.objects.get()
    assert sheet.finished_on is not None and sheet.cons == PRIVATE


def _choose_for_employer(page: Any, site: Any, condition: str, needs: str) -> None:
    # The choice is per employer (issue 11): the list page links to the one for her employer.
    page.goto(site("/mijn/open-zijn/werkgever/"))
    page.get_by_role("link", name=re.compile(r"^Kies wat .+ mag zien$")).first.click()
    page.get_by_label(condition, exact=True).check()
    share = page.get_by_label("Ik wil delen wat ik nodig heb op mijn werk")
    if needs:
        share.check()
        page.get_by_label("Wat je werkgever mag lezen over wat je nodig hebt").fill(needs)
    else:
        share.uncheck()
        page.get_by_label("Wat je werkgever mag lezen over wat je nodig hebt").fill("")
    page.get_by_role("button", name="Bewaren").click()
    page.wait_for_load_state()


def _withdraw_consent(page: Any, site: Any, world: Any) -> None:
    page.goto(site("/mijn/toestemmingen/"))
    expect(page.locator("main")).to_contain_text("Gemeente Derde (C)")
    page.get_by_role("link", name="Toestemming intrekken (Gemeente Derde (C))").click()
    page.get_by_role("button", name="Ja, trek mijn toestemming in").click()
    page.wait_for_load_state()
    consent = Consent.objects.get(pk=world.consent.pk)
    assert consent.withdrawn_at is not None
    assert consent.withdrawn_by.email == ANNA_EMAIL


def _who_saw_my_file(page: Any, site: Any) -> None:
    page.goto(site("/mijn/wie-keek/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Wie heeft mijn dossier bekeken?")
    main = page.locator("main")
    expect(main).to_contain_text("Pro Eigen")
    expect(main).to_contain_text("GGZ Oost (A)")


def _download(page: Any, site: Any, world: Any) -> None:
    page.goto(site("/mijn/gegevens/"))
    with page.expect_download() as json_download:
        page.get_by_role("link", name="Download al je gegevens als computerbestand (JSON)").click()
    data = json.loads(Path(json_download.value.path()).read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    assert "Anna Aalbers" in text and "bij een bakker" in text and PRIVATE in text
    assert "Bert Bakker" not in text
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download al je gegevens als pdf").click()
    assert Path(pdf_download.value.path()).read_bytes().startswith(b"%PDF-")
    pid = world.client_record.public_id
    exports = AccessLogEntry.objects.filter(client_pid=pid, action="E")
    assert exports.count() == 2


def test_the_client_journey_and_the_employer_sees_exactly_her_choice(
    new_context: Any, site: Any, journey_world: Any, mailoutbox: list[Any]
) -> None:
    world = journey_world
    link = _coach_invites(new_context, site, world, mailoutbox)

    anna = new_context(viewport={"width": 360, "height": 740}, is_mobile=True).new_page()
    anna.set_default_timeout(10_000)
    _accept(anna, link)
    _read_path_and_add_goal(anna, world)
    _move_ladder(anna, site, world)
    _decision_aid(anna, site)
    _choose_for_employer(
        anna, site, "Alleen dat ik een psychische kwetsbaarheid heb, niet wat", NEEDS
    )
    _withdraw_consent(anna, site, world)
    _who_saw_my_file(anna, site)
    _download(anna, site, world)

    employer = new_context().new_page()
    employer.set_default_timeout(10_000)
    _log_in_with_totp(employer, site, world.personas["employer"])
    placement_page = site(f"/werkgever/plaatsingen/{world.placement.pk}/")
    employer.goto(placement_page)
    shared = employer.locator(".werkpad-shared")
    expect(shared).to_contain_text("psychische kwetsbaarheid")
    expect(shared).to_contain_text(NEEDS)
    body = employer.locator("body").inner_text()
    for private in (PRIVATE, "Rust in mijn hoofd", "oefentekst", "Ik hoef niets geheim"):
        assert private not in body, f"the employer sees {private!r}"
    api = employer.request.get(site("/api/werkgever/plaatsingen"))
    assert NEEDS in api.text() and PRIVATE not in api.text()

    # Anna changes her mind: from now on the employer sees nothing about her health.
    _choose_for_employer(anna, site, "Niets", "")
    assert EmployerDisclosure.objects.filter(client=world.client_record).count() == 2
    employer.goto(placement_page)
    expect(shared).to_contain_text("niets gedeeld")
    expect(shared).not_to_contain_text("psychische kwetsbaarheid")
    expect(shared).not_to_contain_text(NEEDS)
