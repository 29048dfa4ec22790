"""Every role's home page runs a fixed number of queries, however much data there is. (A
client's home is their path in the portal: its count is tested in the portal's tests.)"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from werkpad.organisations.models import Role
from werkpad.testing import make_client, make_user

# persona → the number of queries its home page runs: session, user, the authenticator check of the
# MFA middleware, memberships and the page's own reads (regions and one count); no session save,
# since activity is stamped at most once a minute (issue 14). A professional's worklist (issue 13,
# item 1) adds five reads (overdue actions, actions this week, new team places, referrals waiting,
# signals; each list and its count in one query); pro_own's names a client (the meeting's action,
# due today), so its access-log rows are appended too (break-the-glass check, savepoint, chain head,
# insert, chain update, release).
# A professional's home has the network's questions card (issue 15): one query for what they follow
# (and one more for the questions, once they follow something).
EXPECTED_QUERIES = {
    "pro_own": 18,
    "admin_own": 7,
    "pro_other": 12,
    "admin_other": 7,
    "employer": 5,
}


def _count(client: Client) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("home"))
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries]


def _grow(world: Any, n: int) -> None:
    for _ in range(n):
        make_client(organisation=world.org_a)
        make_client(organisation=world.org_b)
        make_user(organisation=world.org_a, role=Role.JOBCOACH)
        make_user(organisation=world.org_b, role=Role.BEHANDELAAR)


@pytest.mark.parametrize("persona", list(EXPECTED_QUERIES))
def test_home_page_query_count_is_fixed_as_data_grows(world: Any, persona: str) -> None:
    client = Client()
    client.force_login(world.personas[persona])
    client.get(reverse("home"))  # the first request after login stamps the session
    small, small_sql = _count(client)
    _grow(world, 25)
    large, large_sql = _count(client)
    assert small == EXPECTED_QUERIES[persona], "\n".join(small_sql)
    assert large == small, "\n".join(large_sql)
