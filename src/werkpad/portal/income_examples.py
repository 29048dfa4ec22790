"""Worked examples in euros: what working means for the client's income, from amounts the
client types in. The rules are those of ``income`` (same sources, same checked date); here
they become sums a client can follow line by line.

The sums are deliberately simple and say so: UWV and the gemeente compute per day, round,
apply yearly maximums and look at more than the wage. An example shows the shape of the
rule (working always adds up to more) and roughly how much; the decision stays with UWV or
the gemeente. Amounts are never stored or logged: the page computes and forgets them.

Pure functions over ``Decimal``, so the table tests in ``tests/test_income_examples.py`` can
check each benefit and situation against the rule it cites."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from werkpad.portal import income
from werkpad.portal.income import Source, Text

CENT = Decimal("0.01")
ZERO = Decimal("0")

# WW and the loongerelateerde WGA-uitkering: 75% of what is left in the first 2 months,
# 70% after (UWV: "Uw WW-uitkering berekenen als u inkomsten heeft"; Wet WIA art. 62).
FIRST_MONTHS_SHARE = Decimal("0.75")
LATER_SHARE = Decimal("0.70")
# WW stops when the new income is more than 87.5% of the WW-maandloon (UWV: "Ik ga werken
# maar krijg minder loon").
WW_STOPS_ABOVE = Decimal("0.875")
# Bijstand: the inkomstenvrijlating of Participatiewet art. 31 lid 2: a quarter of the wage
# for 6 months (27 or older), or 15% for someone UWV found can work fewer hours only.
QUARTER = Decimal("0.25")
MEDICAL_SHARE = Decimal("0.15")
# WGA after the loongerelateerde uitkering: the loonaanvulling for whoever earns at least
# half their restverdiencapaciteit, 70% of the WIA-maandloon minus the larger of the
# restverdiencapaciteit and the wage (Wet WIA art. 60 and 61).
HALF = Decimal("0.5")
WGA_TOP_UP_SHARE = Decimal("0.70")
# WW revives when a job of less than 26 weeks stops (Werkloosheidswet, herleving).
REVIVAL_WEEKS = 26


def _share_label(share: Decimal) -> str:
    return f"{int(share * 100)}%"


SHARES = {"first": _share_label(FIRST_MONTHS_SHARE), "later": _share_label(LATER_SHARE)}


def euros(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


class Kind(StrEnum):
    """Which rule an example follows (shown as ``data-example`` and used by the tests)."""

    WW_TOP_UP = "ww_aanvulling"
    WW_STOPS = "ww_stopt"
    BIJSTAND_TOP_UP = "bijstand_aanvulling"
    BIJSTAND_STOPS = "bijstand_stopt"
    WGA_WAGE_RELATED = "wga_loongerelateerd"
    WGA_TOP_UP = "wga_loonaanvulling"
    WGA_FOLLOW_UP = "wga_vervolg"


@dataclass(frozen=True)
class Line:
    label: Text
    amount: Decimal


@dataclass(frozen=True)
class Example:
    kind: Kind
    gross: bool  # bruto (UWV) or netto (bijstand) amounts
    lines: tuple[Line, ...]  # the sum, in order, ending with the total with work
    with_work: Decimal | None  # None when UWV must compute it (WGA vervolguitkering)
    benefit_only: Decimal | None  # None when it is not a sum (WGA after the first phase)
    explanation: tuple[Text, ...]
    sources: tuple[Source, ...]

    @property
    def difference(self) -> Decimal | None:
        if self.with_work is None or self.benefit_only is None:
            return None
        return self.with_work - self.benefit_only


def _money(amount: Decimal) -> str:
    """As a Dutch reader writes an amount: € 1.234,50 (English: € 1,234.50)."""
    return "€ " + number_format(euros(amount), decimal_pos=2, use_l10n=True, force_grouping=True)


def _share_of_what_is_left(
    base: Decimal, wage: Decimal, share: Decimal, labels: tuple[str, str, str]
) -> tuple[tuple[Line, ...], Decimal]:
    """The sum of WW and of the loongerelateerde WGA: the maandloon, minus the wage, a share
    of what is left. ``labels`` name the maandloon, the benefit (with ``%(share)s``) and the
    total."""
    left = max(ZERO, base - wage)
    benefit = euros(share * left)
    base_label, benefit_label, total_label = labels
    lines = (
        Line(base_label, euros(base)),
        Line(_("Min je nieuwe loon"), euros(wage)),
        Line(_("Wat overblijft"), euros(left)),
        Line(benefit_label % {"share": _share_label(share)}, benefit),
        Line(total_label, euros(wage) + benefit),
    )
    return lines, benefit


# --- WW ----------------------------------------------------------------------------------
def ww_part_time(*, monthly_wage_base: Decimal, new_wage: Decimal, first_months: bool) -> Example:
    """WW with income from work: UWV subtracts the new wage from the WW-maandloon and pays
    75% (first 2 months) or 70% of what is left; above 87.5% of the maandloon WW stops."""
    share = FIRST_MONTHS_SHARE if first_months else LATER_SHARE
    benefit_only = euros(share * monthly_wage_base)
    sources = (income.UWV_WW_INCOME, income.UWV_WW_LESS_PAY)
    if new_wage > WW_STOPS_ABOVE * monthly_wage_base:
        return Example(
            kind=Kind.WW_STOPS,
            gross=True,
            lines=(Line(_("Je loon"), euros(new_wage)), Line(_("Je WW"), ZERO)),
            with_work=euros(new_wage),
            benefit_only=benefit_only,
            explanation=(
                _(
                    "Je verdient meer dan 87,5%% van je WW-maandloon (%(limit)s). Dan stopt je "
                    "WW. Je loon is dan meer dan je WW was."
                )
                % {"limit": _money(WW_STOPS_ABOVE * monthly_wage_base)},
            ),
            sources=sources,
        )
    labels = (
        _("Je WW-maandloon"),
        _("Je WW: %(share)s van wat overblijft"),
        _("Je loon plus je WW"),
    )
    lines, benefit = _share_of_what_is_left(monthly_wage_base, new_wage, share, labels)
    return Example(
        kind=Kind.WW_TOP_UP,
        gross=True,
        lines=lines,
        with_work=euros(new_wage) + benefit,
        benefit_only=benefit_only,
        explanation=(
            _(
                "UWV trekt je loon af van je WW-maandloon. Van wat overblijft krijg je de eerste "
                "2 maanden %(first)s en daarna %(later)s. Zo heb je met werk altijd meer dan met "
                "alleen WW."
            )
            % SHARES,
        ),
        sources=sources,
    )


@dataclass(frozen=True)
class WwEnd:
    ends_on: date
    months_left: int
    explanation: tuple[Text, ...]
    sources: tuple[Source, ...]


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def ww_end(*, ends_on: date, today: date) -> WwEnd:
    """'My WW ends on …': working does not move that date; a job of less than 26 weeks that
    stops before it lets the WW revive until then; after it, bijstand is what is left."""
    day = date_format(ends_on, "j F Y")
    return WwEnd(
        ends_on=ends_on,
        months_left=max(0, _months_between(today, ends_on)),
        explanation=(
            _(
                "Werken verandert die datum niet. Ook de maanden waarin je werkt en minder WW "
                "krijgt, tellen mee."
            ),
            _(
                "Stopt je nieuwe baan vóór %(day)s, en werkte je daar korter dan %(weeks)s weken? "
                "Dan kan je WW weer verder gaan (herleven), tot uiterlijk %(day)s."
            )
            % {"day": day, "weeks": REVIVAL_WEEKS},
            _(
                "Heb je na %(day)s geen werk, of verdien je te weinig om van te leven? Vraag dan "
                "een paar weken vóór die datum bijstand aan bij je gemeente. Dan zit je niet "
                "zonder geld."
            )
            % {"day": day},
        ),
        sources=(income.WERKLOOSHEIDSWET, income.UWV_WW_INCOME, income.RIJKSOVERHEID_BIJSTAND),
    )


# --- Bijstand ----------------------------------------------------------------------------
class Vrijlating(StrEnum):
    """Which part of the wage the gemeente leaves the client (Participatiewet art. 31)."""

    NONE = "geen"
    QUARTER = "kwart"
    MEDICAL = "medisch"


VRIJLATING_SHARE = {
    Vrijlating.NONE: ZERO,
    Vrijlating.QUARTER: QUARTER,
    Vrijlating.MEDICAL: MEDICAL_SHARE,
}


def bijstand_part_time(*, norm: Decimal, net_wage: Decimal, vrijlating: Vrijlating) -> Example:
    """Bijstand with income from work: the net wage, less the part the client may keep,
    comes off the bijstand; the gemeente tops up to the norm. Netto amounts."""
    kept = euros(VRIJLATING_SHARE[vrijlating] * net_wage)
    counted = euros(net_wage) - kept
    explanation: list[Text] = [
        _(
            "Je loon gaat van je bijstand af. De gemeente vult aan tot het bedrag dat je nodig "
            "hebt. Zo heb je met werk nooit minder dan met alleen bijstand."
        )
    ]
    if vrijlating == Vrijlating.QUARTER:
        explanation.append(
            _(
                "Een kwart van je loon mag je houden, 6 maanden lang. Er is een maximumbedrag "
                "per maand: je gemeente weet het bedrag van dit jaar. Boven dat bedrag houd je "
                "minder dan hier staat."
            )
        )
    elif vrijlating == Vrijlating.MEDICAL:
        explanation.append(
            _(
                "15% van je loon mag je houden, zolang je door je gezondheid minder uren kunt "
                "werken. Er is een maximumbedrag per maand: je gemeente weet het bedrag van "
                "dit jaar."
            )
        )
    sources = (income.PARTICIPATIEWET,)
    if counted >= norm:
        return Example(
            kind=Kind.BIJSTAND_STOPS,
            gross=False,
            lines=(Line(_("Je loon"), euros(net_wage)), Line(_("Je bijstand"), ZERO)),
            with_work=euros(net_wage),
            benefit_only=euros(norm),
            explanation=(
                _(
                    "Je verdient genoeg om van te leven. Dan stopt je bijstand. Geef je nieuwe "
                    "baan meteen door aan de gemeente."
                ),
            ),
            sources=sources,
        )
    benefit = euros(norm) - counted
    lines = [
        Line(_("Je bijstand nu"), euros(norm)),
        Line(_("Je loon"), euros(net_wage)),
    ]
    if kept:
        lines.append(Line(_("Dit deel van je loon mag je houden"), kept))
    lines += [
        Line(_("Dit gaat van je bijstand af"), counted),
        Line(_("Je bijstand met werk"), benefit),
        Line(_("Je loon plus je bijstand"), euros(net_wage) + benefit),
    ]
    return Example(
        kind=Kind.BIJSTAND_TOP_UP,
        gross=False,
        lines=tuple(lines),
        with_work=euros(net_wage) + benefit,
        benefit_only=euros(norm),
        explanation=tuple(explanation),
        sources=sources,
    )


# --- WIA (WGA) ---------------------------------------------------------------------------
class WgaPhase(StrEnum):
    """Where the client is in their WGA: the loongerelateerde uitkering (first 2 months or
    later), or the phase after it (loonaanvulling or vervolguitkering)."""

    FIRST_MONTHS = "eerste_maanden"
    WAGE_RELATED = "loongerelateerd"
    AFTER = "daarna"


def wga_part_time(
    *,
    monthly_wage_base: Decimal,
    new_wage: Decimal,
    phase: WgaPhase,
    earning_capacity: Decimal | None = None,
) -> Example:
    """WGA with income from work. In the loongerelateerde phase as WW: 75% or 70% of the
    WIA-maandloon minus the wage. After it: the loonaanvulling (70% of the maandloon minus
    the larger of restverdiencapaciteit and wage) for whoever earns at least half their
    restverdiencapaciteit, else a vervolguitkering that UWV computes from the minimum wage
    and the degree of incapacity (not a sum a client can do)."""
    sources = (income.UWV_WIA_DURING, income.WET_WIA)
    wage = euros(new_wage)
    if phase != WgaPhase.AFTER:
        share = FIRST_MONTHS_SHARE if phase == WgaPhase.FIRST_MONTHS else LATER_SHARE
        labels = (
            _("Je WIA-maandloon"),
            _("Je WGA: %(share)s van wat overblijft"),
            _("Je loon plus je WGA"),
        )
        lines, benefit = _share_of_what_is_left(monthly_wage_base, new_wage, share, labels)
        return Example(
            kind=Kind.WGA_WAGE_RELATED,
            gross=True,
            lines=lines,
            with_work=wage + benefit,
            benefit_only=euros(share * monthly_wage_base),
            explanation=(
                _(
                    "In de eerste tijd van je WGA (de loongerelateerde uitkering) trekt UWV je "
                    "loon af van je WIA-maandloon. Van wat overblijft krijg je de eerste 2 "
                    "maanden %(first)s en daarna %(later)s."
                )
                % SHARES,
            ),
            sources=sources,
        )
    # Without work, this phase pays the vervolguitkering, which UWV computes: no sum to
    # compare with.
    capacity = earning_capacity if earning_capacity is not None else ZERO
    benefit_only = None
    if new_wage >= HALF * capacity:
        counted = max(capacity, new_wage)
        benefit = euros(WGA_TOP_UP_SHARE * max(ZERO, monthly_wage_base - counted))
        return Example(
            kind=Kind.WGA_TOP_UP,
            gross=True,
            lines=(
                Line(_("Je WIA-maandloon"), euros(monthly_wage_base)),
                Line(_("Min je restverdiencapaciteit of je loon (het hoogste)"), euros(counted)),
                Line(
                    _("Je loonaanvulling: %(share)s van wat overblijft")
                    % {"share": _share_label(WGA_TOP_UP_SHARE)},
                    benefit,
                ),
                Line(_("Je loon plus je loonaanvulling"), wage + benefit),
            ),
            with_work=wage + benefit,
            benefit_only=benefit_only,
            explanation=(
                _(
                    "Je verdient minstens de helft van je restverdiencapaciteit (%(half)s). Dan "
                    "krijg je een loonaanvulling. Hoe meer je verdient, hoe meer je in totaal "
                    "hebt."
                )
                % {"half": _money(HALF * capacity)},
            ),
            sources=sources,
        )
    return Example(
        kind=Kind.WGA_FOLLOW_UP,
        gross=True,
        lines=(Line(_("Je loon"), wage),),
        with_work=None,
        benefit_only=benefit_only,
        explanation=(
            _(
                "Je verdient minder dan de helft van je restverdiencapaciteit (%(half)s). Dan "
                "krijg je een vervolguitkering in plaats van een loonaanvulling. Die is lager. "
                "UWV rekent hem uit met het minimumloon en met hoeveel je arbeidsongeschikt bent."
            )
            % {"half": _money(HALF * capacity)},
            _(
                "Verdien je %(half)s of meer? Dan krijg je weer de loonaanvulling. Meer werken "
                "kan dus veel uitmaken. Vraag UWV om het voor je uit te rekenen."
            )
            % {"half": _money(HALF * capacity)},
        ),
        sources=sources,
    )


# Which benefits have a worked example (the three: WW, bijstand, WIA).
BENEFITS_WITH_EXAMPLE = (income.WW, income.BIJSTAND, income.WIA)
