"""Forms of the regional agreement: the text and dates, a shared target, the document, a
partner (who does what, its key persons)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm, date_field, text_field
from werkpad.organisations.models import Organisation

from ..models import KeyPerson


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


class TargetEditForm(VersionedForm, TargetForm):
    """A target changed: the same fields, on the version the form was opened on."""


class PartnerAddForm(UtrechtFormMixin, forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.none(),
        empty_label=_("Kies een organisatie"),
        error_messages={
            "required": _("Kies een organisatie."),
            "invalid_choice": _(
                "Kies een organisatie die in de regio werkt en nog geen partner is."
            ),
        },
    )
    tasks = text_field(_("Wat deze partner doet"), rows=3, max_length=1000)

    def __init__(self, *args: Any, candidates: Any = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        chosen = Organisation.objects.filter(pk__in=[o.pk for o in candidates])
        self.fields["organisation"].queryset = chosen  # type: ignore[attr-defined]


class PartnerForm(VersionedForm):
    tasks = text_field(_("Wat deze partner doet"), rows=4, max_length=1000)
    key_persons = forms.ModelMultipleChoiceField(
        label=_("Sleutelpersonen voor deze afspraak"),
        queryset=KeyPerson.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Kies sleutelpersonen uit de lijst."),
            "invalid_pk_value": _("Kies sleutelpersonen uit de lijst."),
        },
    )

    def __init__(self, *args: Any, key_persons: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        people = key_persons if key_persons is not None else KeyPerson.objects.none()
        field = self.fields["key_persons"]
        field.queryset = people  # type: ignore[attr-defined]
        field.label_from_instance = _key_person_label  # type: ignore[attr-defined]
        if not people.exists():
            del self.fields["key_persons"]  # nobody to choose: the page says so


def _key_person_label(person: KeyPerson) -> str:
    return f"{person.name}, {person.function} ({person.get_topic_display()})"
