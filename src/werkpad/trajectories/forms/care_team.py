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


class HandoverSourceForm(UtrechtFormMixin, forms.Form):
    """Step one of a handover, sent by GET: whose trajectories."""

    van = forms.TypedChoiceField(
        label=_("Van wie draag je trajecten over?"),
        coerce=int,
        error_messages={
            "required": _("Kies van wie je trajecten overdraagt."),
            "invalid_choice": _("Kies een collega uit de lijst."),
        },
    )

    def __init__(self, *args: Any, colleagues: list[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["van"].choices = [  # type: ignore[attr-defined]
            ("", _("Kies een collega")),
            *((m.pk, _colleague_label(m)) for m in colleagues),
        ]


class HandoverForm(UtrechtFormMixin, forms.Form):
    """Step two: which of the colleague's trajectories, to whom; a confirmation follows."""

    trajectories = forms.TypedMultipleChoiceField(
        label=_("Welke trajecten?"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één traject om over te dragen."),
            "invalid_choice": _(
                "Niet alle gekozen trajecten horen nog bij deze collega: misschien heeft "
                "iemand ze net overgedragen. Bekijk de lijst opnieuw."
            ),
        },
    )
    to_membership = forms.ModelChoiceField(
        label=_("Aan wie?"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een collega"),
        help_text=_("Alleen collega's in je team die trajecten kunnen begeleiden."),
        error_messages={
            "required": _("Kies aan wie je overdraagt."),
            "invalid_choice": _("Kies een collega uit de lijst."),
        },
    )
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, handover: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows = {row.trajectory_id: row for row in handover.rows}
        self.fields["trajectories"].choices = [  # type: ignore[attr-defined]
            (row.trajectory_id, _row_label(row)) for row in handover.rows
        ]
        field = self.fields["to_membership"]
        field.queryset = Membership.objects.filter(  # type: ignore[attr-defined]
            pk__in=[m.pk for m in handover.receivers]
        ).select_related("user")
        field.label_from_instance = _colleague_label  # type: ignore[attr-defined]

    def chosen_rows(self) -> list[Any]:
        return [self.rows[pk] for pk in self.cleaned_data.get("trajectories", [])]


def _colleague_label(membership: Membership) -> str:
    return f"{membership.user.full_name} · {membership.get_role_display()}"


def _row_label(row: Any) -> str:
    if not row.client:
        return str(
            _("Traject van %(organisation)s (je collega is daar gast in het team)")
            % {"organisation": row.organisation}
        )
    return f"{row.client} ({row.public_id}) · {row.type_label} · {row.phase_label}"
