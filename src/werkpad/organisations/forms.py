from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm

from .models import Organisation, OrganisationType, Role, Team


def _roles_for(organisation: Organisation) -> list[tuple[str, Any]]:
    if organisation.type == OrganisationType.EMPLOYER:
        return [(Role.WERKGEVER_CONTACTPERSOON.value, Role.WERKGEVER_CONTACTPERSOON.label)]
    return [(r.value, r.label) for r in Role if r != Role.WERKGEVER_CONTACTPERSOON]


class _MembershipFields(forms.Form):
    role = forms.ChoiceField(label=_("Rol"), error_messages={"required": _("Kies een rol.")})
    team = forms.ModelChoiceField(
        label=_("Team"), queryset=Team.objects.none(), required=False, empty_label=_("Geen team")
    )
    is_key_person = forms.BooleanField(
        label=_("Sleutelpersoon van de organisatie"),
        required=False,
        help_text=_("Het vaste aanspreekpunt voor andere organisaties in de regio."),
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = _roles_for(organisation)  # type: ignore[attr-defined]
        self.fields["team"].queryset = organisation.teams.all()  # type: ignore[attr-defined]


class MemberInviteForm(UtrechtFormMixin, _MembershipFields):
    email = forms.EmailField(
        label=_("E-mailadres"),
        error_messages={
            "required": _("Vul een e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, zoals naam@organisatie.nl."),
        },
    )
    full_name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    field_order = ["email", "full_name", "role", "team", "is_key_person"]


class MembershipEditForm(_MembershipFields, VersionedForm):
    is_active = forms.BooleanField(
        label=_("Actief"),
        required=False,
        help_text=_("Zet uit als iemand niet meer namens de organisatie werkt."),
    )
