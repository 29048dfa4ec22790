"""Forms: Vacancies and created jobs."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    text_field,
)
from werkpad.trajectories.models import Trajectory

from ..models import (
    Sector,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WorkKind,
)
from ._shared import CHOOSE, ConditionsField, _gemeente, _hours


# --- Vacancies -----------------------------------------------------------------------------
class VacancyForm(UtrechtFormMixin, forms.Form):
    title = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul de functie in.")}
    )
    tasks = text_field(_("Taken"))
    sector = choice_field(_("Sector"), [CHOOSE, *Sector.choices])
    work_kind = choice_field(_("Soort werk"), [CHOOSE, *WorkKind.choices])
    hours_min = _hours(_("Minstens uren per week"), required=True)
    hours_max = _hours(_("Hoogstens uren per week"), required=True)
    gemeente = _gemeente(_("Plaats"))
    requirements = text_field(_("Eisen"), required=False)
    offers_mask = ConditionsField(_("Wat de werkplek biedt"))
    offers_note = text_field(_("Wat de werkplek verder biedt"), required=False)
    adaptable = forms.BooleanField(label=_("De werkgever kan de baan aanpassen"), required=False)

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


def vacancy_initial(vacancy: Vacancy) -> dict[str, Any]:
    fields = [*CoachVacancyForm.base_fields]
    initial = {name: getattr(vacancy, name, None) for name in fields}
    initial.update(gemeente=vacancy.gemeente_id, for_trajectory=vacancy.for_trajectory_id)
    initial["version"] = vacancy.version
    return initial
