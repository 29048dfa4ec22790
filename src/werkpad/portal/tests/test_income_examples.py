"""Table tests for the worked income examples (issue 13, item 15): benefit x situation -> the
amounts and the rule cited, with the source each rule comes from. The amounts are worked out
by hand from the rule's text, so a change in a percentage or a limit shows up here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.utils import translation

from werkpad.portal import income
from werkpad.portal.income_examples import (
    Kind,
    Vrijlating,
    WgaPhase,
    bijstand_part_time,
    wga_part_time,
    ww_end,
    ww_part_time,
)

D = Decimal


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with translation.override("nl"):
        yield


# WW (UWV, "Uw WW-uitkering berekenen als u inkomsten heeft"): 75% of the WW-maandloon minus
# the wage in the first 2 months, 70% after; above 87.5% of the maandloon, WW stops.
WW_CASES = [
    # maandloon, wage, first months -> kind, WW with work, total, WW without work
    ("2400", "1200", False, Kind.WW_TOP_UP, "840.00", "2040.00", "1680.00"),
    ("2400", "1200", True, Kind.WW_TOP_UP, "900.00", "2100.00", "1800.00"),
    ("3000", "0", False, Kind.WW_TOP_UP, "2100.00", "2100.00", "2100.00"),
    ("2000", "1750", False, Kind.WW_TOP_UP, "175.00", "1925.00", "1400.00"),  # just at 87.5%
    ("2000", "1750.01", False, Kind.WW_STOPS, "0", "1750.01", "1400.00"),  # just above it
    ("2000", "2500", True, Kind.WW_STOPS, "0", "2500.00", "1500.00"),
]


@pytest.mark.parametrize(
    ("base", "wage", "first", "kind", "benefit", "total", "only"),
    WW_CASES,
    ids=[f"ww-{c[0]}-{c[1]}-{'first' if c[2] else 'later'}" for c in WW_CASES],
)
def test_ww_with_part_time_work(
    base: str, wage: str, first: bool, kind: Kind, benefit: str, total: str, only: str
) -> None:
    example = ww_part_time(monthly_wage_base=D(base), new_wage=D(wage), first_months=first)
    assert example.kind == kind
    assert example.gross
    amounts = [line.amount for line in example.lines]
    assert D(benefit) in amounts
    assert example.with_work == D(total)
    assert example.benefit_only == D(only)
    assert example.lines[-1].amount == D(total) or kind == Kind.WW_STOPS
    assert income.UWV_WW_INCOME in example.sources
    assert income.UWV_WW_LESS_PAY in example.sources


def test_working_under_ww_always_adds_up_to_more() -> None:
    for wage in range(0, 3001, 50):
        example = ww_part_time(monthly_wage_base=D(2400), new_wage=D(wage), first_months=False)
        assert example.difference is not None and example.difference >= 0, wage


# Bijstand (Participatiewet art. 31): the wage less the part one may keep comes off the
# bijstand; the gemeente tops up to the norm. Netto.
BIJSTAND_CASES = [
    # norm, net wage, vrijlating -> kind, kept, bijstand with work, total
    ("1400", "800", Vrijlating.NONE, Kind.BIJSTAND_TOP_UP, "0", "600.00", "1400.00"),
    ("1400", "800", Vrijlating.QUARTER, Kind.BIJSTAND_TOP_UP, "200.00", "800.00", "1600.00"),
    ("1400", "800", Vrijlating.MEDICAL, Kind.BIJSTAND_TOP_UP, "120.00", "720.00", "1520.00"),
    ("1400", "1400", Vrijlating.NONE, Kind.BIJSTAND_STOPS, "0", "0", "1400.00"),
    # The part one may keep still brings a bijstand-level wage a top-up ...
    ("1400", "1600", Vrijlating.QUARTER, Kind.BIJSTAND_TOP_UP, "400.00", "200.00", "1800.00"),
    # ... until the wage less that part reaches the norm.
    ("1400", "2000", Vrijlating.QUARTER, Kind.BIJSTAND_STOPS, "0", "0", "2000.00"),
    ("1401.50", "333.33", Vrijlating.QUARTER, Kind.BIJSTAND_TOP_UP, "83.33", "1151.50", "1484.83"),
]


@pytest.mark.parametrize(
    ("norm", "wage", "vrijlating", "kind", "kept", "benefit", "total"),
    BIJSTAND_CASES,
    ids=[f"bijstand-{c[1]}-{c[2]}" for c in BIJSTAND_CASES],
)
def test_bijstand_with_part_time_work(
    norm: str, wage: str, vrijlating: Vrijlating, kind: Kind, kept: str, benefit: str, total: str
) -> None:
    example = bijstand_part_time(norm=D(norm), net_wage=D(wage), vrijlating=vrijlating)
    assert example.kind == kind
    assert not example.gross  # bijstand is netto
    labels = {str(line.label): line.amount for line in example.lines}
    if kind == Kind.BIJSTAND_TOP_UP:
        assert labels.get("Dit deel van je loon mag je houden", D(0)) == D(kept)
        assert labels["Je bijstand met werk"] == D(benefit)
    else:
        assert labels["Je bijstand"] == D(0)
    assert example.with_work == D(total)
    assert example.benefit_only == D(norm)
    assert example.sources == (income.PARTICIPATIEWET,)


def test_the_vrijlating_names_its_monthly_maximum_and_its_six_months() -> None:
    quarter = bijstand_part_time(norm=D(1400), net_wage=D(800), vrijlating=Vrijlating.QUARTER)
    text = " ".join(str(t) for t in quarter.explanation)
    assert "6 maanden" in text and "maximumbedrag" in text
    medical = bijstand_part_time(norm=D(1400), net_wage=D(800), vrijlating=Vrijlating.MEDICAL)
    assert "15% van je loon" in " ".join(str(t) for t in medical.explanation)


# WIA/WGA (Wet WIA art. 60-62; UWV "Tijdens uw WIA-uitkering"): loongerelateerd as WW; after
# it a loonaanvulling of 70% x (maandloon - max(rvc, wage)) when earning >= rvc/2, else the
# vervolguitkering, which UWV computes (no sum).
WGA_CASES = [
    # maandloon, wage, phase, rvc -> kind, benefit, total, without work
    (
        "3000",
        "1000",
        WgaPhase.FIRST_MONTHS,
        None,
        Kind.WGA_WAGE_RELATED,
        "1500.00",
        "2500.00",
        "2250.00",
    ),
    (
        "3000",
        "1000",
        WgaPhase.WAGE_RELATED,
        None,
        Kind.WGA_WAGE_RELATED,
        "1400.00",
        "2400.00",
        "2100.00",
    ),
    ("3000", "900", WgaPhase.AFTER, "1500", Kind.WGA_TOP_UP, "1050.00", "1950.00", None),
    ("3000", "750", WgaPhase.AFTER, "1500", Kind.WGA_TOP_UP, "1050.00", "1800.00", None),  # half
    ("3000", "2000", WgaPhase.AFTER, "1500", Kind.WGA_TOP_UP, "700.00", "2700.00", None),
    ("3000", "749.99", WgaPhase.AFTER, "1500", Kind.WGA_FOLLOW_UP, None, None, None),
]


@pytest.mark.parametrize(
    ("base", "wage", "phase", "rvc", "kind", "benefit", "total", "only"),
    WGA_CASES,
    ids=[f"wga-{c[1]}-{c[2]}" for c in WGA_CASES],
)
def test_wga_with_part_time_work(
    base: str,
    wage: str,
    phase: WgaPhase,
    rvc: str | None,
    kind: Kind,
    benefit: str | None,
    total: str | None,
    only: str | None,
) -> None:
    example = wga_part_time(
        monthly_wage_base=D(base),
        new_wage=D(wage),
        phase=phase,
        earning_capacity=None if rvc is None else D(rvc),
    )
    assert example.kind == kind
    assert example.gross
    if benefit is not None:
        assert D(benefit) in [line.amount for line in example.lines]
    assert example.with_work == (None if total is None else D(total))
    assert example.benefit_only == (None if only is None else D(only))
    assert example.sources == (income.UWV_WIA_DURING, income.WET_WIA)


def test_the_follow_up_benefit_says_how_much_to_earn_for_the_top_up() -> None:
    example = wga_part_time(
        monthly_wage_base=D(3000),
        new_wage=D(500),
        phase=WgaPhase.AFTER,
        earning_capacity=D(1500),
    )
    assert example.difference is None
    assert "€ 750,00" in " ".join(str(t) for t in example.explanation)


@pytest.mark.parametrize(
    ("today", "ends_on", "months"),
    [
        (date(2026, 12, 7), date(2027, 6, 1), 5),
        (date(2026, 12, 7), date(2027, 6, 7), 6),
        (date(2026, 12, 7), date(2026, 12, 31), 0),
        (date(2026, 1, 31), date(2026, 3, 1), 1),
    ],
)
def test_my_ww_ends_on(today: date, ends_on: date, months: int) -> None:
    end = ww_end(ends_on=ends_on, today=today)
    assert end.months_left == months
    text = " ".join(str(t) for t in end.explanation)
    assert "Werken verandert die datum niet" in text
    assert "26 weken" in text and "herleven" in text
    assert "bijstand aan bij je gemeente" in text
    assert income.WERKLOOSHEIDSWET in end.sources and income.RIJKSOVERHEID_BIJSTAND in end.sources


def test_amounts_are_written_the_dutch_and_the_english_way() -> None:
    example = ww_part_time(monthly_wage_base=D(2000), new_wage=D(1800), first_months=False)
    assert "€ 1.750,00" in str(example.explanation[0])
    with translation.override("en"):
        english = ww_part_time(monthly_wage_base=D(2000), new_wage=D(1800), first_months=False)
    assert "€ 1,750.00" in str(english.explanation[0])
