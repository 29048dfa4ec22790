"""Forms: The career profile and work history."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    date_field,
    text_field,
)
from werkpad.trajectories.models import BenefitStatus

from ..models import (
    RegisterStatus,
    Sector,
    TravelScope,
    WorkKind,
)
from ._shared import CHOOSE, ConditionsField, _gemeente, _hours, _multi


# --- Career profile ------------------------------------------------------------------------
class ProfileForm(UtrechtFormMixin, forms.Form):
    own_words = text_field(_("Wat voor werk wil de cliënt? In de eigen woorden"))
    work_kinds = _multi(_("Soort werk dat de cliënt wil"), WorkKind.choices)
    sectors = _multi(_("Sectoren die de cliënt aanspreken"), Sector.choices)
    avoid_kinds = _multi(
        _("Soort werk dat de cliënt níet wil"),
        WorkKind.choices,
        _("Een uitdrukkelijke wens: Werkpad biedt hier nooit een match in aan."),
    )
    avoid_sectors = _multi(
        _("Sectoren die de cliënt níet wil"),
        Sector.choices,
        _("Een uitdrukkelijke wens: Werkpad biedt hier nooit een match in aan."),
    )
    hours_min = _hours(_("Minstens uren per week"))
    hours_max = _hours(_("Hoogstens uren per week"))
    home_gemeente = _gemeente(_("Woonplaats (gemeente)"), required=False)
    travel_scope = choice_field(_("Waar mag het werk zijn?"), TravelScope.choices)
    travel_note = forms.CharField(
        label=_("Reizen: hoe en hoe lang"), max_length=200, required=False
    )
    available_from = date_field(_("Beschikbaar vanaf"), required=False)
    needs_mask = ConditionsField(_("Wat de cliënt nodig heeft op het werk"))
    talents = text_field(_("Talenten en sterke kanten"), required=False)
    interests = text_field(_("Interesses"), required=False)
    education = text_field(_("Opleiding en cursussen"), required=False)
    helps = text_field(_("Wat helpt op het werk?"), required=False)
    hinders = text_field(_("Wat maakt werken moeilijker?"), required=False)
    support_wished = text_field(_("Welke steun wil de cliënt?"), required=False)
    benefit_status = choice_field(_("Uitkering"), [CHOOSE, *BenefitStatus.choices], required=False)
    register_status = choice_field(_("Doelgroepregister (banenafspraak)"), RegisterStatus.choices)


class ProfileEditForm(ProfileForm, VersionedForm):
    pass


class HistoryForm(UtrechtFormMixin, forms.Form):
    job = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul de functie in.")}
    )
    employer_name = forms.CharField(label=_("Werkgever"), max_length=200, required=False)
    from_year = forms.IntegerField(
        label=_("Van (jaar)"), error_messages={"required": _("Vul het beginjaar in.")}
    )
    to_year = forms.IntegerField(label=_("Tot (jaar)"), required=False)
    went_well = text_field(_("Wat ging goed?"), required=False)
    why_ended = text_field(_("Waarom gestopt?"), required=False)
