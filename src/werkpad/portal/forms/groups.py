"""Forms of the peer-support groups: one choice, in plain words."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin

SHARE, DO_NOT_SHARE = "ja", "nee"


class ShareForm(UtrechtFormMixin, forms.Form):
    share = forms.ChoiceField(
        label=_("Mag je team weten dat je meedoet?"),
        choices=[
            (SHARE, _("Ja, mijn team mag weten dat ik meedoe")),
            (DO_NOT_SHARE, _("Nee, dat houd ik voor mezelf")),
        ],
        error_messages={
            "required": _("Kies of je team mag weten dat je meedoet."),
            "invalid_choice": _("Kies of je team mag weten dat je meedoet."),
        },
    )
