"""Forms: Employers, contact persons, contacts and regional sharing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    date_field,
    text_field,
)
from werkpad.organisations.models import ArbeidsmarktRegio
from werkpad.trajectories.models import Trajectory

from ..models import (
    ContactKind,
    ContactPurpose,
    Sector,
    UwvAdvice,
)
from ._shared import CHOOSE, _gemeente


# --- Employers -----------------------------------------------------------------------------
class EmployerForm(UtrechtFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    kvk_number = forms.CharField(label=_("KvK-nummer"), max_length=8, required=False)
    sector = choice_field(_("Sector"), [CHOOSE, *Sector.choices])
    gemeente = _gemeente(_("Vestigingsplaats"))
    locations = text_field(_("Andere vestigingen"), required=False, rows=2)
    social_heart = forms.BooleanField(
        label=_("Sociaal hart: wil uit eigen motivatie inclusief werken"), required=False
    )
    attitude = text_field(_("Houding en motivatie"), required=False)
    networks = text_field(_("Netwerken waar de werkgever bij hoort"), required=False, rows=2)
    trainings = text_field(
        _("Gevolgde trainingen"),
        required=False,
        rows=2,
        help_text=_("Bijvoorbeeld Harrie Helpt, met datum."),
    )
    uwv_advice = choice_field(
        _("Bedrijfsadvies inclusieve arbeidsorganisatie (UWV)"), UwvAdvice.choices
    )
    sroi_obligation = forms.BooleanField(label=_("Heeft SROI-verplichtingen"), required=False)
    sroi_note = forms.CharField(label=_("SROI: toelichting"), max_length=300, required=False)


class EmployerCreateForm(EmployerForm):
    confirm_duplicate = forms.BooleanField(
        label=_("Ik heb gekeken: dit is een andere werkgever"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["confirm_duplicate"].conditional = True  # type: ignore[attr-defined]


class EmployerEditForm(EmployerForm, VersionedForm):
    pass


class ContactPersonForm(UtrechtFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    function = forms.CharField(label=_("Functie"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        error_messages={"invalid": _("Vul een geldig e-mailadres in.")},
    )
    phone = forms.CharField(label=_("Telefoon"), max_length=30, required=False)


class ContactLogForm(UtrechtFormMixin, forms.Form):
    """Built for a phone: the defaults (today, face-to-face) are right most of the time, so
    logging takes choosing the purpose and saving."""

    purpose = choice_field(
        _("Doel"), ContactPurpose.choices, widget=forms.RadioSelect, initial="opvolging"
    )
    kind = choice_field(
        _("Soort contact"),
        ContactKind.choices,
        widget=forms.RadioSelect,
        initial=ContactKind.FACE_TO_FACE,
    )
    occurred_on = date_field(_("Datum"))
    trajectory = forms.ModelChoiceField(
        label=_("Voor werkzoekende"),
        queryset=Trajectory.objects.none(),
        required=False,
        empty_label=_("Geen"),
    )
    with_whom = forms.CharField(label=_("Met wie"), max_length=200, required=False)
    outcome = text_field(
        _("Uitkomst"),
        required=False,
        rows=2,
        help_text=_(
            "Organisaties die werkgevers met jullie delen, zien uitkomsten van contacten die "
            "niet over een werkzoekende gaan. Noem geen namen van cliënten."
        ),
    )

    def __init__(self, *args: Any, trajectories: QuerySet[Trajectory], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["trajectory"]
        field.queryset = trajectories  # type: ignore[attr-defined]
        field.label_from_instance = lambda t: f"{t.client.full_name} ({t.get_type_display()})"  # type: ignore[attr-defined]
        field.conditional = True  # type: ignore[attr-defined]
        field.help_text = _("Verplicht als het contact voor een werkzoekende was.")


# --- Regional sharing --------------------------------------------------------------------------
class SharingForm(UtrechtFormMixin, forms.Form):
    regions = forms.ModelMultipleChoiceField(
        label=_("Werkgevers delen in deze regio's"),
        queryset=ArbeidsmarktRegio.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Jullie werkgevers, contacten en vacatures in deze regio's worden zichtbaar voor "
            "organisaties die daar ook delen, en andersom."
        ),
    )

    def __init__(self, *args: Any, regions: QuerySet[ArbeidsmarktRegio], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = regions  # type: ignore[attr-defined]
