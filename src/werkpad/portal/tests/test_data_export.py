"""Everything about me as JSON (AVG art. 20) and as PDF (AVG art. 15): Anna's data is in it,
another client's never is, the keys are stable, and both downloads are logged as exports."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.template.loader import render_to_string
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.portal.export import build_export
from werkpad.portal.models import (
    DataRequest,
    DisclosureWorksheet,
    EmployerDisclosure,
    PaceStatement,
    PeerGroup,
    PeerGroupMembership,
)
from werkpad.testing import make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import Intake, PhaseChange, Referral

TOP_LEVEL_KEYS = {
    "format",
    "version",
    "exported_at",
    "client",
    "intakes",
    "referrals",
    "trajectories",
    "consents",
    "consent_proposals",
    "disclosure",
    "peer_groups",
    "data_requests",
}
TRAJECTORY_KEYS = {
    "id",
    "type",
    "type_label",
    "organisation",
    "phase",
    "phase_label",
    "started_on",
    "ended_on",
    "end_reason",
    "phase_changes",
    "team",
    "goals",
    "actions",
    "meetings",
    "notes",
    "ladder",
    "pace_statements",
    "career_profile",
    "workplace_scans",
    "placements",
    "threads",
}
SECRET = "BERT-GEHEIM"


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _group(world: Any, name: str) -> PeerGroup:
    return PeerGroup.objects.create(
        organisation=world.org_a,
        facilitator=world.personas["pro_own"],
        started_by=world.personas["pro_own"],
        name=name,
        theme="Werk en herstel",
        description="Samen praten",
        mode="online",
        place="Beeldbellen",
        schedule="Dinsdag 14.00",
    )


def _intake(world: Any, client: Any, organisation: Any, by: Any, reason: str) -> Intake:
    return Intake.objects.create(
        client=client,
        organisation=organisation,
        recorded_by=by,
        held_on=timezone.localdate(),
        ladder_step=3,
        benefit_status="bijstand",
        work_discussed=True,
        work_wish="ja",
        work_meaning="Ergens bij horen",
        outcome="ips",
        reason=reason,
    )


@pytest.fixture
def full(work_world: Any) -> Any:
    """Anna with something of every kind; Bert (organisation B) with his own secrets."""
    w = work_world
    anna, pro = w.client_record, w.personas["pro_own"]
    _intake(w, anna, w.org_a, pro, "Anna wil werken")
    PaceStatement.objects.create(
        trajectory=w.trajectory,
        organisation=w.org_a,
        pace="rustig",
        need="meer_steun",
        note="Rustig opbouwen",
        created_by=w.personas["client"],
    )
    DisclosureWorksheet.objects.create(client=anna, in_my_words="Ik heb soms veel prikkels")
    EmployerDisclosure.objects.create(client=anna, condition="dat", created_by=w.personas["client"])
    PeerGroupMembership.objects.create(group=_group(w, "Herstelgroep Anna"), client=anna)
    DataRequest.objects.create(
        client=anna,
        organisation=w.org_a,
        kind="correctie",
        text="Mijn telefoonnummer is nieuw",
        due_on=timezone.localdate() + timedelta(days=30),
    )
    _as(w.personas["client"]).post(reverse("portal:income_question"), {"uitkering": "bijstand"})

    bert = w.other_client_record
    bert.user = make_user(full_name="Bert Bakker", kind="client")
    bert.save(update_fields=["user"])
    pro_b = w.personas["pro_other"]
    actor_b = actor_for_user(pro_b)
    trajectory = trajectory_services.trajectory_start(
        actor=actor_b, client=bert, trajectory_type="ips"
    )
    trajectory_services.goal_create(
        actor=actor_b,
        trajectory=trajectory,
        details=trajectory_services.GoalDetails(
            category="werk", life_domain="werk", own_words=f"{SECRET} doel", status="active"
        ),
    )
    _intake(w, bert, w.org_b, pro_b, f"{SECRET} intake")
    DisclosureWorksheet.objects.create(client=bert, in_my_words=f"{SECRET} werkblad")
    PeerGroupMembership.objects.create(group=_group(w, f"{SECRET} groep"), client=bert)
    DataRequest.objects.create(
        client=bert,
        organisation=w.org_b,
        kind="verwijdering",
        text=f"{SECRET} verzoek",
        due_on=timezone.localdate() + timedelta(days=30),
    )
    return w


def test_the_json_has_everything_of_anna_and_nothing_of_bert(full: Any) -> None:
    response = _as(full.personas["client"]).get(reverse("portal:export_json"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert full.client_record.public_id in response["Content-Disposition"]
    body = response.content.decode()
    assert SECRET not in body and "Bert Bakker" not in body
    data = json.loads(body)
    assert set(data) == TOP_LEVEL_KEYS
    assert data["format"] == "werkpad-export" and data["version"] == 1
    assert data["client"]["full_name"] == "Anna Aalbers"
    assert data["client"]["werkpad_number"] == full.client_record.public_id
    assert [i["reason"] for i in data["intakes"]] == ["Anna wil werken"]
    (trajectory,) = data["trajectories"]
    assert set(trajectory) == TRAJECTORY_KEYS
    assert trajectory["type"] == "ips"
    assert trajectory["phase_changes"]
    assert "Pro Eigen" in [m["name"] for m in trajectory["team"]]
    assert [g["own_words"] for g in trajectory["goals"]] == ["Weer ergens bij horen"]
    assert "Cv bijwerken" in [a["description"] for a in trajectory["actions"]]
    assert trajectory["meetings"][0]["kind"] == "driegesprek"
    assert trajectory["pace_statements"][0]["note"] == "Rustig opbouwen"
    assert trajectory["career_profile"]["own_words"] == "Iets met mijn handen, niet te druk"
    (placement,) = trajectory["placements"]
    assert placement["employer"] == "Bakkerij Brood"
    assert placement["hours_per_week"] == "16.0"
    assert placement["checkins"] and placement["instruments"][0]["instrument"] == "jobcoach"
    (thread,) = trajectory["threads"]
    assert thread["subject"] == "Vraag over mijn inkomen (Bijstand)"
    assert thread["messages"][0]["body"].startswith("Ik heb een vraag")
    assert [c["recipient"] for c in data["consents"]] == ["Gemeente Derde (C)"]
    assert data["disclosure"]["worksheet"]["in_my_words"] == "Ik heb soms veel prikkels"
    assert data["disclosure"]["employer_choices"][0]["condition"] == "dat"
    assert [g["group"] for g in data["peer_groups"]] == ["Herstelgroep Anna"]
    assert [r["text"] for r in data["data_requests"]] == ["Mijn telefoonnummer is nieuw"]


def test_the_json_download_is_logged_as_an_export(full: Any) -> None:
    _as(full.personas["client"]).get(reverse("portal:export_json"))
    row = AccessLogEntry.objects.get(event_code="portal.export.json")
    assert row.action == "E"
    assert row.client_pid == full.client_record.public_id
    assert row.user == full.personas["client"]


def test_the_pdf_is_a_pdf_and_is_logged(full: Any) -> None:
    response = _as(full.personas["client"]).get(reverse("portal:export_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"%PDF")
    row = AccessLogEntry.objects.get(event_code="portal.export.pdf")
    assert row.action == "E" and row.client_pid == full.client_record.public_id


def test_the_pdf_reads_in_plain_words_with_annas_data_only(full: Any) -> None:
    actor = actor_for_user(full.personas["client"])
    data = build_export(actor=actor, client=full.client_record)
    html = render_to_string("portal/data/export_pdf.html", {"data": data})
    for heading in ("Over mij", "Mijn trajecten", "Mijn doelen", "Mijn toestemmingen"):
        assert f"{heading}</h" in html
    assert "Weer ergens bij horen" in html and "Bakkerij Brood" in html
    assert SECRET not in html


def test_the_downloads_are_for_the_client_only(full: Any) -> None:
    for persona in ("pro_own", "admin_own", "employer"):
        http = _as(full.personas[persona])
        assert http.get(reverse("portal:export_json")).status_code == 403
        assert http.get(reverse("portal:export_pdf")).status_code == 403
    assert not AccessLogEntry.objects.filter(event_code__startswith="portal.export").exists()


def _referral(world: Any, client: Any, reason: str, **decided: Any) -> Referral:
    return Referral.objects.create(
        client=client,
        route="ips",
        from_organisation=world.org_a,
        from_user=world.personas["pro_own"],
        to_organisation=world.org_b,
        reason=reason,
        category="werk",
        **decided,
    )


def test_referrals_and_the_reasons_of_each_step_are_in_the_export(full: Any) -> None:
    """AVG art. 15: why I was referred, why a team said no, and why my trajectory moved on
    are data about me too (found in a review of issue 11: the export left them out)."""
    anna = full.client_record
    _referral(full, anna, "Werkwens, wil snel aan de slag.")
    _referral(
        full,
        anna,
        "Verwijzing naar het team in B.",
        status="declined",
        decided_at=timezone.now(),
        decline_reason="Wachtlijst: we bellen over drie maanden.",
    )
    _referral(full, full.other_client_record, f"{SECRET} verwijzing")
    change = PhaseChange.objects.filter(trajectory=full.trajectory).latest("pk")
    PhaseChange.objects.filter(pk=change.pk).update(reason="Eerste werkgeverscontact gehad.")

    data = build_export(actor=actor_for_user(full.personas["client"]), client=anna)
    reasons = {r["reason"] for r in data["referrals"]}
    assert {"Verwijzing naar het team in B.", "Werkwens, wil snel aan de slag."} <= reasons
    declined = next(r for r in data["referrals"] if r["status"] == "declined")
    assert declined["decline_reason"] == "Wachtlijst: we bellen over drie maanden."
    assert declined["to_organisation"] == full.org_b.name
    (trajectory,) = data["trajectories"]
    assert "Eerste werkgeverscontact gehad." in [c["reason"] for c in trajectory["phase_changes"]]
    html = render_to_string("portal/data/export_pdf.html", {"data": data})
    assert "Wachtlijst: we bellen over drie maanden." in html
    assert "Eerste werkgeverscontact gehad." in html
    assert SECRET not in json.dumps(data, default=str) and SECRET not in html
