"""The CBS "Gebieden in Nederland" import: all or nothing, with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente

CBS_LAYOUT = (
    "Gemeentecode;Gemeentenaam;Arbeidsmarktregio's code;Arbeidsmarktregio's naam\n"
    "GM0363;Amsterdam;AM18;Groot Amsterdam\n"
    "GM0193;Zwolle;AM36;Regio Zwolle\n"
    "GM0450;Uitgeest;AM15;Noord-Holland Noord\n"
    "GM0344;Utrecht;AM13;Midden-Utrecht\n"
)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "gebieden.csv"
    path.write_text(text, encoding=encoding)
    return path


@pytest.mark.django_db
def test_import_in_the_cbs_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("import_cbs_gebieden", _write(tmp_path, "\ufeff" + CBS_LAYOUT))
    assert Gemeente.objects.get(code="GM0363").region.code == "AM18"
    assert Gemeente.objects.get(code="GM0193").region.name == "Regio Zwolle"
    assert Gemeente.objects.get(code="GM0450").region.code == "AM15"
    out = capsys.readouterr().out
    assert "Imported 4 gemeenten: 3 new, 1 updated" in out


@pytest.mark.django_db
def test_import_with_commas_and_cbs_prefixed_headings(tmp_path: Path) -> None:
    text = (
        "Gemeenten/Code,Gemeenten/Naam,Arbeidsmarktregio's/Code,Arbeidsmarktregio's/Naam\n"
        "GM0200,Apeldoorn,AM06,Veluwe Stedendriehoek\n"
    )
    # "Gemeenten/Code" normalises to "gemeentencode".
    call_command("import_cbs_gebieden", _write(tmp_path, text))
    assert Gemeente.objects.get(code="GM0200").region.code == "AM06"


@pytest.mark.django_db
def test_a_moved_gemeente_follows_the_new_table(tmp_path: Path) -> None:
    call_command(
        "import_cbs_gebieden", _write(tmp_path, CBS_LAYOUT.replace("AM13;Midden", "AM14;Midden"))
    )
    assert Gemeente.objects.get(code="GM0344").region.code == "AM14"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The file is empty."),
        ("Gemeentecode;Naam\nGM0363;Amsterdam\n", "Header row lacks column(s): gemeente_name"),
        (CBS_LAYOUT + "GM999;Nergens;AM18;Groot Amsterdam\n", "line 6: gemeente code 'GM999'"),
        (CBS_LAYOUT + "GM0999;Nergens;AMX;Groot Amsterdam\n", "line 6: region code 'AMX'"),
        (CBS_LAYOUT + "GM0363;Amsterdam;AM18;Groot Amsterdam\n", "line 6: GM0363 also on line 2"),
        (CBS_LAYOUT + "GM0998;Ergens\n", "line 6: expected at least 4 columns"),
        (CBS_LAYOUT.splitlines()[0] + "\n", "The file has a header but no rows."),
    ],
)
def test_a_malformed_file_imports_nothing(tmp_path: Path, text: str, message: str) -> None:
    regions_before = list(ArbeidsmarktRegio.objects.values_list("code", "name"))
    gemeenten_before = list(Gemeente.objects.values_list("code", "name", "region__code"))
    with pytest.raises(CommandError) as error:
        call_command("import_cbs_gebieden", _write(tmp_path, text))
    assert message in str(error.value)
    # Nothing half-imported: the valid lines before the bad one were not written either.
    assert list(ArbeidsmarktRegio.objects.values_list("code", "name")) == regions_before
    assert list(Gemeente.objects.values_list("code", "name", "region__code")) == gemeenten_before


@pytest.mark.django_db
def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_cbs_gebieden", tmp_path / "bestaat-niet.csv")


@pytest.mark.django_db
def test_an_old_windows_encoded_download_is_read(tmp_path: Path) -> None:
    text = CBS_LAYOUT.replace("Uitgeest", "Súdwest-Fryslân")
    call_command("import_cbs_gebieden", _write(tmp_path, text, encoding="cp1252"))
    assert Gemeente.objects.get(code="GM0450").name == "Súdwest-Fryslân"
