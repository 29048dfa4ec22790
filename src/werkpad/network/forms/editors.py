"""The form of the knowledge base's editors: the e-mail address of the colleague to name."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin


class EditorForm(UtrechtFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres van je collega"),
        help_text=_(
            "Het e-mailadres waarmee je collega inlogt bij Werkpad. Je collega werkt bij een "
            "organisatie in deze regio."
        ),
        error_messages={
            "required": _("Vul het e-mailadres van je collega in."),
            "invalid": _("Vul een e-mailadres in als naam@organisatie.nl."),
        },
    )
