"""Edit conflicts you can resolve (issue 13, item 6): when someone saved the record while the
user was editing it, the form shows who changed what and when, keeps what the user typed, and
a second save puts the user's input on top of the new version (never a retry that fails for
ever). Nothing is overwritten silently: the first save is refused."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.clients.models import Client
from werkpad.trajectories.models import Goal


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _goal_post(goal: Goal, own_words: str, version: int) -> dict[str, Any]:
    return {
        "own_words": own_words,
        "professional_text": "",
        "life_domain": goal.life_domain,
        "category": goal.category,
        "status": goal.status,
        "target_date": "",
        "version": version,
    }


def _hidden_version(page: str) -> int:
    match = re.search(r'name="version" value="(\d+)"', page)
    assert match, "the form carries a version"
    return int(match.group(1))


def test_a_goal_changed_meanwhile_shows_who_and_what_keeps_the_input_and_saves_on_top(
    world: Any,
) -> None:
    goal = world.goal
    url = reverse("trajectories:goal_update", args=[world.trajectory.pk, goal.pk])
    tab_one, tab_two = _as(world.personas["pro_own"]), _as(world.personas["pro_own"])
    opened = _hidden_version(tab_one.get(url).content.decode())

    # Meanwhile the other tab saves a new version.
    assert (
        tab_two.post(url, _goal_post(goal, "Weer ergens bij horen, in de zorg", opened)).status_code
        == 302
    )

    refused = tab_one.post(url, _goal_post(goal, "Weer ergens bij horen, bij de bakker", opened))
    assert refused.status_code == 409
    page = refused.content.decode()
    conflict = page[page.index("data-conflict") :]
    assert "Pro Eigen sloeg een nieuwe versie op" in conflict
    assert "Weer ergens bij horen, in de zorg" in conflict  # what is saved now
    assert "Weer ergens bij horen, bij de bakker" in conflict  # what was typed
    # The input is kept, and the form now carries the new version.
    assert "Weer ergens bij horen, bij de bakker</textarea>" in page
    assert _hidden_version(page) == opened + 1
    assert Goal.objects.get(pk=goal.pk).own_words == "Weer ergens bij horen, in de zorg"

    # Saving again applies the kept input on top of the new version.
    again = tab_one.post(url, _goal_post(goal, "Weer ergens bij horen, bij de bakker", opened + 1))
    assert again.status_code == 302
    goal.refresh_from_db()
    assert goal.own_words == "Weer ergens bij horen, bij de bakker"
    assert goal.version == opened + 2


def _client_post(client: Client, **changes: Any) -> dict[str, Any]:
    data = {
        "full_name": client.full_name,
        "date_of_birth": "",
        "gemeente": client.gemeente_id or "",
        "email": client.email,
        "phone": client.phone,
        "preferred_language": client.preferred_language,
        "client_number": "",
        "version": client.version,
    }
    return {**data, **changes}


def test_a_client_record_changed_meanwhile_keeps_the_input(world: Any) -> None:
    record = world.client_record
    url = reverse("clients:edit", args=[record.public_id])
    pro = _as(world.personas["pro_own"])
    stale = _client_post(record, phone="06 12345678")
    assert pro.post(url, _client_post(record, phone="06 87654321")).status_code == 302
    refused = pro.post(url, stale)
    assert refused.status_code == 409
    page = refused.content.decode()
    conflict = page[page.index("data-conflict") :]
    assert "Er is intussen een nieuwe versie opgeslagen." in conflict
    assert "06 87654321" in conflict and "06 12345678" in conflict
    assert 'value="06 12345678"' in page
    assert pro.post(url, {**stale, "version": _hidden_version(page)}).status_code == 302
    record.refresh_from_db()
    assert record.phone == "06 12345678"
