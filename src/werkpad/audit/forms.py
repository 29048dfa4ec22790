from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, date_input

from .models import BASIS_LABELS, AuditAction, Outcome


class AccessLogSearchForm(UtrechtFormMixin, forms.Form):
    client = forms.CharField(label=_("Cliënt (Werkpad-nummer)"), required=False, max_length=40)
    user = forms.CharField(label=_("Gebruiker (e-mail)"), required=False, max_length=254)
    date_from = forms.DateField(
        label=_("Vanaf"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Vul een datum in als 31-12-2026.")},
    )
    date_to = forms.DateField(
        label=_("Tot en met"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Vul een datum in als 31-12-2026.")},
    )
    action = forms.ChoiceField(
        label=_("Actie"), required=False, choices=[("", _("Alle")), *AuditAction.choices]
    )
    outcome = forms.ChoiceField(
        label=_("Uitkomst"), required=False, choices=[("", _("Alle")), *Outcome.choices]
    )
    # "Toegang buiten het team" lists every break-the-glass access (decision 0033).
    basis = forms.ChoiceField(
        label=_("Grondslag"),
        required=False,
        choices=[("", _("Alle")), *BASIS_LABELS.items()],
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("De begindatum ligt na de einddatum."))
        return data
