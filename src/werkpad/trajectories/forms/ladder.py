"""A participatieladder assessment."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin

from ..models import LadderStep, Perspective
from ._shared import _choice, _date, _not_in_future, _text


class LadderForm(UtrechtFormMixin, forms.Form):
    step = forms.TypedChoiceField(
        label=_("Trede"),
        choices=[("", _("Kies een trede")), *LadderStep.choices],
        coerce=int,
        error_messages={"required": _("Kies een trede van de participatieladder.")},
    )
    perspective = _choice(_("Wiens inschatting"), Perspective.choices)
    assessed_on = _date(_("Datum"))
    note = _text(_("Toelichting"), required=False, rows=2)

    def clean_assessed_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("assessed_on"))
