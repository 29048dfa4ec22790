"""Forms: Vacancies and created jobs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    text_field,
)
from werkpad.trajectories.models import Trajectory

from ..models import (
    MAX_HOURLY_WAGE,
    MIN_HOURLY_WAGE,
    Sector,
    Shift,
    Vacancy,
    VacancyCloseReason,
    VacancyContract,
    VacancyKind,
    VacancyStatus,
    WorkKind,
)
from ._shared import CHOOSE, ConditionsField, _gemeente, _hours, _multi


def wage_out_of_range() -> str:
    """The same message the service gives (one msgid), in the language of the request."""
    return gettext(
        "Vul een bruto uurloon in tussen %(low)s en %(high)s euro, of laat het leeg."
    ) % {"low": _euros(MIN_HOURLY_WAGE), "high": _euros(MAX_HOURLY_WAGE)}


def _euros(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


# --- Vacancies -----------------------------------------------------------------------------
class VacancyForm(UtrechtFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul de functie in.")}
    )
    tasks = text_field(_("Taken"))
    sector = choice_field(_("Sector"), [CHOOSE, *Sector.choices])
    work_kind = choice_field(_("Soort werk"), [CHOOSE, *WorkKind.choices])
    other_work_kinds = _multi(
        _("Ook dit soort werk"),
        WorkKind.choices,
        _("Als het werk meer is dan het soort hierboven. Kies er zo veel als nodig."),
    )
    hours_min = _hours(_("Minstens uren per week"), required=True)
    hours_max = _hours(_("Hoogstens uren per week"), required=True)
    shifts = _multi(_("Diensten"), Shift.choices, _("Wanneer het werk gedaan wordt."))
    contract = choice_field(
        _("Contract"), [("", _("Nog niet bekend")), *VacancyContract.choices], required=False
    )
    wage_hourly = forms.DecimalField(
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        label=_("Bruto uurloon (euro)"),
        max_digits=6,
        decimal_places=2,
        required=False,
        help_text=_("Bijvoorbeeld 14,40. Mag leeg blijven als er een loonschaal staat."),
        error_messages={
            "invalid": _("Vul een bedrag in, zoals 14,40."),
            "max_decimal_places": _("Vul het bedrag in hele centen in, zoals 14,40."),
        },
    )
    wage_scale = forms.CharField(
        label=_("Loonschaal"),
        max_length=120,
        required=False,
        help_text=_("Bijvoorbeeld: schaal 3 van de cao Groen, Grond en Infrastructuur."),
        error_messages={"max_length": _("Houd de loonschaal korter dan 120 tekens.")},
    )
    gemeente = _gemeente(_("Plaats"))
    requirements = text_field(_("Eisen"), required=False)
    offers_mask = ConditionsField(_("Wat de werkplek biedt"))
    offers_note = text_field(_("Wat de werkplek verder biedt"), required=False)
    adaptable = forms.BooleanField(label=_("De werkgever kan de baan aanpassen"), required=False)

    def clean_wage_hourly(self) -> Decimal | None:
        wage: Decimal | None = self.cleaned_data.get("wage_hourly")
        if wage is not None and not MIN_HOURLY_WAGE <= wage <= MAX_HOURLY_WAGE:
            raise ValidationError(wage_out_of_range())
        return wage

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("hours_min"), data.get("hours_max")
        if low and high and low > high:
            self.add_error("hours_max", _("Het maximum aantal uren is lager dan het minimum."))
        return data


class CoachVacancyForm(VacancyForm):
    """A coach can also create or carve a job for one person on their caseload."""

    kind = choice_field(_("Soort"), VacancyKind.choices, initial=VacancyKind.VACANCY)
    for_trajectory = forms.ModelChoiceField(
        label=_("Gemaakt voor"),
        queryset=Trajectory.objects.none(),
        required=False,
        empty_label=_("Niemand: een gewone vacature"),
    )
    status = choice_field(_("Status"), VacancyStatus.choices, initial=VacancyStatus.OPEN)
    field_order = ["kind", "for_trajectory", "title"]

    def __init__(self, *args: Any, trajectories: QuerySet[Trajectory], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["for_trajectory"]
        field.queryset = trajectories  # type: ignore[attr-defined]
        field.label_from_instance = lambda t: t.client.full_name  # type: ignore[attr-defined]
        field.conditional = True  # type: ignore[attr-defined]
        field.help_text = _("Alleen bij een gecreëerde baan: voor wie is die gemaakt?")


class CoachVacancyEditForm(CoachVacancyForm, VersionedForm):
    pass


class EmployerVacancyEditForm(VacancyForm, VersionedForm):
    """The employer edits the job itself; its kind, for whom and whether it is open stay."""


class VacancyCloseForm(VersionedForm):
    reason = forms.ChoiceField(
        label=_("Waarom sluit de vacature?"),
        choices=VacancyCloseReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies waarom de vacature sluit."),
            "invalid_choice": _("Kies waarom de vacature sluit."),
        },
    )


class VacancyReopenForm(VersionedForm):
    pass


def vacancy_initial(vacancy: Vacancy) -> dict[str, Any]:
    fields = [*CoachVacancyForm.base_fields]
    initial = {name: getattr(vacancy, name, None) for name in fields}
    initial.update(gemeente=vacancy.gemeente_id, for_trajectory=vacancy.for_trajectory_id)
    initial["other_work_kinds"] = [str(k) for k in vacancy.other_work_kinds]
    initial["version"] = vacancy.version
    return initial
