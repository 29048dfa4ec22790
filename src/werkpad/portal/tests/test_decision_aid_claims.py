"""The decision aid may quote the CORAL.NL result only as what it is (REFERENCE §3 and
§7.1): in the DECIDES trial, jobseekers who used the CORAL.NL decision aid while their
employment specialists had a stigma training found paid work 51 times in 100, against 26 in
100. Werkpad's own worksheet is not CORAL.NL, so it may not claim that figure as its own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from django.test import Client as HttpClient
from django.urls import reverse

import werkpad

SRC = Path(werkpad.__file__).parent
# The figure in any of the ways a text could put it.
FIGURE = re.compile(r"\b51\s*(van de|op de|per|uit)\s*100\b|\b51\s*(%|procent|per ?cent)", re.I)


def _texts_with_the_figure() -> list[tuple[str, str, str]]:
    """(file, the line, the sentence unit: a template's translated string, else the line)."""
    found = []
    for path in sorted(SRC.rglob("*")):
        # The catalogues are left out: they wrap lines and keep obsolete entries until the
        # lead removes them; the English text is checked below through gettext.
        if path.suffix not in {".html", ".py", ".txt"} or "tests" in path.parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            units = re.findall(r'translate "([^"]*)"', line) or [line]
            found += [
                (str(path.relative_to(SRC)), line, unit) for unit in units if FIGURE.search(unit)
            ]
    return found


def test_the_figure_is_quoted_only_as_the_result_of_coral_nl_with_trained_coaches() -> None:
    found = _texts_with_the_figure()
    assert found, "the start page quotes the result; this test must see it"
    for where, line, unit in found:
        assert "CORAL.NL" in unit, (where, unit)
        assert re.search(r"training|trained", unit, re.I), (where, unit)
        assert "26" in unit, (where, unit)
        # The result is the trial's, never "such a worksheet" as if it had tested this one...
        assert not re.search(r"werkblad|worksheet", unit, re.I), (where, unit)
        # ...and where it is quoted, the page says the figure is not about this worksheet.
        assert "Die cijfers gaan dus niet over dit werkblad." in line, (where, line)


def test_the_start_page_says_the_figure_is_not_about_this_worksheet(work_world: Any) -> None:
    http = HttpClient()
    http.force_login(work_world.personas["client"])
    html = http.get(reverse("portal:disclosure")).content.decode()
    [paragraph] = re.findall(r"<p[^>]*data-coral-result[^>]*>(.*?)</p>", html, re.S)
    assert "onderzoek in Nederland naar de keuzehulp CORAL.NL" in paragraph
    assert "hun begeleiders kregen er een training voor" in paragraph
    assert "51 van de 100 betaald werk" in paragraph and "26 van de 100" in paragraph
    assert "Dit werkblad lijkt op CORAL.NL, maar het is niet hetzelfde." in paragraph
    assert "Die cijfers gaan dus niet over dit werkblad." in paragraph
    # The figure appears nowhere else on the page.
    assert html.count("51 van de 100") == 1


def test_the_english_text_keeps_the_attribution() -> None:
    from django.utils import translation
    from django.utils.translation import gettext

    dutch = (
        "Goed nadenken over open zijn kan helpen. Dat bleek uit een onderzoek in Nederland naar "
        "de keuzehulp CORAL.NL. Werkzoekenden gebruikten die keuzehulp, en hun begeleiders "
        "kregen er een training voor. Van die werkzoekenden vonden 51 van de 100 betaald werk. "
        "Zonder de keuzehulp en de training waren dat er 26 van de 100."
    )
    with translation.override("en"):
        english = gettext(dutch)
        caveat = gettext(
            "Dit werkblad lijkt op CORAL.NL, maar het is niet hetzelfde. Die cijfers gaan dus "
            "niet over dit werkblad."
        )
    assert english != dutch and "CORAL.NL" in english and "51" in english
    assert "train" in english
    assert caveat.startswith("This worksheet") and "CORAL.NL" in caveat
