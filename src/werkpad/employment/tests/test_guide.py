"""The instruments guide in two voices, with authoritative sources, and before a placement
exists (issue 13, item 8): the professional's page /werk/wegwijzer/ advises on what the
professional fills in, in the professional's voice; the employer's page /werkgever/wegwijzer/
explains every instrument in general, in the employer's voice, with no worker and no verdict.
The sources are the law, UWV, Rijksoverheid, the official publications, PIANOo and the
gemeente; never a regional or commercial page."""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import urlencode, urlparse

import pytest
from django.template.loader import render_to_string
from django.test import Client as HttpClient
from django.urls import reverse

from werkpad.audit.models import AccessLogEntry
from werkpad.employment import instruments
from werkpad.employment.care_words import care_words_in
from werkpad.employment.instruments import (
    INSTRUMENTS,
    RULES_CHECKED_ON,
    SOURCE_HOSTS,
    Reader,
    Verdict,
    Voiced,
    advise,
)

ALLOWED_HOSTS = {
    "wetten.overheid.nl",
    "www.uwv.nl",
    "www.rijksoverheid.nl",
    "zoek.officielebekendmakingen.nl",
    "www.pianoo.nl",
}
# Regional or commercial pages the guide cited before, and others like them.
NOT_A_SOURCE = ("sazas", "wspregiozwolle", "wspavregio", "vengroot", "nicopoel", "factorwerk")

# Formal address, for the employer only; informal address, for the professional only.
FORMAL = re.compile(r"\b(u|uw)\b", re.I)
INFORMAL = re.compile(r"\b(je|jij|jou|jouw)\b", re.I)


def _as(user: Any) -> HttpClient:
    http = HttpClient()
    http.force_login(user)
    return http


def visible_text(html: str) -> str:
    """What a person reads in the page's main content (not the header or the session
    dialog of the base template)."""
    main = re.search(r"<main\b.*?</main>", html, flags=re.S)
    html = main.group(0) if main else html
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S | re.I)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def _texts(instrument: instruments.Instrument) -> list[Voiced]:
    """Every text of an instrument that has two voices."""
    sources = [s.name for s in instrument.sources if isinstance(s.name, Voiced)]
    return [instrument.what, *instrument.conditions, instrument.duration, *sources]


NOTES = (instruments.NOTE_NO_SROI, instruments.NOTE_FEW_HOURS, instruments.NOTE_NO_BENEFIT)


# --- The data: sources and voices --------------------------------------------------------
def test_the_rules_were_checked_when_the_texts_changed() -> None:
    assert str(RULES_CHECKED_ON) == "2026-12-07"


def test_the_allowed_hosts_are_the_authoritative_ones() -> None:
    assert SOURCE_HOSTS == ALLOWED_HOSTS


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.code)
def test_every_instrument_cites_authoritative_sources_only(
    instrument: instruments.Instrument,
) -> None:
    assert len(instrument.sources) >= 1
    linked = [s for s in instrument.sources if s.url]
    assert linked, "at least one source a reader can open"
    for source in instrument.sources:
        for reader in Reader:
            assert str(source.to(reader).name).strip(), "every source is shown by its name"
        if not source.url:  # the gemeente: a line that says to ask it
            assert source == instruments.GEMEENTE
            continue
        url = urlparse(source.url)
        assert url.scheme == "https", source.url
        assert url.netloc in ALLOWED_HOSTS, source.url
        assert not any(name in source.url for name in NOT_A_SOURCE), source.url


def test_the_law_is_cited_with_its_article() -> None:
    cited = {
        (str(s.name), s.url)
        for i in INSTRUMENTS
        for s in i.sources
        if s.url.startswith("https://wetten.overheid.nl/")
    }
    assert cited == {
        ("Participatiewet, artikel 10d", "https://wetten.overheid.nl/BWBR0015703"),
        ("Participatiewet, artikel 10da", "https://wetten.overheid.nl/BWBR0015703"),
        ("Ziektewet, artikel 29b", "https://wetten.overheid.nl/BWBR0001888"),
        ("Aanbestedingswet 2012, artikel 2.80", "https://wetten.overheid.nl/BWBR0032203"),
    }
    for instrument in INSTRUMENTS:
        laws = [s for s in instrument.sources if "wetten.overheid.nl" in s.url]
        assert all(", artikel " in str(s.name) for s in laws), instrument.code


def test_no_commercial_or_regional_page_is_left_in_the_guide() -> None:
    source = instruments.__file__
    with open(source, encoding="utf-8") as handle:
        text = handle.read()
    for name in NOT_A_SOURCE:
        assert name not in text


def test_the_gemeente_is_a_source_without_a_page() -> None:
    gemeente = instruments.GEMEENTE
    assert gemeente.url == ""
    assert str(gemeente.to(Reader.PROFESSIONAL).name) == "Vraag het je gemeente"
    assert str(gemeente.to(Reader.EMPLOYER).name) == "Vraag het uw gemeente"
    # the gemeente decides on these, or its rules differ per gemeente
    for code in ("loonkostensubsidie", "jobcoach", "sroi", "proefplaatsing"):
        assert gemeente in instruments.INSTRUMENT_BY_CODE[code].sources


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.code)
def test_every_text_speaks_to_its_reader(instrument: instruments.Instrument) -> None:
    for text in _texts(instrument):
        professional, employer = str(text.professional), str(text.employer)
        assert professional.strip() and employer.strip()
        assert not FORMAL.search(professional), professional
        assert not INFORMAL.search(employer), employer
        assert care_words_in(employer) == [], employer


def test_every_instrument_speaks_to_the_employer_somewhere() -> None:
    """Not only neutral lines: what it is says "u" to the employer, and is about "de
    werkgever" or "je cliënt" for the professional."""
    for instrument in INSTRUMENTS:
        assert FORMAL.search(str(instrument.what.employer)), instrument.code
        professional = str(instrument.what.professional)
        assert "werkgever" in professional or "je cliënt" in professional.lower(), instrument.code


def test_the_notes_have_both_voices() -> None:
    for note in NOTES:
        assert not FORMAL.search(str(note.professional))
        assert not INFORMAL.search(str(note.employer))
    assert str(instruments.NOTE_NO_SROI.to(Reader.EMPLOYER)) == (
        "Geldt alleen als u een SROI-verplichting heeft."
    )
    advice = {a.instrument.code: a for a in advise(benefit="wia", in_register=False)}
    assert [str(n) for n in advice["sroi"].notes_for(Reader.EMPLOYER)] == [
        "Geldt alleen als u een SROI-verplichting heeft."
    ]
    assert [str(n) for n in advice["sroi"].notes_for()] == [
        "Geldt alleen als de werkgever een SROI-verplichting heeft."
    ]


def test_no_reader_is_the_professional_and_an_unknown_one_is_an_error() -> None:
    assert instruments.reader_of(None) is Reader.PROFESSIONAL
    assert instruments.reader_of("") is Reader.PROFESSIONAL
    assert instruments.reader_of("employer") is Reader.EMPLOYER
    with pytest.raises(ValueError):
        instruments.reader_of("werkgever")


# --- The partial -------------------------------------------------------------------------
def _partial(**context: Any) -> str:
    advice = advise(benefit="bijstand", in_register=False)
    base = {"advice": advice, "benefit": "bijstand", "checked_on": RULES_CHECKED_ON}
    return render_to_string("employment/_instruments_guide.html", {**base, **context})


def test_the_partial_speaks_to_the_professional_when_no_reader_is_given() -> None:
    """The includes on the career profile and the placement page name no reader."""
    html = visible_text(_partial())
    assert "De werkgever betaalt het loon dat hij met de werknemer afspreekt." in html
    assert "U betaalt" not in html
    assert "Geldt alleen als de werkgever een SROI-verplichting heeft." in html
    assert visible_text(_partial(reader="professional")) == html


def test_the_partial_speaks_to_the_employer_when_asked() -> None:
    html = visible_text(_partial(reader="employer"))
    assert "U betaalt het loon dat u met uw werknemer afspreekt." in html
    assert "De werkgever betaalt" not in html
    assert "Vraag het uw gemeente" in html


def test_the_partial_shows_the_sources_by_name() -> None:
    html = _partial()
    assert (
        '<a class="utrecht-link" href="https://wetten.overheid.nl/BWBR0015703" '
        'rel="noopener">Participatiewet, artikel 10d</a>'
    ) in html
    text = visible_text(html)
    assert "Bronnen: Participatiewet, artikel 10d · Vraag het je gemeente" in text
    assert "Bronnen: Ziektewet, artikel 29b · UWV: No-riskpolis" in text


# --- The professional's page -------------------------------------------------------------
def _query(**values: Any) -> str:
    data = {"benefit": "wia", "in_register": "nee", "hours_per_week": "", "employer_has_sroi": "ja"}
    data.update(values)
    return reverse("employment:guide") + "?" + urlencode(data)


def _verdicts(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-advice="([a-z_]+)" data-verdict="([a-z]+)"', html))


def test_the_guide_opens_with_a_form_and_no_advice(work_world: Any) -> None:
    response = _as(work_world.personas["pro_own"]).get(reverse("employment:guide"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="utrecht-heading-1">Wegwijzer instrumenten</h1>' in html
    assert 'method="get"' in html
    assert "data-advice=" not in html
    assert "Er is iets niet goed ingevuld" not in html
    for label in (
        "Uitkering van je cliënt",
        "Staat je cliënt in het doelgroepregister?",
        "Uren per week",
        "Heeft de werkgever een SROI-verplichting?",
    ):
        assert label in html


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"benefit": "wia", "in_register": "nee", "employer_has_sroi": "ja"},
            advise(benefit="wia", in_register=False, employer_has_sroi=True),
        ),
        (
            {"benefit": "bijstand", "in_register": "ja", "employer_has_sroi": "nee"},
            advise(benefit="bijstand", in_register=True),
        ),
        (
            {"benefit": "wajong", "in_register": "nee", "hours_per_week": "8"},
            advise(benefit="wajong", in_register=False, hours_per_week=8, employer_has_sroi=True),
        ),
        (
            {"benefit": "geen", "in_register": "nee", "employer_has_sroi": "nee"},
            advise(benefit="geen", in_register=False),
        ),
    ],
    ids=["wia", "bijstand-register-no-sroi", "wajong-8-hours", "no-benefit"],
)
def test_the_guide_advises_as_advise_does(
    work_world: Any, values: dict[str, str], expected: list[instruments.Advice]
) -> None:
    response = _as(work_world.personas["pro_own"]).get(_query(**values))
    assert response.status_code == 200
    html = response.content.decode()
    assert _verdicts(html) == {a.instrument.code: str(a.verdict) for a in expected}
    text = visible_text(html)
    for advice in expected:
        for note in advice.notes_for(Reader.PROFESSIONAL):
            assert str(note) in text


def test_the_guide_speaks_to_the_professional(work_world: Any) -> None:
    html = _as(work_world.personas["pro_own"]).get(_query(benefit="bijstand")).content.decode()
    text = visible_text(html)
    assert "De werkgever betaalt het loon dat hij met de werknemer afspreekt." in text
    assert "Een jobcoach helpt je cliënt op de werkvloer" in text
    assert "Vraag het je gemeente" in text
    assert "Een advies, geen besluit: UWV of de gemeente beslist." in text
    main = text[text.index("Wegwijzer instrumenten") :]
    assert not FORMAL.search(main), FORMAL.search(main)
    assert _verdicts(html)["loonkostensubsidie"] == Verdict.MAY_APPLY


def test_few_hours_are_noted_on_the_jobcoach(work_world: Any) -> None:
    html = _as(work_world.personas["pro_own"]).get(_query(hours_per_week="8")).content.decode()
    assert _verdicts(html)["jobcoach"] == Verdict.ASK
    assert "Let op: meestal is een contract van minstens 12 uur per week nodig." in html


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"benefit": ""}, "benefit", "Maak een keuze."),
        ({"benefit": "loterij"}, "benefit", "Kies een uitkering uit de lijst."),
        ({"in_register": ""}, "in_register", "Kies ja of nee."),
        ({"in_register": "misschien"}, "in_register", "Kies ja of nee."),
        ({"hours_per_week": "100"}, "hours_per_week", "Kies hoogstens 48 uur per week."),
        ({"hours_per_week": "0"}, "hours_per_week", "Kies minstens 1 uur."),
        ({"hours_per_week": "veel"}, "hours_per_week", "Vul een heel aantal uren in."),
        ({"employer_has_sroi": ""}, "employer_has_sroi", "Kies ja of nee."),
    ],
)
def test_bad_input_is_a_400_with_a_dutch_message_on_the_field(
    work_world: Any, values: dict[str, str], field: str, message: str
) -> None:
    response = _as(work_world.personas["pro_own"]).get(_query(**values))
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert "Er is iets niet goed ingevuld" in html  # the error summary
    assert f'id="id_{field}_error"' in html
    assert message in html
    assert "data-advice=" not in html


def test_an_empty_submit_names_every_required_field(work_world: Any) -> None:
    url = reverse("employment:guide") + "?benefit=&hours_per_week="
    response = _as(work_world.personas["pro_own"]).get(url)
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("benefit", "in_register", "employer_has_sroi"):
        assert f'id="id_{field}_error"' in html
    assert 'id="id_hours_per_week_error"' not in html  # hours are optional


def test_the_guide_reads_no_client_data_so_logs_nothing(work_world: Any) -> None:
    http = _as(work_world.personas["pro_own"])
    before = AccessLogEntry.objects.count()
    assert http.get(_query()).status_code == 200
    assert http.get(_query(benefit="")).status_code == 400
    assert AccessLogEntry.objects.count() == before
    assert "Anna Aalbers" not in http.get(_query()).content.decode()


@pytest.mark.parametrize("persona", ["client", "employer", "admin_own"])
def test_only_professionals_open_the_guide(work_world: Any, persona: str) -> None:
    response = _as(work_world.personas[persona]).get(_query())
    assert response.status_code == 403


def test_the_employment_home_links_to_the_guide(work_world: Any) -> None:
    html = _as(work_world.personas["pro_own"]).get(reverse("employment:home")).content.decode()
    assert f'href="{reverse("employment:guide")}"' in html


# --- The employer's page -----------------------------------------------------------------
def test_the_employer_guide_explains_every_instrument_to_the_employer(work_world: Any) -> None:
    response = _as(work_world.personas["employer"]).get(reverse("employment:employer_guide"))
    assert response.status_code == 200
    html = response.content.decode()
    text = visible_text(html)
    assert "Vraag de begeleider van uw werknemer welke voor u kunnen gelden." in text
    assert "Dit is uitleg, geen besluit: UWV of de gemeente beslist." in text
    for instrument in INSTRUMENTS:
        assert f'data-instrument-explained="{instrument.code}"' in html
        explained = instrument.text(Reader.EMPLOYER)
        assert str(explained.what) in text
        for condition in explained.conditions:
            assert str(condition) in text
        for source in explained.sources:
            assert str(source.name) in text
            if source.url:
                assert f'href="{source.url}"' in html
    assert "U betaalt het loon dat u met uw werknemer afspreekt." in text
    assert "Vraag het uw gemeente" in text


def test_the_employer_guide_gives_no_verdict_and_names_no_worker(work_world: Any) -> None:
    html = _as(work_world.personas["employer"]).get(reverse("employment:employer_guide"))
    text = visible_text(html.content.decode())
    main = text[text.index("Wegwijzer regelingen") :]
    for verdict in instruments.VERDICT_LABELS.values():
        assert str(verdict) not in main
    assert "data-advice=" not in html.content.decode()
    assert "Anna" not in main
    assert not INFORMAL.search(main), INFORMAL.search(main)
    assert "cliënt" not in main
    assert care_words_in(main) == []


def test_the_employer_guide_logs_nothing(work_world: Any) -> None:
    http = _as(work_world.personas["employer"])
    before = AccessLogEntry.objects.count()
    assert http.get(reverse("employment:employer_guide")).status_code == 200
    assert AccessLogEntry.objects.count() == before


@pytest.mark.parametrize("persona", ["pro_own", "client", "admin_own"])
def test_only_the_employer_opens_the_employer_guide(work_world: Any, persona: str) -> None:
    response = _as(work_world.personas[persona]).get(reverse("employment:employer_guide"))
    assert response.status_code == 403


def test_the_employer_home_links_to_the_employer_guide(work_world: Any) -> None:
    html = _as(work_world.personas["employer"]).get(reverse("employment:employer_home"))
    assert f'href="{reverse("employment:employer_guide")}"' in html.content.decode()


def test_the_employer_home_explains_its_instruments_in_the_employer_voice(
    work_world: Any,
) -> None:
    """The world's placement has a jobcoach: explained to the employer, with its sources."""
    html = _as(work_world.personas["employer"]).get(reverse("employment:employer_home"))
    text = visible_text(html.content.decode())
    jobcoach = instruments.INSTRUMENT_BY_CODE["jobcoach"].text(Reader.EMPLOYER)
    assert str(jobcoach.what) in text
    assert "UWV: Jobcoach" in text


def test_not_knowing_the_register_is_an_answer(world: Any) -> None:
    """The walk-through: the client list has "weet ik niet" for the doelgroepregister, the
    guide did not. Not knowing gives the advice without the register, and says so."""
    client = HttpClient()
    client.force_login(world.personas["pro_own"])
    page = client.get(
        reverse("employment:guide"),
        {
            "benefit": "bijstand",
            "in_register": "onbekend",
            "hours_per_week": "10",
            "employer_has_sroi": "nee",
        },
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert "data-register-unknown" in html and "data-focus-result" in html
