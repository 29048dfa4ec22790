"""Access-matrix rows of trainings and werkateliers (see __init__.py).

The objects: the IPS basistraining, and a session of it that organisation A organises in
region AM13 (where every test organisation works), with Pro Eigen registered; Harrie Helpt
(employers may sign managers up) with a session organised by B. Every professional of the
region reads the session (200); its organiser's professionals may change or call it off, B's
are insiders without that right (403). Clients have no part in the network: the pages are 403
for them and the sessions are outside their scope (404), as they are for an employer, who sees
only Harrie Helpt. Planning a session and the team pages are for teamleiders and
regiocoördinatoren, which no persona is: 403 for all (the allowed cases are in
test_trainings_pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, only

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {}
KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {}
POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {}


def _pros(status: int) -> dict[str, int | str]:
    return {"pro_own": status, "admin_own": status, "pro_other": status, "admin_other": status}


def _organiser(status: int) -> dict[str, int | str]:
    """A's session: A's professionals may (``status``), B's are insiders without the right."""
    return only({"pro_own": status, "admin_own": status, "pro_other": 403, "admin_other": 403}, 404)


NOBODY: dict[str, int | str] = only({}, 403)  # no persona is a teamleider or regiocoördinator

MATRIX.update(
    {
        "network:events": {GET: only(_pros(200), 403)},
        "network:trainings": {GET: only(_pros(200), 403)},
        "network:my_trainings": {GET: only(_pros(200), 403), POST: only(_pros(400), 403)},
        "network:team_trainings": {GET: NOBODY},
        "network:team_register": {GET: NOT_GET, POST: NOBODY},
        "network:team_record": {GET: NOT_GET, POST: NOBODY},
        "network:employer_signup": {
            GET: only({"employer": 200}, 403),
            POST: only({"employer": 400}, 403),  # empty form: Dutch errors
        },
        "network:event_plan": {GET: NOBODY, POST: NOBODY},
        "network:event": {GET: only(_pros(200), 404)},
        "network:event_ics": {GET: only(_pros(200), 404)},
        "network:event_register": {GET: NOT_GET, POST: only(_pros(302), 404)},
        "network:event_update": {GET: _organiser(200), POST: _organiser(302)},
        "network:event_cancel": {GET: _organiser(200), POST: _organiser(302)},
        # Pro Eigen's registration: Pro Eigen, and the organiser (A) may cancel it; nobody
        # else has it in scope. GET is the page that asks "Weet je het zeker?".
        "network:registration_cancel": {
            GET: only({"pro_own": 200, "admin_own": 200}, 404),
            POST: only({"pro_own": 302, "admin_own": 302}, 404),
        },
    }
)

KWARGS.update(
    {
        **{
            f"network:{name}": lambda w: {"pk": w.network["event"].pk}
            for name in ("event", "event_ics", "event_register", "event_update", "event_cancel")
        },
        "network:registration_cancel": lambda w: {"pk": w.network["registration"].pk},
    }
)


def _event_post(world: Any) -> dict[str, Any]:
    from django.utils import timezone

    from werkpad.network.models import Event
    from werkpad.network.selectors.trainings import event_version

    event = Event.objects.get(pk=world.network["event"].pk)
    return {
        "kind": event.kind,
        "training": event.training_id,
        "title": "IPS basistraining (voorjaar)",
        "region": event.region_id or "",
        "day": timezone.localtime(event.starts_at).date().isoformat(),
        "starts": "09:30",
        "ends": "16:30",
        "place": event.place,
        "capacity": 12,
        "version": event_version(event),
    }


POST_DATA.update(
    {
        "network:event_update": _event_post,
        "network:event_cancel": lambda w: {"reason": "De trainer is ziek."},
    }
)


def setup(world: Any) -> None:
    """Adds what the training URLs need to ``world.network``."""
    from django.utils import timezone

    from werkpad.network.models import Event, EventKind, Registration, Training
    from werkpad.organisations.models import ArbeidsmarktRegio, Role
    from werkpad.testing import make_user

    ips = Training.objects.create(
        code="ips-basistraining",
        title="IPS basistraining",
        provider="Kenniscentrum Phrenos",
        summary="De training voor IPS-trajectbegeleiders.",
        audience=f"{Role.IPS_TRAJECTBEGELEIDER},{Role.TEAMLEIDER}",
        required_for=Role.IPS_TRAJECTBEGELEIDER,
    )
    harrie = Training.objects.create(
        code="harrie-helpt",
        title="Harrie Helpt",
        provider="CNV Jongeren",
        summary="Voor leidinggevenden en collega's op de werkvloer.",
        audience=Role.WERKGEVER_CONTACTPERSOON,
        for_employers=True,
    )
    region = ArbeidsmarktRegio.objects.get(code="AM13")
    organiser = make_user(organisation=world.org_a, role=Role.TEAMLEIDER, mfa=False)
    start = timezone.now().replace(microsecond=0) + timedelta(days=21)
    event = Event.objects.create(
        kind=EventKind.TRAINING,
        training=ips,
        title="IPS basistraining",
        region=region,
        starts_at=start,
        duration_minutes=420,
        place="Zaal 2, Lange Nieuwstraat 40, Utrecht",
        capacity=12,
        organiser=world.org_a,
        created_by=organiser,
    )
    pro = world.personas["pro_own"]
    registration = Registration.objects.create(
        event=event,
        user=pro,
        name=pro.full_name,
        email=pro.email,
        organisation=world.org_a,
        status="registered",
        registered_by=pro,
    )
    harrie_day = Event.objects.create(
        kind=EventKind.TRAINING,
        training=harrie,
        title="Harrie Helpt, dag 1",
        region=region,
        starts_at=start + timedelta(days=7),
        duration_minutes=420,
        place="Werkgeversservicepunt, Stationsplein 5, Utrecht",
        capacity=14,
        organiser=world.org_b,
        created_by=world.personas["admin_other"],
    )
    world.network.update(
        training_ips=ips,
        training_harrie=harrie,
        event=event,
        registration=registration,
        harrie_event=harrie_day,
    )
