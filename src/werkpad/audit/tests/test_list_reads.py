"""Every list that shows a client's name writes one access-log row per client shown (not
one summary row for the page): the caseload, the candidates of a vacancy, an employer's
contacts naming a job seeker, the employer's own home page, the drop-down of job seekers,
the referrals."""

from __future__ import annotations

from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse
from django.utils import timezone

from werkpad.access.actor import actor_for_user
from werkpad.audit.models import AccessLogEntry
from werkpad.employment import services


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def _rows(event: str, user: Any) -> list[str]:
    """The client ids of the rows of one event by one user."""
    return list(
        AccessLogEntry.objects.filter(event_code=event, user=user).values_list(
            "client_pid", flat=True
        )
    )


def test_the_caseload_logs_a_row_per_client(work_world: Any) -> None:
    pro = work_world.personas["pro_own"]
    page = _as(pro).get(reverse("trajectories:caseload")).content.decode()
    assert "Anna Aalbers" in page
    assert _rows("caseload.list", pro) == [work_world.client_record.public_id]


def test_the_candidates_of_a_vacancy_log_a_row_per_candidate(work_world: Any) -> None:
    pro = work_world.personas["pro_own"]
    url = reverse("employment:vacancy_detail", args=[work_world.vacancy.pk])
    assert "Anna Aalbers" in _as(pro).get(url).content.decode()
    assert _rows("vacancy.candidates", pro) == [work_world.client_record.public_id]


def test_the_drop_down_of_job_seekers_logs_a_row_per_name(work_world: Any) -> None:
    pro = work_world.personas["pro_own"]
    url = reverse("employment:employer_contact_log", args=[work_world.employer.pk])
    assert "Anna Aalbers" in _as(pro).get(url).content.decode()
    assert _rows("trajectory.options", pro) == [work_world.client_record.public_id]


def test_an_employers_contacts_log_the_job_seekers_they_name(work_world: Any) -> None:
    pro = work_world.personas["pro_own"]
    services.employer_contact_log(
        actor=actor_for_user(pro),
        employer=work_world.employer,
        occurred_on=timezone.localdate(),
        purpose="werkzoekende",
        trajectory=work_world.trajectory,
    )
    url = reverse("employment:employer_detail", args=[work_world.employer.pk])
    assert "Anna Aalbers" in _as(pro).get(url).content.decode()
    assert _rows("employer.contacts_read", pro) == [work_world.client_record.public_id]


def test_the_employers_home_logs_a_row_per_worker(work_world: Any) -> None:
    boss = work_world.personas["employer"]
    page = _as(boss).get(reverse("employment:employer_home")).content.decode()
    assert "Anna Aalbers" in page
    assert set(_rows("employer_portal.read", boss)) == {work_world.client_record.public_id}


def test_no_row_carries_a_list_of_ids(work_world: Any) -> None:
    """The old summary rows cut id lists at 500 characters; no list row carries one now."""
    pro = work_world.personas["pro_own"]
    for name in ("trajectories:caseload", "clients:list", "trajectories:referrals"):
        _as(pro).get(reverse(name))
    lists = AccessLogEntry.objects.filter(
        event_code__in=["caseload.list", "client.list", "referral.list"]
    )
    assert lists.exists()
    assert all(row.client_pid and "ids" not in row.detail for row in lists)
