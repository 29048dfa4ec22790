"""Meetings go through the same widening check as goals, actions and notes (issue 11, item
4): the category follows from the author's role unless chosen, the form says who will read the
report before it is saved, a category that lets more people read it asks for confirmation
(the same wording and mechanism), and the actions decided in the meeting inherit its category
or are checked against it. Before this, a behandelaar's meeting report was `reintegratie` by
default, and UWV and the gemeente on the team read it without anyone being asked."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access import policy
from werkpad.access.actor import actor_for_user
from werkpad.accounts.models import User
from werkpad.audit.models import AccessLogEntry
from werkpad.clients.models import DataCategory
from werkpad.organisations.models import Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import forms, services
from werkpad.trajectories.models import Meeting, PlanAction, TeamMember


def _details(category: str = "werk") -> services.MeetingDetails:
    return services.MeetingDetails(
        kind="driegesprek",
        held_on=timezone.localdate(),
        client_present=True,
        agenda="Medicatie en werkdagen",
        summary="De dosis gaat omlaag; de cliënt is 's ochtends suf.",
        category=category,
    )


def _decision(team: dict[str, Any], category: str = "") -> services.DecisionItem:
    return services.DecisionItem(
        description="Bloedspiegel laten prikken",
        owner=team["therapist"],
        due_on=timezone.localdate() + timedelta(days=7),
        category=category,
    )


def _record(team: dict[str, Any], category: str = "werk", **kwargs: Any) -> Meeting:
    kwargs.setdefault("decisions", [_decision(team)])
    return services.meeting_record(
        actor=team["actor"],
        trajectory=team["trajectory"],
        details=_details(category),
        participants=[team["therapist"]],
        **kwargs,
    )


def _http(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _shown_readers(team: dict[str, Any], category: str) -> list[str]:
    members = policy.team_members_who_would_read(team["trajectory"], category, team["a"].pk)
    return sorted(f"{m.user.full_name} ({m.organisation.name})" for m in members)


# --- The service --------------------------------------------------------------------------
def test_a_meeting_without_a_chosen_category_gets_the_authors_and_its_decisions_inherit(
    team: dict[str, Any],
) -> None:
    meeting = _record(team, "")
    assert meeting.category == DataCategory.BEHANDELING
    assert PlanAction.objects.get().category == DataCategory.BEHANDELING
    coach_meeting = services.meeting_record(
        actor=actor_for_user(team["coach"]),
        trajectory=team["trajectory"],
        details=_details(""),
        participants=[team["coach"]],
    )
    assert coach_meeting.category == DataCategory.REINTEGRATIE


def test_a_behandelaar_tagging_a_meeting_werk_is_asked_to_confirm(team: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as refused:
        _record(team)
    message = " ".join(refused.value.message_dict["category"])
    assert "AD B (UWV B)" in message and "KM C (Gemeente C)" in message
    assert "Coach A" not in message  # reads it either way: not a widening
    assert "'werk'" in message and "'behandeling'" in message  # the goals' wording
    assert not Meeting.objects.exists() and not PlanAction.objects.exists()
    assert not AccessLogEntry.objects.filter(
        event_code__in=["meeting.record", "action.create"]
    ).exists()


def test_confirmed_the_meeting_is_saved_and_the_audit_row_notes_the_widening(
    team: dict[str, Any],
) -> None:
    meeting = _record(team, confirm_wider=True)
    assert meeting.category == DataCategory.WERK
    assert PlanAction.objects.get().category == DataCategory.WERK  # inherited
    row = AccessLogEntry.objects.get(event_code="meeting.record")
    assert row.detail["wider"] == "werk" and row.detail["default"] == "behandeling"
    assert len(row.detail["extra_readers"]) == 2
    assert row.detail["decisions"] == 1


def test_the_default_or_a_narrower_category_needs_no_confirmation(team: dict[str, Any]) -> None:
    for category in ("behandeling", "belastbaarheid"):  # nobody outside the ggz reads these
        _record(team, category)
    assert Meeting.objects.count() == 2
    assert not AccessLogEntry.objects.filter(
        event_code="meeting.record", detail__has_key="wider"
    ).exists()


def test_a_decision_wider_than_its_meeting_asks_too(team: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as refused:
        _record(team, "", decisions=[_decision(team, "werk")])
    assert "AD B (UWV B)" in " ".join(refused.value.message_dict["category"])
    assert not Meeting.objects.exists() and not PlanAction.objects.exists()
    meeting = _record(team, "", decisions=[_decision(team, "werk")], confirm_wider=True)
    assert meeting.category == DataCategory.BEHANDELING
    action = PlanAction.objects.get()
    assert action.category == DataCategory.WERK
    row = AccessLogEntry.objects.get(event_code="action.create")
    assert row.detail["wider"] == "werk" and row.detail["default"] == "behandeling"


def test_an_action_added_to_a_meeting_later_inherits_or_is_checked(team: dict[str, Any]) -> None:
    meeting = _record(team, "", decisions=[])
    common: dict[str, Any] = {
        "actor": team["actor"],
        "trajectory": team["trajectory"],
        "description": "Terugkoppelen aan de huisarts",
        "owner": team["therapist"],
        "due_on": timezone.localdate(),
        "meeting": meeting,
    }
    assert services.action_create(**common).category == DataCategory.BEHANDELING
    with pytest.raises(ValidationError):
        services.action_create(**common, category="werk")
    assert PlanAction.objects.count() == 1


def test_a_meeting_tagged_werk_on_a_team_of_the_ggz_alone_widens_to_colleagues(db: Any) -> None:
    """Out of need-to-know every colleague of the ggz reads it, on the team or not."""
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
    common: dict[str, Any] = {"actor": actor, "trajectory": trajectory, "participants": [therapist]}
    with pytest.raises(ValidationError) as refused:
        services.meeting_record(**common, details=_details())
    assert "collega's van GGZ Alleen buiten het team" in " ".join(
        refused.value.message_dict["category"]
    )
    services.meeting_record(**common, details=_details(), confirm_wider=True)
    row = AccessLogEntry.objects.get(event_code="meeting.record")
    assert row.detail["colleagues_off_the_team"] is True


# --- The form and the pages ---------------------------------------------------------------
def test_the_meeting_form_renders_the_confirmation_and_the_category_to_choose(
    team: dict[str, Any],
) -> None:
    users = User.objects.filter(pk=team["therapist"].pk)
    html = forms.MeetingForm(team_users=users).as_div()
    assert 'name="confirm_wider"' in html and "Ook zij mogen dit lezen" in html
    assert 'name="category"' in html


def test_the_meeting_form_shows_who_would_read_the_default_category(
    team: dict[str, Any],
) -> None:
    url = reverse("trajectories:meeting_record", args=[team["trajectory"].pk])
    page = _http(team["therapist"]).get(url)
    assert page.status_code == 200
    assert page.context["form"].initial["category"] == DataCategory.BEHANDELING
    expected = _shown_readers(team, "behandeling")
    assert page.context["readers"] == expected
    assert "AD B" not in " ".join(expected)  # sanity: the default keeps UWV out
    html = page.content.decode()
    assert "Zichtbaar voor (soort gegevens: behandeling):" in html
    assert ", ".join(expected) in html


def test_a_refused_meeting_saves_nothing_and_a_confirmed_one_is_saved(
    team: dict[str, Any],
) -> None:
    url = reverse("trajectories:meeting_record", args=[team["trajectory"].pk])
    data = {
        "kind": "driegesprek",
        "held_on": timezone.localdate().isoformat(),
        "participants": [str(team["therapist"].pk)],
        "client_present": "on",
        "category": "werk",
        "agenda": "Medicatie",
        "summary": "De dosis gaat omlaag.",
        "decision_1": "Bloedspiegel laten prikken",
        "owner_1": str(team["therapist"].pk),
        "due_1": (timezone.localdate() + timedelta(days=7)).isoformat(),
    }
    http = _http(team["therapist"])
    refused = http.post(url, data)
    assert refused.status_code == 400
    assert not Meeting.objects.exists() and not PlanAction.objects.exists()
    html = refused.content.decode()
    assert "Zichtbaar voor (soort gegevens: werk):" in html
    assert refused.context["readers"] == _shown_readers(team, "werk")
    assert "AD B (UWV B)" in refused.context["readers"]
    assert "vink aan" in html
    saved = http.post(url, {**data, "confirm_wider": "on"})
    assert saved.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.category == "werk"
    assert PlanAction.objects.get().category == "werk"


def test_the_report_page_says_who_reads_the_report_before_it_is_saved(
    team: dict[str, Any],
) -> None:
    meeting = _record(team, "")
    url = reverse("trajectories:meeting", args=[team["trajectory"].pk, meeting.pk])
    page = _http(team["therapist"]).get(url)
    assert page.status_code == 200
    assert page.context["readers"] == _shown_readers(team, "behandeling")
    assert "Zichtbaar voor (soort gegevens: behandeling):" in page.content.decode()
