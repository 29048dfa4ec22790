"""Referring a client, and accepting or declining a referral."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin
from werkpad.core.templatetags.werkpad import widget_class
from werkpad.organisations.models import Team

from ..models import Route
from ..phases import TrajectoryType
from ..services.trajectory import WGB_REASON_NEEDED
from ._shared import _choice, _teams, _text, conditional, referral_teams
from .trajectory import SetupFields


class _TeamSelect(forms.Select):
    """A select whose options for teams the client has not consented to are disabled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.disabled_values: set[str] = set()

    def create_option(self, name: str, value: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        option = super().create_option(name, value, *args, **kwargs)
        if str(value) in self.disabled_values:
            option["attrs"]["disabled"] = True
        return option


class ReferralForm(UtrechtFormMixin, forms.Form):
    """A referral to any team in the region: the own organisation's, a re-integratiebedrijf's,
    UWV's or a gemeente's (issue 13, item 12). Teams of organisations the client has not
    consented to are shown apart and cannot be chosen, and the page says which organisations
    need the consent first, before anything is submitted (the service checks it again)."""

    route = _choice(_("Route"), [("", _("Kies")), *Route.choices])
    to_team = _teams(Team.objects.none())
    reason = _text(_("Reden van verwijzing"))

    def __init__(self, *args: Any, organisation: Any, consented: set[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to_team"]
        teams = list(referral_teams(organisation))
        field.queryset = referral_teams(organisation)  # type: ignore[attr-defined]
        field.required = True
        field.error_messages["required"] = _("Kies het team waarnaar je verwijst.")
        own = [t for t in teams if t.organisation_id == organisation.pk]
        allowed = [
            t
            for t in teams
            if t.organisation_id != organisation.pk and t.organisation_id in consented
        ]
        waiting = [
            t
            for t in teams
            if t.organisation_id != organisation.pk and t.organisation_id not in consented
        ]
        widget = _TeamSelect(attrs={"class": widget_class(forms.Select())})
        widget.disabled_values = {str(t.pk) for t in waiting}
        widget.is_required = True
        field.widget = widget
        groups = [
            (_("Eigen organisatie"), own),
            (_("Met toestemming van de cliënt"), allowed),
            (_("Nog geen toestemming van de cliënt: eerst vastleggen"), waiting),
        ]
        field.choices = [  # type: ignore[attr-defined]
            ("", _("Kies een team")),
            *(
                (str(label), [(t.pk, f"{t.organisation.name} · {t.name}") for t in group])
                for label, group in groups
                if group
            ),
        ]
        # The organisations the client must consent to first, named above the form.
        self.consent_needed = sorted({t.organisation.name for t in waiting})


class AcceptForm(UtrechtFormMixin, SetupFields):
    """What the receiving team sets when it accepts: the WGB duration or the own route's
    phases, required for that route only. ``reason_needed``: the service will ask a reason
    for WGB (``wgb_reason_needed``), so the form asks it with the duration, in one round."""

    def __init__(self, *args: Any, route: str, reason_needed: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        wgb, own = self.fields["wgb_months"], self.fields["own_phases"]
        if route == TrajectoryType.WGB:
            wgb.required = True
            wgb.choices = [("", _("Kies")), (12, _("12 maanden")), (18, _("18 maanden"))]  # type: ignore[attr-defined]
            wgb.error_messages["required"] = _("Een WGB-traject duurt 12 of 18 maanden.")
            conditional(self, "wgb_reason")
            if reason_needed:
                reason = self.fields["wgb_reason"]
                reason.required = True
                reason.error_messages["required"] = WGB_REASON_NEEDED
        else:
            del self.fields["wgb_reason"]
        if route == TrajectoryType.OWN:
            own.required = True
            own.error_messages["required"] = _("Noem minstens één fase van de eigen route.")


class DeclineForm(UtrechtFormMixin, forms.Form):
    reason = _text(_("Reden van afwijzing"), help_text=_("De verwijzer ziet deze reden."))
