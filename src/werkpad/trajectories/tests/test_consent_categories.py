"""Property test (hypothesis) for the category-aware policy on trajectories (issue 3):

* no data of category X recorded by organisation A is visible to organisation B without the
  client's active consent for X (and for basic data), for B (and, if the client chose one, the
  role), while B is on the care team;
* "appears in a list" ⇔ "its page opens" ⇔ "the policy allows".

The expectation is computed from the generated data alone, never by asking the policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Model
from django.http import Http404
from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from werkpad.access.actor import Actor, actor_for_user
from werkpad.access.policy import Action, get_for, visible_to
from werkpad.access.policy.memo import filters_reused
from werkpad.accounts.models import User
from werkpad.clients.models import Consent, ConsentGrant, DataCategory
from werkpad.clients.services import consent_record, consent_withdraw
from werkpad.organisations.models import Organisation, OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import selectors, services
from werkpad.trajectories.models import (
    Goal,
    LadderAssessment,
    Meeting,
    Note,
    TeamMember,
    Trajectory,
)

CATEGORIES = [c.value for c in DataCategory]
ORGS = ("a", "b", "c")
# Who may get access from outside organisation A: (organisation, role). The beheerder works
# with no client records at all, whatever the team or the consents say.
OUTSIDERS = (
    ("b", Role.ARBEIDSDESKUNDIGE),
    ("b", Role.REINTEGRATIECOACH),
    ("b", Role.FUNCTIONEEL_BEHEERDER),
    ("c", Role.KLANTMANAGER),
    # A consent reaches only the roles that work with the client on a team (issue 11,
    # item 4): B's teamleider and C's regiocoördinator never read through one, even when
    # the consent names their role or they are put on the team.
    ("b", Role.TEAMLEIDER),
    ("c", Role.REGIOCOORDINATOR),
)
CLIENT_WORK = {Role.ARBEIDSDESKUNDIGE, Role.REINTEGRATIECOACH, Role.KLANTMANAGER, Role.JOBCOACH}
CONSENT_ROLES = [
    "",
    Role.ARBEIDSDESKUNDIGE,
    Role.REINTEGRATIECOACH,
    Role.VERZEKERINGSARTS,
    Role.TEAMLEIDER,
    Role.REGIOCOORDINATOR,
]
TRAJECTORIES = 2  # each for its own client of organisation A
RECORD_KINDS = ("note", "goal", "meeting", "ladder")

team_rows = st.lists(
    st.fixed_dictionaries(
        {
            "who": st.integers(0, len(OUTSIDERS) - 1),
            "trajectory": st.integers(0, TRAJECTORIES - 1),
            "ended": st.sampled_from([False, False, True]),
        }
    ),
    min_size=1,
    max_size=6,
)
consents = st.lists(
    st.fixed_dictionaries(
        {
            "client": st.integers(0, TRAJECTORIES - 1),
            "recipient": st.sampled_from(["b", "b", "b", "c", "a"]),
            "role": st.sampled_from(CONSENT_ROLES),
            # Basic data in about two of three consents, so team access happens often.
            "categories": st.tuples(
                st.sampled_from([True, True, False]), st.sets(st.sampled_from(CATEGORIES))
            ).map(lambda t: t[1] | {"basis"} if t[0] or not t[1] else t[1]),
            "starts_in": st.integers(-30, 2),  # > 0: not yet in force
            "until": st.one_of(st.none(), st.integers(-5, 30)),  # < 0: expired, 0: last day
            "withdrawn": st.sampled_from([False, False, True]),
        }
    ),
    min_size=1,
    max_size=6,
)
records = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(RECORD_KINDS),
            "trajectory": st.integers(0, TRAJECTORIES - 1),
            "by": st.sampled_from(["a", "b"]),
            "category": st.sampled_from(CATEGORIES),
        }
    ),
    min_size=1,
    max_size=10,
)
scenarios = st.fixed_dictionaries({"team": team_rows, "consents": consents, "records": records})


@dataclass
class Base:
    orgs: dict[str, Organisation]
    pro_a: User
    actor_a: Actor
    authors: dict[str, User]  # who records for an organisation
    outsiders: list[tuple[str, str, User]]  # (organisation key, role, user)
    trajectories: list[Trajectory]


@pytest.fixture
def base(db: Any) -> Base:
    orgs = {
        "a": make_organisation("GGZ A"),
        "b": make_organisation("UWV B", OrganisationType.UWV),
        "c": make_organisation("Gemeente C", OrganisationType.GEMEENTE),
    }
    pro_a = make_user(organisation=orgs["a"], mfa=False, full_name="Pro A")
    actor_a = actor_for_user(pro_a)
    outsiders = [
        (org, role, make_user(organisation=orgs[org], role=role, mfa=False))
        for org, role in OUTSIDERS
    ]
    trajectories = [
        services.trajectory_start(
            actor=actor_a, client=make_client(organisation=orgs["a"]), trajectory_type="ips"
        )
        for _ in range(TRAJECTORIES)
    ]
    return Base(
        orgs=orgs,
        pro_a=pro_a,
        actor_a=actor_a,
        authors={"a": pro_a, "b": outsiders[0][2]},
        outsiders=outsiders,
        trajectories=trajectories,
    )


# --- Building one scenario -------------------------------------------------------------------
@dataclass
class Made:
    team: list[dict[str, Any]]
    consents: list[dict[str, Any]]  # the spec plus its dates
    records: list[tuple[str, Model, dict[str, Any]]]  # (kind, object, spec)


def _build(b: Base, scenario: dict[str, Any]) -> Made:
    today = timezone.localdate()
    for row in scenario["team"]:
        org, role, user = b.outsiders[row["who"]]
        TeamMember.objects.create(
            trajectory=b.trajectories[row["trajectory"]],
            user=user,
            organisation=b.orgs[org],
            role=role,
            started_on=today - timedelta(days=60),
            ended_on=today - timedelta(days=1) if row["ended"] else None,
            added_by=b.pro_a,
        )
    made_consents = []
    for spec in scenario["consents"]:
        valid_from = today + timedelta(days=spec["starts_in"])
        valid_until = None if spec["until"] is None else today + timedelta(days=spec["until"])
        consent = Consent.objects.create(
            client=b.trajectories[spec["client"]].client,
            recipient=b.orgs[spec["recipient"]],
            recipient_role=spec["role"],
            purpose="ips",
            valid_from=valid_from,
            valid_until=valid_until,
            recorded_by=b.pro_a,
            recorded_by_organisation=b.orgs["a"],
            withdrawn_at=timezone.now() if spec["withdrawn"] else None,
        )
        ConsentGrant.objects.bulk_create(
            ConsentGrant(consent=consent, category=c) for c in spec["categories"]
        )
        made_consents.append({**spec, "valid_from": valid_from, "valid_until": valid_until})
    made_records: list[tuple[str, Model, dict[str, Any]]] = []
    for i, spec in enumerate(scenario["records"]):
        trajectory = b.trajectories[spec["trajectory"]]
        org, author = b.orgs[spec["by"]], b.authors[spec["by"]]
        common = {"trajectory": trajectory, "organisation": org}
        obj: Model
        if spec["kind"] == "note":
            obj = Note.objects.create(
                **common,
                category=spec["category"],
                occurred_on=today,
                text=f"notitie-{i}",
                author=author,
            )
        elif spec["kind"] == "goal":
            obj = Goal.objects.create(
                **common,
                category=spec["category"],
                life_domain="werk",
                own_words=f"doel-{i}",
                created_by=author,
            )
        elif spec["kind"] == "meeting":
            obj = Meeting.objects.create(
                **common,
                category=spec["category"],
                kind="driegesprek",
                held_on=today,
                summary=f"verslag-{i}",
                created_by=author,
            )
        else:  # a ladder step is always re-integration data
            spec = {**spec, "category": DataCategory.REINTEGRATIE.value}
            obj = LadderAssessment.objects.create(
                **common,
                step=3,
                perspective="professional",
                assessed_on=today,
                assessed_by=author,
                note=f"ladder-{i}",
            )
        made_records.append((spec["kind"], obj, spec))
    return Made(team=scenario["team"], consents=made_consents, records=made_records)


# --- The expectation, from the generated data alone ----------------------------------------
def _in_force(spec: dict[str, Any], today: date) -> bool:
    return (
        not spec["withdrawn"]
        and spec["valid_from"] <= today
        and (spec["valid_until"] is None or spec["valid_until"] >= today)
    )


def _consented(made: Made, org: str, role: str, client: int, category: str) -> bool:
    today = timezone.localdate()
    return any(
        c["client"] == client
        and c["recipient"] == org
        and c["role"] in ("", role)
        and category in c["categories"]
        and _in_force(c, today)
        for c in made.consents
    )


def _on_team(made: Made, who: int, trajectory: int) -> bool:
    return any(
        r["who"] == who and r["trajectory"] == trajectory and not r["ended"] for r in made.team
    )


def _sees_trajectory(made: Made, who: int, trajectory: int) -> bool:
    org, role = OUTSIDERS[who]
    return (
        role in CLIENT_WORK
        and _on_team(made, who, trajectory)
        and _consented(made, org, role, trajectory, "basis")
    )


def _sees_record(made: Made, who: int, spec: dict[str, Any]) -> bool:
    org, role = OUTSIDERS[who]
    if not _sees_trajectory(made, who, spec["trajectory"]):
        return False
    # What the own organisation recorded it sees along with the trajectory; another
    # organisation's record only under a consent covering that record's category.
    return spec["by"] == org or _consented(made, org, role, spec["trajectory"], spec["category"])


def _a_sees_record(made: Made, spec: dict[str, Any]) -> bool:
    """Organisation A runs both trajectories: it sees its own records, and B's records only
    under a consent for A covering the category."""
    return spec["by"] == "a" or _consented(
        made, "a", Role.IPS_TRAJECTBEGELEIDER, spec["trajectory"], spec["category"]
    )


# --- What the policy, the lists and the pages say ---------------------------------------------
def _opens(fn: Callable[[], Any]) -> bool:
    """True when the page's lookup succeeds; a 404 is 'not visible'. A 403 would mean a
    visible record whose page does not open, which this test must never see."""
    try:
        fn()
    except Http404:
        return False
    return True


MODELS: dict[str, type[Model]] = {
    "note": Note,
    "goal": Goal,
    "meeting": Meeting,
    "ladder": LadderAssessment,
}


def _check_actor(
    b: Base,
    made: Made,
    actor: Actor,
    expect_trajectory: Callable[[int], bool],
    expect_record: Callable[[dict[str, Any]], bool],
) -> None:
    ids = [t.pk for t in b.trajectories]
    listed = set(
        visible_to(actor, Trajectory.objects.filter(pk__in=ids)).values_list("pk", flat=True)
    )
    for index, trajectory in enumerate(b.trajectories):
        expected = expect_trajectory(index)
        assert (trajectory.pk in listed) == expected, ("trajectory listed", index, made)
        opens = _opens(
            lambda pk=trajectory.pk: get_for(
                actor, Action.VIEW_TRAJECTORY, Trajectory.objects.all(), pk=pk
            )
        )
        assert opens == expected, ("trajectory opens", index, made)
        assert _opens(lambda pk=trajectory.pk: selectors.trajectory_get(actor=actor, pk=pk)) == (
            expected
        )

    for kind, model in MODELS.items():
        ours = [(obj, spec) for k, obj, spec in made.records if k == kind]
        seen = set(
            visible_to(actor, model.objects.filter(pk__in=[o.pk for o, _ in ours])).values_list(
                "pk", flat=True
            )
        )
        want = {o.pk for o, spec in ours if expect_record(spec)}
        assert seen == want, (kind, actor.organisation_id, actor.role, made)

    # Pages of records: a goal and a meeting open exactly when they are listed.
    for kind, obj, spec in made.records:
        trajectory = b.trajectories[spec["trajectory"]]
        if kind == "goal":
            opens = _opens(
                lambda pk=obj.pk: get_for(actor, Action.VIEW_TRAJECTORY, Goal.objects.all(), pk=pk)
            )
        elif kind == "meeting":
            opens = _opens(
                lambda pk=obj.pk, t=trajectory: selectors.meeting_get(
                    actor=actor, trajectory=t, pk=pk
                )
            )
        else:
            continue
        assert opens == expect_record(spec), (kind, "opens", made)

    # The trajectory page's lists (plan and timeline) show exactly the visible records.
    for index, trajectory in enumerate(b.trajectories):
        if not expect_trajectory(index):
            continue
        on_it = [(k, o, s) for k, o, s in made.records if s["trajectory"] == index]
        view = selectors.trajectory_view(actor=actor, trajectory=trajectory)
        assert {g.pk for g in view.goals} == {
            o.pk for k, o, s in on_it if k == "goal" and expect_record(s)
        }
        assert {m.pk for m in view.meetings} == {
            o.pk for k, o, s in on_it if k == "meeting" and expect_record(s)
        }
        assert {a.pk for a in view.ladder} == {
            o.pk for k, o, s in on_it if k == "ladder" and expect_record(s)
        }
        texts = {e.text for e in selectors.timeline(actor=actor, trajectory=trajectory)}
        for kind, obj, spec in on_it:
            if kind == "goal":
                continue
            text = {"note": "text", "meeting": "summary", "ladder": "note"}[kind]
            assert (getattr(obj, text) in texts) == expect_record(spec), (kind, "timeline", made)


# The actors are checked in two groups, each against its own 60 scenarios, so that two test
# workers share the heaviest test of the suite (decision 0036): the outsiders, and organisation
# A, which sees every record and costs about as much as all outsiders together.
ACTOR_GROUPS: dict[str, tuple[int | str, ...]] = {
    "outsiders": tuple(range(len(OUTSIDERS))),
    "organisation-a": ("a",),
}


def test_the_actor_groups_cover_every_outsider_and_organisation_a_once() -> None:
    checked = [who for group in ACTOR_GROUPS.values() for who in group]
    assert sorted(map(str, checked)) == sorted([*map(str, range(len(OUTSIDERS))), "a"])


@pytest.mark.heavy
@pytest.mark.django_db
@pytest.mark.parametrize("group", sorted(ACTOR_GROUPS))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scenario=scenarios)
def test_category_consent_guards_every_record_and_lists_pages_and_policy_agree(
    base: Base, group: str, scenario: dict[str, Any]
) -> None:
    # Each example in its own savepoint, rolled back afterwards: the base stays, the
    # example's team, consents and records go.
    with transaction.atomic():
        made = _build(base, scenario)
        # Labels for --hypothesis-show-statistics: how often the interesting cases occur.
        outsiders = range(len(OUTSIDERS))
        event(
            "an outsider sees a trajectory: "
            + str(any(_sees_trajectory(made, w, t) for w in outsiders for t in range(2)))
        )
        event(
            "an outsider sees a record of A: "
            + str(
                any(
                    _sees_record(made, w, s)
                    for w in outsiders
                    for _k, _o, s in made.records
                    if s["by"] == "a"
                )
            )
        )
        event(
            "an outsider on the team misses a record: "
            + str(
                any(
                    _sees_trajectory(made, w, s["trajectory"]) and not _sees_record(made, w, s)
                    for w in outsiders
                    for _k, _o, s in made.records
                )
            )
        )
        for who in ACTOR_GROUPS[group]:
            # As a request would: the policy builds each filter once per actor.
            with filters_reused():
                _check_scenario_actor(base, made, who)
        transaction.set_rollback(True)


def _check_scenario_actor(base: Base, made: Made, who: int | str) -> None:
    if who == "a":
        _check_actor(base, made, base.actor_a, lambda t: True, lambda s: _a_sees_record(made, s))
        return
    assert isinstance(who, int)
    _check_actor(
        base,
        made,
        actor_for_user(base.outsiders[who][2]),
        lambda t: _sees_trajectory(made, who, t),
        lambda spec: _sees_record(made, who, spec),
    )


# --- Withdrawal --------------------------------------------------------------------------------
@dataclass
class Shared:
    actor_a: Actor
    pro_b: User
    actor_b: Actor
    trajectory: Trajectory
    consent: Consent
    note: Note
    goal: Goal


@pytest.fixture
def shared(db: Any) -> Shared:
    """Organisation A's IPS trajectory with B's arbeidsdeskundige on the team, and the
    client's consent for B covering basic and re-integration data."""
    org_a = make_organisation("GGZ A")
    org_b = make_organisation("UWV B", OrganisationType.UWV)
    pro_a = make_user(organisation=org_a, full_name="Pro A")
    pro_b = make_user(organisation=org_b, role=Role.ARBEIDSDESKUNDIGE, full_name="Pro B")
    actor_a = actor_for_user(pro_a)
    client = make_client(organisation=org_a)
    trajectory = services.trajectory_start(actor=actor_a, client=client, trajectory_type="ips")
    services.team_member_add(
        actor=actor_a, trajectory=trajectory, membership=pro_b.memberships.get()
    )
    consent = consent_record(
        actor=actor_a,
        client=client,
        recipient=org_b,
        recipient_role="",
        categories=["basis", "reintegratie"],
        purpose="ips",
        valid_from=timezone.localdate(),
        valid_until=None,
    )
    note = services.note_add(
        actor=actor_a,
        trajectory=trajectory,
        category="reintegratie",
        text="Sollicitatie besproken",
        occurred_on=timezone.localdate(),
    )
    goal = services.goal_create(
        actor=actor_a,
        trajectory=trajectory,
        details=services.GoalDetails(
            category="reintegratie", life_domain="werk", own_words="Werken in de zorg"
        ),
        confirm_wider=True,  # B reads re-integration, not work: a widening (issue 11, item 4)
    )
    return Shared(actor_a, pro_b, actor_for_user(pro_b), trajectory, consent, note, goal)


def test_withdrawal_closes_the_trajectory_and_its_records_at_once(shared: Shared) -> None:
    s = shared
    assert list(visible_to(s.actor_b, Trajectory.objects.all())) == [s.trajectory]
    assert list(visible_to(s.actor_b, Note.objects.all())) == [s.note]
    assert list(visible_to(s.actor_b, Goal.objects.all())) == [s.goal]

    consent_withdraw(actor=s.actor_a, consent=s.consent, reason="De cliënt wil het niet meer.")

    assert not visible_to(s.actor_b, Trajectory.objects.all()).exists()
    assert not visible_to(s.actor_b, Note.objects.all()).exists()
    assert not visible_to(s.actor_b, Goal.objects.all()).exists()
    with pytest.raises(Http404):
        get_for(s.actor_b, Action.VIEW_TRAJECTORY, Trajectory.objects.all(), pk=s.trajectory.pk)
    with pytest.raises(Http404):
        selectors.goal_get(actor=s.actor_b, trajectory=s.trajectory, pk=s.goal.pk)
    # Organisation A, which runs the trajectory, keeps everything.
    assert list(visible_to(s.actor_a, Note.objects.all())) == [s.note]


def test_a_consent_without_the_category_shows_the_trajectory_but_not_the_record(
    shared: Shared,
) -> None:
    s = shared
    ConsentGrant.objects.filter(consent=s.consent, category="reintegratie").delete()
    assert list(visible_to(s.actor_b, Trajectory.objects.all())) == [s.trajectory]
    assert not visible_to(s.actor_b, Note.objects.all()).exists()
    with pytest.raises(Http404):
        get_for(s.actor_b, Action.VIEW_TRAJECTORY, Goal.objects.all(), pk=s.goal.pk)
    view = selectors.trajectory_view(actor=s.actor_b, trajectory=s.trajectory)
    assert view.goals == []
    texts = {e.text for e in selectors.timeline(actor=s.actor_b, trajectory=s.trajectory)}
    assert s.note.text not in texts


def test_a_visible_trajectory_is_still_not_the_other_organisations_to_change(
    shared: Shared,
) -> None:
    s = shared
    with pytest.raises(PermissionDenied):
        selectors.goal_get(actor=s.actor_b, trajectory=s.trajectory, pk=s.goal.pk)


def test_after_withdrawal_the_trajectory_page_is_404(shared: Shared) -> None:
    s = shared
    url = reverse("trajectories:detail", args=[s.trajectory.pk])
    assert url == f"/trajecten/{s.trajectory.pk}/"
    http = HttpClient()
    http.force_login(s.pro_b)
    assert http.get(url).status_code == 200
    consent_withdraw(actor=s.actor_a, consent=s.consent, reason="De cliënt wil het niet meer.")
    assert http.get(url).status_code == 404
