"""Forms: The instruments guide before there is a placement: what the professional knows about
the client's benefit and the employer, and nothing that names the client."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import choice_field
from werkpad.trajectories.models import BenefitStatus

from ._shared import CHOOSE, _hours

YES, NO = "ja", "nee"
YES_NO = [(YES, _("ja")), (NO, _("nee"))]


def _yes(value: str) -> bool:
    return value == YES


UNKNOWN = "onbekend"


def _yes_no(label: Any, help_text: Any = "", *, unknown: bool = False) -> forms.TypedChoiceField:
    """Ja or nee; with ``unknown`` also "weet ik niet", which counts as nee for the advice
    (the advice then says what to ask)."""
    choices = [*YES_NO, (UNKNOWN, _("weet ik niet"))] if unknown else YES_NO
    return forms.TypedChoiceField(
        label=label,
        choices=choices,
        coerce=_yes,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={
            "required": _("Kies ja of nee."),
            "invalid_choice": _("Kies ja of nee."),
        },
    )


class GuideForm(forms.Form):
    benefit = choice_field(
        _("Uitkering van je cliënt"),
        [CHOOSE, *BenefitStatus.choices],
        help_text=_("Kies 'geen uitkering' als je cliënt geen uitkering heeft."),
    )
    in_register = _yes_no(
        _("Staat je cliënt in het doelgroepregister?"),
        _("Het doelgroepregister van UWV, voor de banenafspraak. Je cliënt ziet dit in Mijn UWV."),
        unknown=True,
    )
    hours_per_week = _hours(_("Uren per week"))
    employer_has_sroi = _yes_no(
        _("Heeft de werkgever een SROI-verplichting?"),
        _("Social return uit een opdracht van de overheid."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["benefit"].error_messages["invalid_choice"] = _(
            "Kies een uitkering uit de lijst."
        )
        self.fields["hours_per_week"].help_text = _(
            "Hoeveel uur per week je cliënt gaat werken, als je dat al weet."
        )
