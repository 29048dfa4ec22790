"""The access matrix: every URL pattern x every kind of actor → the expected status.

A URL pattern that is missing from MATRIX fails ``test_every_url_is_in_the_matrix``, so no
page or endpoint can be added without a rule. Outsiders get 404, insiders without the right
get 403, anonymous users are sent to the login page (LOGIN).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from werkpad.access.tests.matrix_helpers import (
    GET,
    LOGIN,
    NOT_GET,
    PERSONAS,
    POST,
    everyone,
    only,
)
from werkpad.network.tests.matrix import (
    NETWORK_KWARGS,
    NETWORK_MATRIX,
    NETWORK_POST_DATA,
)
from werkpad.organisations.models import Role
from werkpad.portal.tests.matrix import (
    PORTAL_KWARGS,
    PORTAL_MATRIX,
    PORTAL_POST_DATA,
)

PUBLIC = {p: 200 for p in PERSONAS}
ADMINS = {"admin_own": 200, "admin_other": 200}

PROS = {"pro_own": 200, "pro_other": 200}
# Pages on Anna's record or trajectory (organisation A): her organisation's professional may,
# its functioneel beheerder and Anna herself are insiders without the right (403), the rest 404.
ON_CLIENT = only({"pro_own": 200, "admin_own": 403, "client": 403}, 404)
ON_CLIENT_POST = only({"pro_own": 400, "admin_own": 403, "client": 403}, 404)  # empty form
ON_CLIENT_SAVED = only({"pro_own": 302, "admin_own": 403, "client": 403}, 404)
# Anna's client record for the guest: her consent lets B's arbeidsdeskundigen see it, so the
# guest reads it (GUEST_READS) and is an insider without the right to change it (GUEST_403).
GUEST_READS = {**ON_CLIENT, "guest": 200}
GUEST_403 = {**ON_CLIENT, "guest": 403}
GUEST_403_POST = {**ON_CLIENT_POST, "guest": 403}
GUEST_403_SAVED = {**ON_CLIENT_SAVED, "guest": 403}
# Guests read; owners decide (issue 11): on Anna's trajectory the guest adds its own records
# (GET 200, empty POST 400) but does not manage the trajectory or change A's records (403).
GUEST_ADDS = {GET: GUEST_READS, POST: {**ON_CLIENT_POST, "guest": 400}}
OWNER_DECIDES = {GET: GUEST_403, POST: GUEST_403_POST}

PROS_400 = {"pro_own": 400, "pro_other": 400}
JOB_DEVELOPMENT_PAGES = (
    "employment:home",
    "employment:employers",
    "employment:vacancies",
    "employment:figures",
    "employment:guide",  # the instruments guide before a placement: no client data
)
ON_EMPLOYER = only({"pro_own": 200, "pro_other": 404}, 403)
ON_EMPLOYER_POST = only({"pro_own": 400, "pro_other": 404}, 403)
ON_EMPLOYER_SAVED = only({"pro_own": 302, "pro_other": 404}, 403)
EMPLOYER_FORMS = (
    "employment:contact_person_add",
    "employment:employer_contact_log",
    "employment:vacancy_create",
)
ON_PLACEMENT = only({"pro_own": 200, "admin_own": 403, "client": 403, "employer": 403}, 404)
ON_PLACEMENT_POST = only({"pro_own": 400, "admin_own": 403, "client": 403, "employer": 403}, 404)
# Pages where the employer sees the name of their worker and of the coach: by design.
EMPLOYER_SEES_NAMES = (
    "employment:employer_home",
    "employment:employer_placement",
    "api:employer_placements",
)

# url name → method → persona → expected status. The objects in the URLs belong to
# organisation A (the "own" organisation): Anna's client record and Pro Eigen's membership.
MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "home": {GET: everyone(200, client=302)},  # a client's start is the portal
    "health": {GET: PUBLIC},
    "set_language": {
        GET: {p: 405 for p in PERSONAS},
        POST: {p: 302 for p in PERSONAS},
    },
    "choose_membership": {
        GET: everyone(200, client=403),
        POST: everyone(400, client=403),  # posts a membership that is not theirs
    },
    "profile": {GET: everyone(200), POST: everyone(302)},
    "sessions": {GET: everyone(200), POST: everyone(302)},
    "session_renew": {GET: everyone(405), POST: everyone(200)},
    "session_status": {GET: everyone(200)},
    "organisations:member_list": {GET: only(ADMINS, 403)},
    "organisations:member_invite": {
        GET: only(ADMINS, 403),
        POST: only({"admin_own": 400, "admin_other": 400}, 403),  # empty form: Dutch errors
    },
    "organisations:member_edit": {
        GET: only({"admin_own": 200, "pro_own": 403}, 404),
        POST: only({"admin_own": 302, "pro_own": 403}, 404),
    },
    "audit:search": {GET: only(ADMINS, 403)},
    "audit:export": {GET: only(ADMINS, 403)},
    "clients:list": {GET: only({"pro_own": 200, "pro_other": 200}, 403)},
    "clients:create": {
        GET: only({"pro_own": 200, "pro_other": 200}, 403),
        POST: only({"pro_own": 400, "pro_other": 400}, 403),  # empty form: Dutch errors
    },
    "clients:edit": {
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403, "guest": 403}, 404),
        POST: only({"pro_own": 302, "admin_own": 403, "client": 403, "guest": 403}, 404),
    },
    "clients:consents": {
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403, "guest": 403}, 404),
        # empty form
        POST: only({"pro_own": 400, "admin_own": 403, "client": 403, "guest": 403}, 404),
    },
    # A confirmation page (what stops, for whom); the POST with a reason withdraws.
    "clients:consent_withdraw": {
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403, "guest": 403}, 404),
        POST: only({"pro_own": 302, "admin_own": 403, "client": 403, "guest": 403}, 404),
    },
    "clients:consent_document": {GET: GUEST_403},
    "clients:detail": {
        GET: only({"pro_own": 200, "client": 200, "admin_own": 403, "guest": 200}, 404)
    },
    # Break the glass (decision 0033): who may open the record may ask, with a reason (the
    # guest too: Anna's consent lets B see her record). An empty form is a 400: a reason is
    # required. The rows for a colleague outside the team are in test_break_the_glass.py.
    "access:break_the_glass": {
        GET: only({"pro_own": 200, "guest": 200, "admin_own": 403, "client": 403}, 404),
        POST: only({"pro_own": 400, "guest": 400, "admin_own": 403, "client": 403}, 404),
    },
    # Trajectories (issue 3). Outsiders get 404, insiders without the right 403.
    "trajectories:caseload": {GET: only(PROS, 403)},
    "trajectories:referrals": {GET: only(PROS, 403)},
    "trajectories:intake_figures": {GET: only(PROS, 403)},
    "trajectories:team_handover": {GET: only({}, 403), POST: only({}, 403)},  # teamleiders only
    "trajectories:referral": {
        # The client reads the referral about them (its reason) in their data export, so it
        # is in their scope: the professionals' page is 403 for them, as a trajectory's is.
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403}, 404),
        # Pro Eigen sent this referral and is not in the receiving team, which decides.
        POST: only({"pro_own": 403, "admin_own": 403, "client": 403}, 404),
    },
    **{
        name: OWNER_DECIDES
        for name in (
            "trajectories:intake_record",
            "trajectories:referral_create",
            "trajectories:start",
        )
    },
    "trajectories:detail": {GET: GUEST_READS},
    "trajectories:timeline": {GET: GUEST_READS},
    "trajectories:meeting_pdf": {GET: GUEST_READS},  # A's meeting: re-integratie, consented
    # Phase changes and closing (one form) are the owner's; the guest reads the team, but
    # adding to it is the owner's too.
    "trajectories:phase_change": OWNER_DECIDES,
    "trajectories:team": {GET: GUEST_READS, POST: GUEST_403_POST},
    **{
        name: GUEST_ADDS
        for name in (
            "trajectories:goal_create",
            "trajectories:action_create",
            "trajectories:meeting_record",
            "trajectories:meeting_plan",
            "trajectories:ladder_assess",
            "trajectories:note_add",
        )
    },
    # A's goal, meeting report and action, and Pro Eigen's team membership: the guest reads
    # what consent allows and changes none of them (the guest leaving the team itself, and
    # the handover, are in trajectories/tests/test_guest.py and test_services.py).
    "trajectories:goal_update": {GET: GUEST_403, POST: GUEST_403_SAVED},
    "trajectories:meeting": {GET: GUEST_READS, POST: GUEST_403_SAVED},
    "trajectories:team_end": {GET: NOT_GET, POST: GUEST_403_SAVED},
    "trajectories:action_complete": {GET: NOT_GET, POST: GUEST_403_SAVED},
    # Job development and placement (issue 4). Professional pages are for roles that work with
    # clients (403 for the rest); an employer of organisation A is 404 for organisation B,
    # which has no regional sharing agreement with A.
    **{name: {GET: only(PROS, 403)} for name in JOB_DEVELOPMENT_PAGES},
    "employment:employer_create": {GET: only(PROS, 403), POST: only(PROS_400, 403)},
    "employment:employer_detail": {GET: ON_EMPLOYER},
    "employment:vacancy_detail": {GET: ON_EMPLOYER},
    "employment:employer_update": {GET: ON_EMPLOYER, POST: ON_EMPLOYER_SAVED},
    "employment:vacancy_update": {GET: ON_EMPLOYER, POST: ON_EMPLOYER_SAVED},
    **{name: {GET: ON_EMPLOYER, POST: ON_EMPLOYER_POST} for name in EMPLOYER_FORMS},
    # A's career profile: the guest reads it; changing it (and its work history) is A's. A
    # werkplekscan is the guest's own record; a placement moves the phase: the owner's.
    "employment:profile": {GET: GUEST_READS, POST: GUEST_403_POST},
    "employment:matches": {GET: GUEST_READS},
    "employment:history_add": OWNER_DECIDES,
    "employment:workplace_scan_record": GUEST_ADDS,
    "employment:placement_record": OWNER_DECIDES,
    # A placement: Anna and the employer see that it exists (their own), not this page. The
    # guest reads it and records its own follow-along contacts and check-ins; instruments and
    # ending the job are for the organisation that made the placement.
    "employment:placement_detail": {GET: {**ON_PLACEMENT, "guest": 200}},
    **{
        name: {
            GET: {**ON_PLACEMENT, "guest": 403 if owners else 200},
            POST: {**ON_PLACEMENT_POST, "guest": 403 if owners else 400},
        }
        for name, owners in (
            # The guest is UWV's arbeidsdeskundige: it records UWV's own decisions on
            # instruments (the policy's DECIDE_INSTRUMENT, issue 13 item 8).
            ("employment:instrument_apply", False),
            ("employment:follow_up_add", False),
            ("employment:checkin_record", False),
            ("employment:placement_end", True),
        )
    },
    # The decision on an instrument (the work world's jobcoach, which UWV decides): the
    # placing organisation and UWV's arbeidsdeskundige on the team record it; Anna, the
    # employer and A's functioneel beheerder see the placement but decide nothing (403).
    **{
        name: {
            GET: only(
                {"pro_own": 200, "admin_own": 403, "client": 403, "employer": 403, "guest": 200},
                404,
            ),
            POST: only(
                {"pro_own": 400, "admin_own": 403, "client": 403, "employer": 403, "guest": 400},
                404,
            ),
        }
        for name in ("employment:instrument_update", "employment:instrument_end")
    },
    # Scans and signals are the team's pages. Anna has them in scope (her own file, which
    # she can download in the portal), so this page is a 403 for her, a 404 for outsiders.
    # The signal (welzijn) is outside the guest's consent: 404.
    "employment:scan_detail": {GET: GUEST_READS},
    "employment:signal_resolve": {GET: ON_CLIENT, POST: ON_CLIENT_POST},
    # The employer's own pages, and the worker's own check-in.
    "employment:employer_home": {GET: only({"employer": 200}, 403)},
    # The instruments explained to the employer in general: no worker, no verdict.
    "employment:employer_guide": {GET: only({"employer": 200}, 403)},
    # A note the employer reads (issue 11, item 7): corrected (a preview first, so the post
    # answers 200 and shares nothing yet) or withdrawn by its own organisation only. The
    # employer reads it but changes nothing; the guest reads it (work data) but it is A's.
    "employment:follow_up_correct": {
        GET: only(
            {"pro_own": 200, "admin_own": 403, "client": 403, "employer": 403, "guest": 403}, 404
        ),
        POST: only(
            {"pro_own": 200, "admin_own": 403, "client": 403, "employer": 403, "guest": 403}, 404
        ),
    },
    "employment:follow_up_withdraw": {
        GET: NOT_GET,
        POST: only(
            {"pro_own": 302, "admin_own": 403, "client": 403, "employer": 403, "guest": 403}, 404
        ),
    },
    # How employers reach the coach: the professional's own setting.
    "employment:my_employer_contact": {
        GET: only(PROS, 403),
        POST: only({"pro_own": 302, "pro_other": 302}, 403),
    },
    "employment:employer_placement": {GET: only({"employer": 200}, 403)},
    "employment:employer_vacancy_create": {
        GET: only({"employer": 200}, 403),
        POST: only({"employer": 400}, 403),
    },
    # The employer manages their own vacancies (issue 13, item 13): another employer's is a
    # 404 (employment/tests/test_employer_vacancies.py); reopening an open one is refused.
    "employment:employer_vacancies": {GET: only({"employer": 200}, 403)},
    "employment:employer_vacancy_update": {
        GET: only({"employer": 200}, 403),
        POST: only({"employer": 302}, 403),
    },
    "employment:employer_vacancy_close": {
        GET: only({"employer": 200}, 403),
        POST: only({"employer": 302}, 403),
    },
    "employment:employer_vacancy_reopen": {GET: NOT_GET, POST: only({"employer": 400}, 403)},
    "employment:sharing": {
        GET: only(ADMINS, 403),
        POST: only({"admin_own": 302, "admin_other": 302}, 403),
    },
    "employment:my_checkin": {GET: only({"client": 200}, 403), POST: only({"client": 400}, 403)},
    # The API answers 401 (not a redirect) to anonymous callers.
    "api:employer_vacancies": {GET: {**only({"employer": 200}, 403), "anonymous": 401}},
    "api:employer_placements": {GET: {**only({"employer": 200}, 403), "anonymous": 401}},
    "api:api-root": {GET: {p: 404 for p in PERSONAS}},  # ninja's root: no docs, no schema
    # allauth: the log-in, password and second-factor pages.
    "account_login": {GET: {**{p: 302 for p in PERSONAS}, "anonymous": 200}},
    "account_logout": {GET: {**{p: 200 for p in PERSONAS}, "anonymous": 302}},
    "account_inactive": {GET: PUBLIC},
    "account_signup": {GET: {**{p: 302 for p in PERSONAS}, "anonymous": 200}},
    "account_reauthenticate": {GET: everyone(200)},
    "account_email": {GET: everyone(200)},
    "account_email_verification_sent": {GET: PUBLIC},
    "account_change_password": {GET: everyone(200)},
    "account_set_password": {GET: everyone(302)},
    "account_reset_password": {GET: PUBLIC},
    "account_confirm_login_code": {GET: {p: 302 for p in PERSONAS}},
    "account_confirm_email": {GET: PUBLIC},
    "account_reset_password_from_key_done": {GET: PUBLIC},
    "account_reset_password_from_key": {GET: PUBLIC},
    "account_reset_password_done": {GET: PUBLIC},
    # allauth's own rules: sensitive MFA pages first ask to re-authenticate (302), and pages
    # about recovery codes that do not exist yet are 404.
    "mfa_index": {GET: everyone(200)},
    "mfa_authenticate": {GET: {p: 302 for p in PERSONAS}},
    "mfa_reauthenticate": {GET: everyone(200, client=302)},
    "mfa_activate_totp": {GET: everyone(302)},
    "mfa_deactivate_totp": {GET: everyone(302, client=404)},
    "mfa_view_recovery_codes": {GET: everyone(404)},
    "mfa_generate_recovery_codes": {GET: everyone(302)},
    "mfa_download_recovery_codes": {GET: everyone(404)},
}

KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "organisations:member_edit": lambda w: {"pk": w.own_membership.pk},
    "clients:detail": lambda w: {"public_id": w.client_record.public_id},
    "access:break_the_glass": lambda w: {"public_id": w.client_record.public_id},
    "clients:edit": lambda w: {"public_id": w.client_record.public_id},
    "clients:consents": lambda w: {"public_id": w.client_record.public_id},
    "clients:consent_document": lambda w: {
        "public_id": w.client_record.public_id,
        "consent_id": w.consent.pk,
    },
    "clients:consent_withdraw": lambda w: {
        "public_id": w.client_record.public_id,
        "consent_id": w.consent.pk,
    },
    "trajectories:referral": lambda w: {"pk": w.referral.pk},
    **{
        f"trajectories:{name}": lambda w: {"public_id": w.client_record.public_id}
        for name in ("intake_record", "referral_create", "start")
    },
    **{
        f"trajectories:{name}": lambda w: {"pk": w.trajectory.pk}
        for name in (
            "detail",
            "timeline",
            "phase_change",
            "team",
            "goal_create",
            "action_create",
            "meeting_record",
            "meeting_plan",
            "ladder_assess",
            "note_add",
        )
    },
    "trajectories:goal_update": lambda w: {"pk": w.trajectory.pk, "goal_id": w.goal.pk},
    "trajectories:meeting": lambda w: {"pk": w.trajectory.pk, "meeting_id": w.meeting.pk},
    "trajectories:meeting_pdf": lambda w: {"pk": w.trajectory.pk, "meeting_id": w.meeting.pk},
    "trajectories:team_end": lambda w: {"pk": w.trajectory.pk, "member_id": w.team_member.pk},
    "trajectories:action_complete": lambda w: {"pk": w.trajectory.pk, "action_id": w.action.pk},
    **{
        f"employment:{name}": lambda w: {"pk": w.employer.pk}
        for name in (
            "employer_detail",
            "employer_update",
            "contact_person_add",
            "employer_contact_log",
            "vacancy_create",
        )
    },
    **{
        f"employment:{name}": lambda w: {"pk": w.vacancy.pk}
        for name in (
            "vacancy_detail",
            "vacancy_update",
            "employer_vacancy_update",
            "employer_vacancy_close",
            "employer_vacancy_reopen",
        )
    },
    **{
        f"employment:{name}": lambda w: {"pk": w.trajectory.pk}
        for name in (
            "profile",
            "history_add",
            "matches",
            "workplace_scan_record",
            "placement_record",
        )
    },
    **{
        f"employment:{name}": lambda w: {"pk": w.placement.pk}
        for name in (
            "placement_detail",
            "instrument_apply",
            "follow_up_add",
            "checkin_record",
            "placement_end",
            "employer_placement",
        )
    },
    "employment:scan_detail": lambda w: {"pk": w.scan.pk},
    **{
        f"employment:{name}": lambda w: {
            "pk": w.placement.instruments.get(instrument="jobcoach").pk
        }
        for name in ("instrument_update", "instrument_end")
    },
    **{
        f"employment:{name}": lambda w: {"pk": _employer_note(w).pk}
        for name in ("follow_up_correct", "follow_up_withdraw")
    },
    "employment:signal_resolve": lambda w: {"pk": w.signal.pk},
    "account_confirm_email": lambda w: {"key": "geen-geldige-sleutel"},
    "account_reset_password_from_key": lambda w: {"uidb36": "1", "key": "geen-geldige-sleutel"},
}


def _employer_note(world: Any) -> Any:
    """A follow-along note of A that Anna's employer reads (made once per test)."""
    from werkpad.employment.models import FollowUpContact

    if "employer_note" not in world.portal:
        world.portal["employer_note"] = FollowUpContact.objects.create(
            placement=world.placement,
            organisation=world.org_a,
            occurred_on=world.placement.start_on,
            with_whom="werkgever",
            kind="f2f",
            note="Goed gesprek op de werkvloer.",
            for_employer=True,
            author=world.personas["pro_own"],
        )
    return world.portal["employer_note"]


POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {
    "clients:consent_withdraw": lambda w: {"reason": "Anna wil dit zelf niet meer."},
    "employment:follow_up_correct": lambda w: {"note": "Goed gesprek; vaste begintijd."},
    "employment:my_employer_contact": lambda w: {"phone": "06 12345678", "email": ""},
    "clients:edit": lambda w: {
        "full_name": "Anna Aalbers",
        "preferred_language": "nl",
        "version": w.client_record.version,
    },
    "trajectories:goal_update": lambda w: {
        "own_words": "Weer ergens bij horen, vier dagen per week",
        "life_domain": "werk",
        "category": "werk",
        "status": "active",
        "version": w.goal.version,
    },
    "trajectories:meeting": lambda w: {
        "agenda": "Werkwensen",
        "summary": "Afspraken gemaakt",
        "version": w.meeting.version,
    },
    "employment:employer_update": lambda w: {
        "name": "Bakkerij Brood",
        "sector": "horeca",
        "gemeente": w.employer.gemeente_id,
        "uwv_advice": "nee",
        "version": w.employer.version,
    },
    "employment:vacancy_update": lambda w: {
        "kind": "vacature",
        "status": "open",
        "title": "Medewerker bakkerij",
        "tasks": "Brood inpakken en de winkel bijvullen",
        "sector": "horeca",
        "work_kind": "handen",
        "hours_min": 12,
        "hours_max": 24,
        "gemeente": w.vacancy.gemeente_id,
        "version": w.vacancy.version,
    },
    "employment:employer_vacancy_update": lambda w: {
        "title": "Medewerker bakkerij",
        "tasks": "Brood inpakken en de winkel bijvullen",
        "sector": "horeca",
        "work_kind": "handen",
        "other_work_kinds": ["mensen"],
        "hours_min": 12,
        "hours_max": 24,
        "shifts": ["dag", "weekend"],
        "contract": "tijdelijk",
        "wage_hourly": "14,40",
        "gemeente": w.vacancy.gemeente_id,
        "version": w.vacancy.version,
    },
    "employment:employer_vacancy_close": lambda w: {
        "reason": "vervuld",
        "version": w.vacancy.version,
    },
    "employment:employer_vacancy_reopen": lambda w: {"version": w.vacancy.version},
    "set_language": lambda w: {"language": "en", "next": "/"},
    "choose_membership": lambda w: {"membership": "0"},
    "profile": lambda w: {"full_name": "Nieuwe Naam", "preferred_language": "nl", "version": 1},
    "organisations:member_edit": lambda w: {
        "role": Role.JOBCOACH,
        "team": "",
        "is_key_person": "on",
        "is_active": "on",
        "version": w.own_membership.version,
    },
}

# The client portal (issue 5): its rows live beside it, in werkpad/portal/tests/matrix/.
MATRIX.update(PORTAL_MATRIX)
KWARGS.update(PORTAL_KWARGS)
POST_DATA.update(PORTAL_POST_DATA)
# The regional network (issue 15): its rows live beside it, in werkpad/network/tests/matrix/.
MATRIX.update(NETWORK_MATRIX)
KWARGS.update(NETWORK_KWARGS)
POST_DATA.update(NETWORK_POST_DATA)

# Names that must never appear in a response to someone outside organisation A.
ORG_A_SECRETS = ("Anna Aalbers", "Pro Eigen")


def _walk(patterns: list[Any], namespace: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, ns)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"URL pattern {pattern.pattern} has no name"
            yield f"{namespace}{pattern.name}"


def test_every_url_is_in_the_matrix() -> None:
    names = set(_walk(get_resolver().url_patterns))
    missing = sorted(names - MATRIX.keys())
    assert not missing, f"URLs without an access rule in MATRIX: {missing}"
    stale = sorted(MATRIX.keys() - names)
    assert not stale, f"MATRIX lists URLs that do not exist: {stale}"


def test_every_row_names_every_persona() -> None:
    for name, methods in MATRIX.items():
        for method, table in methods.items():
            assert set(table) == set(PERSONAS), f"{name} {method}: {set(PERSONAS) - set(table)}"


CASES = [
    pytest.param(name, method, persona, expected, id=f"{name}-{method}-{persona}")
    for name, methods in MATRIX.items()
    for method, table in methods.items()
    for persona, expected in table.items()
]


@pytest.mark.parametrize(("name", "method", "persona", "expected"), CASES)
def test_access(
    matrix_world: Any, name: str, method: str, persona: str, expected: int | str
) -> None:
    world = matrix_world
    client = Client()
    user = world.personas[persona]
    if user is not None:
        client.force_login(user)
    url = reverse(name, kwargs=KWARGS[name](world) if name in KWARGS else None)
    data = POST_DATA[name](world) if method == POST and name in POST_DATA else {}
    response = getattr(client, method)(url, data)
    if expected == LOGIN:
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith(reverse("account_login"))
        assert "next=" in response["Location"]
    else:
        assert response.status_code == expected, (
            f"{persona} {method.upper()} {url}: {response.status_code}, expected {expected}"
        )
    sees_names = persona == "employer" and name in EMPLOYER_SEES_NAMES
    # The guest sees Anna and her team where it is let in (by consent, on the team).
    guest_let_in = persona == "guest" and expected not in (403, 404)
    outsider = persona not in ("pro_own", "admin_own", "client") and not sees_names
    outsider = outsider and not guest_let_in
    if outsider and hasattr(response, "content"):
        body = response.content.decode(errors="replace")
        for secret in ORG_A_SECRETS:
            assert secret not in body, f"{persona} sees {secret!r} on {url}"
