"""Forms: Placements, instruments and ending a job."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    date_field,
    text_field,
)
from werkpad.core.templatetags.werkpad import widget_class

from ..instruments import INSTRUMENT_CHOICES
from ..models import (
    AppliedInstrument,
    ContractType,
    InstrumentStatus,
    Vacancy,
    WorkplaceScan,
    WorkType,
)
from ..services.instrument_decisions import InstrumentDecision
from ._shared import CHOOSE, _multi


class ConfirmWarnings:
    """A form whose service may warn before saving (a jobcoach on few hours): the box "Ik heb
    de waarschuwing gelezen en sla toch op" appears only once there is a warning to confirm,
    beside it in the error summary; until then it is a hidden False."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._show_confirm(False)

    def _show_confirm(self, show: bool) -> None:
        widget = forms.CheckboxInput() if show else forms.HiddenInput()
        widget.attrs["class"] = widget_class(widget)
        self.fields["confirmed"].widget = widget

    def add_error(self, field: str | None, error: Any) -> None:
        super().add_error(field, error)  # type: ignore[misc]
        if "confirmed" in self.errors:  # type: ignore[attr-defined]
            self._show_confirm(True)


# --- Placement -----------------------------------------------------------------------------
class PlacementForm(ConfirmWarnings, UtrechtFormMixin, forms.Form):
    vacancy = forms.ModelChoiceField(
        label=_("Vacature of baan"),
        queryset=Vacancy.objects.none(),
        empty_label=_("Kies"),
        error_messages={"required": _("Kies de vacature of baan.")},
    )
    job_title = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul de functie in.")}
    )
    work_type = choice_field(_("Soort plaatsing"), WorkType.choices, widget=forms.RadioSelect)
    start_on = date_field(_("Startdatum"))
    # Localised, so "24,5" is read as a Dutch decimal (and "24.5" in English).
    hours_per_week = forms.DecimalField(
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        label=_("Uren per week"),
        max_digits=4,
        decimal_places=1,
        min_value=Decimal("1"),
        max_value=Decimal("48"),
        error_messages={
            "required": _("Vul het aantal uren per week in."),
            "invalid": _("Vul een getal in, zoals 24 of 24,5."),
            "min_value": _("Kies minstens 1 uur."),
            "max_value": _("Kies hoogstens 48 uur per week."),
            "max_decimal_places": _("Gebruik hoogstens één cijfer na de komma."),
        },
    )
    hourly_wage = forms.DecimalField(
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        label=_("Bruto uurloon (euro)"),
        max_digits=6,
        decimal_places=2,
        required=False,
        min_value=Decimal("0"),
        help_text=_("Voor regulier werk minstens het wettelijk minimumloon."),
        error_messages={
            "invalid": _("Vul een bedrag in, zoals 15,20."),
            "max_decimal_places": _("Gebruik hoogstens twee cijfers na de komma."),
        },
    )
    contract_type = choice_field(_("Contract"), [CHOOSE, *ContractType.choices])
    adjustments = text_field(
        _("Aanpassingen op de werkplek"),
        required=False,
        help_text=_("De vraag is hoe het werk past bij de persoon, niet andersom."),
    )
    scan = forms.ModelChoiceField(
        label=_("Werkplekscan"),
        queryset=WorkplaceScan.objects.none(),
        required=False,
        empty_label=_("Geen"),
    )
    red_light_decision = text_field(
        _("Bewuste keuze ondanks een licht dat niet op groen staat"),
        required=False,
        help_text=_(
            "Verplicht als niet alle lichten van de werkplekscan op groen staan (rood of oranje)."
        ),
    )
    instruments = _multi(
        _("Instrumenten"),
        INSTRUMENT_CHOICES,
        _(
            "Ze gaan in op de startdatum en staan op aangevraagd. Het besluit van UWV of de "
            "gemeente leg je daarna vast bij het instrument."
        ),
    )
    confirmed = forms.BooleanField(
        label=_("Ik heb de waarschuwing gelezen en sla toch op"), required=False
    )

    def __init__(
        self,
        *args: Any,
        vacancies: QuerySet[Vacancy],
        scans: QuerySet[WorkplaceScan],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        vacancy_field = self.fields["vacancy"]
        vacancy_field.queryset = vacancies  # type: ignore[attr-defined]
        vacancy_field.label_from_instance = lambda v: f"{v.title} · {v.employer.name}"  # type: ignore[attr-defined]
        scan_field = self.fields["scan"]
        scan_field.queryset = scans  # type: ignore[attr-defined]
        scan_field.label_from_instance = lambda s: (  # type: ignore[attr-defined]
            f"{s.employer.name} · {s.done_on:%d-%m-%Y}" + _scan_light_label(s)
        )
        self.fields["hourly_wage"].conditional = True  # type: ignore[attr-defined]
        self.fields["red_light_decision"].conditional = True  # type: ignore[attr-defined]


class _InstrumentDecisionFields(forms.Form):
    """The decision on an instrument as UWV or the gemeente took it. Fields that belong to
    one instrument say so; the service refuses them on another."""

    status = forms.ChoiceField(
        label=_("Status"),
        choices=InstrumentStatus.choices,
        initial=InstrumentStatus.REQUESTED,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of het instrument is aangevraagd, toegekend of afgewezen."),
            "invalid_choice": _("Kies of het instrument is aangevraagd, toegekend of afgewezen."),
        },
    )
    starts_on = date_field(_("Vanaf"))
    ends_on = date_field(_("Tot en met"), required=False)
    decided_on = date_field(
        _("Datum besluit"), required=False, help_text=_("Nodig bij toegekend of afgewezen.")
    )
    wage_value_percentage = forms.IntegerField(
        label=_("Loonwaarde (procent)"),
        required=False,
        min_value=1,
        max_value=99,
        help_text=_("Alleen bij loonkostensubsidie: de vastgestelde loonwaarde."),
        error_messages={
            "invalid": _("Vul een heel getal in, zoals 60."),
            "min_value": _("De loonwaarde is een percentage van 1 tot 99."),
            "max_value": _(
                "De loonwaarde is een percentage van 1 tot 99. Bij een loonwaarde van 100 procent "
                "is er geen loonkostensubsidie."
            ),
        },
    )
    wage_value_by = forms.CharField(
        label=_("Loonwaarde vastgesteld door"),
        max_length=200,
        required=False,
        help_text=_("Alleen bij loonkostensubsidie: de deskundige en de organisatie."),
    )
    provider = forms.CharField(
        label=_("Organisatie van de jobcoach"),
        max_length=200,
        required=False,
        help_text=_("Alleen bij jobcoaching."),
    )
    coach_hours_per_month = forms.DecimalField(
        label=_("Uren jobcoaching per maand"),
        required=False,
        localize=True,  # "7,5" as a Dutch coach types it
        max_digits=5,
        decimal_places=1,
        help_text=_("Alleen bij jobcoaching."),
        error_messages={
            "invalid": _("Vul een getal in, zoals 8 of 7,5."),
            "max_decimal_places": _("Gebruik hoogstens één cijfer na de komma."),
            "max_digits": _("Kies tussen 0,5 en 200 uur per maand."),
        },
    )
    note = forms.CharField(label=_("Toelichting"), max_length=300, required=False)
    confirmed = forms.BooleanField(
        label=_("Ik heb de waarschuwing gelezen en sla toch op"),
        required=False,
    )

    @staticmethod
    def decision_of(d: dict[str, Any]) -> InstrumentDecision:
        return InstrumentDecision(
            status=d["status"],
            starts_on=d["starts_on"],
            ends_on=d["ends_on"],
            decided_on=d["decided_on"],
            wage_value_percentage=d["wage_value_percentage"],
            wage_value_by=d["wage_value_by"],
            provider=d["provider"],
            coach_hours_per_month=d["coach_hours_per_month"],
            note=d["note"],
        )


class InstrumentForm(ConfirmWarnings, UtrechtFormMixin, _InstrumentDecisionFields):
    code = choice_field(_("Instrument"), [CHOOSE, *INSTRUMENT_CHOICES])
    field_order = ["code", "status"]

    def __init__(
        self,
        *args: Any,
        codes: frozenset[str] | None = None,
        starts: date | None = None,
        **kwargs: Any,
    ) -> None:
        """``codes``: the instruments the user decides on (``None``: all); ``starts``: the
        day they begin unless changed (the placement's start, or today once it runs)."""
        super().__init__(*args, **kwargs)
        if codes is not None:
            self.fields["code"].choices = [  # type: ignore[attr-defined]
                CHOOSE,
                *((code, name) for code, name in INSTRUMENT_CHOICES if code in codes),
            ]
        if starts is not None:
            self.initial.setdefault("starts_on", starts)


class InstrumentUpdateForm(ConfirmWarnings, VersionedForm, _InstrumentDecisionFields):
    """The decision as it now stands, on the version the user saw."""


def instrument_initial(applied: AppliedInstrument) -> dict[str, Any]:
    fields = [name for name in _InstrumentDecisionFields.base_fields if name != "confirmed"]
    return {"version": applied.version, **{name: getattr(applied, name) for name in fields}}


class InstrumentEndForm(VersionedForm):
    ends_on = date_field(_("Laatste dag"))


def _scan_light_label(scan: WorkplaceScan) -> str:
    """What the drop-down says about a scan that is not all green."""
    if scan.red_aspects:
        return " · " + str(_("rood licht"))
    if scan.orange_aspects:
        return " · " + str(_("oranje licht"))
    if not scan.all_green:
        return " · " + str(_("niet alles bekeken"))
    return ""
