"""Shared fixtures: two organisations and one persona per kind of actor (the access matrix's
columns), with a second factor where the role needs one.

Speed (decision 0036): in a module whose tests all run inside a transaction (no
``transactional_db``, no ``live_server``), ``world`` and ``work_world`` are built once per
module inside an outer transaction, and every test gets a deep copy of the Python objects
while its own transaction (a savepoint) is rolled back afterwards: each test starts from the
same rows as if the world had been built for it alone. The tests of such a module are ordered
so that those without a world run first, then the ``world`` tests, then the ``work_world``
tests; ``_shared_world_guard`` fails a test that would see a world it did not ask for.
Tests that never touch the database get the ``db_independent`` marker: CI runs them once.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

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
    # The regional network: objects its access-matrix set-ups add, by name
    network: dict[str, object] = field(default_factory=dict)


# --- which tests need what ------------------------------------------------------------------

# Stages of the shared world: what a test asks for. A module's tests run in this order.
NO_WORLD, WORLD, WORK_WORLD, MATRIX_WORLD = 0, 1, 2, 3
_TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}
_DB_FIXTURES = {"db", "_django_db_helper", *_TRANSACTIONAL_FIXTURES}
_SHARING_MODULES = pytest.StashKey[set[str]]()
_OPENED = pytest.StashKey[dict[str, int]]()


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    ):
        return True
    return bool(_TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


def _uses_db(item: pytest.Item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        _DB_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


def _stage(item: pytest.Item) -> int:
    names = set(getattr(item, "fixturenames", ()))
    if "matrix_world" in names:
        return MATRIX_WORLD
    if "work_world" in names:
        return WORK_WORLD
    if "world" in names:
        return WORLD
    return NO_WORLD


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "db_independent: never touches the database (added automatically to every test that "
        "asks for no database); CI runs these once, on the default database only",
    )
    config.addinivalue_line(
        "markers", "heavy: runs for minutes; started first so the workers finish together"
    )
    config.addinivalue_line(
        "markers",
        "one_database: checks content that is the same on every database (the demo's "
        "stories read back); runs on the default database only (.ci/run)",
    )
    config.addinivalue_line(
        "markers",
        "every_database: a browser test that also runs on the second database (.ci/run): the "
        "browser suite checks what people see and runs once, these journeys run on both",
    )
    config.stash[_SHARING_MODULES] = set()
    config.stash[_OPENED] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Marks the database-independent tests and orders each sharing module's database tests
    by stage (a stable sort: the order within a stage is kept). pytest-django has already put
    the database tests first (tryfirst), so a module's database tests stay together."""
    by_module: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if _uses_db(item):
            by_module.setdefault(str(item.path), []).append(index)
        else:
            item.add_marker(pytest.mark.db_independent)
    sharing = config.stash[_SHARING_MODULES]
    for module, indexes in by_module.items():
        module_items = [items[i] for i in indexes]
        _check_demo_module(module, module_items)
        if any(_is_transactional(item) for item in module_items):
            continue  # an outer transaction would hide the commits these tests make
        if all(_stage(item) == NO_WORLD for item in module_items):
            continue
        sharing.add(module)
        for i, item in zip(indexes, sorted(module_items, key=_stage), strict=True):
            items[i] = item
    # The longest tests (stateful property tests: minutes each) go first, so that pytest-xdist
    # starts them while the other worker takes the many short ones; run last, one of them
    # kept a worker busy for minutes after the other had finished (decision 0036).
    heavy = [item for item in items if item.get_closest_marker("heavy")]
    if heavy:
        assert not {str(item.path) for item in heavy} & sharing, "heavy test in a sharing module"
        items[:] = heavy + [item for item in items if not item.get_closest_marker("heavy")]


def _check_demo_module(module: str, module_items: list[pytest.Item]) -> None:
    """A module that shares the seeded demo must share it with all its database tests: a
    test that did not ask for the demo would see its rows, and a transactional test would
    commit under the outer transaction."""
    with_demo = [item for item in module_items if "seeded_demo" in item.fixturenames]
    if not with_demo:
        return
    wrong = [
        item.name
        for item in module_items
        if item not in with_demo or _is_transactional(item) or _stage(item) != NO_WORLD
    ]
    if wrong:
        raise pytest.UsageError(
            f"{module}: every database test of a module that uses seeded_demo must use it, "
            f"inside a transaction and without the shared world; not: {', '.join(wrong)}"
        )


def _shares(request: pytest.FixtureRequest) -> bool:
    return str(request.path) in request.config.stash[_SHARING_MODULES]


class _Snapshot:
    """An open transaction (or savepoint) holding rows built once for a module."""

    def __init__(self, blocker: Any) -> None:
        from django.db import transaction

        self._blocker = blocker
        self._atomic = transaction.atomic()
        with blocker.unblock():
            self._atomic.__enter__()

    def close(self) -> None:
        from django.db import transaction

        with self._blocker.unblock():
            transaction.set_rollback(True)
            self._atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def _shared_world(
    request: pytest.FixtureRequest, django_db_setup: None, django_db_blocker: Any
) -> Iterator[World | None]:
    """``world`` built once for a sharing module (None elsewhere)."""
    if not _shares(request):
        yield None
        return
    snapshot = _Snapshot(django_db_blocker)
    opened = request.config.stash[_OPENED]
    try:
        with django_db_blocker.unblock():
            built = build_world()
        opened[str(request.path)] = WORLD
        yield built
    finally:
        opened.pop(str(request.path), None)
        snapshot.close()


@pytest.fixture(scope="module")
def _shared_work_world(
    request: pytest.FixtureRequest, _shared_world: World | None, django_db_blocker: Any
) -> Iterator[World | None]:
    """``work_world`` built once for a sharing module, in a savepoint on top of its world
    (every ``world``-only test of the module has run by then)."""
    if _shared_world is None:
        yield None
        return
    snapshot = _Snapshot(django_db_blocker)
    opened = request.config.stash[_OPENED]
    try:
        with django_db_blocker.unblock():
            built = add_work(copy.deepcopy(_shared_world))
        opened[str(request.path)] = WORK_WORLD
        yield built
    finally:
        opened[str(request.path)] = WORLD
        snapshot.close()


@pytest.fixture(scope="module")
def _shared_matrix_world(
    request: pytest.FixtureRequest, _shared_work_world: World | None, django_db_blocker: Any
) -> Iterator[World | None]:
    """``matrix_world`` built once for a sharing module, in a savepoint on top of its work
    world (every ``work_world`` test of the module has run by then)."""
    if _shared_work_world is None:
        yield None
        return
    snapshot = _Snapshot(django_db_blocker)
    opened = request.config.stash[_OPENED]
    try:
        with django_db_blocker.unblock():
            built = add_matrix_rows(copy.deepcopy(_shared_work_world))
        opened[str(request.path)] = MATRIX_WORLD
        yield built
    finally:
        opened[str(request.path)] = WORK_WORLD
        snapshot.close()


@pytest.fixture(scope="module")
def _module_demo(django_db_setup: None, django_db_blocker: Any) -> Iterator[list[Any]]:
    """The demo region seeded once for a module, in an outer transaction rolled back at its
    end (as ``_shared_world``): ``pytest_collection_modifyitems`` lets a module use it only
    when every database test of the module asks for it."""
    snapshot = _Snapshot(django_db_blocker)
    try:
        with django_db_blocker.unblock():
            from werkpad.demo import seed_demo

            yield seed_demo()
    finally:
        snapshot.close()


@pytest.fixture
def seeded_demo(_module_demo: list[Any], db: None) -> list[Any]:
    """The demo region, as ``make demo`` shows it (the demo users): seeded once per module,
    and each test's changes rolled back (a savepoint), so that every test sees the rows
    ``seed_demo()`` writes and nothing another test did."""
    return _module_demo


@pytest.fixture(autouse=True)
def _shared_world_guard(request: pytest.FixtureRequest) -> None:
    """A test must never see more of a shared world than it asked for."""
    opened = request.config.stash[_OPENED].get(str(request.path), NO_WORLD)
    if opened > _stage(request.node) and _uses_db(request.node):
        pytest.fail(
            f"shared world out of order: stage {opened} is open for a test of stage "
            f"{_stage(request.node)} (see the root conftest.py)"
        )


@pytest.fixture
def world(request: pytest.FixtureRequest, _shared_world: World | None, db: None) -> World:
    if _shared_world is None:
        return build_world()
    if "matrix_world" in request.fixturenames:
        # ``work_world`` and ``matrix_world`` return this same object, as when built per test.
        return copy.deepcopy(request.getfixturevalue("_shared_matrix_world"))
    if "work_world" in request.fixturenames:
        # ``work_world`` returns this same object, as it does when built per test.
        return copy.deepcopy(request.getfixturevalue("_shared_work_world"))
    return copy.deepcopy(_shared_world)


@pytest.fixture
def work_world(_shared_work_world: World | None, world: World) -> World:
    """``world`` plus job development on Anna's IPS trajectory (see ``add_work``)."""
    if _shared_work_world is None:
        return add_work(world)
    return world


@pytest.fixture
def matrix_world(_shared_matrix_world: World | None, work_world: World) -> World:
    """``work_world`` plus the rows the access matrix's URLs point at: the portal's and the
    network's objects and a guest of organisation B on Anna's team (``add_matrix_rows``)."""
    if _shared_matrix_world is None:
        return add_matrix_rows(work_world)
    return work_world


def add_matrix_rows(world: World) -> World:
    from werkpad.access.tests.matrix_helpers import add_guest
    from werkpad.network.tests.matrix import network_setup
    from werkpad.portal.tests.matrix import portal_setup

    portal_setup(world)
    network_setup(world)
    add_guest(world)
    return world


def build_world() -> World:
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


def add_work(world: World) -> World:
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
    # The bakery has more than one place: its holder opened the vacancy again after Anna's
    # placement filled it (the pages about vacancies need an open one).
    type(vacancy).objects.filter(pk=vacancy.pk).update(status="open", closed_at=None)
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
