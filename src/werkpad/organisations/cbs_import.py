"""Import of the CBS table "Gebieden in Nederland": gemeente → arbeidsmarktregio.

Accepted layout: a CSV (``;`` or ``,``, UTF-8 with or without BOM) with a header row naming
four columns: gemeente code, gemeente name, arbeidsmarktregio code, arbeidsmarktregio name.
The CBS download's headings are recognised ("Gemeentecode", "Gemeentenaam",
"Arbeidsmarktregio's code"/"Arbeidsmarktregiocode", "Arbeidsmarktregio's naam"/
"Arbeidsmarktregionaam", also "Code"/"Naam" under a "Gemeenten"/"Arbeidsmarktregio's"
prefix such as "Gemeenten/Code"). The whole file is checked before anything is written;
one bad line and nothing is imported.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from django.db import transaction

from .models import ArbeidsmarktRegio, Gemeente

GEMEENTE_CODE = re.compile(r"^GM\d{4}$")
REGION_CODE = re.compile(r"^AM\d{2}$")


class ImportFileError(Exception):
    """The file cannot be imported; the message says why, with line numbers."""


@dataclass
class ImportResult:
    regions_created: int = 0
    regions_updated: int = 0
    gemeenten_created: int = 0
    gemeenten_updated: int = 0
    rows: int = 0
    warnings: list[str] = field(default_factory=list)


def _normalise(heading: str) -> str:
    return re.sub(r"[^a-z]", "", heading.lower().replace("'", ""))


_COLUMN_ALIASES = {
    "gemeente_code": {"gemeentecode", "gemeentencode", "codegemeente"},
    "gemeente_name": {"gemeentenaam", "gemeentennaam", "naamgemeente"},
    "region_code": {"arbeidsmarktregiocode", "arbeidsmarktregioscode", "codearbeidsmarktregio"},
    "region_name": {"arbeidsmarktregionaam", "arbeidsmarktregiosnaam", "naamarbeidsmarktregio"},
}


def _map_columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, heading in enumerate(header):
        key = _normalise(heading)
        for column, aliases in _COLUMN_ALIASES.items():
            if key in aliases:
                found[column] = index
    missing = [c for c in _COLUMN_ALIASES if c not in found]
    if missing:
        raise ImportFileError(
            "Header row lacks column(s): "
            + ", ".join(missing)
            + f". Found: {', '.join(header) or '(empty)'}."
        )
    return found


def parse(text: str) -> list[tuple[str, str, str, str]]:
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportFileError("The file is empty.")
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,")
    except csv.Error as exc:
        raise ImportFileError("Cannot tell the delimiter: use ';' or ','.") from exc
    reader = csv.reader(io.StringIO(text), dialect)
    columns = _map_columns([h.strip() for h in next(reader)])
    rows: list[tuple[str, str, str, str]] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for line_no, raw in enumerate(reader, start=2):
        if not any(cell.strip() for cell in raw):
            continue
        try:
            values = [raw[columns[c]].strip() for c in _COLUMN_ALIASES]
        except IndexError:
            errors.append(f"line {line_no}: expected at least {len(columns)} columns")
            continue
        gm_code, gm_name, am_code, am_name = values
        gm_code, am_code = gm_code.upper(), am_code.upper()
        if not GEMEENTE_CODE.match(gm_code):
            errors.append(f"line {line_no}: gemeente code {gm_code!r} is not like GM0344")
        if not REGION_CODE.match(am_code):
            errors.append(f"line {line_no}: region code {am_code!r} is not like AM13")
        if not gm_name or not am_name:
            errors.append(f"line {line_no}: a name is empty")
        if gm_code in seen:
            errors.append(f"line {line_no}: {gm_code} also on line {seen[gm_code]}")
        seen[gm_code] = line_no
        rows.append((gm_code, gm_name, am_code, am_name))
    if errors:
        shown = errors[:20] + ([f"... and {len(errors) - 20} more"] if len(errors) > 20 else [])
        raise ImportFileError("Nothing was imported:\n" + "\n".join(shown))
    if not rows:
        raise ImportFileError("The file has a header but no rows.")
    return rows


def import_rows(rows: list[tuple[str, str, str, str]]) -> ImportResult:
    result = ImportResult(rows=len(rows))
    with transaction.atomic():
        regions: dict[str, ArbeidsmarktRegio] = {}
        for _gm, _gname, am_code, am_name in rows:
            if am_code in regions:
                continue
            region, created = ArbeidsmarktRegio.objects.update_or_create(
                code=am_code, defaults={"name": am_name}
            )
            regions[am_code] = region
            result.regions_created += created
            result.regions_updated += not created
        for gm_code, gm_name, am_code, _aname in rows:
            _g, created = Gemeente.objects.update_or_create(
                code=gm_code, defaults={"name": gm_name, "region": regions[am_code]}
            )
            result.gemeenten_created += created
            result.gemeenten_updated += not created
    return result
