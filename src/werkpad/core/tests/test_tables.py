"""Every HTML table on a page becomes cards on a phone (issue 13, item 4): up to 40rem (640 px,
a phone or a 1280-pixel screen zoomed to 200 %) a ``.werkpad-stack-table`` shows each row as a
card with each cell's column name above it (werkpad.css), so no column is reachable only by
scrolling sideways (WCAG 1.4.10).

This reads the template sources, without a browser: every ``<table>`` in a template under
``src/`` has the class, keeps its table semantics through ARIA roles (a table shown as blocks
is no longer a table to some screen readers), has a caption, and every body cell names its
column in ``data-label``. The one exception: a row of a single ``colspan`` cell that says the
list is empty has no columns to name. Templates rendered to PDF (``*_pdf.html``) are printed
on paper of a fixed width and are left out. The browser test
``tests/browser/test_phone_cards.py`` checks what the pages look like at 360 px."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]  # src/werkpad
STACK = "werkpad-stack-table"


def _is_pdf(path: Path) -> bool:
    return path.name.endswith("_pdf.html")


@dataclass
class _Cell:
    tag: str
    attrs: dict[str, str]
    line: int
    section: str  # thead, tbody or tfoot


@dataclass
class _Row:
    attrs: dict[str, str]
    line: int
    cells: list[_Cell] = field(default_factory=list)


@dataclass
class _Table:
    attrs: dict[str, str]
    line: int
    caption: bool = False
    sections: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)


class _TableReader(HTMLParser):
    """The tables of one template source. Django's tags and variables are text to the
    parser, also inside attribute values (``data-label="{% translate 'Naam' %}"``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self._open: list[_Table] = []
        self._section = "tbody"  # a <tr> straight in a <table> is in its implicit body

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        if tag == "table":
            table = _Table(values, line)
            self.tables.append(table)
            self._open.append(table)
            self._section = "tbody"
        elif not self._open:
            return
        elif tag == "caption":
            self._open[-1].caption = True
        elif tag in ("thead", "tbody", "tfoot"):
            self._section = tag
            self._open[-1].sections.append((tag, values, line))
        elif tag == "tr":
            self._open[-1].rows.append(_Row(values, line))
        elif tag in ("td", "th") and self._open[-1].rows:
            self._open[-1].rows[-1].cells.append(_Cell(tag, values, line, self._section))

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._open:
            self._open.pop()
        elif tag in ("thead", "tfoot"):
            self._section = "tbody"


def tables_in(source: str) -> list[_Table]:
    reader = _TableReader()
    reader.feed(source)
    reader.close()
    return reader.tables


def problems_of(table: _Table, where: str) -> list[str]:
    """What keeps this table from becoming readable cards on a phone, one line each."""
    found: list[str] = []
    at = f"{where}:{table.line}"
    if STACK not in table.attrs.get("class", "").split():
        found.append(f"{at}: <table> without the class {STACK}")
    if table.attrs.get("role") != "table":
        found.append(f'{at}: <table> without role="table"')
    if not table.caption:
        found.append(f"{at}: <table> without a <caption>")
    for tag, attrs, line in table.sections:
        if attrs.get("role") != "rowgroup":
            found.append(f'{where}:{line}: <{tag}> without role="rowgroup"')
    for row in table.rows:
        if row.attrs.get("role") != "row":
            found.append(f'{where}:{row.line}: <tr> without role="row"')
        empty_row = len(row.cells) == 1 and "colspan" in row.cells[0].attrs
        for cell in row.cells:
            here = f"{where}:{cell.line}"
            if cell.tag == "th":
                scope = cell.attrs.get("scope", "")
                wanted = {"col": "columnheader", "row": "rowheader"}.get(scope)
                if wanted is None:
                    found.append(f'{here}: <th> without scope="col" or scope="row"')
                elif cell.attrs.get("role") != wanted:
                    found.append(f'{here}: <th scope="{scope}"> without role="{wanted}"')
                continue
            if cell.attrs.get("role") != "cell":
                found.append(f'{here}: <td> without role="cell"')
            if cell.section == "thead":
                found.append(f"{here}: <td> in the header row")
            elif not cell.attrs.get("data-label", "").strip() and not empty_row:
                found.append(f"{here}: <td> without a data-label naming its column")
    return found


def _templates() -> list[Path]:
    return sorted(
        path
        for path in SRC.rglob("templates/**/*.html")
        if not _is_pdf(path) and "<table" in path.read_text(encoding="utf-8")
    )


def test_every_table_on_a_page_becomes_cards_on_a_phone() -> None:
    problems = []
    for path in _templates():
        where = str(path.relative_to(SRC))
        for table in tables_in(path.read_text(encoding="utf-8")):
            problems += problems_of(table, where)
    assert not problems, "tables that do not become cards on a phone:\n" + "\n".join(problems)


def test_the_check_reads_the_tables_it_must() -> None:
    """The check above finds the tables of the pages the issue names, and leaves out only
    the PDF templates, so it cannot pass by reading nothing."""
    names = {str(path.relative_to(SRC)) for path in _templates()}
    for page in [
        "trajectories/templates/trajectories/caseload.html",
        "trajectories/templates/trajectories/detail.html",
        "employment/templates/employment/_instruments_guide.html",
        "employment/templates/employment/employer_detail.html",
        "clients/templates/clients/client_list.html",
    ]:
        assert page in names
    pdfs = [p for p in SRC.rglob("templates/**/*_pdf.html") if "<table" in p.read_text()]
    assert pdfs, "the meeting report PDF has a table, left out on purpose"
    assert not any(_is_pdf(SRC / name) for name in names)


GOOD = """<table class="utrecht-table werkpad-stack-table" role="table">
  <caption>Acties</caption>
  <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Actie</th></tr></thead>
  <tbody role="rowgroup">{% for a in actions %}
  <tr role="row"><th scope="row" role="rowheader">{{ a }}</th>
    <td role="cell" data-label="{% translate 'Wie' %}">{{ a.owner }}</td></tr>
  {% empty %}<tr role="row"><td role="cell" colspan="2">Nog geen acties.</td></tr>
  {% endfor %}</tbody>
</table>"""


@pytest.mark.parametrize(
    ("defect", "replace", "by"),
    [
        ("no class", "utrecht-table werkpad-stack-table", "utrecht-table"),
        ("no table role", ' role="table"', ""),
        ("no caption", "<caption>Acties</caption>", ""),
        ("no label", " data-label=\"{% translate 'Wie' %}\"", ""),
        ("an empty label", "{% translate 'Wie' %}", " "),
        ("no cell role", '<td role="cell" data-label', "<td data-label"),
        ("no row role", '<tr role="row"><th scope="row"', '<tr><th scope="row"'),
        ("no row header role", ' role="rowheader"', ""),
        ("no scope", ' scope="row"', ""),
        ("no body role", '<tbody role="rowgroup">', "<tbody>"),
        ("a second cell in the empty row", 'colspan="2">', 'colspan="2">x</td><td role="cell">'),
    ],
)
def test_the_check_finds_each_defect(defect: str, replace: str, by: str) -> None:
    assert problems_of(tables_in(GOOD)[0], "good") == []
    spoiled = GOOD.replace(replace, by, 1)
    assert spoiled != GOOD, defect
    assert problems_of(tables_in(spoiled)[0], "spoiled"), defect
