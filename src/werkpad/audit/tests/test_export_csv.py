"""The access-log CSV export cannot carry a spreadsheet formula (CSV injection): the user
agent and other cells come from whoever caused the log row."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

DANGEROUS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("agent", DANGEROUS)
def test_formula_cells_are_neutralised(world: Any, agent: str) -> None:
    reader = Client(HTTP_USER_AGENT=agent)
    reader.force_login(world.personas["pro_own"])
    reader.get(reverse("clients:detail", args=[world.client_record.public_id]))
    admin = Client()
    admin.force_login(world.personas["admin_own"])
    response = admin.get(reverse("audit:export"))
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    column = rows[0].index("User agent")
    agents = [row[column] for row in rows[1:] if row[column]]
    assert "'" + agent in agents
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (cell, row)


def test_plain_cells_are_unchanged(world: Any) -> None:
    reader = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11)")
    reader.force_login(world.personas["pro_own"])
    reader.get(reverse("clients:detail", args=[world.client_record.public_id]))
    admin = Client()
    admin.force_login(world.personas["admin_own"])
    text = b"".join(admin.get(reverse("audit:export")).streaming_content).decode("utf-8-sig")
    assert "Mozilla/5.0 (X11)" in text
    assert "'Mozilla" not in text
