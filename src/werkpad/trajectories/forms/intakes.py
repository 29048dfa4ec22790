"""The intake with the work question (Arbeid als Medicijn)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin
from werkpad.organisations.models import Team

from ..models import BenefitStatus, IntakeOutcome, LadderStep, WorkWish
from ..services.intakes import intake_problems
from ._shared import _choice, _date, _not_in_future, _teams, _text, conditional, referral_teams


class IntakeForm(UtrechtFormMixin, forms.Form):
    held_on = _date(_("Datum intake"))
    ladder_step = forms.TypedChoiceField(
        label=_("Trede op de participatieladder"),
        choices=[("", _("Kies een trede")), *LadderStep.choices],
        coerce=int,
        error_messages={"required": _("Kies een trede van de participatieladder.")},
    )
    has_paid_work = forms.BooleanField(label=_("De cliënt heeft nu betaald werk"), required=False)
    benefit_status = _choice(_("Uitkering"), [("", _("Kies")), *BenefitStatus.choices])
    work_discussed = _choice(
        _("Is werk besproken?"),
        [
            ("", _("Kies")),
            ("ja", _("ja")),
            ("nee", _("nee, de cliënt wil er nu niet over praten")),
        ],
        help_text=_("De werkvraag hoort bij elke intake (Arbeid als Medicijn)."),
    )
    work_wish = forms.ChoiceField(
        label=_("Heeft de cliënt werkwensen?"),
        choices=[("", _("Kies")), *WorkWish.choices],
        required=False,
        help_text=_("Verplicht als werk is besproken."),
    )
    # Seed 004 (Arbeid als Medicijn): work "geeft richting; het vervult de behoefte van mensen
    # aan een (hoger) doel in hun leven": a goal in life, not only a kind of work.
    work_direction = _text(
        _("Richting: welk (hoger) doel in het leven kan werk de cliënt geven?"),
        required=False,
        help_text=_(
            "Werk geeft richting: het vervult de behoefte aan een (hoger) doel in het leven. "
            "Schrijf op welk doel de cliënt noemt, en daarna wat voor werk daarbij past."
        ),
    )
    work_meaning = _text(
        _("Betekenis: wat betekent werk voor de cliënt?"),
        required=False,
        help_text=_("Verplicht als werk is besproken."),
    )
    work_coherence = _text(
        _("Samenhang: hoe past werk bij herstel en het dagelijks leven?"), required=False
    )
    outcome = _choice(_("Uitkomst"), [("", _("Kies")), *IntakeOutcome.choices])
    ask_again_on = _date(
        _("Opnieuw vragen op"), required=False, help_text=_("Alleen bij 'nu niet'.")
    )
    refer_to = _teams(Team.objects.none())
    reason = _text(_("Reden"))

    def __init__(self, *args: Any, organisation: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["refer_to"].queryset = referral_teams(organisation)  # type: ignore[attr-defined]
        self.fields["refer_to"].help_text = _("Verplicht bij een verwijzing.")
        self.fields["ask_again_on"].help_text = _("Verplicht bij 'nu niet'.")
        conditional(self, "work_wish", "work_meaning", "refer_to", "ask_again_on")

    def clean_held_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("held_on"))

    def clean_work_discussed(self) -> bool:
        return self.cleaned_data["work_discussed"] == "ja"

    def clean(self) -> dict[str, Any]:
        """The service's rules between fields (work wish and meaning once work is discussed,
        the date to ask again, the team to refer to) come with the field errors, not in a
        second round after those are fixed."""
        data = super().clean() or {}
        for name, message in intake_problems(data).items():
            if not self.has_error(name):
                self.add_error(name, message)
        return data
