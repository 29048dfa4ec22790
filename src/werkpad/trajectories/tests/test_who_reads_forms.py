"""Goal, action and note forms say who will read a record before it is saved, and a category
that lets more people read it than the one that fits asks for confirmation (issue 11,
item 4): "a behandelaar wrote a medication goal tagged `werk`, and UWV and the gemeente read
it"."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access import policy
from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services
from werkpad.trajectories.models import Goal, Note, PlanAction, TeamMember, default_category


def _medication_goal(category: str = "werk") -> services.GoalDetails:
    return services.GoalDetails(
        category=category, life_domain="gezondheid", own_words="Mijn medicatie goed innemen"
    )


def _http(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


# --- The default category per life domain and role ------------------------------------------
@pytest.mark.parametrize(
    ("life_domain", "role", "expected"),
    [
        ("gezondheid", Role.BEHANDELAAR, DataCategory.BEHANDELING),
        ("gezondheid", Role.VERZEKERINGSARTS, DataCategory.BELASTBAARHEID),
        ("gezondheid", Role.IPS_TRAJECTBEGELEIDER, DataCategory.WELZIJN),
        ("werk", Role.BEHANDELAAR, DataCategory.WERK),
        ("werk", Role.KLANTMANAGER, DataCategory.WERK),
        ("werk", Role.VERZEKERINGSARTS, DataCategory.BELASTBAARHEID),
        ("inkomen", Role.KLANTMANAGER, DataCategory.REINTEGRATIE),
        ("dagbesteding", Role.JOBCOACH, DataCategory.REINTEGRATIE),
        ("wonen", Role.BEHANDELAAR, DataCategory.WELZIJN),
        ("sociaal", Role.ERVARINGSDESKUNDIGE, DataCategory.WELZIJN),
        ("", Role.BEHANDELAAR, DataCategory.BEHANDELING),  # a note: the role decides
        ("", Role.ARBEIDSDESKUNDIGE, DataCategory.REINTEGRATIE),
    ],
)
def test_the_default_category_follows_life_domain_and_role(
    life_domain: str, role: str, expected: str
) -> None:
    assert default_category(life_domain, role) == expected


def test_a_goal_without_a_chosen_category_gets_the_default(team: dict[str, Any]) -> None:
    goal = services.goal_create(
        actor=team["actor"], trajectory=team["trajectory"], details=_medication_goal("")
    )
    assert goal.category == DataCategory.BEHANDELING
    assert goal.revisions.get().snapshot["category"] == DataCategory.BEHANDELING


# --- The behandelaar's medication goal tagged werk -------------------------------------------
def test_a_behandelaar_tagging_a_medication_goal_werk_is_asked_to_confirm(
    team: dict[str, Any],
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.goal_create(
            actor=team["actor"], trajectory=team["trajectory"], details=_medication_goal()
        )
    message = " ".join(refused.value.message_dict["category"])
    assert "AD B (UWV B)" in message and "KM C (Gemeente C)" in message
    assert "Coach A" not in message  # reads it either way: not a widening
    assert not Goal.objects.exists()
    assert not AccessLogEntry.objects.filter(event_code="goal.create").exists()


def test_tagging_a_medication_goal_werk_widens_it_to_colleagues_off_the_team(db: Any) -> None:
    """Found in a walk-through: on a team of the ggz alone, the goal tagged werk was read by a
    teamleider who is not on the team (need-to-know no longer applied). That is a widening
    too, even with nobody of another organisation on the team."""
    ggz = make_organisation("GGZ Alleen")
    coach = make_user(organisation=ggz, full_name="Coach Alleen")
    therapist = make_user(organisation=ggz, role=Role.BEHANDELAAR, full_name="Behandelaar Alleen")
    trajectory = services.trajectory_start(
        actor=actor_for_user(coach), client=make_client(organisation=ggz), trajectory_type="ips"
    )
    TeamMember.objects.create(
        trajectory=trajectory, user=therapist, organisation=ggz, role=Role.BEHANDELAAR,
        started_on=timezone.localdate(), added_by=coach,
    )  # fmt: skip
    actor = actor_for_user(therapist)
    with pytest.raises(ValidationError) as refused:
        services.goal_create(actor=actor, trajectory=trajectory, details=_medication_goal())
    assert "collega's van GGZ Alleen buiten het team" in " ".join(
        refused.value.message_dict["category"]
    )
    assert not Goal.objects.exists()
    goal = services.goal_create(
        actor=actor, trajectory=trajectory, details=_medication_goal(), confirm_wider=True
    )
    row = AccessLogEntry.objects.get(event_code="goal.create")
    assert row.detail["colleagues_off_the_team"] is True and row.detail["extra_readers"] == []
    assert goal.category == DataCategory.WERK


def test_confirmed_the_goal_is_saved_and_the_audit_row_notes_the_widening(
    team: dict[str, Any],
) -> None:
    goal = services.goal_create(
        actor=team["actor"],
        trajectory=team["trajectory"],
        details=_medication_goal(),
        confirm_wider=True,
    )
    assert goal.category == DataCategory.WERK
    row = AccessLogEntry.objects.get(event_code="goal.create")
    assert row.detail["wider"] == "werk" and row.detail["default"] == "behandeling"
    assert len(row.detail["extra_readers"]) == 2


def test_the_default_or_a_narrower_category_needs_no_confirmation(team: dict[str, Any]) -> None:
    for category in ("behandeling", "belastbaarheid"):  # nobody outside the ggz reads these
        services.goal_create(
            actor=team["actor"], trajectory=team["trajectory"], details=_medication_goal(category)
        )
    assert Goal.objects.count() == 2
    assert not AccessLogEntry.objects.filter(event_code="goal.create", detail__has_key="wider")


def test_widening_an_existing_goal_asks_too(team: dict[str, Any]) -> None:
    goal = services.goal_create(
        actor=team["actor"], trajectory=team["trajectory"], details=_medication_goal("")
    )
    with pytest.raises(ValidationError):
        services.goal_update(actor=team["actor"], goal=goal, version=1, details=_medication_goal())
    goal.refresh_from_db()
    assert goal.category == DataCategory.BEHANDELING and goal.version == 1


def test_notes_and_actions_without_a_goal_ask_too(team: dict[str, Any]) -> None:
    today = timezone.localdate()
    with pytest.raises(ValidationError):
        services.note_add(
            actor=team["actor"],
            trajectory=team["trajectory"],
            category="werk",
            text="Medicatie aangepast",
            occurred_on=today,
        )
    with pytest.raises(ValidationError):
        services.action_create(
            actor=team["actor"],
            trajectory=team["trajectory"],
            description="Bloedspiegel laten prikken",
            owner=team["therapist"],
            due_on=today,
            category="werk",
        )
    assert not Note.objects.exists() and not PlanAction.objects.exists()
    note = services.note_add(
        actor=team["actor"],
        trajectory=team["trajectory"],
        category="werk",
        text="Medicatie aangepast",
        occurred_on=today,
        confirm_wider=True,
    )
    assert AccessLogEntry.objects.get(event_code="note.add").detail["wider"] == "werk"
    assert note.category == "werk"


# --- "Zichtbaar voor" on the forms ------------------------------------------------------------
def _shown_readers(team: dict[str, Any], category: str) -> list[str]:
    members = policy.team_members_who_would_read(team["trajectory"], category, team["a"].pk)
    return sorted(f"{m.user.full_name} ({m.organisation.name})" for m in members)


@pytest.mark.parametrize("url_name", ["goal_create", "action_create", "note_add"])
def test_the_form_shows_who_would_read_the_default_category(
    team: dict[str, Any], url_name: str
) -> None:
    url = reverse(f"trajectories:{url_name}", args=[team["trajectory"].pk])
    page = _http(team["therapist"]).get(url)
    assert page.status_code == 200
    expected = _shown_readers(team, "behandeling")
    assert page.context["readers"] == expected
    assert "AD B" not in " ".join(expected)  # sanity: the default keeps UWV out
    html = page.content.decode()
    assert "Zichtbaar voor (soort gegevens: behandeling):" in html
    assert ", ".join(expected) in html


def test_a_refused_submit_saves_nothing_and_shows_who_would_read_the_chosen_one(
    team: dict[str, Any],
) -> None:
    url = reverse("trajectories:goal_create", args=[team["trajectory"].pk])
    data = {
        "own_words": "Mijn medicatie goed innemen",
        "life_domain": "gezondheid",
        "category": "werk",
        "status": "active",
    }
    http = _http(team["therapist"])
    refused = http.post(url, data)
    assert refused.status_code == 400
    assert not Goal.objects.exists()
    html = refused.content.decode()
    assert "Zichtbaar voor (soort gegevens: werk):" in html
    assert refused.context["readers"] == _shown_readers(team, "werk")
    assert "AD B (UWV B)" in refused.context["readers"]
    assert "Vink aan" in html or "vink aan" in html  # the message on the form
    saved = http.post(url, {**data, "confirm_wider": "on"})
    assert saved.status_code == 302
    assert Goal.objects.get().category == "werk"
