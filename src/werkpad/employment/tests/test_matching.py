"""Matching by the job seeker's own preferences (IPS principle 4): explicit wishes exclude,
created jobs are for their one person, the ranking follows the score, every match explains
itself, the database and Python agree on the score, and who sees which vacancies."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkpad.access.actor import actor_for_user
from werkpad.access.policy import visible_to
from werkpad.employment import matching, services
from werkpad.employment.matching import (
    MAX_POINTS,
    POINTS_CREATED_FOR_CLIENT,
    POINTS_HOURS,
    POINTS_KIND,
    POINTS_NEEDS,
    POINTS_SAME_GEMEENTE,
    POINTS_SAME_REGION,
    POINTS_SECTOR,
    against_wishes,
    explain,
    rank_candidates,
    rank_vacancies,
)
from werkpad.employment.models import (
    CareerProfile,
    Condition,
    Employer,
    RegionalSharing,
    Sector,
    TravelScope,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkKind,
    work_kinds_mask,
)
from werkpad.organisations.models import ArbeidsmarktRegio, OrganisationType, Role
from werkpad.testing import make_client, make_organisation, make_user
from werkpad.trajectories import services as trajectory_services
from werkpad.trajectories.models import Trajectory

from .conftest import Kit, today

pytestmark = pytest.mark.django_db


def _open_for(kit: Kit, profile: CareerProfile, actor: Any = None) -> list[matching.Match]:
    return rank_vacancies(profile, visible_to(actor or kit.pro, Vacancy.objects.all()), limit=100)


def _titles(matches: list[matching.Match]) -> list[str]:
    return [m.vacancy.title for m in matches]


def _other_trajectory(kit: Kit, name: str = "Bas Brouwer") -> Trajectory:
    client = make_client(organisation=kit.world.org_a, full_name=name)
    return trajectory_services.trajectory_start(actor=kit.pro, client=client, trajectory_type="ips")


# --- Explicit wishes -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("profile", "vacancy", "reason"),
    [
        pytest.param(
            {"avoid_sectors": ["horeca"], "sectors": ["groen"]},
            {"sector": "horeca"},
            "sector die de cliënt niet wil",
            id="avoid-sector",
        ),
        pytest.param(
            {"avoid_kinds": ["mensen"], "work_kinds": ["buiten"]},
            {"work_kind": "mensen"},
            "soort werk dat de cliënt niet wil",
            id="avoid-kind",
        ),
        pytest.param(
            {"hours_min": 8, "hours_max": 20},
            {"hours_min": 24, "hours_max": 32},
            "meer uren dan de cliënt wil",
            id="more-hours-than-max",
        ),
        pytest.param(
            {"travel_scope": "gemeente"},
            {"gemeente": "nieuwegein"},
            "buiten de eigen gemeente",
            id="outside-gemeente",
        ),
        pytest.param(
            {"travel_scope": "regio"},
            {"gemeente": "amsterdam"},
            "buiten de eigen arbeidsmarktregio",
            id="outside-regio",
        ),
    ],
)
def test_an_explicit_wish_excludes_a_vacancy(
    kit: Kit, profile: dict[str, Any], vacancy: dict[str, Any], reason: str
) -> None:
    if "gemeente" in vacancy:
        vacancy["gemeente"] = getattr(kit, vacancy["gemeente"])
    the_profile = kit.profile(**profile)
    against = kit.vacancy(title="Tegen de wens", **vacancy)
    kit.vacancy(title="Past wel")

    assert _titles(_open_for(kit, the_profile)) == ["Past wel"]
    assert [str(r) for r in against_wishes(the_profile, against)] == [reason]
    assert rank_candidates(against, [the_profile]) == []


def test_a_lower_maximum_of_hours_at_the_vacancy_is_no_exclusion(kit: Kit) -> None:
    profile = kit.profile(hours_min=20, hours_max=32)
    kit.vacancy(title="Weinig uren", hours_min=4, hours_max=12)
    [match] = _open_for(kit, profile)
    assert "uren passen niet goed" in [str(m) for m in match.misfits]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("gemeente", ["Utrecht"]),
        ("regio", ["Nieuwegein", "Utrecht"]),
        ("overal", ["Amsterdam", "Nieuwegein", "Utrecht"]),
    ],
)
def test_the_travel_scope_decides_where_the_work_may_be(
    kit: Kit, scope: str, expected: list[str]
) -> None:
    profile = kit.profile(travel_scope=scope)
    for gemeente in (kit.utrecht, kit.nieuwegein, kit.amsterdam):
        kit.vacancy(title=gemeente.name, gemeente=gemeente)
    assert sorted(_titles(_open_for(kit, profile))) == expected


def test_without_a_home_gemeente_the_travel_scope_excludes_nothing(kit: Kit) -> None:
    profile = kit.profile(travel_scope="gemeente", home_gemeente=None)
    kit.vacancy(title="Ver weg", gemeente=kit.amsterdam)
    assert _titles(_open_for(kit, profile)) == ["Ver weg"]


def test_closed_and_filled_vacancies_are_not_offered(kit: Kit) -> None:
    profile = kit.profile()
    kit.vacancy(title="Open")
    kit.vacancy(title="Gesloten", status=VacancyStatus.CLOSED)
    kit.vacancy(title="Vervuld", status=VacancyStatus.FILLED)
    assert _titles(_open_for(kit, profile)) == ["Open"]


# --- Created jobs --------------------------------------------------------------------------
def test_a_job_created_for_another_client_is_never_offered(kit: Kit) -> None:
    anna = kit.profile()
    bas_trajectory = _other_trajectory(kit)
    bas = kit.profile(trajectory=bas_trajectory)
    for_bas = kit.vacancy(
        title="Voor Bas gemaakt", kind=VacancyKind.CREATED, for_trajectory=bas_trajectory
    )
    for_anna = kit.vacancy(
        title="Voor Anna gemaakt", kind=VacancyKind.CREATED, for_trajectory=kit.trajectory
    )

    assert _titles(_open_for(kit, anna)) == ["Voor Anna gemaakt"]
    assert _titles(_open_for(kit, bas)) == ["Voor Bas gemaakt"]
    assert [m.profile for m in rank_candidates(for_bas, [anna, bas])] == [bas]
    assert [m.profile for m in rank_candidates(for_anna, [anna, bas])] == [anna]


def test_a_created_job_scores_extra_for_its_client(kit: Kit) -> None:
    anna = kit.profile()
    regular = kit.vacancy(title="Gewoon")
    created = kit.vacancy(title="Gemaakt", kind=VacancyKind.CREATED, for_trajectory=kit.trajectory)
    assert explain(anna, created).score == explain(anna, regular).score + POINTS_CREATED_FOR_CLIENT
    assert "voor deze cliënt gemaakt" in [str(f) for f in explain(anna, created).fits]
    assert _titles(_open_for(kit, anna)) == ["Gemaakt", "Gewoon"]


# --- Ranking and explanation ---------------------------------------------------------------
def test_vacancies_are_ranked_by_score(kit: Kit) -> None:
    profile = kit.profile(
        work_kinds=["buiten"],
        sectors=["groen"],
        hours_min=12,
        hours_max=24,
        needs_mask=Condition.QUIET | Condition.FIXED_HOURS,
        travel_scope="overal",
    )
    quiet = Condition.QUIET | Condition.FIXED_HOURS
    kit.vacancy(title="Alles", offers_mask=quiet)  # 30+25+15+15+15 = 100
    kit.vacancy(title="Andere sector", sector="zorg", offers_mask=quiet)  # 75
    kit.vacancy(title="Nieuwegein", gemeente=kit.nieuwegein, offers_mask=quiet)  # 93
    kit.vacancy(title="Geen rust", offers_mask=Condition.FIXED_HOURS)  # 85
    kit.vacancy(title="Niets", sector="ict", work_kind="computer", hours_min=4, hours_max=8)

    ranked = _open_for(kit, profile)

    assert [(m.vacancy.title, m.score) for m in ranked] == [
        ("Alles", 100),
        ("Nieuwegein", 93),
        ("Geen rust", 85),
        ("Andere sector", 75),
        ("Niets", 15),  # in the own gemeente, nothing else
    ]
    assert ranked[0].percentage == 100
    # "Niets" says nothing about what the workplace offers: unknown, out of the percentage.
    assert str(ranked[-1].unknowns[0].text) == "wat de werkplek biedt"
    assert ranked[-1].percentage == round(100 * 15 / (MAX_POINTS - POINTS_NEEDS))
    assert ranked[3].percentage == 75  # "Andere sector": everything known


def test_each_match_lists_what_fits_and_what_does_not(kit: Kit) -> None:
    profile = kit.profile(
        work_kinds=["buiten", "dieren"],
        sectors=["groen"],
        hours_min=20,
        hours_max=32,
        needs_mask=Condition.QUIET | Condition.MENTOR,
        travel_scope="overal",
    )
    vacancy = kit.vacancy(
        title="Dierenverzorger",
        sector="zorg",
        work_kind="dieren",
        hours_min=8,
        hours_max=16,
        gemeente=kit.nieuwegein,
        offers_mask=Condition.QUIET,
    )
    [match] = _open_for(kit, profile)
    assert match.vacancy == vacancy
    assert [str(f) for f in match.fits] == ["soort werk dat de cliënt wil", "in de eigen regio"]
    assert [str(m) for m in match.misfits] == [
        "andere sector dan de cliënt noemde",
        "uren passen niet goed",
        "niet zeker op deze werkplek: vaste begeleider of buddy op de werkvloer",
    ]
    assert match.score == POINTS_KIND + POINTS_SAME_REGION

    far = explain(profile, kit.vacancy(title="Ver", gemeente=kit.amsterdam))
    assert "buiten de eigen regio" in [str(m) for m in far.misfits]
    good = explain(profile, kit.vacancy(title="Goed", hours_min=20, hours_max=24))
    assert [str(f) for f in good.fits] == [
        "soort werk dat de cliënt wil",
        "sector die de cliënt aanspreekt",
        "uren passen",
        "in de eigen gemeente",
    ]
    # The vacancy says nothing about what the workplace offers: not a misfit, unknown.
    assert good.misfits == []
    assert [(str(u.text), u.where) for u in good.unknowns] == [
        ("wat de werkplek biedt", "vacancy"),
        ("of de werkplek dit biedt: rustige werkplek, weinig prikkels", "vacancy"),
        ("of de werkplek dit biedt: vaste begeleider of buddy op de werkvloer", "vacancy"),
    ]
    assert good.percentage == 100 and good.judgeable


def test_a_profile_without_preferences_still_ranks(kit: Kit) -> None:
    profile = kit.profile(
        work_kinds=[], sectors=[], hours_min=None, hours_max=None, home_gemeente=None
    )
    vacancy = kit.vacancy()
    match = explain(profile, vacancy)
    # Unknown is not "does not fit": no points, no misfit, each named as not known yet.
    assert match.score == POINTS_NEEDS
    assert match.misfits == []
    assert [str(u.text) for u in match.unknowns] == [
        "welk soort werk de cliënt wil",
        "welke sectoren de cliënt aanspreken",
        "hoeveel uur de cliënt wil werken",
        "waar de cliënt woont",
    ]
    assert not match.judgeable and not match.folded
    assert matching.sql_score(profile, [vacancy.pk]) == {vacancy.pk: match.score}


def test_rank_candidates_leaves_out_profiles_with_a_wish_against_the_vacancy(kit: Kit) -> None:
    vacancy = kit.vacancy(title="Kok", sector="horeca", work_kind="handen", gemeente=kit.utrecht)
    wants = kit.profile(sectors=["horeca"], work_kinds=["handen"])
    avoids_sector = kit.profile(
        trajectory=_other_trajectory(kit, "Carla"), sectors=[], avoid_sectors=["horeca"]
    )
    avoids_kind = kit.profile(
        trajectory=_other_trajectory(kit, "Dirk"), work_kinds=[], avoid_kinds=["handen"]
    )
    too_far = kit.profile(
        trajectory=_other_trajectory(kit, "Eva"),
        travel_scope="gemeente",
        home_gemeente=kit.amsterdam,
    )
    neutral = kit.profile(trajectory=_other_trajectory(kit, "Fien"), sectors=[], work_kinds=[])

    ranked = rank_candidates(vacancy, [neutral, avoids_sector, too_far, wants, avoids_kind])

    assert [m.profile for m in ranked] == [wants, neutral]
    assert ranked[0].score > ranked[1].score


# --- SQL and Python agree ------------------------------------------------------------------
GEMEENTEN = ("utrecht", "nieuwegein", "amsterdam")
kinds = st.lists(st.sampled_from(WorkKind.values), unique=True, max_size=3)
sectors = st.lists(st.sampled_from(Sector.values), unique=True, max_size=3)
masks = st.integers(0, 255)
maybe_hours = st.one_of(st.none(), st.integers(1, 40))

profiles = st.fixed_dictionaries(
    {
        "work_kinds": kinds,
        "sectors": sectors,
        "avoid_kinds": kinds,
        "avoid_sectors": sectors,
        "hours_min": maybe_hours,
        "hours_max": maybe_hours,
        "home": st.sampled_from((None, *GEMEENTEN)),
        "travel_scope": st.sampled_from(TravelScope.values),
        "needs_mask": st.one_of(st.just(0), masks),
    }
)
vacancies = st.lists(
    st.fixed_dictionaries(
        {
            "sector": st.sampled_from(Sector.values),
            "work_kind": st.sampled_from(WorkKind.values),
            # more kinds of work besides the main one (any of them counts)
            "other_kinds": st.one_of(st.just([]), kinds),
            "hours": st.tuples(st.integers(1, 40), st.integers(0, 20)),
            "gemeente": st.sampled_from(GEMEENTEN),
            "offers_mask": masks,
            "for": st.sampled_from((None, None, "own", "other")),
            "status": st.sampled_from(
                (VacancyStatus.OPEN, VacancyStatus.OPEN, VacancyStatus.CLOSED)
            ),
        }
    ),
    min_size=1,
    max_size=8,
)


@pytest.fixture
def other_trajectory(kit: Kit) -> Trajectory:
    return _other_trajectory(kit)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(profile_spec=profiles, vacancy_specs=vacancies)
def test_sql_score_equals_the_explained_score_and_the_ranking_follows_the_wishes(
    kit: Kit,
    other_trajectory: Trajectory,
    profile_spec: dict[str, Any],
    vacancy_specs: list[dict[str, Any]],
) -> None:
    home = profile_spec["home"]
    profile = CareerProfile(
        trajectory=kit.trajectory,
        organisation=kit.world.org_a,
        own_words="iets",
        work_kinds=profile_spec["work_kinds"],
        sectors=profile_spec["sectors"],
        avoid_kinds=profile_spec["avoid_kinds"],
        avoid_sectors=profile_spec["avoid_sectors"],
        hours_min=profile_spec["hours_min"],
        hours_max=profile_spec["hours_max"],
        home_gemeente=getattr(kit, home) if home else None,
        travel_scope=profile_spec["travel_scope"],
        needs_mask=profile_spec["needs_mask"],
        updated_by=kit.world.personas["pro_own"],
    )
    trajectories = {"own": kit.trajectory, "other": other_trajectory}
    with transaction.atomic():
        made = []
        for spec in vacancy_specs:
            gemeente = getattr(kit, spec["gemeente"])
            low, extra = spec["hours"]
            for_trajectory = trajectories.get(spec["for"] or "")
            made.append(
                Vacancy.objects.create(
                    employer=kit.employer,
                    kind=VacancyKind.CREATED if for_trajectory else VacancyKind.VACANCY,
                    for_trajectory=for_trajectory,
                    title="v",
                    tasks="t",
                    sector=spec["sector"],
                    work_kind=spec["work_kind"],
                    other_kinds_mask=work_kinds_mask(
                        [k for k in spec["other_kinds"] if k != spec["work_kind"]]
                    ),
                    hours_min=low,
                    hours_max=low + extra,
                    gemeente=gemeente,
                    region_id=gemeente.region_id,
                    offers_mask=spec["offers_mask"],
                    status=spec["status"],
                    created_by=kit.world.personas["pro_own"],
                )
            )
        ids = [v.pk for v in made]

        assert matching.sql_score(profile, ids) == {v.pk: explain(profile, v).score for v in made}

        ranked = rank_vacancies(profile, Vacancy.objects.filter(pk__in=ids), limit=100)
        expected = {
            v.pk
            for v in made
            if v.status == VacancyStatus.OPEN
            and not against_wishes(profile, v)
            and v.for_trajectory_id in (None, kit.trajectory.pk)
        }
        assert {m.vacancy.pk for m in ranked} == expected
        scores = [m.score for m in ranked]
        assert scores == sorted(scores, reverse=True)
        for m in ranked:
            assert 0 <= m.score <= MAX_POINTS + POINTS_CREATED_FOR_CLIENT
            assert 0 <= m.percentage <= 100
        transaction.set_rollback(True)


def test_the_points_add_up_to_the_maximum() -> None:
    assert MAX_POINTS == (
        POINTS_KIND + POINTS_SECTOR + POINTS_HOURS + POINTS_SAME_GEMEENTE + POINTS_NEEDS
    )
    assert POINTS_SAME_REGION < POINTS_SAME_GEMEENTE


# --- Who sees which vacancies --------------------------------------------------------------
def _employer_of_b(kit: Kit, gemeente: Any = None) -> Employer:
    return kit.new_employer(
        actor=kit.pro_other, name="Zorgcentrum West", gemeente=gemeente or kit.utrecht
    )


def _share(organisation: Any, region_code: str) -> None:
    RegionalSharing.objects.create(
        organisation=organisation,
        region=ArbeidsmarktRegio.objects.get(code=region_code),
        agreed_on=today() - timedelta(days=1),
    )


@pytest.mark.parametrize(
    ("a_shares", "b_shares", "visible"),
    [
        pytest.param((), (), False, id="nobody-shares"),
        pytest.param(("AM13",), (), False, id="only-the-viewer-shares"),
        pytest.param((), ("AM13",), False, id="only-the-holder-shares"),
        pytest.param(("AM18",), ("AM18",), False, id="both-share-elsewhere"),
        pytest.param(("AM13",), ("AM18",), False, id="each-in-another-region"),
        pytest.param(("AM13",), ("AM13",), True, id="both-share-the-employers-region"),
        pytest.param(("AM13", "AM18"), ("AM13",), True, id="both-and-more"),
    ],
)
def test_other_organisations_employers_only_where_both_share_the_region(
    kit: Kit, a_shares: tuple[str, ...], b_shares: tuple[str, ...], visible: bool
) -> None:
    for code in a_shares:
        _share(kit.world.org_a, code)
    for code in b_shares:
        _share(kit.world.org_b, code)
    employer_b = _employer_of_b(kit)  # in Utrecht: AM13
    vacancy_b = kit.vacancy(employer=employer_b, actor=kit.pro_other, title="Verzorgende")
    own = kit.vacancy(title="Eigen")

    seen = set(visible_to(kit.pro, Vacancy.objects.all()))
    assert own in seen
    assert (vacancy_b in seen) is visible
    assert (employer_b in set(visible_to(kit.pro, Employer.objects.all()))) is visible
    # Sharing is mutual: B sees A's in the same cases.
    assert (own in set(visible_to(kit.pro_other, Vacancy.objects.all()))) is visible


def test_a_shared_employer_is_matched_too(kit: Kit) -> None:
    _share(kit.world.org_a, "AM13")
    _share(kit.world.org_b, "AM13")
    profile = kit.profile(sectors=["zorg"])
    kit.vacancy(employer=_employer_of_b(kit), actor=kit.pro_other, title="Zorg", sector="zorg")
    assert _titles(_open_for(kit, profile)) == ["Zorg"]
    assert _titles(_open_for(kit, profile, actor=kit.admin_own)) == []


def test_a_job_created_for_a_client_stays_hidden_from_a_sharing_organisation(kit: Kit) -> None:
    _share(kit.world.org_a, "AM13")
    _share(kit.world.org_b, "AM13")
    regular = kit.vacancy(title="Gewoon")
    created = kit.vacancy(
        title="Voor Anna", kind=VacancyKind.CREATED, for_trajectory=kit.trajectory
    )
    seen = set(visible_to(kit.pro_other, Vacancy.objects.all()))
    assert regular in seen
    assert created not in seen
    assert created in set(visible_to(kit.pro, Vacancy.objects.all()))


def test_an_employer_user_sees_only_their_own_organisations_vacancies(kit: Kit) -> None:
    _share(kit.world.org_a, "AM13")
    _share(kit.world.org_b, "AM13")
    own = kit.vacancy(title="Bakker")
    created = kit.vacancy(
        title="Voor Anna", kind=VacancyKind.CREATED, for_trajectory=kit.trajectory
    )
    kit.vacancy(employer=kit.new_employer(name="Andere werkgever"), title="Elders")
    kit.vacancy(employer=_employer_of_b(kit), actor=kit.pro_other, title="Bij B")
    other_employer_org = make_organisation("Tuincentrum (werkgever)", OrganisationType.EMPLOYER)
    someone_else = make_user(
        organisation=other_employer_org, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Ander"
    )

    assert set(visible_to(kit.employer_user, Vacancy.objects.all())) == {own, created}
    assert set(visible_to(kit.employer_user, Employer.objects.all())) == {kit.employer}
    assert not visible_to(actor_for_user(someone_else), Vacancy.objects.all()).exists()
    assert not visible_to(kit.worker, Vacancy.objects.all()).exists()


def test_an_employer_user_adds_and_changes_vacancies_of_their_own_organisation_only(
    kit: Kit,
) -> None:
    from django.core.exceptions import PermissionDenied

    mine = kit.vacancy(actor=kit.employer_user, title="Bakkershulp", sector="horeca")
    assert mine.created_by == kit.world.personas["employer"]
    services.vacancy_update(
        actor=kit.employer_user,
        vacancy=mine,
        version=mine.version,
        details=kit.vacancy_details(title="Bakkershulp (ochtend)", sector="horeca"),
    )
    mine.refresh_from_db()
    assert mine.title == "Bakkershulp (ochtend)"
    elsewhere = kit.new_employer(name="Andere werkgever")
    with pytest.raises(PermissionDenied):
        kit.vacancy(employer=elsewhere, actor=kit.employer_user)
    with pytest.raises(PermissionDenied):  # a created job is for the client's team
        kit.vacancy(
            actor=kit.employer_user, kind=VacancyKind.CREATED, for_trajectory=kit.trajectory
        )
    assert Vacancy.objects.count() == 1


# --- Honest matching (issue 13, item 11) --------------------------------------------------------
def test_equal_scores_are_ordered_by_travel_then_hours(kit: Kit) -> None:
    """Two vacancies score the same (kind, sector; the gemeente's points against the hours'):
    the one in the own gemeente comes first, then the own region, then hours that fit."""
    profile = kit.profile(
        work_kinds=["buiten"], sectors=["groen"], hours_min=30, hours_max=36, travel_scope="overal"
    )
    # Each: kind 30 + sector 25 + needs 15 (none asked) = 70, and then:
    kit.vacancy(title="Regio, uren passen", gemeente=kit.nieuwegein, hours_min=30, hours_max=32)
    kit.vacancy(title="Gemeente, uren niet", hours_min=4, hours_max=8)  # + 15 gemeente
    kit.vacancy(title="Regio, uren niet", gemeente=kit.nieuwegein, hours_min=4, hours_max=8)
    kit.vacancy(title="Ver, uren passen", gemeente=kit.amsterdam, hours_min=30, hours_max=32)
    ranked = _open_for(kit, profile)
    scores = {m.vacancy.title: m.score for m in ranked}
    assert scores["Gemeente, uren niet"] == scores["Ver, uren passen"] == 85
    assert _titles(ranked) == [
        "Regio, uren passen",  # 93: + 15 hours + 8 region
        "Gemeente, uren niet",  # 85, in the own gemeente
        "Ver, uren passen",  # 85 (hours), far away
        "Regio, uren niet",  # 78
    ]
    # Python's order for candidates follows the same rule.
    vacancy = Vacancy.objects.get(title="Gemeente, uren niet")
    near = kit.profile(
        trajectory=_other_trajectory(kit, "Dichtbij"), hours_min=4, home_gemeente=kit.utrecht
    )
    far = kit.profile(
        trajectory=_other_trajectory(kit, "Verweg"),
        hours_min=4,
        home_gemeente=kit.amsterdam,
        travel_scope="overal",
    )
    order = [m.profile for m in matching.rank_candidates(vacancy, [far, near])]
    assert order[0] == near


def test_weak_matches_are_folded_away_and_unknowns_link_to_the_profile(kit: Kit) -> None:
    from django.test import Client as HttpClient
    from django.urls import reverse

    profile = kit.profile(
        work_kinds=["buiten"], sectors=["groen"], hours_min=20, hours_max=24, travel_scope="overal"
    )
    kit.vacancy(title="Sterk", hours_min=20, hours_max=24, offers_mask=Condition.QUIET)
    kit.vacancy(
        title="Zwak",
        sector="ict",
        work_kind="computer",
        gemeente=kit.amsterdam,
        hours_min=2,
        hours_max=4,
    )
    weak = next(m for m in _open_for(kit, profile) if m.vacancy.title == "Zwak")
    assert weak.judgeable and weak.percentage < matching.FOLD_BELOW and weak.folded
    http = HttpClient()
    http.force_login(kit.world.personas["pro_own"])
    page = http.get(reverse("employment:matches", args=[profile.trajectory_id])).content.decode()
    folded = page[page.index("data-folded") :]
    assert "Zwak" in folded and "Sterk" not in folded
    assert "1 vacature past voor minder dan 40%" in folded

    # A profile without hours: the hours are "nog onbekend", with a way to fill them in.
    profile.hours_min = profile.hours_max = None
    profile.save()
    page = http.get(reverse("employment:matches", args=[profile.trajectory_id])).content.decode()
    assert "Nog onbekend: hoeveel uur de cliënt wil werken" in page
    assert reverse("employment:profile", args=[profile.trajectory_id]) in page
