"""Forms of the client's own path. Labels and messages are plain Dutch (B1) for clients;
the choices say in everyday words what the stored values mean."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, date_field
from werkpad.portal.models import Need, Pace
from werkpad.portal.services.my_path import GOAL, NOTE_MAX, OWN_WORDS_MAX, WISH
from werkpad.trajectories.models import LifeDomain, Trajectory

# The life domains in the client's words.
PLAIN_DOMAINS = [
    (LifeDomain.WORK, _("Werk")),
    (LifeDomain.INCOME, _("Geld en inkomen")),
    (LifeDomain.HOUSING, _("Wonen")),
    (LifeDomain.HEALTH, _("Gezondheid")),
    (LifeDomain.SOCIAL, _("Mensen om me heen: familie, vrienden, buren")),
    (LifeDomain.DAYTIME, _("Mijn dag invullen, leren of een opleiding")),
]


class InviteForm(UtrechtFormMixin, forms.Form):
    """Sending the invitation is one button: the address is the one on the record."""


class AcceptForm(UtrechtFormMixin, forms.Form):
    field_order = ("date_of_birth", "password1", "password2")  # who you are, then the password
    password1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Minstens 12 tekens. Een zin van een paar woorden is makkelijk te onthouden en "
            "moeilijk te raden."
        ),
        error_messages={"required": _("Kies een wachtwoord.")},
    )
    password2 = forms.CharField(
        label=_("Typ hetzelfde wachtwoord nog een keer"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Typ je wachtwoord nog een keer.")},
    )

    date_of_birth = date_field(
        _("Je geboortedatum"),
        required=False,
        help_text=_("Zo weten we zeker dat deze uitnodiging voor jou is."),
    )

    def __init__(self, *args: Any, asks_date_of_birth: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if asks_date_of_birth:
            self.fields["date_of_birth"].required = True
            self.fields["date_of_birth"].error_messages["required"] = _("Vul je geboortedatum in.")
        else:
            del self.fields["date_of_birth"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error(
                "password2",
                _("De twee wachtwoorden zijn niet hetzelfde. Typ ze allebei nog een keer."),
            )
        return data


class _TrajectoryChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Trajectory) -> str:
        return f"{obj.get_type_display()} · {obj.organisation.name}"


class _OnTrajectory(UtrechtFormMixin, forms.Form):
    """A client with more than one running trajectory chooses which one; with one, there is
    nothing to choose."""

    def __init__(self, *args: Any, trajectories: QuerySet[Trajectory], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.trajectories = list(trajectories)
        if len(self.trajectories) > 1:
            field = _TrajectoryChoice(
                label=_("Bij welk traject?"),
                queryset=trajectories,
                widget=forms.RadioSelect,
                empty_label=None,
                error_messages={
                    "required": _("Kies bij welk traject dit hoort."),
                    "invalid_choice": _("Kies een van je eigen trajecten."),
                },
            )
            self.fields = {"trajectory": field, **self.fields}

    def trajectory_of(self, data: dict[str, Any]) -> Trajectory:
        chosen = data.get("trajectory")
        return chosen if chosen is not None else self.trajectories[0]


class GoalProposeForm(_OnTrajectory):
    own_words = forms.CharField(
        label=_("Wat wil je? Schrijf het op in je eigen woorden."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=OWN_WORDS_MAX,
        help_text=_(
            'Bijvoorbeeld: "Ik wil weer ergens bij horen" of "Twee dagen per week werken".'
        ),
        error_messages={
            "required": _("Schrijf in je eigen woorden wat je wilt."),
            "max_length": _("Je tekst is te lang. Gebruik hoogstens %(limit_value)d tekens."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Is het een doel of een wens?"),
        choices=[
            (GOAL, _("Een doel: hier wil ik aan werken")),
            (WISH, _("Een wens: dit zou ik graag willen, maar ik weet nog niet of het kan")),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of het een doel of een wens is."),
            "invalid_choice": _("Kies of het een doel of een wens is."),
        },
    )
    life_domain = forms.ChoiceField(
        label=_("Waar gaat het over?"),
        choices=PLAIN_DOMAINS,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waar je doel of wens over gaat."),
            "invalid_choice": _("Kies waar je doel of wens over gaat."),
        },
    )


def _note(label: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=NOTE_MAX,
        error_messages={
            "max_length": _("Je toelichting is te lang. Gebruik hoogstens %(limit_value)d tekens.")
        },
    )


class PaceForm(_OnTrajectory):
    pace = forms.ChoiceField(
        label=_("Hoe snel wil je gaan?"),
        choices=Pace.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies hoe snel je wilt gaan."),
            "invalid_choice": _("Kies hoe snel je wilt gaan."),
        },
    )
    need = forms.ChoiceField(
        label=_("Wat heb je nu nodig?"),
        choices=Need.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies wat je nu nodig hebt."),
            "invalid_choice": _("Kies wat je nu nodig hebt."),
        },
    )
    note = _note(_("Wil je er iets over vertellen? Schrijf het hier."))


class LadderForm(_OnTrajectory):
    step = forms.TypedChoiceField(
        label=_("Op welke stap sta je nu, vind je zelf?"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies de stap die het beste bij je past."),
            "invalid_choice": _("Kies een stap van 1 tot en met 6."),
        },
    )
    note = _note(_("Wil je er iets over vertellen? Schrijf het hier."))

    def __init__(self, *args: Any, steps: list[tuple[int, str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["step"].choices = [  # type: ignore[attr-defined]
            (number, _("Stap %(number)d: %(name)s") % {"number": number, "name": name})
            for number, name, _text in steps
        ]
