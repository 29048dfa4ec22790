"""Referring a client, and accepting or declining a referral."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin
from werkpad.organisations.models import Team

from ..models import Route
from ..phases import TrajectoryType
from ._shared import _choice, _teams, _text, conditional, referral_teams
from .trajectory import SetupFields


class ReferralForm(UtrechtFormMixin, forms.Form):
    route = _choice(_("Route"), [("", _("Kies")), *Route.choices])
    to_team = _teams(Team.objects.none())
    reason = _text(_("Reden van verwijzing"))

    def __init__(self, *args: Any, organisation: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_team"].queryset = referral_teams(organisation)  # type: ignore[attr-defined]
        self.fields["to_team"].required = True
        self.fields["to_team"].error_messages["required"] = _("Kies het team waarnaar je verwijst.")


class AcceptForm(UtrechtFormMixin, SetupFields):
    """What the receiving team sets when it accepts: the WGB duration or the own route's
    phases, required for that route only."""

    def __init__(self, *args: Any, route: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        wgb, own = self.fields["wgb_months"], self.fields["own_phases"]
        if route == TrajectoryType.WGB:
            wgb.required = True
            wgb.choices = [("", _("Kies")), (12, _("12 maanden")), (18, _("18 maanden"))]  # type: ignore[attr-defined]
            wgb.error_messages["required"] = _("Een WGB-traject duurt 12 of 18 maanden.")
            conditional(self, "wgb_reason")
        else:
            del self.fields["wgb_reason"]
        if route == TrajectoryType.OWN:
            own.required = True
            own.error_messages["required"] = _("Noem minstens één fase van de eigen route.")


class DeclineForm(UtrechtFormMixin, forms.Form):
    reason = _text(_("Reden van afwijzing"), help_text=_("De verwijzer ziet deze reden."))
