"""The instruments guide (REFERENCE.md §4.3): per benefit and doelgroepregister status, which
instrument may apply, must be asked, or is unlikely; its notes; its sources; and the
statutory minimum hourly wage by age."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlparse

import pytest

from werkpad.employment import instruments
from werkpad.employment.instruments import (
    INSTRUMENT_BY_CODE,
    INSTRUMENTS,
    Verdict,
    advise,
    minimum_hourly_wage,
)

M = Verdict.MAY_APPLY  # "kan van toepassing zijn"
A = Verdict.ASK  # "navragen"
U = Verdict.UNLIKELY  # "waarschijnlijk niet"

COLUMNS = ("loonkostensubsidie", "no_riskpolis", "proefplaatsing", "jobcoach", "sroi")

# benefit, in the doelgroepregister → verdict per instrument, for an employer WITH an SROI
# obligation and no hours given (those two are tested on their own below).
#
# * Loonkostensubsidie: Participatiewet (bijstand; without a benefit it may still be the
#   gemeente's target group), and everyone in the register.
# * No-riskpolis: WIA and Wajong, and the register (structurally); Ziektewet: ask.
# * Proefplaatsing: keeps a benefit (UWV or gemeente); the register adds nothing; without a
#   benefit there is nothing to keep; another benefit: ask.
# * Jobcoach: UWV for WIA, Wajong, Ziektewet; gemeente (bijstand, no benefit) and WW: ask;
#   the register opens it.
# * SROI: people in the register count; others perhaps (ask the gemeente).
TABLE: tuple[tuple[str, bool, tuple[Verdict, Verdict, Verdict, Verdict, Verdict]], ...] = (
    #  benefit      register   LKS  no-risk proef  jobcoach SROI
    ("bijstand", False, (M, U, M, A, A)),
    ("bijstand", True, (M, M, M, M, M)),
    ("ww", False, (U, U, M, A, A)),
    ("ww", True, (M, M, M, M, M)),
    ("wia", False, (U, M, M, M, A)),
    ("wia", True, (M, M, M, M, M)),
    ("wajong", False, (A, M, M, M, A)),
    ("wajong", True, (M, M, M, M, M)),
    ("ziektewet", False, (U, A, M, M, A)),
    ("ziektewet", True, (M, M, M, M, M)),
    ("geen", False, (A, U, U, A, A)),
    ("geen", True, (M, M, U, M, M)),
    ("anders", False, (U, U, A, U, A)),
    ("anders", True, (M, M, A, M, M)),
)

CASES = [
    pytest.param(benefit, register, code, verdict, id=f"{benefit}-{register}-{code}")
    for benefit, register, verdicts in TABLE
    for code, verdict in zip(COLUMNS, verdicts, strict=True)
]


def _by_code(advice: list[instruments.Advice]) -> dict[str, instruments.Advice]:
    return {a.instrument.code: a for a in advice}


def test_the_table_covers_every_benefit_register_status_and_instrument() -> None:
    from werkpad.trajectories.models import BenefitStatus

    assert {b for b, _r, _v in TABLE} == set(BenefitStatus.values)
    assert {(b, r) for b, r, _v in TABLE} == {(b, r) for b in BenefitStatus.values for r in (0, 1)}
    assert set(COLUMNS) == {i.code for i in INSTRUMENTS}
    assert len(CASES) == 7 * 2 * 5


@pytest.mark.parametrize(("benefit", "in_register", "code", "expected"), CASES)
def test_verdict_per_benefit_register_and_instrument(
    benefit: str, in_register: bool, code: str, expected: Verdict
) -> None:
    advice = _by_code(advise(benefit=benefit, in_register=in_register, employer_has_sroi=True))
    assert advice[code].verdict == expected


def test_every_instrument_is_advised_once_in_a_fixed_order() -> None:
    advice = advise(benefit="wia", in_register=False)
    assert [a.instrument.code for a in advice] == list(COLUMNS)


@pytest.mark.parametrize("benefit", ["wia", "wajong", "ziektewet"])
@pytest.mark.parametrize("hours", [Decimal("8"), Decimal("11.5"), 4.0])
def test_jobcoach_below_12_hours_a_week_must_be_asked_with_a_note(
    benefit: str, hours: Decimal | float
) -> None:
    jobcoach = _by_code(advise(benefit=benefit, in_register=False, hours_per_week=hours))[
        "jobcoach"
    ]
    assert jobcoach.verdict == Verdict.ASK
    assert [str(n) for n in jobcoach.notes_for()] == [
        "Let op: meestal is een contract van minstens 12 uur per week nodig."
    ]
    assert str(jobcoach.verdict_label) == "navragen"


@pytest.mark.parametrize("hours", [Decimal("12"), Decimal("32"), None])
def test_jobcoach_from_12_hours_a_week_keeps_its_verdict(hours: Decimal | None) -> None:
    jobcoach = _by_code(advise(benefit="wia", in_register=False, hours_per_week=hours))["jobcoach"]
    assert jobcoach.verdict == Verdict.MAY_APPLY
    assert jobcoach.notes == ()


def test_few_hours_do_not_turn_an_unlikely_jobcoach_into_asking() -> None:
    jobcoach = _by_code(advise(benefit="anders", in_register=False, hours_per_week=8))["jobcoach"]
    assert jobcoach.verdict == Verdict.UNLIKELY
    assert jobcoach.notes == ()


def test_hours_only_matter_for_the_jobcoach() -> None:
    few = _by_code(advise(benefit="wia", in_register=True, hours_per_week=4))
    many = _by_code(advise(benefit="wia", in_register=True, hours_per_week=36))
    for code in ("loonkostensubsidie", "no_riskpolis", "proefplaatsing"):
        assert few[code].verdict == many[code].verdict == Verdict.MAY_APPLY


@pytest.mark.parametrize("in_register", [True, False])
@pytest.mark.parametrize("benefit", ["bijstand", "wajong", "geen", "anders"])
def test_sroi_without_an_employer_obligation_is_unlikely(benefit: str, in_register: bool) -> None:
    sroi = _by_code(advise(benefit=benefit, in_register=in_register, employer_has_sroi=False))[
        "sroi"
    ]
    assert sroi.verdict == Verdict.UNLIKELY
    assert [str(n) for n in sroi.notes_for()] == [
        "Geldt alleen als de werkgever een SROI-verplichting heeft."
    ]
    assert str(sroi.verdict_label) == "waarschijnlijk niet"


def test_proefplaatsing_without_a_benefit_says_why() -> None:
    for benefit in ("geen", ""):
        proef = _by_code(advise(benefit=benefit, in_register=True))["proefplaatsing"]
        assert proef.verdict == Verdict.UNLIKELY
        assert [str(n) for n in proef.notes_for()] == [
            "Zonder uitkering is er geen uitkering om te behouden."
        ]


def test_an_unknown_benefit_outside_the_register_makes_everything_unlikely() -> None:
    advice = advise(benefit="", in_register=False, employer_has_sroi=True)
    assert {a.instrument.code: a.verdict for a in advice} == dict.fromkeys(COLUMNS, U)


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.code)
def test_every_instrument_has_a_source_a_duration_conditions_and_a_text(
    instrument: instruments.Instrument,
) -> None:
    assert instrument.sources
    assert str(instrument.name).strip()
    for reader in instruments.Reader:
        text = instrument.text(reader)
        assert str(text.duration).strip()
        assert text.conditions
        assert all(str(c).strip() for c in text.conditions)
        assert str(text.what).strip()
        assert all(str(s.name).strip() for s in text.sources)
    for source in instrument.sources:
        if source.url:
            assert urlparse(source.url).scheme == "https"


def test_the_sources_are_the_ones_in_the_reference() -> None:
    urls = {i.code: [s.url for s in i.sources] for i in INSTRUMENTS}
    # Participatiewet, art. 10d (REFERENCE §7.1)
    assert "https://wetten.overheid.nl/BWBR0015703" in urls["loonkostensubsidie"]
    assert "https://zoek.officielebekendmakingen.nl/stcrt-2012-25702.html" in urls["proefplaatsing"]
    assert any("uwv.nl" in url for url in urls["jobcoach"])


def test_loonkostensubsidie_is_explained_as_the_law_has_it() -> None:
    """REFERENCE §7.1 (Participatiewet art. 10d): "the subsidy is the difference between the
    statutory minimum wage and the established loonwaarde, plus a fixed allowance for employer
    costs; the employer pays the agreed wage." The old text said the employer "betaalt gewoon
    het volledige loon en krijgt het verschil met de loonwaarde terug": the difference
    between *the wage* and the loonwaarde, which is wrong above the minimum wage."""
    lks = INSTRUMENT_BY_CODE["loonkostensubsidie"]
    for reader in instruments.Reader:
        what = str(lks.what.to(reader))
        assert (
            "het verschil tussen het wettelijk minimumloon en de vastgestelde loonwaarde, plus een "
            "vaste vergoeding voor de werkgeverslasten (23,5% van dat verschil)"
        ) in what
        assert "volledige loon" not in what
    employer = lks.text(instruments.Reader.EMPLOYER)
    assert "U betaalt het loon dat u met uw werknemer afspreekt." in str(employer.what)
    assert any("niet van het loon dat u afspreekt" in str(c) for c in employer.conditions)
    professional = lks.text(instruments.Reader.PROFESSIONAL)
    assert "De werkgever betaalt het loon dat hij met de werknemer afspreekt." in str(
        professional.what
    )
    assert any("niet van het afgesproken loon" in str(c) for c in professional.conditions)


def test_facts_from_the_reference_are_in_the_texts() -> None:
    for reader in instruments.Reader:
        by_code = {i.code: i.text(reader) for i in INSTRUMENTS}
        assert "23,5%" in str(by_code["loonkostensubsidie"].what)
        assert "2 maanden" in str(by_code["proefplaatsing"].duration)
        assert "6 maanden" in str(by_code["proefplaatsing"].duration)
        assert "3 jaar" in str(by_code["jobcoach"].duration)
        assert "15%" in str(by_code["jobcoach"].duration)
        assert "zonder einddatum" in str(by_code["no_riskpolis"].duration)
    assert INSTRUMENT_BY_CODE["jobcoach"].min_hours == 12


@pytest.mark.parametrize(
    ("age", "wage"),
    [
        (None, "14.71"),
        (14, "4.41"),  # below 15: the 15-year-old's rate
        (15, "4.41"),  # 30%
        (16, "5.15"),  # 35%
        (17, "5.88"),  # 40%
        (18, "7.36"),  # 50%
        (19, "8.83"),  # 60%
        (20, "11.77"),  # 80%
        (21, "14.71"),
        (45, "14.71"),
    ],
)
def test_minimum_hourly_wage_by_age(age: int | None, wage: str) -> None:
    assert minimum_hourly_wage(age) == Decimal(wage)


def test_minimum_wage_rises_with_age_up_to_21() -> None:
    wages = [minimum_hourly_wage(age) for age in range(15, 22)]
    assert wages == sorted(wages)
    assert len(set(wages)) == len(wages)
    assert wages[-1] == instruments.MINIMUM_HOURLY_WAGE_21
