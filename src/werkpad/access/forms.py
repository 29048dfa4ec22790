from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin


class BreakTheGlassForm(UtrechtFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Waarom heb je deze gegevens nu nodig?"),
        help_text=_(
            "Verplicht. De cliënt en de functioneel beheerder van je organisatie lezen deze "
            "reden in het toegangslog."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        error_messages={"required": _("Schrijf op waarom je deze gegevens nu nodig hebt.")},
    )
