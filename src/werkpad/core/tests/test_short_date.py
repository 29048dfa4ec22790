"""Short dates the Dutch way (issue 13, item 17): ``short_date`` writes an abbreviated month
with a dot ("7 dec. 2026"; "mei" has none, Taaladvies), in English Django's own "7 Dec 2026";
``short_date_time`` adds the local time. No date gives an empty string, so ``|default``
still works."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

NL = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.")
EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CASES = [("nl", month, f"7 {NL[month - 1]} 2026") for month in range(1, 13)] + [
    ("en", month, f"7 {EN[month - 1]} 2026") for month in range(1, 13)
]


def render(source: str, **context: object) -> str:
    return Template("{% load werkpad %}" + source).render(Context(context))


@pytest.mark.parametrize(("language", "month", "expected"), CASES)
def test_short_date_every_month(language: str, month: int, expected: str) -> None:
    with translation.override(language):
        assert render("{{ d|short_date }}", d=date(2026, month, 7)) == expected


@pytest.mark.parametrize(("language", "month", "expected"), CASES)
def test_short_date_time_every_month(language: str, month: int, expected: str) -> None:
    # 13:05 UTC is 14:05 in Amsterdam in winter and 15:05 in summer: shown in local time.
    moment = datetime(2026, month, 7, 13, 5, tzinfo=UTC)
    local = "14:05" if month in (1, 2, 3, 11, 12) else "15:05"  # summer time: 29 Mar to 25 Oct
    with translation.override(language):
        assert render("{{ m|short_date_time }}", m=moment) == f"{expected} {local}"


def test_a_datetime_as_short_date_is_its_local_day() -> None:
    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 00:30 on 1 January in Amsterdam
    with translation.override("nl"):
        assert render("{{ m|short_date }}", m=late) == "1 jan. 2027"


@pytest.mark.parametrize("value", [None, ""])
def test_no_date_is_empty_so_default_works(value: object) -> None:
    with translation.override("nl"):
        assert render('{{ d|short_date|default:"—" }}', d=value) == "—"
        assert render("{{ d|short_date_time }}", d=value) == ""


def test_a_plain_date_has_no_time() -> None:
    with translation.override("nl"):
        assert render("{{ d|short_date_time }}", d=date(2026, 5, 7)) == "7 mei 2026"
