"""The JSON API (django-ninja), session-authenticated, answering through the same selectors
and access policy as the pages. So far: the employer's own data (issue 4)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.security import SessionAuth

from werkpad.employment import selectors as employment

api = NinjaAPI(
    title="Werkpad API",
    version="1",
    urls_namespace="api",
    auth=SessionAuth(),
    docs_url=None,
    openapi_url=None,
)


class VacancyOut(Schema):
    id: int
    title: str
    status: str
    hours_min: int
    hours_max: int
    place: str


class SharedOut(Schema):
    """Exactly what the worker chose to let their employer see, and nothing more: ``health``
    is "niets" (nothing), "dat" (only that there is a psychological vulnerability) or "wat"
    (what it is, in ``health_text``: the worker's own words); ``needs_text`` is what they need
    at work, empty when not shared. A placement that has ended shares nothing."""

    health: Literal["niets", "dat", "wat"]
    health_text: str
    needs_text: str


class PlacementOut(Schema):
    id: int
    worker_name: str
    job_title: str
    start_on: date
    ended_on: date | None
    instruments: list[str]
    coach_name: str
    # The contact the coach set for employers (never the work address, whose domain would
    # name the care provider); empty when not set.
    coach_phone: str
    coach_email: str
    shared: SharedOut


def _actor(request: HttpRequest) -> Any:
    return request.actor  # type: ignore[attr-defined]


@api.get("/werkgever/vacatures", response=list[VacancyOut], url_name="employer_vacancies")
def employer_vacancies(request: HttpRequest) -> list[dict[str, Any]]:
    portal = employment.employer_portal(actor=_actor(request))
    return [
        {
            "id": v.pk,
            "title": v.title,
            "status": v.status,
            "hours_min": v.hours_min,
            "hours_max": v.hours_max,
            "place": v.gemeente.name,
        }
        for v in portal.vacancies
    ]


@api.get("/werkgever/plaatsingen", response=list[PlacementOut], url_name="employer_placements")
def employer_placements(request: HttpRequest) -> list[dict[str, Any]]:
    portal = employment.employer_portal(actor=_actor(request))
    return [
        {
            "id": p.pk,
            "worker_name": p.worker_name,
            "job_title": p.job_title,
            "start_on": p.start_on,
            "ended_on": p.ended_on,
            "instruments": [name for name, _start, _end, _status in p.instruments],
            "coach_name": p.coach_name,
            "coach_phone": p.coach_phone,
            "coach_email": p.coach_email,
            "shared": {
                "health": p.health,
                "health_text": p.health_text,
                "needs_text": p.needs_text,
            },
        }
        for p in portal.placements
    ]


@api.exception_handler(PermissionDenied)
def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": "Forbidden"}, status=403)


def api_urls() -> tuple[list[Any], str, str]:
    """The API's URL patterns for the root URL configuration. The API has its own
    authentication (``auth=SessionAuth()`` on the NinjaAPI, so every operation answers 401 to
    an anonymous caller unless it says ``auth=None``); the login-required middleware would
    answer with a redirect to the HTML login page instead, so the API opts out of it here.
    ``werkpad/access/tests/test_fail_closed.py`` checks that every operation has an
    authentication."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        setattr(pattern.callback, "login_required", False)  # noqa: B010 (mypy: no attribute)
    return patterns, app_name, namespace
