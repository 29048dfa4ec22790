"""A client never reaches another client's data.

Bert, a client of organisation B with his own portal account, requests every URL of the
access matrix that names an object, with the ids of Anna's objects (the same ids and
arguments the matrix uses). On the client's own pages (the portal) the answer is 404, the
same as for an id that does not exist. On every other page the answer is never a page or a
form (2xx, 3xx, 400) and never tells more than a made-up id would: it is the same status as
for an id that does not exist."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from werkpad.access.tests.test_access_matrix import KWARGS, MATRIX, POST, POST_DATA
from werkpad.testing import make_user

# Pages anyone may open with any argument (the public invitation and allauth's key pages), and
# pages whose argument is no id of anyone's data (the step of the disclosure worksheet).
PUBLIC_WITH_ARGUMENTS = {
    "portal:accept",
    "portal:disclosure_step",
    "account_confirm_email",
    "account_reset_password_from_key",
}
NAMED_OBJECTS = sorted(
    name for name in KWARGS if name in MATRIX and name not in PUBLIC_WITH_ARGUMENTS
)
CASES = [
    pytest.param(name, method, id=f"{name}-{method}")
    for name in NAMED_OBJECTS
    for method in MATRIX[name]
]


def _made_up(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The same arguments with ids that do not exist."""
    return {
        key: 987654321 if isinstance(value, int) else "WP-ZZZZZZZZZZ"
        for key, value in kwargs.items()
    }


@pytest.fixture
def bert(matrix_world: Any) -> Client:
    """Bert Bakker (organisation B's client) with a portal account of his own."""
    user = make_user(full_name="Bert Bakker", kind="client")
    record = matrix_world.other_client_record
    record.user = user
    record.save(update_fields=["user"])
    browser = Client()
    browser.force_login(user)
    return browser


def _status(browser: Client, method: str, name: str, kwargs: dict[str, Any], data: Any) -> int:
    response = getattr(browser, method)(reverse(name, kwargs=kwargs), data)
    return int(response.status_code)


def test_every_url_with_an_id_is_checked() -> None:
    assert any(name.startswith("portal:") for name in NAMED_OBJECTS)
    assert "trajectories:detail" in NAMED_OBJECTS


@pytest.mark.parametrize(("name", "method"), CASES)
def test_another_clients_ids_reach_nothing(
    bert: Client, matrix_world: Any, name: str, method: str
) -> None:
    kwargs = KWARGS[name](matrix_world)
    data = POST_DATA[name](matrix_world) if method == POST and name in POST_DATA else {}
    with_annas_ids = _status(bert, method, name, kwargs, data)
    with_made_up_ids = _status(bert, method, name, _made_up(kwargs), data)
    assert with_annas_ids not in (200, 201, 204, 302, 400, 409), (
        f"Bert {method.upper()} {name} with Anna's ids: {with_annas_ids}"
    )
    assert with_annas_ids == with_made_up_ids, (
        f"{name}: {with_annas_ids} with Anna's ids, {with_made_up_ids} with made-up ids"
    )
    annas_own = MATRIX[name][method]["client"]
    if name.startswith("portal:") and annas_own != 405:
        assert with_annas_ids == 404, f"{name}: {with_annas_ids}"
