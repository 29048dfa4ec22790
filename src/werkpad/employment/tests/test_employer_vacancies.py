"""The employer manages their own vacancies (issue 13, item 13): edit, close (filled or
withdrawn) and reopen through the services, with shifts, contract, wage and more than one kind
of work; a closed vacancy is not offered in matching; bad input is refused in Dutch and
changes nothing; a stale edit is refused; another employer's vacancy is a 404."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.core.forms import StaleEditError
from werkpad.employment import matching, services
from werkpad.employment.models import (
    CareerProfile,
    Vacancy,
    VacancyKind,
    VacancyStatus,
)
from werkpad.organisations.models import OrganisationType, Role
from werkpad.testing import make_organisation, make_user

from .conftest import Kit


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _state(vacancy: Vacancy) -> tuple[Any, ...]:
    """Everything the employer's steps can change, as stored."""
    v = Vacancy.objects.get(pk=vacancy.pk)
    return (
        v.title,
        v.status,
        v.version,
        v.work_kind,
        v.other_kinds_mask,
        v.shifts,
        v.contract,
        v.wage_hourly,
        v.wage_scale,
        v.closed_at,
    )


def _log_rows() -> int:
    """The allowed writes on vacancies in the log (a log-in row is no change)."""
    rows = AccessLogEntry.objects.filter(outcome="allowed", event_code__startswith="vacancy.")
    return rows.count()


def _profile(kit: Kit, **overrides: Any) -> CareerProfile:
    """Anna wants outdoor work in Utrecht, any sector she named; nothing she avoids."""
    values: dict[str, Any] = {"work_kinds": ["buiten"], "sectors": ["horeca"]}
    values.update(overrides)
    return kit.profile(**values)


def _offered(kit: Kit, profile: CareerProfile) -> set[int]:
    return {m.vacancy.pk for m in matching.rank_vacancies(profile, Vacancy.objects.all())}


# --- The services ---------------------------------------------------------------------------
def test_the_employer_edits_their_vacancy_with_shifts_contract_wage_and_kinds(kit: Kit) -> None:
    vacancy = kit.vacancy(sector="horeca", work_kind="handen")
    details = kit.vacancy_details(
        title="Medewerker keuken",
        sector="horeca",
        work_kind="handen",
        other_work_kinds=["mensen", "handen", "buiten"],
        shifts=["weekend", "dag", "dag"],
        contract="tijdelijk",
        wage_hourly=Decimal("14.40"),
        wage_scale=" schaal 3 cao Horeca ",
    )
    services.vacancy_update(
        actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, details=details
    )
    vacancy.refresh_from_db()
    assert vacancy.title == "Medewerker keuken"
    # The main kind first, the others once each, never the main one twice.
    assert [str(k) for k in vacancy.work_kinds] == ["handen", "mensen", "buiten"]
    assert vacancy.shifts == ["dag", "weekend"]  # catalogue order, once each
    assert (vacancy.contract, vacancy.wage_hourly, vacancy.wage_scale) == (
        "tijdelijk",
        Decimal("14.40"),
        "schaal 3 cao Horeca",
    )
    assert vacancy.version == 2
    assert vacancy.updated_by == kit.world.personas["employer"]
    assert AccessLogEntry.objects.filter(
        event_code="vacancy.update", object_id=str(vacancy.pk), user=vacancy.updated_by
    ).exists()


def test_a_closed_vacancy_is_not_offered_and_a_reopened_one_is_again(kit: Kit) -> None:
    vacancy = kit.vacancy(sector="horeca", work_kind="buiten")
    profile = _profile(kit)
    assert vacancy.pk in _offered(kit, profile)

    services.vacancy_close(
        actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, reason="vervuld"
    )
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.FILLED and vacancy.closed_at is not None
    assert vacancy.pk not in _offered(kit, profile)
    row = AccessLogEntry.objects.get(event_code="vacancy.close", object_id=str(vacancy.pk))
    assert row.detail == {"reason": "vervuld"}

    services.vacancy_reopen(actor=kit.employer_user, vacancy=vacancy, version=vacancy.version)
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.OPEN and vacancy.closed_at is None
    assert vacancy.pk in _offered(kit, profile)
    assert AccessLogEntry.objects.filter(
        event_code="vacancy.reopen", object_id=str(vacancy.pk)
    ).exists()

    services.vacancy_close(
        actor=kit.pro, vacancy=vacancy, version=vacancy.version, reason="ingetrokken"
    )
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.CLOSED
    assert vacancy.pk not in _offered(kit, profile)


def test_closing_twice_reopening_an_open_one_or_no_reason_changes_nothing(kit: Kit) -> None:
    vacancy = kit.vacancy()
    before, rows = _state(vacancy), _log_rows()
    for reason in ("", "weg", "gesloten"):
        with pytest.raises(ValidationError) as refused:
            services.vacancy_close(
                actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, reason=reason
            )
        assert "Kies waarom de vacature sluit." in str(refused.value)
    with pytest.raises(ValidationError, match="al open"):
        services.vacancy_reopen(actor=kit.employer_user, vacancy=vacancy, version=vacancy.version)
    assert (_state(vacancy), _log_rows()) == (before, rows)

    services.vacancy_close(
        actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, reason="ingetrokken"
    )
    vacancy.refresh_from_db()
    before, rows = _state(vacancy), _log_rows()
    with pytest.raises(ValidationError, match="al gesloten"):
        services.vacancy_close(
            actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, reason="vervuld"
        )
    assert (_state(vacancy), _log_rows()) == (before, rows)


@pytest.mark.parametrize(
    ("wage", "scale"),
    [(Decimal("-5.00"), ""), (Decimal("0"), ""), (Decimal("1500.00"), ""), (None, "x" * 121)],
)
def test_a_negative_or_absurd_wage_is_refused_in_dutch(
    kit: Kit, wage: Decimal | None, scale: str
) -> None:
    vacancy = kit.vacancy()
    before, rows = _state(vacancy), _log_rows()
    with pytest.raises(ValidationError) as refused:
        services.vacancy_update(
            actor=kit.employer_user,
            vacancy=vacancy,
            version=vacancy.version,
            details=kit.vacancy_details(wage_hourly=wage, wage_scale=scale),
        )
    message = str(refused.value)
    assert any(m in message for m in ("tussen 1,00 en 150,00 euro", "loonschaal korter"))
    assert (_state(vacancy), _log_rows()) == (before, rows)


def test_unknown_shifts_contract_or_kinds_are_refused(kit: Kit) -> None:
    vacancy = kit.vacancy()
    before = _state(vacancy)
    for bad in ({"shifts": ["ochtend"]}, {"contract": "zzp"}, {"other_work_kinds": ["vissen"]}):
        with pytest.raises(ValidationError, match="Kies een van de mogelijkheden"):
            services.vacancy_update(
                actor=kit.employer_user,
                vacancy=vacancy,
                version=vacancy.version,
                details=kit.vacancy_details(**bad),
            )
    assert _state(vacancy) == before


def test_a_stale_edit_close_or_reopen_is_refused_with_the_current_vacancy(kit: Kit) -> None:
    vacancy = kit.vacancy()
    stale = Vacancy.objects.get(pk=vacancy.pk)
    services.vacancy_update(
        actor=kit.pro,
        vacancy=vacancy,
        version=1,
        details=kit.vacancy_details(title="Eerst gewijzigd"),
    )
    before, rows = _state(vacancy), _log_rows()
    with pytest.raises(StaleEditError) as refused:
        services.vacancy_update(
            actor=kit.employer_user,
            vacancy=stale,
            version=1,
            details=kit.vacancy_details(title="Later gewijzigd"),
        )
    assert refused.value.current.title == "Eerst gewijzigd"
    assert refused.value.changed_by == "Pro Eigen"
    with pytest.raises(StaleEditError):
        services.vacancy_close(actor=kit.employer_user, vacancy=stale, version=1, reason="vervuld")
    assert (_state(vacancy), _log_rows()) == (before, rows)


def test_an_employer_cannot_change_another_employers_vacancy(kit: Kit) -> None:
    other = kit.new_employer()  # held by A, no account: not this employer's
    vacancy = kit.vacancy(employer=other)
    before = _state(vacancy)
    with pytest.raises(PermissionDenied):
        services.vacancy_close(
            actor=kit.employer_user, vacancy=vacancy, version=vacancy.version, reason="vervuld"
        )
    with pytest.raises(PermissionDenied):
        services.vacancy_update(
            actor=kit.employer_user,
            vacancy=vacancy,
            version=vacancy.version,
            details=kit.vacancy_details(title="Overgenomen"),
        )
    assert _state(vacancy) == before


def test_the_employer_edits_a_job_created_for_one_person_without_changing_for_whom(
    kit: Kit,
) -> None:
    created = kit.vacancy(kind=VacancyKind.CREATED, for_trajectory=kit.trajectory)
    http = _as(kit.world.personas["employer"])
    data = {
        "title": "Inpakker op maat",
        "tasks": "Inpakken, in eigen tempo",
        "sector": "groen",
        "work_kind": "buiten",
        "hours_min": 12,
        "hours_max": 20,
        "gemeente": kit.utrecht.pk,
        "version": created.version,
    }
    response = http.post(reverse("employment:employer_vacancy_update", args=[created.pk]), data)
    assert response.status_code == 302
    created.refresh_from_db()
    assert created.title == "Inpakker op maat"
    assert (created.kind, created.for_trajectory_id, created.status) == (
        VacancyKind.CREATED,
        kit.trajectory.pk,
        VacancyStatus.OPEN,
    )


# --- More than one kind of work in matching --------------------------------------------------
def test_a_vacancy_matches_a_wished_kind_if_any_of_its_kinds_is_wished(kit: Kit) -> None:
    vacancy = kit.vacancy(sector="groen", work_kind="handen", other_work_kinds=["buiten"])
    plain = kit.vacancy(sector="groen", work_kind="handen")
    profile = _profile(kit, work_kinds=["buiten"], sectors=["groen"])
    explained = {v.pk: matching.explain(profile, v) for v in (vacancy, plain)}
    assert matching.sql_score(profile, [vacancy.pk, plain.pk]) == {
        pk: m.score for pk, m in explained.items()
    }
    assert explained[vacancy.pk].score - explained[plain.pk].score == matching.POINTS_KIND

    # A kind the client does not want, among the vacancy's other kinds, is against a wish.
    avoiding = CareerProfile.objects.get(pk=profile.pk)  # the same client, other wishes
    avoiding.work_kinds, avoiding.avoid_kinds = [], ["buiten"]
    assert matching.against_wishes(avoiding, vacancy)
    assert not matching.against_wishes(avoiding, plain)
    assert _offered(kit, avoiding) >= {plain.pk}
    assert vacancy.pk not in _offered(kit, avoiding)


# --- The employer's pages ---------------------------------------------------------------------
def _edit_data(w: Any, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Medewerker bakkerij",
        "tasks": "Brood inpakken en de winkel bijvullen",
        "sector": "horeca",
        "work_kind": "handen",
        "other_work_kinds": ["mensen"],
        "hours_min": 12,
        "hours_max": 24,
        "shifts": ["avond", "weekend"],
        "contract": "oproep",
        "wage_hourly": "14,40",
        "wage_scale": "",
        "gemeente": w.vacancy.gemeente_id,
        "version": Vacancy.objects.get(pk=w.vacancy.pk).version,
    }
    data.update(changes)
    return data


def test_the_employer_lists_edits_closes_and_reopens_their_vacancy(work_world: Any) -> None:
    w = work_world
    http = _as(w.personas["employer"])
    home = http.get(reverse("employment:employer_home")).content.decode()
    assert reverse("employment:employer_vacancies") in home

    edit = reverse("employment:employer_vacancy_update", args=[w.vacancy.pk])
    assert http.post(edit, _edit_data(w)).status_code == 302
    page = http.get(reverse("employment:employer_vacancies")).content.decode()
    assert f'data-vacancy="{w.vacancy.pk}"' in page and 'data-status="open"' in page
    for shown in ("avonddienst", "weekend", "oproepcontract", "14,40", "werk met mensen"):
        assert shown in page, shown

    close = reverse("employment:employer_vacancy_close", args=[w.vacancy.pk])
    assert http.get(close).status_code == 200
    version = Vacancy.objects.get(pk=w.vacancy.pk).version
    response = http.post(close, {"reason": "ingetrokken", "version": version}, follow=True)
    assert response.status_code == 200
    assert Vacancy.objects.get(pk=w.vacancy.pk).status == VacancyStatus.CLOSED
    page = response.content.decode()
    assert 'data-status="gesloten"' in page and "Weer openzetten" in page

    reopen = reverse("employment:employer_vacancy_reopen", args=[w.vacancy.pk])
    version = Vacancy.objects.get(pk=w.vacancy.pk).version
    assert http.post(reopen, {"version": version}).status_code == 302
    assert Vacancy.objects.get(pk=w.vacancy.pk).status == VacancyStatus.OPEN


def test_the_coach_sees_the_terms_on_the_vacancy_and_the_shifts_on_the_match_card(
    kit: Kit,
) -> None:
    vacancy = kit.vacancy(
        sector="horeca",
        work_kind="buiten",
        other_work_kinds=["mensen"],
        shifts=["weekend", "avond"],
        contract="oproep",
        wage_hourly=Decimal("14.40"),
    )
    _profile(kit)
    coach = _as(kit.world.personas["pro_own"])
    detail = coach.get(reverse("employment:vacancy_detail", args=[vacancy.pk])).content.decode()
    for shown in ("avonddienst", "oproepcontract", "14,40", "werk met mensen"):
        assert shown in detail, shown
    matches = coach.get(reverse("employment:matches", args=[kit.trajectory.pk])).content.decode()
    card = matches[matches.index(f'data-vacancy="{vacancy.pk}"') :]
    assert "avonddienst, weekend" in card[: card.index("</li>")]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"wage_hourly": "-5"}, "Vul een bruto uurloon in tussen 1,00 en 150,00 euro"),
        ({"wage_hourly": "1500"}, "Vul een bruto uurloon in tussen 1,00 en 150,00 euro"),
        ({"wage_hourly": "veel"}, "Vul een bedrag in, zoals 14,40."),
        ({"shifts": ["ochtend"]}, "Selecteer een geldige keuze"),
        ({"hours_min": 30, "hours_max": 10}, "Het maximum aantal uren is lager dan het minimum."),
        ({"title": ""}, "Vul de functie in."),
    ],
)
def test_bad_input_on_the_employers_form_is_refused_in_dutch_and_changes_nothing(
    work_world: Any, changes: dict[str, Any], message: str
) -> None:
    w = work_world
    before, rows = _state(w.vacancy), _log_rows()
    response = _as(w.personas["employer"]).post(
        reverse("employment:employer_vacancy_update", args=[w.vacancy.pk]),
        _edit_data(w, **changes),
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _state(w.vacancy) == before
    assert _log_rows() == rows


def test_closing_without_a_reason_is_refused_in_dutch(work_world: Any) -> None:
    w = work_world
    before = _state(w.vacancy)
    response = _as(w.personas["employer"]).post(
        reverse("employment:employer_vacancy_close", args=[w.vacancy.pk]),
        {"version": w.vacancy.version},
    )
    assert response.status_code == 400
    assert "Kies waarom de vacature sluit." in response.content.decode()
    assert _state(w.vacancy) == before


def test_a_stale_edit_on_the_employers_page_is_a_409_and_keeps_the_newer_version(
    work_world: Any,
) -> None:
    w = work_world
    http = _as(w.personas["employer"])
    old = _edit_data(w)
    services.vacancy_update(
        actor=actor_for_user(w.personas["pro_own"]),
        vacancy=Vacancy.objects.get(pk=w.vacancy.pk),
        version=old["version"],
        details=services.VacancyDetails(
            title="Door de coach gewijzigd",
            tasks="Inpakken",
            sector="horeca",
            work_kind="handen",
            hours_min=12,
            hours_max=24,
            gemeente=w.vacancy.gemeente,
        ),
    )
    before = _state(w.vacancy)
    response = http.post(
        reverse("employment:employer_vacancy_update", args=[w.vacancy.pk]),
        {**old, "title": "Door de werkgever gewijzigd"},
    )
    assert response.status_code == 409
    assert "Iemand anders heeft dit intussen gewijzigd" in response.content.decode()
    assert _state(w.vacancy) == before


def test_another_employer_gets_404_and_changes_nothing(work_world: Any) -> None:
    w = work_world
    slagerij = make_organisation("Slagerij (werkgever)", OrganisationType.EMPLOYER)
    stranger = make_user(
        organisation=slagerij, role=Role.WERKGEVER_CONTACTPERSOON, full_name="Slager"
    )
    http = _as(stranger)
    before = _state(w.vacancy)
    for name, data in (
        ("employment:employer_vacancy_update", _edit_data(w, title="Overgenomen")),
        ("employment:employer_vacancy_close", {"reason": "vervuld", "version": 1}),
        ("employment:employer_vacancy_reopen", {"version": 1}),
    ):
        url = reverse(name, args=[w.vacancy.pk])
        if name != "employment:employer_vacancy_reopen":
            assert http.get(url).status_code == 404, name
        assert http.post(url, data).status_code == 404, name
    assert _state(w.vacancy) == before
    listing = http.get(reverse("employment:employer_vacancies")).content.decode()
    assert "Medewerker bakkerij" not in listing
    assert AccessLogEntry.objects.filter(
        outcome="denied", user=stranger, object_id=str(w.vacancy.pk)
    ).exists()
