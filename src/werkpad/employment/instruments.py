"""The instruments guide: which instruments may apply to a placement, given the worker's
benefit and whether they are in the doelgroepregister. The rules are data, kept here and
nowhere else, with their sources (REFERENCE.md §4.3) and the date they were last checked.

It advises; it does not decide. UWV or the gemeente decides, and every text says so. The
texts are written for an employer in plain Dutch ("ontzorg werkgevers")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from werkpad.trajectories import models as trajectory_models

RULES_CHECKED_ON = date(2026, 11, 1)


class Verdict(StrEnum):
    MAY_APPLY = "mogelijk"
    ASK = "navragen"
    UNLIKELY = "onwaarschijnlijk"


VERDICT_LABELS = {
    Verdict.MAY_APPLY: _("kan van toepassing zijn"),
    Verdict.ASK: _("navragen"),
    Verdict.UNLIKELY: _("waarschijnlijk niet"),
}

# The benefits an intake records (trajectories.BenefitStatus values).
BIJSTAND, WW, WIA, WAJONG, ZIEKTEWET, NONE, OTHER = (
    "bijstand",
    "ww",
    "wia",
    "wajong",
    "ziektewet",
    "geen",
    "anders",
)
UWV_BENEFITS = trajectory_models.UWV_BENEFITS


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str | Promise
    what: str | Promise  # what it is, for an employer
    conditions: tuple[str | Promise, ...]
    duration: str | Promise
    source: str
    # benefit -> verdict; "register" is the verdict for someone in the doelgroepregister
    by_benefit: dict[str, Verdict] = field(default_factory=dict)
    register: Verdict | None = None
    needs_sroi_employer: bool = False
    min_hours: int | None = None


INSTRUMENTS: tuple[Instrument, ...] = (
    Instrument(
        code="loonkostensubsidie",
        name=_("Loonkostensubsidie"),
        # Participatiewet art. 10d (REFERENCE §7.1): the subsidy is the difference between the
        # statutory minimum wage and the established loonwaarde, plus a fixed allowance for
        # employer costs (23,5% of that difference, Regeling loonkostensubsidie art. 1); the
        # employer pays the agreed wage, whatever it is.
        what=_(
            "Voor iemand die (nog) niet het volledige wettelijk minimumloon kan verdienen. U "
            "betaalt het loon dat u met uw werknemer afspreekt. De gemeente betaalt u "
            "loonkostensubsidie: het verschil tussen het wettelijk minimumloon en de "
            "vastgestelde loonwaarde, plus een vaste vergoeding voor de werkgeverslasten "
            "(23,5% van dat verschil)."
        ),
        conditions=(
            _("Een deskundige stelt de loonwaarde vast op de werkplek (taken, tempo, kwaliteit)."),
            _(
                "De subsidie hangt af van het minimumloon en de loonwaarde, niet van het loon "
                "dat u afspreekt: betaalt u meer (bijvoorbeeld het cao-loon), dan betaalt u dat "
                "deel zelf."
            ),
            _("Voor mensen onder de Participatiewet of in het doelgroepregister."),
        ),
        duration=_("Zolang de loonwaarde lager is dan het minimumloon; de gemeente toetst dit."),
        source="https://wetten.overheid.nl/BWBR0015703",
        by_benefit={BIJSTAND: Verdict.MAY_APPLY, NONE: Verdict.ASK, WAJONG: Verdict.ASK},
        register=Verdict.MAY_APPLY,
    ),
    Instrument(
        code="no_riskpolis",
        name=_("No-riskpolis"),
        what=_(
            "Wordt uw werknemer ziek, dan betaalt UWV een Ziektewet-uitkering aan u. U "
            "betaalt geen hogere premie. U vraagt het binnen 3 maanden na de ziekmelding aan."
        ),
        conditions=(
            _("Voor mensen met een WIA- of Wajong-uitkering, of in het doelgroepregister."),
            _("Er is een arbeidscontract."),
        ),
        duration=_("5 jaar; voor het doelgroepregister zonder einddatum."),
        source="https://www.sazas.nl/kennisbank/verzuim/wia/no-risk-status",
        by_benefit={WIA: Verdict.MAY_APPLY, WAJONG: Verdict.MAY_APPLY, ZIEKTEWET: Verdict.ASK},
        register=Verdict.MAY_APPLY,
    ),
    Instrument(
        code="proefplaatsing",
        name=_("Proefplaatsing"),
        what=_(
            "De werknemer werkt eerst een tijd op proef en houdt zijn uitkering. U betaalt in "
            "die tijd geen loon. Daarna wilt u iemand minstens 6 maanden in dienst nemen."
        ),
        conditions=(
            _("U bent van plan daarna een contract van minstens 6 maanden te geven."),
            _("Na de proefplaatsing geldt geen proeftijd meer."),
            _("U bent verzekerd voor aansprakelijkheid."),
        ),
        duration=_("2 maanden, bij uitzondering tot 6 maanden."),
        source="https://zoek.officielebekendmakingen.nl/stcrt-2012-25702.html",
        by_benefit={
            BIJSTAND: Verdict.MAY_APPLY,
            WW: Verdict.MAY_APPLY,
            WIA: Verdict.MAY_APPLY,
            WAJONG: Verdict.MAY_APPLY,
            ZIEKTEWET: Verdict.MAY_APPLY,
            # Another benefit (of UWV or the gemeente) may be kept too: ask, don't rule out.
            OTHER: Verdict.ASK,
        },
    ),
    Instrument(
        code="jobcoach",
        name=_("Jobcoach"),
        what=_(
            "Een jobcoach helpt de werknemer op de werkvloer: inwerken, structuur, een "
            "persoonlijke handleiding. Dat kan een coach van buiten zijn, of iemand van uw "
            "eigen bedrijf; voor een eigen jobcoach krijgt u een vergoeding."
        ),
        conditions=(
            _("Een contract van minstens 12 uur per week, voor minstens 6 maanden."),
            _("Via UWV (WIA, Wajong, Ziektewet) of via de gemeente (Participatiewet)."),
        ),
        duration=_(
            "In principe hoogstens 3 jaar. Een eigen jobcoach: 15% van de uren in jaar 1, "
            "7,5% in jaar 2, 6% in jaar 3."
        ),
        source="https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/jobcoach",
        by_benefit={
            WIA: Verdict.MAY_APPLY,
            WAJONG: Verdict.MAY_APPLY,
            ZIEKTEWET: Verdict.MAY_APPLY,
            BIJSTAND: Verdict.ASK,
            WW: Verdict.ASK,
            NONE: Verdict.ASK,
        },
        register=Verdict.MAY_APPLY,
        min_hours=12,
    ),
    Instrument(
        code="sroi",
        name=_("Social return (SROI)"),
        what=_(
            "Heeft u een opdracht van de overheid met social return, dan telt deze baan "
            "misschien mee voor uw verplichting. Hoe, verschilt per gemeente."
        ),
        conditions=(
            _("U heeft een SROI-verplichting uit een aanbesteding."),
            _("Mensen uit het doelgroepregister tellen mee; anderen soms (vraag de gemeente)."),
        ),
        duration=_("Zolang de opdracht loopt."),
        source="https://wspregiozwolle.nl/social-return-on-investment-sroi/opdrachtgever/",
        by_benefit={
            BIJSTAND: Verdict.ASK,
            WW: Verdict.ASK,
            WIA: Verdict.ASK,
            WAJONG: Verdict.ASK,
            ZIEKTEWET: Verdict.ASK,
            NONE: Verdict.ASK,
            OTHER: Verdict.ASK,
        },
        register=Verdict.MAY_APPLY,
        needs_sroi_employer=True,
    ),
)

INSTRUMENT_BY_CODE = {i.code: i for i in INSTRUMENTS}
INSTRUMENT_CHOICES = [(i.code, i.name) for i in INSTRUMENTS]


@dataclass(frozen=True)
class Advice:
    instrument: Instrument
    verdict: Verdict
    notes: tuple[str | Promise, ...] = ()

    @property
    def verdict_label(self) -> str | Promise:
        return VERDICT_LABELS[self.verdict]


def _better(a: Verdict, b: Verdict | None) -> Verdict:
    order = [Verdict.UNLIKELY, Verdict.ASK, Verdict.MAY_APPLY]
    return a if b is None or order.index(a) >= order.index(b) else b


def advise(
    *,
    benefit: str,
    in_register: bool,
    hours_per_week: Decimal | float | None = None,
    employer_has_sroi: bool = False,
) -> list[Advice]:
    """Per instrument: may it apply, should it be asked, or is it unlikely; with the notes
    that explain why. Advice only: the decision is UWV's or the gemeente's."""
    advice = []
    for instrument in INSTRUMENTS:
        verdict = instrument.by_benefit.get(benefit, Verdict.UNLIKELY)
        if in_register and instrument.register is not None:
            verdict = _better(instrument.register, verdict)
        notes: list[str | Promise] = []
        if instrument.needs_sroi_employer and not employer_has_sroi:
            verdict = Verdict.UNLIKELY
            notes.append(_("Deze werkgever heeft geen SROI-verplichting vastgelegd."))
        if (
            instrument.min_hours
            and hours_per_week is not None
            and verdict != Verdict.UNLIKELY
            and hours_per_week < instrument.min_hours
        ):
            verdict = Verdict.ASK
            notes.append(_("Let op: meestal is een contract van minstens 12 uur per week nodig."))
        if instrument.code == "proefplaatsing" and benefit in (NONE, ""):
            notes.append(_("Zonder uitkering is er geen uitkering om te behouden."))
        advice.append(Advice(instrument, verdict, tuple(notes)))
    return advice


# --- Minimum wage ---------------------------------------------------------------------------
# Wettelijk minimumuurloon per 1 januari 2026 for 21 and older, and the youth percentages
# (unchanged since 1 July 2019). Source: rijksoverheid.nl/onderwerpen/minimumloon.
MINIMUM_WAGE_SOURCE = "https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon"
MINIMUM_HOURLY_WAGE_21 = Decimal("14.71")
MINIMUM_WAGE_FROM = date(2026, 1, 1)
YOUTH_PERCENTAGE = {15: 30, 16: 35, 17: 40, 18: 50, 19: 60, 20: 80}


def minimum_hourly_wage(age: int | None) -> Decimal:
    """The statutory minimum hourly wage at ``age`` (the adult rate when the age is unknown)."""
    if age is None or age >= 21:
        return MINIMUM_HOURLY_WAGE_21
    percentage = YOUTH_PERCENTAGE.get(max(age, 15), 30)
    return (MINIMUM_HOURLY_WAGE_21 * percentage / 100).quantize(Decimal("0.01"))
