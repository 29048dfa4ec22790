"""Forms of the regional agreement: the text and dates, a shared target, the document."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm, date_field, text_field


class AgreementForm(VersionedForm):
    summary = text_field(_("Waar de partners het over eens zijn"), rows=5, max_length=3000)
    funding = text_field(_("Financiering"), required=False, rows=4, max_length=3000)
    starts_on = date_field(_("Ingangsdatum"))
    review_on = date_field(_("Evaluatie op"))


class TargetForm(UtrechtFormMixin, forms.Form):
    text = forms.CharField(
        label=_("Doel"), max_length=300, error_messages={"required": _("Beschrijf het doel.")}
    )
    population = forms.CharField(
        label=_("Voor wie"), max_length=300, error_messages={"required": _("Zeg voor wie.")}
    )
    percentage = forms.IntegerField(
        label=_("Percentage"),
        required=False,
        error_messages={"invalid": _("Vul een heel getal in.")},
    )
    count = forms.IntegerField(
        label=_("Of een aantal mensen"),
        required=False,
        min_value=1,
        error_messages={
            "invalid": _("Vul een heel getal in."),
            "min_value": _("Vul een aantal van 1 of meer in."),
        },
    )
    due_on = date_field(_("Uiterlijk op"))


class DocumentForm(UtrechtFormMixin, forms.Form):
    document = forms.FileField(
        label=_("Getekend document (pdf)"),
        error_messages={
            "required": _("Kies het pdf-bestand."),
            "empty": _("Het bestand is leeg."),
        },
    )
