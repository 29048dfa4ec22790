from __future__ import annotations

import pytest

from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente
from werkpad.organisations.reference import ARBEIDSMARKTREGIOS, DEMO_GEMEENTEN


@pytest.mark.django_db
def test_the_35_arbeidsmarktregios_with_their_cbs_codes() -> None:
    codes = list(ArbeidsmarktRegio.objects.values_list("code", flat=True))
    assert len(codes) == 35
    # The codes are not contiguous: these three do not exist.
    assert not {"AM04", "AM16", "AM31"} & set(codes)
    assert ArbeidsmarktRegio.objects.get(code="AM13").name == "Midden-Utrecht"
    assert ArbeidsmarktRegio.objects.get(code="AM38").name == "FoodValley"
    assert len({name for _code, name in ARBEIDSMARKTREGIOS}) == 35


@pytest.mark.django_db
def test_the_demo_region_ships_its_gemeenten() -> None:
    in_am13 = Gemeente.objects.filter(region__code="AM13")
    assert in_am13.count() == len(DEMO_GEMEENTEN)
    assert in_am13.get(code="GM0344").name == "Utrecht"
    assert in_am13.get(code="GM0356").name == "Nieuwegein"
