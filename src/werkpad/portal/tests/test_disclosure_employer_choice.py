"""The client chooses what her employer may see: the page shows exactly what the employer
sees now ("Dit ziet je werkgever:"), a trial view before saving, and the history; a save
appends a row that is in force at once; texts without their choice (or a choice without its
text) are refused with a message and nothing saved; every read and write is logged."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry
from werkpad.portal.models import DisclosureWorksheet, EmployerDisclosure


def choice_url(world: Any) -> str:
    """The choice for Anna's employer (the choice is per employer, issue 11)."""
    return reverse("portal:disclosure_employer", args=[world.employer.pk])


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def anna(world: Any) -> HttpClient:
    http = as_user(world.personas["client"])
    http.choice_url = choice_url(world) if world.employer else ""  # type: ignore[attr-defined]
    return http


def choose(http: HttpClient, go: str = "save", **data: Any) -> Any:
    return http.post(http.choice_url, {"go": go, **data})  # type: ignore[attr-defined]


def rows(world: Any) -> list[EmployerDisclosure]:
    return list(EmployerDisclosure.objects.filter(client=world.client_record))


def employer_page(world: Any) -> str:
    http = as_user(world.personas["employer"])
    url = reverse("employment:employer_placement", args=[world.placement.pk])
    return http.get(url).content.decode()


def test_the_page_shows_what_the_employer_sees_now_and_for_whom_it_is(work_world: Any) -> None:
    response = anna(work_world).get(choice_url(work_world))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Dit ziet je werkgever nu:" in html
    assert "De medewerker heeft (nog) niets gedeeld over de gezondheid." in html
    assert "Je keuze geldt alleen voor Bakkerij Brood." in html
    assert "Wat je in je werkblad hebt geschreven, ziet je werkgever nooit." in html
    assert "Je hebt nog niets gekozen." in html
    [row] = AccessLogEntry.objects.filter(event_code="portal.disclosure.employer.read")
    assert row.client_pid == work_world.client_record.public_id and row.basis == "self"


def test_without_a_job_the_page_says_a_next_employer_sees_nothing_until_she_chooses(
    world: Any,
) -> None:
    html = anna(world).get(reverse("portal:disclosure_employers")).content.decode()
    assert "Je hebt nu geen werk via je traject." in html
    assert "ziet die werkgever niets over je gezondheid, tot jij kiest" in html


def test_the_page_says_plainly_what_the_employer_sees_with_each_option(work_world: Any) -> None:
    html = anna(work_world).get(choice_url(work_world)).content.decode()
    options = html.split("data-options>", 1)[1].split("</dl>", 1)[0]
    assert "<dt>Niets</dt><dd>Je werkgever ziet niets over je gezondheid." in options
    assert "Je werkgever leest één zin: dat je een psychische kwetsbaarheid hebt." in options
    assert "Je werkgever leest precies de tekst die jij hier schrijft." in options
    assert "Zonder vinkje ziet hij daar niets van." in options


@pytest.mark.parametrize("what", [["wat", "nodig"], ["dat", "nodig"], ["nodig"], ["wat"]])
def test_the_private_worksheet_never_preselects_anything_in_the_choice(
    work_world: Any, what: list[str]
) -> None:
    # A "misschien" in the worksheet is not a choice to share: the first choice starts at
    # "niets" and no needs, whatever the worksheet says, and copies none of its words.
    DisclosureWorksheet.objects.create(
        client=work_world.client_record,
        what=what,
        in_my_words="Ik heb soms last van somberheid.",
    )
    html = anna(work_world).get(choice_url(work_world)).content.decode()
    assert 'value="niets" class="" id="id_condition_0" required checked' in html
    assert not re.search(r'id="id_condition_[12]" required checked', html)
    assert 'id="id_share_needs" checked' not in html
    assert "Ik heb soms last van somberheid." not in html


def test_a_choice_in_force_is_what_the_form_shows(work_world: Any) -> None:
    http = anna(work_world)
    choose(http, condition="dat", share_needs="on", needs_text="Een vaste plek")
    html = http.get(http.choice_url).content.decode()
    assert 'value="dat" class="" id="id_condition_1" required checked' in html
    assert "Een vaste plek</textarea>" in html


@pytest.mark.parametrize(
    ("data", "shown", "not_shown"),
    [
        (
            {"condition": "niets"},
            ["De medewerker heeft (nog) niets gedeeld over de gezondheid."],
            ["psychische kwetsbaarheid", "nodig heeft op het werk"],
        ),
        (
            {"condition": "dat"},
            ["De medewerker wil dat u weet dat er sprake is van een psychische kwetsbaarheid."],
            ["niets gedeeld", "nodig heeft op het werk"],
        ),
        (
            {"condition": "wat", "condition_text": "Ik heb een angststoornis."},
            ["Ik heb een angststoornis."],
            ["niets gedeeld", "nodig heeft op het werk"],
        ),
        (
            {"condition": "niets", "share_needs": "on", "needs_text": "Een rustige plek."},
            ["Wat de medewerker nodig heeft op het werk:", "Een rustige plek."],
            ["niets gedeeld", "psychische kwetsbaarheid"],
        ),
    ],
    ids=["nothing", "that", "what", "needs-only"],
)
def test_saving_appends_a_choice_that_the_employer_sees_at_once(
    work_world: Any, data: dict[str, Any], shown: list[str], not_shown: list[str]
) -> None:
    http = anna(work_world)
    choose(http, condition="wat", condition_text="Eerdere keuze")
    response = choose(http, **data)
    assert response.status_code == 302 and response["Location"] == choice_url(work_world)
    saved = rows(work_world)
    assert len(saved) == 2, "append-only: the earlier choice stays as history"
    assert saved[0].condition == data["condition"]
    assert saved[0].created_by == work_world.personas["client"]
    page = http.get(http.choice_url).content.decode()
    assert "Je keuze is bewaard en geldt meteen." in page
    preview = page.split('data-preview="current"', 1)[1].split("</div>\n</div>", 1)[0]
    boss = employer_page(work_world)
    for text in shown:
        assert text in preview, text
        assert text in boss, text
    for text in [*not_shown, "Eerdere keuze"]:
        assert text not in preview, text
        assert text not in boss, text
    created = AccessLogEntry.objects.filter(
        event_code="portal.disclosure.employer.create"
    ).order_by("id")
    assert [r.object_id for r in created] == [str(saved[1].pk), str(saved[0].pk)]
    assert all(r.client_pid == work_world.client_record.public_id for r in created)


def test_the_history_lists_every_choice_with_its_date_newest_first(work_world: Any) -> None:
    http = anna(work_world)
    choose(http, condition="wat", condition_text="Eerst alles")
    choose(http, condition="niets")
    html = http.get(http.choice_url).content.decode()
    history = html.split("data-history>", 1)[1].split("</ul>", 1)[0]
    lines = history.split("<li>")[1:]
    assert len(lines) == 2
    assert "niets over je gezondheid" in lines[0] and "(geldt nu)" in lines[0]
    assert "wat je hebt, in je eigen woorden" in lines[1] and "geldt nu" not in lines[1]


# --- A look before saving ------------------------------------------------------------------
def test_a_trial_view_shows_the_choice_as_the_employer_would_and_saves_nothing(
    work_world: Any,
) -> None:
    response = choose(
        anna(work_world), "preview", condition="dat", share_needs="on", needs_text="Vaste tijden"
    )
    assert response.status_code == 200
    html = response.content.decode()
    trial = html.split('data-preview="trial"', 1)[1].split("</div>\n</div>", 1)[0]
    assert (
        "De medewerker wil dat u weet dat er sprake is van een psychische kwetsbaarheid." in trial
    )
    assert "Vaste tijden" in trial
    assert "Dit is nog niet bewaard." in html
    assert not rows(work_world)
    assert "niets gedeeld" in employer_page(work_world)


def test_a_trial_view_of_a_contradiction_is_refused_like_a_save(work_world: Any) -> None:
    response = choose(anna(work_world), "preview", condition="wat")
    assert response.status_code == 400
    assert 'data-preview="trial"' not in response.content.decode()
    assert not rows(work_world)


# --- A text without its choice is not kept: sharing nothing needs no emptying of boxes -------
@pytest.mark.parametrize(
    ("data", "shown", "kept"),
    [
        ({"condition": "dat", "condition_text": "Ik heb ADHD."}, "psychische kwetsbaarheid", ""),
        ({"condition": "niets", "condition_text": "Ik heb ADHD."}, "niets gedeeld", ""),
        ({"condition": "niets", "needs_text": "Een rustige plek"}, "niets gedeeld", ""),
    ],
    ids=["text-with-that", "text-with-nothing", "needs-text-not-chosen"],
)
def test_a_text_without_its_choice_is_not_kept(
    work_world: Any, data: dict[str, Any], shown: str, kept: str
) -> None:
    response = choose(anna(work_world), **data)
    assert response.status_code == 302
    [choice] = rows(work_world)
    assert (choice.condition_text, choice.needs_text) == (kept, kept)
    page = employer_page(work_world)
    assert shown in page
    assert "ADHD" not in page and "Een rustige plek" not in page


# --- Bad input: 400, a message at the field, nothing saved -------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"condition": "wat"}, "Schrijf dan hier wat je werkgever mag lezen."),
        ({"condition": "wat", "condition_text": "   "}, "Schrijf dan hier wat je werkgever"),
        (
            {"condition": "niets", "share_needs": "on"},
            "Je wilt delen wat je nodig hebt. Schrijf dan hier wat je werkgever mag lezen.",
        ),
        ({}, "Maak een keuze."),
        ({"condition": "alles"}, "Kies uit de keuzes op deze pagina."),
        (
            {"condition": "wat", "condition_text": "x" * 1001},
            "Dit is te lang. Gebruik hoogstens 1000 tekens.",
        ),
    ],
    ids=[
        "what-without-text",
        "what-with-blank-text",
        "needs-without-text",
        "no-choice",
        "unknown-choice",
        "too-long",
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(
    work_world: Any, data: dict[str, Any], message: str
) -> None:
    http = anna(work_world)
    choose(http, condition="dat")
    before = [(r.pk, r.condition) for r in rows(work_world)]
    response = choose(http, **data)
    assert response.status_code == 400
    html = response.content.decode().replace("&#x27;", "'")
    assert message in html
    assert "utrecht-form-field-error-message" in html
    assert [(r.pk, r.condition) for r in rows(work_world)] == before
    assert "De medewerker wil dat u weet" in employer_page(work_world), "the old choice holds"


def test_a_choice_made_in_another_window_is_not_silently_replaced(work_world: Any) -> None:
    http = anna(work_world)
    choose(http, condition="dat")
    opened = http.get(http.choice_url).content.decode()
    [based_on] = re.findall(r'name="based_on" value="(\d+)"', opened)
    # Another window saves "niets" first ...
    choose(http, condition="niets", based_on=based_on)
    # ... then this window, opened before it, saves its own choice: refused, nothing saved.
    stale = choose(http, condition="wat", condition_text="Ik heb ADHD.", based_on=based_on)
    assert stale.status_code == 409
    assert "Je keuze is intussen veranderd" in stale.content.decode()
    assert rows(work_world)[0].condition == "niets"
    assert "ADHD" not in employer_page(work_world)
