from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, date_input

from .models import BASIS_LABELS, AuditAction, Outcome


class AccessLogSearchForm(UtrechtFormMixin, forms.Form):
    client = forms.CharField(label=_("Cliënt (Werkpad-nummer)"), required=False, max_length=40)
    # Or by name and date of birth, both: the client who asks "wie keek in mijn dossier" does
    # not know their Werkpad number (issue 13, item 2).
    client_name = forms.CharField(label=_("Of: naam cliënt"), required=False, max_length=200)
    client_born = forms.DateField(
        label=_("met geboortedatum"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Vul een datum in als 31-12-2026.")},
    )
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
            self.add_error(None, _("De begindatum ligt na de einddatum."))
        name, born = data.get("client_name", "").strip(), data.get("client_born")
        if name and not born and "client_born" not in self.errors:
            self.add_error(
                "client_born",
                _("Vul bij de naam ook de geboortedatum in: zo vind je precies die cliënt."),
            )
        if born and not name:
            self.add_error("client_name", _("Vul bij de geboortedatum ook de naam in."))
        if (name or born) and data.get("client"):
            self.add_error(
                "client", _("Zoek op het Werkpad-nummer óf op naam en geboortedatum, niet allebei.")
            )
        return data
