"""The employer's pages and API show, per placement, exactly what the worker chose in the
portal to let their employer see, and nothing more: nothing, only that there is a
psychological vulnerability, what it is in the worker's own words, and what they need at
work. A new choice counts from the very next request; a former employer sees nothing; the
reads are logged; the number of queries does not grow with the number of placements."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test import Client as HttpClient
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.employment import services
from werkpad.employment.models import Placement
from werkpad.organisations.models import OrganisationType, Role
from werkpad.portal.models import DisclosureWorksheet, EmployerDisclosure
from werkpad.portal.services.disclosure import employer_disclosure_choose
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services as trajectory_services

API = "/api/werkgever/plaatsingen"
NOTHING = "De medewerker heeft (nog) niets gedeeld over de gezondheid."
THAT = "De medewerker wil dat u weet dat er sprake is van een psychische kwetsbaarheid."
WHAT_INTRO = "Wat de medewerker u over de eigen gezondheid vertelt:"
NEEDS_INTRO = "Wat de medewerker nodig heeft op het werk:"
HEALTH_TEXT = "Ik heb een bipolaire stoornis; het gaat nu stabiel."
NEEDS_TEXT = "Vaste diensten, niet 's nachts."
WORKSHEET = "Werkblad-geheim"


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def choose(world: Any, **choice: Any) -> EmployerDisclosure:
    values: dict[str, Any] = {
        "condition": "niets",
        "condition_text": "",
        "share_needs": False,
        "needs_text": "",
    }
    values.update(choice)
    return employer_disclosure_choose(
        actor=actor_for_user(world.personas["client"]),
        client=world.client_record,
        employer=world.employer,
        **values,
    )


def employer_views(world: Any, user: Any | None = None) -> dict[str, Any]:
    http = as_user(user or world.personas["employer"])
    placement_url = reverse("employment:employer_placement", args=[world.placement.pk])
    home = http.get(reverse("employment:employer_home"))
    card = home.content.decode().split(f'data-placement="{world.placement.pk}"', 1)[-1]
    return {
        "home": card.split("</li>", 1)[0],
        "placement": http.get(placement_url).content.decode(),
        "api": http.get(API).json(),
    }


CHOICES: dict[str, tuple[dict[str, Any], list[str], list[str]]] = {
    "nothing": ({}, [NOTHING], [THAT, WHAT_INTRO, NEEDS_INTRO, HEALTH_TEXT, NEEDS_TEXT]),
    "that": ({"condition": "dat"}, [THAT], [NOTHING, WHAT_INTRO, NEEDS_INTRO, HEALTH_TEXT]),
    "what": (
        {"condition": "wat", "condition_text": HEALTH_TEXT},
        [WHAT_INTRO, HEALTH_TEXT],
        [NOTHING, THAT, NEEDS_INTRO, NEEDS_TEXT],
    ),
    "needs": (
        {"share_needs": True, "needs_text": NEEDS_TEXT},
        [NEEDS_INTRO, NEEDS_TEXT],
        [NOTHING, THAT, WHAT_INTRO, HEALTH_TEXT],
    ),
    "that-and-needs": (
        {"condition": "dat", "share_needs": True, "needs_text": NEEDS_TEXT},
        [THAT, NEEDS_INTRO, NEEDS_TEXT],
        [NOTHING, WHAT_INTRO, HEALTH_TEXT],
    ),
    "what-and-needs": (
        {
            "condition": "wat",
            "condition_text": HEALTH_TEXT,
            "share_needs": True,
            "needs_text": NEEDS_TEXT,
        },
        [WHAT_INTRO, HEALTH_TEXT, NEEDS_INTRO, NEEDS_TEXT],
        [NOTHING, THAT],
    ),
}
API_SHARED = {
    "nothing": {"health": "niets", "health_text": "", "needs_text": ""},
    "that": {"health": "dat", "health_text": "", "needs_text": ""},
    "what": {"health": "wat", "health_text": HEALTH_TEXT, "needs_text": ""},
    "needs": {"health": "niets", "health_text": "", "needs_text": NEEDS_TEXT},
    "that-and-needs": {"health": "dat", "health_text": "", "needs_text": NEEDS_TEXT},
    "what-and-needs": {"health": "wat", "health_text": HEALTH_TEXT, "needs_text": NEEDS_TEXT},
}


def _escaped(text: str) -> str:
    return text.replace("'", "&#x27;")


@pytest.mark.parametrize("name", list(CHOICES))
def test_the_employer_sees_exactly_the_workers_choice(work_world: Any, name: str) -> None:
    DisclosureWorksheet.objects.create(
        client=work_world.client_record, what=["wat"], in_my_words=WORKSHEET, pros=WORKSHEET
    )
    choice, shown, hidden = CHOICES[name]
    if choice:
        choose(work_world, **choice)
    views = employer_views(work_world)
    for page in ("home", "placement"):
        html = views[page]
        for text in shown:
            assert _escaped(text) in html, (page, text)
        for text in [*hidden, WORKSHEET]:
            assert _escaped(text) not in html, (page, text)
    [placement] = views["api"]
    assert placement["shared"] == API_SHARED[name]
    assert WORKSHEET not in str(views["api"])


def test_a_new_choice_counts_from_the_very_next_employer_request(work_world: Any) -> None:
    http = as_user(work_world.personas["employer"])
    placement_url = reverse("employment:employer_placement", args=[work_world.placement.pk])
    home_url = reverse("employment:employer_home")
    assert NOTHING in http.get(placement_url).content.decode()

    choose(work_world, condition="wat", condition_text=HEALTH_TEXT)
    assert HEALTH_TEXT in http.get(placement_url).content.decode()
    assert HEALTH_TEXT in http.get(home_url).content.decode()
    assert http.get(API).json()[0]["shared"]["health"] == "wat"

    # She takes it back: from the next request on, only that sentence.
    choose(work_world, condition="dat")
    for url in (placement_url, home_url):
        html = http.get(url).content.decode()
        assert THAT in html and HEALTH_TEXT not in html
    assert http.get(API).json()[0]["shared"] == API_SHARED["that"]

    choose(work_world)
    assert NOTHING in http.get(placement_url).content.decode()
    assert http.get(API).json()[0]["shared"] == API_SHARED["nothing"]


def test_the_client_changes_her_choice_in_the_portal_and_the_employer_sees_it_at_once(
    work_world: Any,
) -> None:
    anna = as_user(work_world.personas["client"])
    boss = as_user(work_world.personas["employer"])
    url = reverse("employment:employer_placement", args=[work_world.placement.pk])
    for data, expected in (
        ({"condition": "dat"}, THAT),
        ({"condition": "niets", "share_needs": "on", "needs_text": NEEDS_TEXT}, NEEDS_TEXT),
    ):
        response = anna.post(
            reverse("portal:disclosure_employer", args=[work_world.employer.pk]),
            {"go": "save", **data},
        )
        assert response.status_code == 302
        assert _escaped(expected) in boss.get(url).content.decode()


def test_a_former_employer_sees_nothing_of_the_choice(work_world: Any) -> None:
    choose(
        work_world,
        condition="wat",
        condition_text=HEALTH_TEXT,
        share_needs=True,
        needs_text=NEEDS_TEXT,
    )
    Placement.objects.filter(pk=work_world.placement.pk).update(ended_on=timezone.localdate())
    views = employer_views(work_world)
    for page in ("home", "placement"):
        for text in (HEALTH_TEXT, _escaped(NEEDS_TEXT), THAT, WHAT_INTRO):
            assert text not in views[page], (page, text)
    assert views["api"][0]["shared"] == API_SHARED["nothing"]
    assert not AccessLogEntry.objects.filter(event_code="employer_portal.disclosure.read")


def test_another_employer_sees_nothing_of_it(work_world: Any) -> None:
    choose(work_world, condition="wat", condition_text=HEALTH_TEXT)
    slagerij = make_organisation("Slagerij (werkgever)", OrganisationType.EMPLOYER)
    stranger = make_user(
        organisation=slagerij, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Slager"
    )
    http = as_user(stranger)
    url = reverse("employment:employer_placement", args=[work_world.placement.pk])
    assert http.get(url).status_code == 404
    assert HEALTH_TEXT not in http.get(reverse("employment:employer_home")).content.decode()
    assert http.get(API).json() == []


def test_the_employers_reads_of_the_choice_are_logged(work_world: Any) -> None:
    choice = choose(work_world, condition="dat")
    employer = work_world.personas["employer"]
    employer_views(work_world)
    rows = AccessLogEntry.objects.filter(
        event_code="employer_portal.disclosure.read", user_id=employer.pk
    ).order_by("id")
    # The home page, the API and the placement page: one row each for the worker's choice,
    # naming her, so she finds every read in "who saw my file".
    assert rows.count() == 3
    assert {r.object_id for r in rows} == {str(choice.pk)}
    assert {r.client_pid for r in rows} == {work_world.client_record.public_id}
    assert {r.basis for r in rows} == {"own_organisation"}


# --- Query counts: the same with 1 and with 20 placements -----------------------------------
def _add_placements(world: Any, count: int, start: int) -> None:
    """Workers at the world's employer, each with a choice of their own."""
    pro = actor_for_user(world.personas["pro_own"])
    for i in range(start, start + count):
        client = make_client(organisation=world.org_a, full_name=f"Werknemer {i:03d}")
        trajectory = trajectory_services.trajectory_start(
            actor=pro, client=client, trajectory_type="ips"
        )
        services.placement_record(
            actor=pro,
            trajectory=trajectory,
            details=services.PlacementDetails(
                employer=world.employer,
                job_title=f"Baan {i}",
                work_type="regulier",
                start_on=timezone.localdate(),
                hours_per_week=Decimal("20"),
                hourly_wage=Decimal("15.00"),
                contract_type="tijdelijk",
            ),
        )
        EmployerDisclosure.objects.create(
            client=client,
            employer=world.employer,
            condition="wat",
            condition_text=f"Eigen woorden {i:03d}",
            created_by=world.personas["client"],
        )


def _queries(http: HttpClient, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = http.get(url)
        assert response.status_code == 200, url
    return len(captured), response.content.decode()


@pytest.mark.parametrize("url", [reverse("employment:employer_home"), API])
def test_the_employer_pages_run_the_same_queries_with_1_and_20_placements(
    work_world: Any, url: str
) -> None:
    # Only the new workers' placements count: Anna's is ended, so the one placement shown
    # with a choice at first is the first new one.
    Placement.objects.filter(pk=work_world.placement.pk).update(ended_on=timezone.localdate())
    http = as_user(work_world.personas["employer"])
    _add_placements(work_world, 1, start=1)
    one, body = _queries(http, url)
    assert body.count("Eigen woorden") == 1
    _add_placements(work_world, 19, start=2)
    many, body = _queries(http, url)
    assert body.count("Eigen woorden") == 20
    assert many == one, f"{url}: {one} queries with 1 placement, {many} with 20"


def test_the_placement_page_runs_a_fixed_number_of_queries(
    work_world: Any, django_assert_max_num_queries: Any
) -> None:
    choose(work_world, condition="dat")
    http = as_user(work_world.personas["employer"])
    url = reverse("employment:employer_placement", args=[work_world.placement.pk])
    with django_assert_max_num_queries(25):
        assert http.get(url).status_code == 200
