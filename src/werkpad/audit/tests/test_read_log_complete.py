"""The read log is complete: every view of the access matrix, for every persona it answers
with a page (200), is run while two things are watched, and every client the request read
must have an access-log row written by that same request.

1. The response: a client whose name (or pseudonymous id) is in the page was read.
2. The database: every row of a client-data table loaded into a model instance during the
   request (``Model.from_db``, which querysets, ``select_related`` and ``get`` all go
   through) names the client it belongs to.

So a selector that forgets its ``record_read`` / ``record_each``, or a list that logs one
summary row instead of a row per client, fails here. Reads a request makes only to decide
(the policy checking a consent) are reads too: the request either shows what it read and
logs it, or the row must not be loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.access.tests.matrix_helpers import GET, POST
from werkpad.access.tests.test_access_matrix import KWARGS, MATRIX, POST_DATA
from werkpad.audit.models import AccessLogEntry, Outcome
from werkpad.clients.models import Client

# The tables that hold client data: the client record and everything recorded about a client.
CLIENT_DATA_APPS = {"trajectories", "portal"}
CLIENT_DATA_MODELS = {
    "clients.client",
    "clients.clientnumber",
    "clients.consent",
    "employment.careerprofile",
    "employment.workhistoryentry",
    "employment.workplacescan",
    "employment.placement",
    "employment.appliedinstrument",
    "employment.followupcontact",
    "employment.checkin",
    "employment.signal",
}
# Portal tables that are not about one client.
NOT_CLIENT_DATA = {"portal.peergroup"}

# Where the name of the client comes from, by the field that leads to them.
PARENTS = ("trajectory", "placement", "profile", "goal", "thread", "consent", "client")

# Pages that name clients in a way that is not a read of their record, with why.
BODY_ALLOWED: dict[str, str] = {
    # The logbeheerder's search shows log rows (pseudonymous ids), not client data.
    "audit:search": "access-log rows, pseudonymous ids only",
}
# Pages where a client-data row is loaded but not shown, with why (empty: none accepted).
LOAD_ALLOWED: dict[str, str] = {}


def is_client_data(model: type[Model]) -> bool:
    label = model._meta.label_lower
    if label in NOT_CLIENT_DATA:
        return False
    return label in CLIENT_DATA_MODELS or model._meta.app_label in CLIENT_DATA_APPS


def client_pid_of(obj: Model, depth: int = 0) -> str:
    """The pseudonymous id of the client a loaded row is about ('' when it names none)."""
    if isinstance(obj, Client):
        return obj.public_id
    if depth > 4:
        return ""
    model = type(obj)
    fresh = model._base_manager.filter(pk=obj.pk).first()  # the row as stored, after the request
    if fresh is None:
        return ""
    for name in PARENTS:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a model without that link
            continue
        if field.is_relation and getattr(fresh, f"{name}_id", None) is not None:
            parent = getattr(fresh, name)
            return client_pid_of(parent, depth + 1) if parent is not None else ""
    return ""


@contextmanager
def loaded_rows(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Model]]:
    """Every model instance built from a database row while the block runs."""
    rows: list[Model] = []
    original = Model.from_db.__func__  # type: ignore[attr-defined]

    def spy(cls: type[Model], db: str, field_names: Any, values: Any) -> Model:
        obj = original(cls, db, field_names, values)
        if is_client_data(cls):
            rows.append(obj)
        return obj

    with monkeypatch.context() as patch:
        patch.setattr(Model, "from_db", classmethod(spy))
        yield rows


CASES = [
    pytest.param(name, method, persona, id=f"{name}-{method}-{persona}")
    for name, methods in MATRIX.items()
    for method, table in methods.items()
    for persona, expected in table.items()
    if expected == 200 and persona != "anonymous" and method in (GET, POST)
]


def run_watched(world: Any, name: str, method: str, persona: str, monkeypatch: Any) -> Any:
    http = HttpClient()
    user = world.personas[persona]
    http.force_login(user)
    url = reverse(name, kwargs=KWARGS[name](world) if name in KWARGS else None)
    data = POST_DATA[name](world) if method == POST and name in POST_DATA else {}
    mark = AccessLogEntry.objects.order_by("-id").values_list("id", flat=True).first() or 0
    with loaded_rows(monkeypatch) as rows:
        response = getattr(http, method)(url, data)
    logged = set(
        AccessLogEntry.objects.filter(id__gt=mark, outcome=Outcome.ALLOWED).values_list(
            "client_pid", flat=True
        )
    )
    return response, rows, logged


def own_record(world: Any, persona: str) -> str:
    """A client's own account name is on every page they open (the header): that is their
    account, not a read of their record by someone else."""
    return world.client_record.public_id if persona == "client" else ""


def unlogged_names(world: Any, response: Any, logged: set[str], persona: str) -> list[str]:
    body = response.content.decode(errors="replace") if hasattr(response, "content") else ""
    named = {
        c.public_id: c.full_name
        for c in Client.objects.all()
        if c.full_name in body or f"/{c.public_id}/" in body
    }
    named.pop(own_record(world, persona), None)
    return sorted(f"{n} ({pid})" for pid, n in named.items() if pid not in logged)


def unlogged_loads(world: Any, rows: list[Model], logged: set[str], persona: str) -> list[str]:
    found: dict[str, str] = {}
    pids: dict[tuple[str, Any], str] = {}
    for obj in rows:
        key = (type(obj)._meta.label_lower, obj.pk)
        if key not in pids:
            pids[key] = client_pid_of(obj)
        pid = pids[key]
        if pid and pid not in logged and pid != own_record(world, persona):
            found.setdefault(pid, type(obj)._meta.label_lower)
    return sorted(f"{label} of {pid}" for pid, label in found.items())


@pytest.mark.parametrize(("name", "method", "persona"), CASES)
def test_every_client_a_request_reads_is_in_its_access_log(
    matrix_world: Any, monkeypatch: pytest.MonkeyPatch, name: str, method: str, persona: str
) -> None:
    world = matrix_world
    response, rows, logged = run_watched(world, name, method, persona, monkeypatch)
    assert response.status_code == 200, response.status_code
    problems = []
    if name not in BODY_ALLOWED:
        problems += [f"shown: {n}" for n in unlogged_names(world, response, logged, persona)]
    if name not in LOAD_ALLOWED:
        problems += [f"loaded: {r}" for r in unlogged_loads(world, rows, logged, persona)]
    assert not problems, f"{persona} {method.upper()} {name} read without a log row: {problems}"
