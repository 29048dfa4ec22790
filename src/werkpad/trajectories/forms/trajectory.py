"""What a trajectory starts with (the WGB duration, the own route's phases), and its phase."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm

from ..models import EndReason, Trajectory
from ..phases import TrajectoryType
from ._shared import _choice, _text, conditional


class SetupFields(forms.Form):
    wgb_months = forms.TypedChoiceField(
        label=_("Duur van het WGB-traject"),
        choices=[("", _("Niet van toepassing")), (12, _("12 maanden")), (18, _("18 maanden"))],
        coerce=int,
        empty_value=None,
        required=False,
    )
    own_phases = _text(
        _("Fasen van de eigen route"),
        required=False,
        help_text=_("Eén fase per regel, in volgorde."),
    )

    wgb_reason = _text(
        _("Reden om WGB te starten zonder UWV-uitkering"),
        required=False,
        help_text=_(
            "WGB is bedoeld voor cliënten in de specialistische ggz met een uitkering van UWV. "
            "Heeft de cliënt volgens de laatste intake geen UWV-uitkering, schrijf dan op "
            "waarom WGB toch past."
        ),
    )

    def clean_own_phases(self) -> list[str]:
        lines = self.cleaned_data.get("own_phases") or ""
        return [line.strip()[:60] for line in lines.splitlines() if line.strip()][:12]


class StartForm(UtrechtFormMixin, SetupFields):
    trajectory_type = _choice(_("Soort traject"), [("", _("Kies")), *TrajectoryType.choices])
    field_order = ["trajectory_type", "wgb_months", "wgb_reason", "own_phases"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["wgb_months"].help_text = _("Verplicht bij WGB.")
        self.fields["own_phases"].help_text = _(
            "Verplicht bij een eigen route: één fase per regel."
        )
        conditional(self, "wgb_months", "wgb_reason", "own_phases")


class PhaseForm(VersionedForm):
    to_phase = _choice(_("Naar fase"), [])
    end_reason = forms.ChoiceField(
        label=_("Reden van afsluiten"),
        choices=[("", _("Alleen bij afsluiten")), *EndReason.choices],
        required=False,
    )
    reason = _text(_("Toelichting"), required=False, rows=2)

    def __init__(self, *args: Any, trajectory: Trajectory, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["end_reason"].help_text = _("Verplicht bij afsluiten.")
        conditional(self, "end_reason")
        self.fields["to_phase"].choices = [  # type: ignore[attr-defined]
            ("", _("Kies een fase")),
            *((p.code, p.label) for p in trajectory.phases if p.code != trajectory.phase),
        ]
