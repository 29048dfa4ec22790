"""The worksheet is the client's alone: her coach (pro_own), her organisation's functioneel
beheerder (admin_own) and her employer never see any of it, on any page they can reach, and
the policy gives none of them a scope for it. The coach sees only what the client chose to
let the employer see, so as not to tell the employer more."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import Action, decide, visible_to
from werkpad.audit.models import AccessLogEntry
from werkpad.portal.models import DisclosureWorksheet, EmployerDisclosure

# One marker in every answer of the worksheet: none of it may reach anyone but Anna.
SECRETS = {
    "in_my_words": "Mijn woorden XQ-1",
    "script": "Mijn oefentekst XQ-2",
    "pros": "Voordeel XQ-3",
    "cons": "Nadeel XQ-4",
    "what_matters": "Belangrijk XQ-5",
}
MARKER = "XQ-"


def as_user(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def fill_in_the_worksheet(world: Any) -> None:
    anna = as_user(world.personas["client"])
    answers: list[tuple[int, dict[str, Any]]] = [
        (1, {"what": ["wat", "nodig"]}),
        (2, {"when": ["gesprek"]}),
        (3, {"to_whom": ["leidinggevende", "collegas"]}),
        (4, {"in_my_words": SECRETS["in_my_words"], "script": SECRETS["script"]}),
        (5, {"pros": SECRETS["pros"], "cons": SECRETS["cons"]}),
        (6, {"what_matters": SECRETS["what_matters"], "finished": "on"}),
    ]
    for version, (step, data) in enumerate(answers):
        url = reverse("portal:disclosure_step", kwargs={"step": step})
        response = anna.post(url, {"version": version, "go": "next", **data})
        assert response.status_code == 302, (step, response.status_code)
    # Her own summary shows every answer: the markers are real, so their absence elsewhere
    # means something.
    summary = anna.get(reverse("portal:disclosure_summary")).content.decode()
    for secret in SECRETS.values():
        assert secret in summary


def pages_for(world: Any) -> dict[str, list[str]]:
    """Every page each persona can open about Anna, her trajectory, her job or the log."""
    t, p = world.trajectory, world.placement
    return {
        "pro_own": [
            reverse("clients:detail", kwargs={"public_id": world.client_record.public_id}),
            reverse("trajectories:caseload"),
            reverse("trajectories:detail", kwargs={"pk": t.pk}),
            reverse("trajectories:timeline", kwargs={"pk": t.pk}),
            reverse("employment:profile", kwargs={"pk": t.pk}),
            reverse("employment:placement_detail", kwargs={"pk": p.pk}),
            reverse("employment:home"),
        ],
        "admin_own": [reverse("audit:search"), reverse("organisations:member_list")],
        "employer": [
            reverse("employment:employer_home"),
            reverse("employment:employer_placement", kwargs={"pk": p.pk}),
            "/api/werkgever/plaatsingen",
        ],
    }


@pytest.mark.parametrize("persona", ["pro_own", "admin_own", "employer"])
def test_no_page_anyone_else_can_reach_shows_the_worksheet(work_world: Any, persona: str) -> None:
    fill_in_the_worksheet(work_world)
    http = as_user(work_world.personas[persona])
    for url in pages_for(work_world)[persona]:
        response = http.get(url)
        assert response.status_code == 200, (persona, url, response.status_code)
        body = response.content.decode()
        assert MARKER not in body, f"{persona} sees the worksheet on {url}"
    for name in ("portal:disclosure", "portal:disclosure_summary", "portal:disclosure_employers"):
        assert http.get(reverse(name)).status_code == 403
    one_employer = reverse("portal:disclosure_employer", args=[work_world.employer.pk])
    assert http.get(one_employer).status_code == 403


@pytest.mark.parametrize(
    "persona", ["pro_own", "admin_own", "pro_other", "admin_other", "employer"]
)
def test_the_policy_gives_nobody_else_the_worksheet(work_world: Any, persona: str) -> None:
    fill_in_the_worksheet(work_world)
    actor = actor_for_user(work_world.personas[persona])
    assert not visible_to(actor, DisclosureWorksheet.objects.all()).exists()
    worksheet = DisclosureWorksheet.objects.get(client=work_world.client_record)
    for action in (Action.VIEW_OWN, Action.CHANGE_OWN, Action.VIEW_TRAJECTORY):
        assert not decide(actor, action, worksheet).allowed


def test_the_access_log_names_the_step_but_never_an_answer(work_world: Any) -> None:
    fill_in_the_worksheet(work_world)
    rows = AccessLogEntry.objects.filter(event_code__startswith="portal.disclosure")
    assert rows.count() >= 7
    for row in rows:
        assert MARKER not in str(row.detail)
        assert set(row.detail) <= {"step", "count"}


def test_the_coach_sees_what_the_employer_may_see_and_nothing_of_the_worksheet(
    work_world: Any,
) -> None:
    fill_in_the_worksheet(work_world)
    url = reverse("employment:placement_detail", kwargs={"pk": work_world.placement.pk})
    coach = as_user(work_world.personas["pro_own"])
    html = coach.get(url).content.decode()
    assert 'data-employer-disclosure="niets"' in html
    assert "Wat de werknemer met de werkgever deelt:" in html
    assert "niets over de gezondheid." in html
    assert not AccessLogEntry.objects.filter(event_code="portal.disclosure.employer.team_read")

    anna = as_user(work_world.personas["client"])
    response = anna.post(
        reverse("portal:disclosure_employer", args=[work_world.employer.pk]),
        {"condition": "dat", "share_needs": "on", "needs_text": "Een vaste plek", "go": "save"},
    )
    assert response.status_code == 302
    html = coach.get(url).content.decode()
    assert 'data-employer-disclosure="dat needs"' in html
    assert "alleen dát er sprake is van een psychische kwetsbaarheid, niet wat." in html
    assert "Een vaste plek" in html
    assert MARKER not in html
    [row] = AccessLogEntry.objects.filter(event_code="portal.disclosure.employer.team_read")
    choice = EmployerDisclosure.objects.get(client=work_world.client_record)
    assert row.object_id == str(choice.pk)
    assert row.client_pid == work_world.client_record.public_id
    assert row.user_id == work_world.personas["pro_own"].pk
