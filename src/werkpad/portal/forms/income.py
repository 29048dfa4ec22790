"""The worked example on the income page: one form per benefit, amounts as the client types
them. Nothing here is saved; the view computes the example and forgets the amounts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import EuroField, UtrechtFormMixin, date_field
from werkpad.portal import income
from werkpad.portal.income_examples import (
    Example,
    Vrijlating,
    WgaPhase,
    WwEnd,
    bijstand_part_time,
    wga_part_time,
    ww_end,
    ww_part_time,
)

# WW lasts at most 24 months (Werkloosheidswet): a later end date is a typing error.
WW_MAX_DAYS = 2 * 366
WAGE = {"min_value": _("Vul in wat je gaat verdienen: meer dan 0 euro.")}


def _wage(label: Any) -> EuroField:
    """What the client will earn per month (bruto or netto): more than nothing."""
    return EuroField(label=label, positive=True, error_messages=WAGE)


CHOOSE = {"required": _("Maak een keuze."), "invalid_choice": _("Maak een keuze uit de lijst.")}


def _radio(label: Any, choices: list[tuple[str, Any]], **kw: Any) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=choices, widget=forms.RadioSelect, error_messages=CHOOSE, **kw
    )


class IncomeExampleForm(UtrechtFormMixin, forms.Form):
    """Valid, it gives the worked example for its amounts (and, for WW, its end date)."""

    benefit: str = ""

    def example(self) -> Example:
        raise NotImplementedError

    def ww_end(self) -> WwEnd | None:
        return None


class WwExampleForm(IncomeExampleForm):
    benefit = income.WW

    maandloon = EuroField(
        label=_("Je WW-maandloon, bruto"),
        help_text=_("Dit staat in de brief van UWV over je WW. Het is niet je WW-bedrag zelf."),
    )
    loon = _wage(_("Wat je gaat verdienen per maand, bruto"))
    periode = _radio(
        _("Hoe lang heb je al WW?"),
        [("eerste", _("Korter dan 2 maanden")), ("later", _("2 maanden of langer"))],
    )
    einddatum = date_field(
        _("Mijn WW stopt op"),
        required=False,
        help_text=_("Dit staat ook in de brief van UWV. Je mag het leeg laten."),
    )

    def clean_einddatum(self) -> date | None:
        day: date | None = self.cleaned_data.get("einddatum")
        today = timezone.localdate()
        if day is not None and day <= today:
            raise forms.ValidationError(
                _("Deze datum is al voorbij. Vul de datum in waarop je WW nog gaat stoppen.")
            )
        if day is not None and day > today + timedelta(days=WW_MAX_DAYS):
            raise forms.ValidationError(
                _("WW duurt hoogstens 2 jaar. Kijk de datum na in de brief van UWV.")
            )
        return day

    def example(self) -> Example:
        data = self.cleaned_data
        return ww_part_time(
            monthly_wage_base=data["maandloon"],
            new_wage=data["loon"],
            first_months=data["periode"] == "eerste",
        )

    def ww_end(self) -> WwEnd | None:
        day = self.cleaned_data.get("einddatum")
        return None if day is None else ww_end(ends_on=day, today=timezone.localdate())


class BijstandExampleForm(IncomeExampleForm):
    benefit = income.BIJSTAND

    norm = EuroField(
        label=_("Je bijstand nu, per maand"),
        help_text=_("Het bedrag dat je van de gemeente krijgt, netto."),
    )
    loon = _wage(_("Wat je gaat verdienen per maand, netto"))
    vrijlating = _radio(
        _("Welk deel van je loon mag je houden?"),
        [
            (
                Vrijlating.QUARTER,
                _("Een kwart: ik ben 27 jaar of ouder en werk korter dan 6 maanden"),
            ),
            (
                Vrijlating.MEDICAL,
                _("15%: UWV heeft vastgesteld dat ik door mijn gezondheid minder uren kan werken"),
            ),
            (Vrijlating.NONE, _("Niets, of ik weet het niet")),
        ],
    )

    def example(self) -> Example:
        data = self.cleaned_data
        return bijstand_part_time(
            norm=data["norm"], net_wage=data["loon"], vrijlating=Vrijlating(data["vrijlating"])
        )


class WiaExampleForm(IncomeExampleForm):
    benefit = income.WIA

    maandloon = EuroField(
        label=_("Je WIA-maandloon, bruto"),
        help_text=_("Dit staat in de brief van UWV over je WIA. Het is niet je uitkering zelf."),
    )
    loon = _wage(_("Wat je gaat verdienen per maand, bruto"))
    fase = _radio(
        _("Welke WGA-uitkering heb je?"),
        [
            (WgaPhase.FIRST_MONTHS, _("Loongerelateerd, korter dan 2 maanden")),
            (WgaPhase.WAGE_RELATED, _("Loongerelateerd, 2 maanden of langer")),
            (WgaPhase.AFTER, _("Loonaanvulling of vervolguitkering")),
        ],
        help_text=_("Dit staat in de brief van UWV. Weet je het niet? Kies dan de eerste."),
    )
    restverdiencapaciteit = EuroField(
        label=_("Je restverdiencapaciteit per maand, bruto"),
        required=False,
        help_text=_(
            "Wat je volgens UWV nog kunt verdienen. Dit staat in de brief van UWV. Alleen nodig "
            "bij een loonaanvulling of vervolguitkering."
        ),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("fase") == WgaPhase.AFTER and data.get("restverdiencapaciteit") is None:
            self.add_error(
                "restverdiencapaciteit",
                _(
                    "Vul je restverdiencapaciteit in. Zonder dat bedrag kunnen we een "
                    "loonaanvulling of vervolguitkering niet uitrekenen."
                ),
            )
        return data

    def example(self) -> Example:
        data = self.cleaned_data
        return wga_part_time(
            monthly_wage_base=data["maandloon"],
            new_wage=data["loon"],
            phase=WgaPhase(data["fase"]),
            earning_capacity=data.get("restverdiencapaciteit"),
        )


EXAMPLE_FORMS: dict[str, type[IncomeExampleForm]] = {
    form.benefit: form for form in (WwExampleForm, BijstandExampleForm, WiaExampleForm)
}


def example_form_for(benefit: str, data: Any = None) -> IncomeExampleForm | None:
    form_class = EXAMPLE_FORMS.get(benefit)
    return None if form_class is None else form_class(data, prefix="voorbeeld")
