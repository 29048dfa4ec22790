"""Shared fixtures: two organisations and one persona per kind of actor (the access matrix's
columns), with a second factor where the role needs one."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@dataclass
class World:
    org_a: object
    org_b: object
    employer_org: object
    personas: dict[str, object]
    client_record: object
    other_client_record: object
    own_membership: object
    consent: object
    trajectory: object = None
    goal: object = None
    meeting: object = None
    action: object = None
    referral: object = None
    team_member: object = None
    # Job development and placement (the ``work_world`` fixture)
    employer: object = None
    vacancy: object = None
    profile: object = None
    scan: object = None
    placement: object = None
    signal: object = None
    # The client portal: objects the portal's access-matrix set-ups add, by name
    portal: dict[str, object] = field(default_factory=dict)


@pytest.fixture
def world(db):
    from werkpad.organisations.models import OrganisationType, Role
    from werkpad.testing import make_client, make_organisation, make_user

    org_a = make_organisation("GGZ Oost (A)")
    org_b = make_organisation("UWV West (B)", OrganisationType.UWV)
    employer_org = make_organisation("Bakkerij (werkgever)", OrganisationType.EMPLOYER)
    client_user = make_user(full_name="Cliënt Anna")
    personas = {
        "anonymous": None,
        "client": client_user,
        "pro_own": make_user(organisation=org_a, full_name="Pro Eigen"),
        "admin_own": make_user(
            organisation=org_a, role=Role.FUNCTIONEEL_BEHEERDER, full_name="Beheer Eigen"
        ),
        "pro_other": make_user(organisation=org_b, full_name="Pro Ander"),
        "admin_other": make_user(
            organisation=org_b, role=Role.FUNCTIONEEL_BEHEERDER, full_name="Beheer Ander"
        ),
        "employer": make_user(
            organisation=employer_org, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Werkgever"
        ),
    }
    client_record = make_client(organisation=org_a, user=client_user, full_name="Anna Aalbers")
    other_client = make_client(organisation=org_b, full_name="Bert Bakker")
    own_membership = personas["pro_own"].memberships.get()
    # A consent that Anna gave a third organisation (not one of the personas'), so that it
    # changes nobody's view but can be withdrawn in the access matrix.
    from datetime import date

    from werkpad.clients.models import Consent, ConsentGrant
    from werkpad.core.crypto import encrypt_bytes

    third = make_organisation("Gemeente Derde (C)", OrganisationType.GEMEENTE)
    consent = Consent.objects.create(
        client=client_record,
        recipient=third,
        purpose="ips",
        valid_from=date(2026, 1, 1),
        recorded_by=personas["pro_own"],
        recorded_by_organisation=org_a,
        document_name="toestemming.pdf",
        document_type="application/pdf",
        document_ciphertext=encrypt_bytes(b"%PDF-1.4 ondertekend"),
    )
    ConsentGrant.objects.create(consent=consent, category="basis")
    trajectory_parts = _trajectory_for(client_record, org_a, personas["pro_own"], own_membership)
    return World(
        org_a=org_a,
        org_b=org_b,
        employer_org=employer_org,
        personas=personas,
        client_record=client_record,
        other_client_record=other_client,
        own_membership=own_membership,
        consent=consent,
        **trajectory_parts,
    )


def _trajectory_for(client_record, organisation, professional, membership) -> dict:
    """Anna's IPS trajectory at organisation A with Pro Eigen on its team, a goal, a meeting
    with a decision, and a pending referral to a team of A."""
    from werkpad.access.actor import actor_for_user
    from werkpad.organisations.models import Team
    from werkpad.trajectories import services

    actor = actor_for_user(professional)
    trajectory = services.trajectory_start(actor=actor, client=client_record, trajectory_type="ips")
    goal = services.goal_create(
        actor=actor,
        trajectory=trajectory,
        details=services.GoalDetails(
            category="werk", life_domain="werk", own_words="Weer ergens bij horen", status="active"
        ),
    )
    meeting = services.meeting_record(
        actor=actor,
        trajectory=trajectory,
        details=services.MeetingDetails(
            kind="driegesprek", held_on=trajectory.started_on, client_present=True
        ),
        participants=[professional],
        decisions=[
            services.DecisionItem(
                description="Cv bijwerken", owner=professional, due_on=trajectory.started_on
            )
        ],
    )
    team = Team.objects.create(organisation=organisation, name="IPS-team A")
    referral = services.referral_create(
        actor=actor, client=client_record, route="ips", to_team=team, reason="Wil werken"
    )
    return {
        "trajectory": trajectory,
        "goal": goal,
        "meeting": meeting,
        "action": meeting.decisions.get(),
        "referral": referral,
        "team_member": trajectory.team.get(),
    }


@pytest.fixture
def work_world(world):
    """``world`` plus job development on Anna's IPS trajectory: an employer held by A whose
    Werkpad account is the employer organisation, a vacancy, Anna's career profile, an
    all-green werkplekscan, a placement with jobcoach, and an open early-warning signal."""
    from datetime import timedelta
    from decimal import Decimal

    from django.utils import timezone

    from werkpad.access.actor import actor_for_user
    from werkpad.employment import services
    from werkpad.employment.models import CheckIn
    from werkpad.employment.wellbeing import evaluate_placement
    from werkpad.organisations.models import Gemeente

    actor = actor_for_user(world.personas["pro_own"])
    gemeente = Gemeente.objects.get(code="GM0344")
    trajectory = world.trajectory
    employer = services.employer_create(
        actor=actor,
        details=services.EmployerDetails(name="Bakkerij Brood", sector="horeca", gemeente=gemeente),
    )
    employer.account = world.employer_org
    employer.save(update_fields=["account"])
    vacancy = services.vacancy_create(
        actor=actor,
        employer=employer,
        details=services.VacancyDetails(
            title="Medewerker bakkerij",
            tasks="Brood inpakken",
            sector="horeca",
            work_kind="handen",
            hours_min=12,
            hours_max=24,
            gemeente=gemeente,
        ),
    )
    profile = services.career_profile_save(
        actor=actor,
        trajectory=trajectory,
        details=services.ProfileDetails(
            own_words="Iets met mijn handen, niet te druk",
            work_kinds=["handen"],
            sectors=["horeca"],
            avoid_kinds=[],
            avoid_sectors=["zorg"],
            hours_min=12,
            hours_max=24,
            home_gemeente=gemeente,
            benefit_status="bijstand",
        ),
    )
    start = trajectory.started_on
    lights = {a: {"light": "groen", "note": ""} for a in services.SCAN_ASPECTS_CODES}
    scan = services.workplace_scan_record(
        actor=actor, trajectory=trajectory, employer=employer, done_on=start, lights=lights
    )
    trajectory.refresh_from_db()
    placement = services.placement_record(
        actor=actor,
        trajectory=trajectory,
        details=services.PlacementDetails(
            employer=employer,
            vacancy=vacancy,
            scan=scan,
            job_title="Medewerker bakkerij",
            work_type="regulier",
            start_on=start,
            hours_per_week=Decimal("16"),
            hourly_wage=Decimal("15.00"),
            contract_type="tijdelijk",
            instruments=(services.InstrumentUse(code="jobcoach", starts_on=start),),
        ),
    )
    CheckIn.objects.create(
        placement=placement,
        organisation=world.org_a,
        on=min(start + timedelta(days=1), timezone.localdate()),
        work=1,
        workload=2,
        sleep=2,
        recorded_by=world.personas["pro_own"],
    )
    signal = evaluate_placement(placement.pk)
    trajectory.refresh_from_db()
    world.employer, world.vacancy, world.profile = employer, vacancy, profile
    world.scan, world.placement, world.signal = scan, placement, signal
    return world
