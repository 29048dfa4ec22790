"""The income rules are data: every benefit x every situation has plain text and at least one
source with a name and an official https address, and the date they were checked is set."""

from __future__ import annotations

from datetime import date

import pytest

from werkpad.portal import income
from werkpad.trajectories.models import BenefitStatus

CASES = [
    pytest.param(benefit, situation, id=f"{benefit}-{situation}")
    for benefit in income.BENEFITS
    for situation in income.Situation
]

OFFICIAL_HOSTS = (
    "https://wetten.overheid.nl/",
    "https://www.rijksoverheid.nl/",
    "https://www.uwv.nl/",
    "https://vng.nl/",
    "https://www.tweedekamer.nl/",  # a parliamentary document (REFERENCE.md cites a mirror)
)


def test_the_five_benefits_are_the_intakes_benefits() -> None:
    named = {BenefitStatus.BIJSTAND, BenefitStatus.WW, BenefitStatus.WIA}
    named |= {BenefitStatus.WAJONG, BenefitStatus.ZIEKTEWET}
    assert set(income.BENEFITS) == {str(b) for b in named}
    assert set(income.BENEFIT_INFO) == set(income.BENEFITS)


@pytest.mark.parametrize(("benefit", "situation"), CASES)
def test_every_benefit_and_situation_has_text_and_a_source(benefit: str, situation: str) -> None:
    rules = [r for r in income.RULES if r.benefit == benefit and r.situation == situation]
    assert len(rules) == 1, f"{benefit}/{situation}: {len(rules)} rules"
    rule = rules[0]
    assert rule.text, f"{benefit}/{situation} has no text"
    assert all(len(str(paragraph).strip()) > 20 for paragraph in rule.text)
    assert rule.sources, f"{benefit}/{situation} has no source"
    for source in rule.sources:
        assert source.name.strip()
        assert source.url.startswith(OFFICIAL_HOSTS), source.url
    assert str(rule.heading)


def test_rules_for_gives_the_three_situations_in_order() -> None:
    for benefit in income.BENEFITS:
        situations = [r.situation for r in income.rules_for(benefit)]
        assert situations == list(income.Situation)
    assert income.rules_for("geen") == ()


def test_the_rules_were_checked_on_a_real_day_not_in_the_future() -> None:
    assert isinstance(income.RULES_CHECKED_ON, date)
    assert date(2025, 1, 1) <= income.RULES_CHECKED_ON <= date.today()


def test_the_job_stops_texts_name_the_ways_back() -> None:
    """Wajong revival, WW revival and Simpel Switchen are what clients fear losing."""
    text = {
        r.benefit: " ".join(str(t) for t in r.text)
        for r in income.RULES
        if r.situation == income.Situation.JOB_STOPS
    }
    assert "herleven" in text[income.WAJONG]
    assert "herleven" in text[income.WW]
    assert "Simpel Switchen" in text[income.BIJSTAND]
    assert "snelle herstart" in text[income.BIJSTAND]
