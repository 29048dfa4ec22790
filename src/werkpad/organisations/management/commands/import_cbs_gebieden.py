from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkpad.organisations.cbs_import import ImportFileError, import_rows, parse


class Command(BaseCommand):
    help = (
        'Import gemeente → arbeidsmarktregio from the CBS table "Gebieden in Nederland" (CSV). '
        "All or nothing: one bad line and nothing changes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("csv_file", type=Path)

    def handle(self, *args: Any, csv_file: Path, **options: Any) -> None:
        try:
            raw = csv_file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {csv_file}: {exc.strerror}") from exc
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")  # older CBS downloads
        try:
            result = import_rows(parse(text))
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Imported {result.rows} gemeenten: {result.gemeenten_created} new, "
            f"{result.gemeenten_updated} updated; arbeidsmarktregio's: "
            f"{result.regions_created} new, {result.regions_updated} updated."
        )
