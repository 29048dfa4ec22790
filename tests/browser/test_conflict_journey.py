"""An edit conflict on a phone (issue 13, item 6): the coach has a goal open in two tabs and
saves it in the second; saving the first is refused, and the page shows who saved what and
when beside what was typed, keeps the typed text in the field, and a second save puts it on
top of the new version. axe-core finds nothing at 360 px with the conflict shown."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, format_violations, log_in_demo

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"
FIELD = "Het doel in de woorden van de cliënt"
THEIRS = "Werken in de zorg, drie ochtenden per week"
MINE = "Werken bij de bakker, eerst twee ochtenden"


def _a_goal_of_the_coach():
    from werkpad.trajectories.models import Goal

    goal = (
        Goal.objects.filter(trajectory__team__user__email=IPS, trajectory__ended_on__isnull=True)
        .order_by("pk")
        .first()
    )
    assert goal is not None, "the demo coach has a goal on a running trajectory"
    return goal


def test_a_conflict_keeps_what_was_typed_and_the_second_save_wins(phone, site, demo):
    from werkpad.trajectories.models import Goal

    goal = _a_goal_of_the_coach()
    url = site(f"/trajecten/{goal.trajectory_id}/doelen/{goal.pk}/")
    log_in_demo(phone, site, IPS)
    first = phone
    first.goto(url)
    second = phone.context.new_page()
    second.goto(url)

    second.get_by_label(FIELD, exact=True).fill(THEIRS)
    second.get_by_role("button", name="Opslaan").click()
    expect(second.get_by_text("Het doel is bijgewerkt.")).to_be_visible()

    first.get_by_label(FIELD, exact=True).fill(MINE)
    with first.expect_response(lambda r: r.request.method == "POST") as refused:
        first.get_by_role("button", name="Opslaan").click()
    assert refused.value.status == 409
    conflict = first.locator("[data-conflict]")
    expect(conflict).to_contain_text("Fatima El Amrani sloeg een nieuwe versie op")
    expect(conflict.locator("[data-theirs]").first).to_have_text(THEIRS)
    expect(conflict.locator("[data-yours]").first).to_have_text(MINE)
    expect(first.get_by_label(FIELD, exact=True)).to_have_value(MINE)  # the input is kept
    expect(first.locator("[data-error-summary]")).to_be_focused()
    violations = axe_violations(first)
    assert not violations, f"axe-core at 360 px\n{format_violations(violations)}"
    assert Goal.objects.get(pk=goal.pk).own_words == THEIRS  # nothing overwritten silently

    first.get_by_role("button", name="Opslaan").click()
    expect(first.get_by_text("Het doel is bijgewerkt.")).to_be_visible()
    assert Goal.objects.get(pk=goal.pk).own_words == MINE
