"""Forms: What the job-development forms share: the empty choice, hours, gemeente and conditions
fields."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.organisations.models import Gemeente

from ..models import (
    Condition,
)

CHOOSE = ("", _("Kies"))


def _multi(label: Any, choices: Any, help_text: Any = "") -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


def _hours(label: Any, required: bool = False) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=1,
        max_value=48,
        error_messages={
            "required": _("Vul het aantal uren in."),
            "invalid": _("Vul een heel aantal uren in."),
            "min_value": _("Kies minstens 1 uur."),
            "max_value": _("Kies hoogstens 48 uur per week."),
        },
    )


def _gemeente(label: Any, required: bool = True) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=label,
        queryset=Gemeente.objects.select_related("region").order_by("name"),
        required=required,
        empty_label=_("Kies een gemeente"),
        error_messages={"required": _("Kies een gemeente.")},
    )


class ConditionsField(forms.TypedMultipleChoiceField):
    """The condition catalogue as checkboxes; cleaned to a bit mask."""

    def __init__(self, label: Any, **kw: Any) -> None:
        super().__init__(
            label=label,
            choices=Condition.choices,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            **kw,
        )

    def clean(self, value: Any) -> int:
        mask = 0
        for item in super().clean(value):
            mask |= int(item)
        return mask

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int):
            return [c.value for c in Condition if value & c.value]
        return value
