"""Forms of who is who: the search, the organisation's entry and a key person."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm, choice_field, text_field
from werkpad.core.phone import is_phone_number

from ..models import Offering
from ..selectors.directory import ORGANISATION_TYPE_CHOICES

PHONE_INVALID = _(
    "Vul een telefoonnummer in als 030 123 45 67, +31 (0)30 123 45 67 of een 0800- of "
    "0900-nummer als 0800 1234."
)
EMAIL_INVALID = _("Vul een e-mailadres in als naam@organisatie.nl.")


class DirectorySearchForm(UtrechtFormMixin, forms.Form):
    onderwerp = forms.ChoiceField(
        label=_("Onderwerp"),
        required=False,
        choices=[("", _("Alle onderwerpen")), *Offering.choices],
        error_messages={"invalid_choice": _("Kies een onderwerp uit de lijst.")},
    )
    soort = forms.ChoiceField(
        label=_("Soort organisatie"),
        required=False,
        choices=[("", _("Alle soorten")), *ORGANISATION_TYPE_CHOICES],
        error_messages={"invalid_choice": _("Kies een soort organisatie uit de lijst.")},
    )
    q = forms.CharField(label=_("Naam of trefwoord"), required=False, max_length=100)


def _phone(value: str) -> str:
    """An organisation's or a key person's desk number: also 0800/0900 and "+31 (0)30 …".
    The "(0)" is dropped when it is saved, so a tap-to-call link dials the right number."""
    value = (value or "").strip()
    if value and not is_phone_number(value, desk=True):
        raise forms.ValidationError(PHONE_INVALID)
    return " ".join(value.replace("(0)", " ").split())


class EntryForm(VersionedForm):
    description = text_field(_("Wat doet jullie organisatie?"), max_length=1000, rows=4)
    offerings = forms.MultipleChoiceField(
        label=_("Wat bieden jullie aan?"),
        required=False,
        choices=Offering.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Kies een van de mogelijkheden.")},
    )
    phone = forms.CharField(label=_("Algemeen telefoonnummer"), required=False, max_length=20)
    email = forms.EmailField(
        label=_("Algemeen e-mailadres"),
        required=False,
        error_messages={"invalid": EMAIL_INVALID},
    )
    website = forms.URLField(
        assume_scheme="https",
        label=_("Website"),
        required=False,
        error_messages={"invalid": _("Vul een webadres in als https://www.organisatie.nl.")},
    )
    national = forms.BooleanField(
        label=_("Ook zichtbaar voor professionals buiten onze regio's"), required=False
    )

    def __init__(self, *args: Any, first: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if first:  # the entry does not exist yet: there is no version to compare
            self.fields["version"].required = False

    def clean_phone(self) -> str:
        return _phone(self.cleaned_data.get("phone", ""))


class KeyPersonForm(UtrechtFormMixin, forms.Form):
    topic = choice_field(_("Sleutelpersoon voor"), Offering.choices)
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul een naam in.")}
    )
    function = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul een functie in.")}
    )
    phone = forms.CharField(label=_("Telefoon"), required=False, max_length=20)
    email = forms.EmailField(
        label=_("E-mail"), required=False, error_messages={"invalid": EMAIL_INVALID}
    )
    best_time = forms.CharField(
        label=_("Best bereikbaar"),
        required=False,
        max_length=100,
        help_text=_("Bijvoorbeeld: di en do ochtend."),
    )

    def clean_phone(self) -> str:
        return _phone(self.cleaned_data.get("phone", ""))
