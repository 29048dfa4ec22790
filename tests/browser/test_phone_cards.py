"""On a phone the coach's wide tables are cards with the important facts first (issue 13,
item 4), in the demo region as ``make demo`` shows it: the caseload (the client's name, the
signals, the next action), the actions on a trajectory (the action, its due date, who, and
the "Afvinken" button inside the screen, which works), the instruments guide on a placement
and the contacts on an employer's page.

At 360 px (a phone) and at 640 px with two device pixels per CSS pixel (a 1280-pixel
screen zoomed to 200 %) nothing scrolls sideways, neither the page nor a table's box, every
cell names its column, each card shows its cells one below the other in the order wanted,
and axe-core (WCAG 2.1 AA) passes. At 1280 px the same tables are tables with their header
row, nothing scrolls sideways and axe-core passes. The coach logs in once; the desk browser
reuses her session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from .conftest import AXE_JS, axe_violations, format_violations, log_in_demo
from .test_narrow_tables import TABLES

pytestmark = pytest.mark.browser

IPS = "ips@ggz.demo.example"  # Fatima El Amrani, IPS-trajectbegeleider

# The column names of each card of a table, in the order they show, top to bottom.
CARD_ORDER = """(caption) => {
    const table = [...document.querySelectorAll('main table')]
        .find(t => t.caption && t.caption.textContent.trim() === caption);
    const row = table.querySelector('tbody tr');
    const cells = [...row.children].filter(c => c.getBoundingClientRect().height > 0);
    return {
        labels: cells.map(c => c.tagName === 'TH' ? '(title)' : c.dataset.label),
        tops: cells.map(c => c.getBoundingClientRect().top),
        lefts: cells.map(c => Math.round(c.getBoundingClientRect().left)),
    };
}"""

# Every table at a desk: shown as a table, its header row visible.
DESK_TABLES = """() => [...document.querySelectorAll('main table')].map(t => ({
    caption: t.caption ? t.caption.textContent.trim() : '',
    display: getComputedStyle(t).display,
    head: t.tHead ? t.tHead.getBoundingClientRect().height > 1 : false,
    box: (b => b.scrollWidth <= b.clientWidth)(t.closest('.werkpad-table-scroll') || t),
}))"""


@dataclass(frozen=True)
class Screen:
    name: str
    path: str
    tables: int  # at least this many tables on the page
    first: str = ""  # the caption of the table whose card order is checked
    order: tuple[str, ...] = ()  # the first columns of that table's cards, in order


def _screens() -> list[Screen]:
    from werkpad.employment.models import Placement
    from werkpad.trajectories.models import PlanAction

    action = _open_action()
    placement = (
        Placement.objects.filter(ended_on__isnull=True, employer__coach__email=IPS)
        .order_by("pk")
        .first()
    )
    assert placement is not None, "the demo has a running placement with Fatima's employer"
    assert PlanAction.objects.filter(pk=action.pk, done_on__isnull=True).exists()
    return [
        Screen(
            "caseload",
            reverse("trajectories:caseload"),
            1,
            "Trajecten waarin je in het team staat",
            ("Cliënt", "Signalen", "Volgende actie"),
        ),
        Screen(
            "actions on a trajectory",
            reverse("trajectories:detail", args=[action.trajectory_id]),
            1,
            "Afgesproken acties",
            ("Actie", "Uiterlijk", "Wie", "Gedaan"),
        ),
        Screen(
            "instruments guide on a placement",
            reverse("employment:placement_detail", args=[placement.pk]),
            2,
            "Welke instrumenten kunnen passen?",
            ("(title)", "Advies", "Wat het is"),  # the instrument's name heads its card
        ),
        Screen(
            "contacts on the employer's page",
            reverse("employment:employer_detail", args=[placement.employer_id]),
            1,
            "Contacten van iedereen die deze werkgever deelt",
            ("Datum", "Wie", "Soort en doel", "Uitkomst"),
        ),
    ]


def _open_action() -> Any:
    """An action of Fatima's, not done yet, with the latest due date (so the trajectory
    page shows the button "Afvinken" for it)."""
    from werkpad.trajectories.models import PlanAction

    action = (
        PlanAction.objects.filter(owner__email=IPS, done_on__isnull=True)
        .select_related("trajectory")
        .order_by("due_on", "pk")
        .first()
    )
    assert action is not None, "the demo has an open action of Fatima's"
    return action


def _assert_cards(page: Any, screen: Screen, width: int) -> None:
    """Cards that fit the width, each cell labelled, the facts in the order wanted."""
    where = f"{screen.name} at {width} px ({page.url})"
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= width, f"the page scrolls sideways on {where}: {scroll} px"
    tables = page.evaluate(TABLES)
    assert len(tables) >= screen.tables, (where, tables)
    for table in tables:
        at = f"{where} «{table['caption']}»"
        assert table["rows"] >= 1, at
        assert table["boxScroll"] <= table["boxClient"], f"the table box scrolls on {at}"
        assert table["right"] <= width + 0.5, f"a cell reaches past the screen on {at}: {table}"
        assert not table["headVisible"], f"the header row is still a row on {at}"
        assert table["unlabelled"] == 0, f"a cell without data-label on {at}"
        assert table["overflowing"] == 0, f"text spills out of a cell on {at}: {table}"
        assert table["labelled"] == 0 or table["labelShown"] not in ("", "none", "normal"), at
    card = page.evaluate(CARD_ORDER, screen.first)
    assert tuple(card["labels"][: len(screen.order)]) == screen.order, (where, card)
    assert card["tops"] == sorted(card["tops"]), (
        f"a card's cells are not one below the other: {card}"
    )
    assert len(set(card["lefts"])) == 1, f"a card's cells do not line up: {card}"
    violations = axe_violations(page)
    assert not violations, f"axe-core on {where}\n{format_violations(violations)}"


def _assert_tick_off_fits(page: Any) -> None:
    """The button "Afvinken" of an open action is wholly on the screen at 360 px once the
    page is scrolled down to it, without scrolling anything sideways, and a tap on it ticks
    the action off."""
    from werkpad.trajectories.models import PlanAction

    action = _open_action()
    table = page.get_by_role("table", name="Afgesproken acties")
    row = table.get_by_role("row").filter(has_text=action.description)
    button = row.first.get_by_role("button", name="Afvinken")
    # Scroll the page down to the button, and nothing sideways: no table box scrolled.
    button.evaluate(
        """b => {
            document.querySelectorAll('.werkpad-table-scroll').forEach(box => box.scrollTo(0, 0));
            window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 200);
        }"""
    )
    expect(button).to_be_in_viewport(ratio=1)
    box = button.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    hit = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent || ''",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert hit.startswith("Afvinken"), f"something covers the button: {hit!r}"
    button.tap()
    page.wait_for_load_state()
    expect(row.first.get_by_role("button", name="Afvinken")).to_have_count(0)
    assert PlanAction.objects.get(pk=action.pk).done_on is not None


def _assert_desk(page: Any, screen: Screen, width: int) -> None:
    """Tables with their header row, nothing that scrolls sideways."""
    where = f"{screen.name} at {width} px ({page.url})"
    tables = page.evaluate(DESK_TABLES)
    assert len(tables) >= screen.tables, (where, tables)
    for table in tables:
        assert table["display"] == "table" and table["head"], f"not a table on {where}: {table}"
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= width, f"the page scrolls sideways on {where}: {scroll} px"
    violations = axe_violations(page)
    assert not violations, f"axe-core on {where}\n{format_violations(violations)}"


def test_the_coachs_tables_are_cards_on_a_phone_and_tables_at_a_desk(new_context, site, demo):
    phone_context = new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    phone_context.add_init_script(path=str(AXE_JS))
    phone = phone_context.new_page()
    phone.set_default_timeout(10_000)
    log_in_demo(phone, site, IPS)
    screens = _screens()

    # A 1280-pixel screen, zoomed to 200 % and not: the coach's own session.
    desk_context = new_context(
        viewport={"width": 640, "height": 900},
        device_scale_factor=2,
        storage_state=phone_context.storage_state(),
    )
    desk_context.add_init_script(path=str(AXE_JS))
    desk = desk_context.new_page()
    desk.set_default_timeout(10_000)

    for screen in screens:
        phone.goto(site(screen.path))
        expect(phone.get_by_role("heading", level=1)).to_be_visible()
        _assert_cards(phone, screen, 360)
        if screen.first == "Afgesproken acties":
            _assert_tick_off_fits(phone)
        desk.set_viewport_size({"width": 640, "height": 900})
        desk.goto(site(screen.path))
        expect(desk.get_by_role("heading", level=1)).to_be_visible()
        _assert_cards(desk, screen, 640)
        desk.set_viewport_size({"width": 1280, "height": 900})
        _assert_desk(desk, screen, 1280)
