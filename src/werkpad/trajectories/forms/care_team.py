"""Adding a professional to the care team, and a teamleider's handover."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin
from werkpad.organisations.models import Membership


class TeamAddForm(UtrechtFormMixin, forms.Form):
    membership = forms.ModelChoiceField(
        label=_("Professional"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een professional"),
        error_messages={"required": _("Kies wie je aan het team toevoegt.")},
        help_text=_(
            "Ook van een andere organisatie. Wat die persoon van de cliënt ziet, hangt af van "
            "de toestemming van de cliënt."
        ),
    )
    is_key_person = forms.BooleanField(
        label=_("Sleutelpersoon van de eigen organisatie"), required=False
    )

    def __init__(self, *args: Any, candidates: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["membership"]
        field.queryset = candidates  # type: ignore[attr-defined]
        field.label_from_instance = lambda m: (  # type: ignore[attr-defined]
            f"{m.user.full_name} · {m.get_role_display()} · {m.organisation.name}"
        )


class HandoverForm(UtrechtFormMixin, forms.Form):
    from_membership = forms.ModelChoiceField(
        label=_("Van"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een collega"),
        error_messages={"required": _("Kies van wie je trajecten overdraagt.")},
    )
    to_membership = forms.ModelChoiceField(
        label=_("Naar"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een collega"),
        error_messages={"required": _("Kies aan wie je overdraagt.")},
    )
    trajectory = forms.IntegerField(
        label=_("Alleen dit traject (nummer)"),
        required=False,
        min_value=1,
        help_text=_("Leeg laten om alle trajecten over te dragen."),
        error_messages={"invalid": _("Vul een trajectnummer in.")},
    )

    def __init__(self, *args: Any, colleagues: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("from_membership", "to_membership"):
            self.fields[name].queryset = colleagues  # type: ignore[attr-defined]
            self.fields[name].label_from_instance = lambda m: (  # type: ignore[attr-defined]
                f"{m.user.full_name} · {m.get_role_display()}"
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("from_membership") and data.get("from_membership") == data.get("to_membership"):
            self.add_error("to_membership", _("Kies een andere collega."))
        return data
