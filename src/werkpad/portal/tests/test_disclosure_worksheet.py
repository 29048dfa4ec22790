"""The disclosure decision aid's private worksheet over HTTP: the start page, the six steps
(each saves, contradictions are refused with a kind message and nothing saved, a stale edit
is a 409, an unknown step a 404), the way back and forth, the printable summary, and the
access-log row of every read and write."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.audit.models import AccessLogEntry
from werkpad.portal.models import DisclosureWorksheet, EmployerDisclosure
from werkpad.testing import make_client, make_user

STEP_ONE = reverse("portal:disclosure_step", kwargs={"step": 1})
OVERVIEW = reverse("portal:disclosure")
SUMMARY = reverse("portal:disclosure_summary")
EMPLOYER_CHOICE = reverse("portal:disclosure_employers")  # one choice per employer there


def step_url(n: int) -> str:
    return reverse("portal:disclosure_step", kwargs={"step": n})


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def anna(world: Any) -> HttpClient:
    return as_user(world.personas["client"])


def sheet(world: Any) -> DisclosureWorksheet | None:
    return DisclosureWorksheet.objects.filter(client=world.client_record).first()


def state(world: Any) -> tuple[Any, ...] | None:
    """Everything saved in Anna's worksheet, to compare before and after a refused post."""
    w = sheet(world)
    if w is None:
        return None
    return (
        w.what,
        w.when,
        w.to_whom,
        w.in_my_words,
        w.script,
        w.pros,
        w.cons,
        w.what_matters,
        w.finished_on,
        w.version,
    )


def log_rows(event: str) -> list[AccessLogEntry]:
    return list(AccessLogEntry.objects.filter(event_code=event).order_by("id"))


def save_step(http: HttpClient, n: int, version: int, go: str = "next", **answers: Any) -> Any:
    return http.post(step_url(n), {"version": version, "go": go, **answers})


# Valid answers for every step, and what they are saved as.
VALID: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {
    1: ({"what": ["nodig", "dat"]}, {"what": ["dat", "nodig"]}),
    2: ({"when": ["aanbod", "gesprek"]}, {"when": ["gesprek", "aanbod"]}),
    3: ({"to_whom": ["leidinggevende"]}, {"to_whom": ["leidinggevende"]}),
    4: (
        {"in_my_words": "  Ik heb soms paniekaanvallen.  ", "script": "Ik wil je iets vertellen."},
        {"in_my_words": "Ik heb soms paniekaanvallen.", "script": "Ik wil je iets vertellen."},
    ),
    5: (
        {"pros": "Ik hoef niets meer te verbergen.", "cons": "Dat ze me anders zien."},
        {"pros": "Ik hoef niets meer te verbergen.", "cons": "Dat ze me anders zien."},
    ),
    6: ({"what_matters": "Rust in mijn hoofd."}, {"what_matters": "Rust in mijn hoofd."}),
}


# --- The start page ------------------------------------------------------------------------
def test_the_start_page_explains_the_choice_and_that_the_worksheet_is_private(
    work_world: Any,
) -> None:
    response = anna(work_world).get(OVERVIEW)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Dat kies jij" in html and "geen goed of fout antwoord" in html
    assert "Open zijn kan helpen" in html and "ook nadelen" in html
    assert "Niemand anders ziet het" in html and "je begeleider en de rest van je team" in html
    assert "Je bent nog niet begonnen" in html
    assert f'href="{STEP_ONE}" data-continue' in html
    assert f'href="{SUMMARY}"' in html and f'href="{EMPLOYER_CHOICE}"' in html
    assert "Je werkgever ziet nu niets over je gezondheid." in html
    [row] = log_rows("portal.disclosure.overview.read")
    assert row.client_pid == work_world.client_record.public_id
    assert row.user_id == work_world.personas["client"].pk
    assert row.basis == "self" and row.action == "R"


def test_the_start_page_shows_the_progress_and_where_to_continue(work_world: Any) -> None:
    http = anna(work_world)
    assert save_step(http, 1, 0, **VALID[1][0]).status_code == 302
    assert save_step(http, 2, 1, **VALID[2][0]).status_code == 302
    html = http.get(OVERVIEW).content.decode()
    assert "Je hebt 2 van de 6 stappen ingevuld." in html
    assert f'href="{step_url(3)}" data-continue>Ga verder met stap 3<' in html


def test_the_start_page_says_the_employer_choice_in_one_sentence(work_world: Any) -> None:
    EmployerDisclosure.objects.create(
        client=work_world.client_record,
        employer=work_world.employer,
        condition="dat",
        share_needs=True,
        needs_text="Vaste werktijden",
        created_by=work_world.personas["client"],
    )
    html = anna(work_world).get(OVERVIEW).content.decode()
    assert (
        "Je werkgever ziet nu dat je een psychische kwetsbaarheid hebt (niet wat het is) en "
        "wat je nodig hebt op je werk."
    ) in html


# --- The steps -----------------------------------------------------------------------------
@pytest.mark.parametrize("n", sorted(VALID))
def test_every_step_saves_its_answers_and_creates_the_worksheet_on_the_first_save(
    work_world: Any, n: int
) -> None:
    http = anna(work_world)
    assert http.get(step_url(n)).status_code == 200
    sent, saved = VALID[n]
    response = save_step(http, n, 0, **sent)
    assert response.status_code == 302
    worksheet = sheet(work_world)
    assert worksheet is not None and worksheet.version == 1
    for name, value in saved.items():
        assert getattr(worksheet, name) == value
    [row] = log_rows("portal.disclosure.worksheet.create")
    assert row.action == "C" and row.object_id == str(worksheet.pk)
    assert row.client_pid == work_world.client_record.public_id
    assert row.detail == {"step": n}, "the step, never the answers"


def test_a_later_step_updates_the_same_worksheet_and_keeps_the_other_answers(
    work_world: Any,
) -> None:
    http = anna(work_world)
    for n in sorted(VALID):
        assert save_step(http, n, n - 1, **VALID[n][0]).status_code == 302
    worksheet = sheet(work_world)
    assert worksheet is not None and worksheet.version == 6
    for _sent, saved in VALID.values():
        for name, value in saved.items():
            assert getattr(worksheet, name) == value
    assert DisclosureWorksheet.objects.count() == 1
    assert len(log_rows("portal.disclosure.worksheet.update")) == 5


def test_the_client_comes_back_and_sees_what_she_saved(work_world: Any) -> None:
    http = anna(work_world)
    save_step(http, 1, 0, what=["wat"])
    save_step(http, 4, 1, in_my_words="Mijn eigen zin", script="")
    html = http.get(STEP_ONE).content.decode()
    assert 'value="wat"' in html and 'value="wat" class="" id="id_what_2" checked' in html
    assert 'name="version" value="1"' not in html and 'name="version" value="2"' in html
    assert "Mijn eigen zin" in http.get(step_url(4)).content.decode()


@pytest.mark.parametrize(
    ("n", "go", "target"),
    [
        (1, "next", step_url(2)),
        (3, "back", step_url(2)),
        (3, "overview", OVERVIEW),
        (6, "next", SUMMARY),
        (1, "back", OVERVIEW),  # there is no step before the first
    ],
)
def test_the_buttons_lead_back_and_forth(work_world: Any, n: int, go: str, target: str) -> None:
    response = save_step(anna(work_world), n, 0, go=go)
    assert response.status_code == 302
    assert response["Location"] == target


def test_each_step_page_has_one_h1_the_step_list_and_previous_next(work_world: Any) -> None:
    http = anna(work_world)
    for n in range(1, 7):
        html = http.get(step_url(n)).content.decode()
        assert html.count("<h1") == 1, n
        assert f"Stap {n} van 6" in html
        assert 'aria-current="step"' in html
        assert ('value="back"' in html) == (n > 1)
        assert ("Bewaren en naar mijn samenvatting" in html) == (n == 6)


def test_step_four_gives_an_example_script_and_tips(work_world: Any) -> None:
    html = anna(work_world).get(step_url(4)).content.decode()
    assert (
        "Een voorbeeld" in html and "Ik wil je iets vertellen, zodat je me beter begrijpt" in html
    )
    assert "Oefen hardop" in html
    assert "Mijn oefentekst" in html and "Zo zou ik het zeggen, in mijn eigen woorden" in html


def test_step_five_asks_the_questions_and_has_no_right_answer(work_world: Any) -> None:
    html = anna(work_world).get(step_url(5)).content.decode()
    assert "Er is geen goed of fout antwoord" in html
    assert "Wat kan het me opleveren als ik het vertel?" in html
    assert "Waar ben ik bang voor?" in html


def test_finishing_sets_the_day_and_unticking_reopens_it(work_world: Any) -> None:
    http = anna(work_world)
    assert save_step(http, 6, 0, what_matters="Eerlijk zijn", finished="on").status_code == 302
    worksheet = sheet(work_world)
    assert worksheet is not None and worksheet.finished_on == timezone.localdate()
    assert "Je was klaar op" in http.get(OVERVIEW).content.decode()
    assert save_step(http, 6, 1, what_matters="Eerlijk zijn").status_code == 302
    worksheet.refresh_from_db()
    assert worksheet.finished_on is None


# --- Contradictions and other bad input: 400, a kind message, nothing saved -----------------
CONTRADICTIONS = [
    (1, {"what": ["niets", "dat"]}, "Je koos &#x27;Niets&#x27; en ook iets anders."),
    (1, {"what": ["niets", "nodig"]}, "Kies alleen &#x27;Niets&#x27;"),
    (2, {"when": ["nooit", "gesprek"]}, "Je koos &#x27;Nooit&#x27; en ook een moment."),
    (3, {"to_whom": ["niemand", "collegas"]}, "Je koos &#x27;Niemand&#x27; en ook mensen."),
]


@pytest.mark.parametrize(("n", "answers", "message"), CONTRADICTIONS)
@pytest.mark.parametrize("existing", [False, True], ids=["new", "existing"])
def test_a_contradiction_gets_a_kind_message_and_saves_nothing(
    work_world: Any, n: int, answers: dict[str, Any], message: str, existing: bool
) -> None:
    http = anna(work_world)
    version = 0
    if existing:
        assert save_step(http, n, 0, **VALID[n][0]).status_code == 302
        version = 1
    before = state(work_world)
    response = save_step(http, n, version, **answers)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "utrecht-form-field-error-message" in html
    assert state(work_world) == before
    assert not log_rows("portal.disclosure.worksheet.update")


@pytest.mark.parametrize(
    ("n", "answers", "message"),
    [
        (1, {"what": ["alles"]}, "Kies uit de keuzes op deze pagina."),
        (2, {"when": ["morgen"]}, "Kies uit de keuzes op deze pagina."),
        (4, {"in_my_words": "x" * 2001}, "Dit is te lang. Gebruik hoogstens 2000 tekens."),
        (5, {"cons": "x" * 2001}, "Dit is te lang."),
    ],
)
def test_other_bad_input_is_refused_and_saves_nothing(
    work_world: Any, n: int, answers: dict[str, Any], message: str
) -> None:
    response = save_step(anna(work_world), n, 0, **answers)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert sheet(work_world) is None


def test_a_post_without_a_version_is_refused(work_world: Any) -> None:
    response = anna(work_world).post(STEP_ONE, {"what": ["dat"]})
    assert response.status_code == 400
    assert "niet volledig verstuurd" in response.content.decode()
    assert sheet(work_world) is None


# --- Stale edits ---------------------------------------------------------------------------
def test_a_stale_edit_is_refused_with_409_and_shows_what_is_saved(work_world: Any) -> None:
    window_one, window_two = anna(work_world), anna(work_world)
    assert save_step(window_one, 1, 0, what=["dat"]).status_code == 302
    assert save_step(window_one, 1, 1, what=["wat"]).status_code == 302
    before = state(work_world)
    response = save_step(window_two, 1, 1, what=["niets"])
    assert response.status_code == 409
    html = response.content.decode()
    assert "Je hebt dit werkblad intussen ergens anders veranderd" in html
    assert 'name="version" value="2"' in html, "the form now carries the saved version"
    assert 'value="wat" class="" id="id_what_2" checked' in html
    assert state(work_world) == before


@pytest.mark.parametrize(
    ("first_save", "version"), [(True, 0), (False, 3)], ids=["created-elsewhere", "no-worksheet"]
)
def test_a_version_that_does_not_fit_is_a_stale_edit(
    work_world: Any, first_save: bool, version: int
) -> None:
    http = anna(work_world)
    if first_save:
        save_step(http, 1, 0, what=["dat"])
    before = state(work_world)
    response = save_step(http, 2, version, when=["gesprek"])
    assert response.status_code == 409
    assert state(work_world) == before


# --- Unknown steps and who may come here ----------------------------------------------------
@pytest.mark.parametrize("n", [0, 7, 99])
def test_an_unknown_step_is_not_found(work_world: Any, n: int) -> None:
    http = anna(work_world)
    assert http.get(step_url(n)).status_code == 404
    assert save_step(http, n, 0, what=["dat"]).status_code == 404
    assert sheet(work_world) is None


PAGES = [OVERVIEW, STEP_ONE, step_url(6), SUMMARY, EMPLOYER_CHOICE]


@pytest.mark.parametrize(
    "persona", ["pro_own", "admin_own", "pro_other", "admin_other", "employer"]
)
def test_nobody_but_a_client_may_open_these_pages(work_world: Any, persona: str) -> None:
    http = as_user(work_world.personas[persona])
    for url in [*PAGES, step_url(99)]:
        assert http.get(url).status_code == 403, url
    assert save_step(http, 1, 0, what=["dat"]).status_code == 403
    one_employer = reverse("portal:disclosure_employer", args=[work_world.employer.pk])
    assert http.get(one_employer).status_code == 403
    assert http.post(one_employer, {"condition": "dat", "go": "save"}).status_code == 403
    assert sheet(work_world) is None and not EmployerDisclosure.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login_page(work_world: Any) -> None:
    http = HttpClient()
    for url in PAGES:
        response = http.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url
        assert "next=" in response["Location"], url


def test_another_client_has_a_worksheet_of_her_own(work_world: Any) -> None:
    save_step(anna(work_world), 4, 0, in_my_words="Anna's eigen woorden")
    bert_user = make_user(full_name="Cliënt Bert")
    bert = make_client(organisation=work_world.org_b, user=bert_user, full_name="Bert Bakker 2")
    http = as_user(bert_user)
    for url in [step_url(4), SUMMARY, OVERVIEW]:
        response = http.get(url)
        assert response.status_code == 200
        assert "Anna&#x27;s eigen woorden" not in response.content.decode()
    assert save_step(http, 4, 0, in_my_words="Van Bert").status_code == 302
    assert DisclosureWorksheet.objects.get(client=bert).in_my_words == "Van Bert"
    anna_sheet = sheet(work_world)
    assert anna_sheet is not None and anna_sheet.in_my_words == "Anna's eigen woorden"


# --- The summary ---------------------------------------------------------------------------
def test_the_summary_says_the_choices_in_plain_sentences_and_is_logged(work_world: Any) -> None:
    http = anna(work_world)
    for n in sorted(VALID):
        save_step(http, n, n - 1, **VALID[n][0])
    save_step(http, 6, 6, what_matters="Rust in mijn hoofd.", finished="on")
    response = http.get(SUMMARY)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Ik vertel misschien:" in html
    assert "Dat ik een psychische kwetsbaarheid heb, maar niet wat het is" in html
    assert "Wat ik nodig heb op mijn werk" in html
    assert "In het sollicitatiegesprek" in html and "Als ik de baan heb gekregen" in html
    assert "Mijn leidinggevende (mijn baas)" in html
    for text in (
        "Ik heb soms paniekaanvallen.",
        "Ik wil je iets vertellen.",
        "Ik hoef niets meer te verbergen.",
        "Dat ze me anders zien.",
        "Rust in mijn hoofd.",
    ):
        assert text in html
    assert "Klaar op" in html
    assert "Je werkgever ziet nu niets over je gezondheid." in html
    [row] = log_rows("portal.disclosure.summary.read")
    assert row.client_pid == work_world.client_record.public_id and row.action == "R"


def test_the_summary_says_nothing_never_and_nobody_as_such(work_world: Any) -> None:
    http = anna(work_world)
    save_step(http, 1, 0, what=["niets"])
    save_step(http, 2, 1, when=["nooit"])
    save_step(http, 3, 2, to_whom=["niemand"])
    html = http.get(SUMMARY).content.decode()
    assert "Ik vertel niets over mijn gezondheid." in html
    assert "Ik vertel het nooit." in html
    assert "Ik vertel het aan niemand." in html


def test_the_summary_before_anything_was_filled_in(work_world: Any) -> None:
    html = anna(work_world).get(SUMMARY).content.decode()
    assert "Je hebt het werkblad nog niet ingevuld." in html
    assert len(log_rows("portal.disclosure.summary.read")) == 1


def test_the_summary_prints_without_the_navigation(work_world: Any) -> None:
    from django.contrib.staticfiles import finders

    html = anna(work_world).get(SUMMARY).content.decode()
    assert 'href="/static/portal/disclosure/disclosure.css"' in html
    assert "werkpad-breadcrumb werkpad-no-print" in html
    # The print button is shown by a script the page's CSP allows (its nonce), and without
    # it the page says how to print from the browser.
    assert "data-print hidden" in html and "via het menu van je browser" in html
    assert '<script src="/static/portal/disclosure/print.js" nonce="' in html
    found = finders.find("portal/disclosure/disclosure.css")
    assert isinstance(found, str)
    with open(found) as stylesheet:
        css = stylesheet.read()
    print_rules = css.split("@media print", 1)[1]
    for selector in (".werkpad-header", ".werkpad-nav", ".werkpad-footer", ".werkpad-no-print"):
        assert selector in print_rules


# --- Query counts --------------------------------------------------------------------------
def _queries(http: HttpClient, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert http.get(url).status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("url", [OVERVIEW, STEP_ONE, SUMMARY, EMPLOYER_CHOICE])
def test_the_pages_run_the_same_queries_with_1_and_20_earlier_choices(
    work_world: Any, url: str
) -> None:
    http = anna(work_world)
    save_step(http, 1, 0, what=["dat"])

    def choose(count: int) -> None:
        for i in range(count):
            EmployerDisclosure.objects.create(
                client=work_world.client_record,
                employer=work_world.employer,
                condition="wat",
                condition_text=f"Keuze {i}",
                created_by=work_world.personas["client"],
            )

    choose(1)
    one = _queries(http, url)
    choose(19)
    many = _queries(http, url)
    assert many == one, f"{url}: {one} queries with 1 choice, {many} with 20"
    assert one <= 25, f"{url}: {one} queries"
