"""Forms of job development and placement. They check input and give Dutch messages; the
rules that hold for every entry point (minimum wage, the red light, phases) are in the
services, whose ValidationErrors the views put back on the form."""

from __future__ import annotations

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
from werkpad.organisations.models import ArbeidsmarktRegio, Gemeente
from werkpad.trajectories.models import BenefitStatus, Trajectory

from .instruments import INSTRUMENT_CHOICES
from .models import (
    CHECKIN_QUESTIONS,
    SCAN_ASPECTS,
    Answer,
    Condition,
    ContactKind,
    ContactPurpose,
    ContractType,
    JobEndReason,
    Light,
    RegisterStatus,
    Sector,
    TravelScope,
    UwvAdvice,
    Vacancy,
    VacancyKind,
    VacancyStatus,
    WithWhom,
    WorkKind,
    WorkplaceScan,
    WorkType,
)

CHOOSE = ("", _("Kies"))


def _multi(label: Any, choices: Any, help_text: Any = "") -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


def _hours(label: Any, required: bool = False) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=1,
        max_value=48,
        error_messages={
            "required": _("Vul het aantal uren in."),
            "invalid": _("Vul een heel aantal uren in."),
            "min_value": _("Kies minstens 1 uur."),
            "max_value": _("Kies hoogstens 48 uur per week."),
        },
    )


def _gemeente(label: Any, required: bool = True) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=label,
        queryset=Gemeente.objects.select_related("region").order_by("name"),
        required=required,
        empty_label=_("Kies een gemeente"),
        error_messages={"required": _("Kies een gemeente.")},
    )


class ConditionsField(forms.TypedMultipleChoiceField):
    """The condition catalogue as checkboxes; cleaned to a bit mask."""

    def __init__(self, label: Any, **kw: Any) -> None:
        super().__init__(
            label=label,
            choices=Condition.choices,
            coerce=int,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            **kw,
        )

    def clean(self, value: Any) -> int:
        mask = 0
        for item in super().clean(value):
            mask |= int(item)
        return mask

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int):
            return [c.value for c in Condition if value & c.value]
        return value


# --- Career profile ------------------------------------------------------------------------
class ProfileForm(UtrechtFormMixin, forms.Form):
    own_words = text_field(_("Wat voor werk wil de cliënt? In de eigen woorden"))
    work_kinds = _multi(_("Soort werk dat de cliënt wil"), WorkKind.choices)
    sectors = _multi(_("Sectoren die de cliënt aanspreken"), Sector.choices)
    avoid_kinds = _multi(
        _("Soort werk dat de cliënt níet wil"),
        WorkKind.choices,
        _("Een uitdrukkelijke wens: Werkpad biedt hier nooit een match in aan."),
    )
    avoid_sectors = _multi(
        _("Sectoren die de cliënt níet wil"),
        Sector.choices,
        _("Een uitdrukkelijke wens: Werkpad biedt hier nooit een match in aan."),
    )
    hours_min = _hours(_("Minstens uren per week"))
    hours_max = _hours(_("Hoogstens uren per week"))
    home_gemeente = _gemeente(_("Woonplaats (gemeente)"), required=False)
    travel_scope = choice_field(_("Waar mag het werk zijn?"), TravelScope.choices)
    travel_note = forms.CharField(
        label=_("Reizen: hoe en hoe lang"), max_length=200, required=False
    )
    available_from = date_field(_("Beschikbaar vanaf"), required=False)
    needs_mask = ConditionsField(_("Wat de cliënt nodig heeft op het werk"))
    talents = text_field(_("Talenten en sterke kanten"), required=False)
    interests = text_field(_("Interesses"), required=False)
    education = text_field(_("Opleiding en cursussen"), required=False)
    helps = text_field(_("Wat helpt op het werk?"), required=False)
    hinders = text_field(_("Wat maakt werken moeilijker?"), required=False)
    support_wished = text_field(_("Welke steun wil de cliënt?"), required=False)
    benefit_status = choice_field(_("Uitkering"), [CHOOSE, *BenefitStatus.choices], required=False)
    register_status = choice_field(_("Doelgroepregister (banenafspraak)"), RegisterStatus.choices)


class ProfileEditForm(ProfileForm, VersionedForm):
    pass


class HistoryForm(UtrechtFormMixin, forms.Form):
    job = forms.CharField(
        label=_("Functie"), max_length=200, error_messages={"required": _("Vul de functie in.")}
    )
    employer_name = forms.CharField(label=_("Werkgever"), max_length=200, required=False)
    from_year = forms.IntegerField(
        label=_("Van (jaar)"), error_messages={"required": _("Vul het beginjaar in.")}
    )
    to_year = forms.IntegerField(label=_("Tot (jaar)"), required=False)
    went_well = text_field(_("Wat ging goed?"), required=False)
    why_ended = text_field(_("Waarom gestopt?"), required=False)


# --- Employers -----------------------------------------------------------------------------
class EmployerForm(UtrechtFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    kvk_number = forms.CharField(label=_("KvK-nummer"), max_length=8, required=False)
    sector = choice_field(_("Sector"), [CHOOSE, *Sector.choices])
    gemeente = _gemeente(_("Vestigingsplaats"))
    locations = text_field(_("Andere vestigingen"), required=False, rows=2)
    social_heart = forms.BooleanField(
        label=_("Sociaal hart: wil uit eigen motivatie inclusief werken"), required=False
    )
    attitude = text_field(_("Houding en motivatie"), required=False)
    networks = text_field(_("Netwerken waar de werkgever bij hoort"), required=False, rows=2)
    trainings = text_field(
        _("Gevolgde trainingen"),
        required=False,
        rows=2,
        help_text=_("Bijvoorbeeld Harrie Helpt, met datum."),
    )
    uwv_advice = choice_field(
        _("Bedrijfsadvies inclusieve arbeidsorganisatie (UWV)"), UwvAdvice.choices
    )
    sroi_obligation = forms.BooleanField(label=_("Heeft SROI-verplichtingen"), required=False)
    sroi_note = forms.CharField(label=_("SROI: toelichting"), max_length=300, required=False)


class EmployerCreateForm(EmployerForm):
    confirm_duplicate = forms.BooleanField(
        label=_("Ik heb gekeken: dit is een andere werkgever"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["confirm_duplicate"].conditional = True  # type: ignore[attr-defined]


class EmployerEditForm(EmployerForm, VersionedForm):
    pass


class ContactPersonForm(UtrechtFormMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    function = forms.CharField(label=_("Functie"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        error_messages={"invalid": _("Vul een geldig e-mailadres in.")},
    )
    phone = forms.CharField(label=_("Telefoon"), max_length=30, required=False)


class ContactLogForm(UtrechtFormMixin, forms.Form):
    """Built for a phone: the defaults (today, face-to-face) are right most of the time, so
    logging takes choosing the purpose and saving."""

    purpose = choice_field(
        _("Doel"), ContactPurpose.choices, widget=forms.RadioSelect, initial="opvolging"
    )
    kind = choice_field(
        _("Soort contact"),
        ContactKind.choices,
        widget=forms.RadioSelect,
        initial=ContactKind.FACE_TO_FACE,
    )
    occurred_on = date_field(_("Datum"))
    trajectory = forms.ModelChoiceField(
        label=_("Voor werkzoekende"),
        queryset=Trajectory.objects.none(),
        required=False,
        empty_label=_("Geen"),
    )
    with_whom = forms.CharField(label=_("Met wie"), max_length=200, required=False)
    outcome = text_field(
        _("Uitkomst"),
        required=False,
        rows=2,
        help_text=_(
            "Organisaties die werkgevers met jullie delen, zien uitkomsten van contacten die "
            "niet over een werkzoekende gaan. Noem geen namen van cliënten."
        ),
    )

    def __init__(self, *args: Any, trajectories: QuerySet[Trajectory], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["trajectory"]
        field.queryset = trajectories  # type: ignore[attr-defined]
        field.label_from_instance = lambda t: f"{t.client.full_name} ({t.get_type_display()})"  # type: ignore[attr-defined]
        field.conditional = True  # type: ignore[attr-defined]
        field.help_text = _("Verplicht als het contact voor een werkzoekende was.")


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


# --- Werkplekscan --------------------------------------------------------------------------
class ScanForm(UtrechtFormMixin, forms.Form):
    """'Alle lichten moeten op groen staan': per aspect a light and, if not green, a note."""

    done_on = date_field(_("Datum van de scan"))

    def __init__(self, *args: Any, vacancies: QuerySet[Vacancy], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["vacancy"] = forms.ModelChoiceField(
            label=_("Vacature of baan"),
            queryset=vacancies,
            error_messages={"required": _("Kies de vacature of baan waarvoor je de scan doet.")},
            empty_label=_("Kies"),
        )
        self.fields["vacancy"].label_from_instance = (  # type: ignore[attr-defined]
            lambda v: f"{v.title} · {v.employer.name}"
        )
        for aspect, label in SCAN_ASPECTS:
            self.fields[f"{aspect}_light"] = choice_field(
                label, Light.choices, widget=forms.RadioSelect
            )
            note = forms.CharField(
                label=_("Toelichting: %(aspect)s") % {"aspect": label},
                required=False,
                max_length=500,
            )
            note.conditional = True  # type: ignore[attr-defined]
            note.help_text = _("Verplicht bij oranje of rood.")
            self.fields[f"{aspect}_note"] = note
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", widget_class(field.widget))
        self.order_fields(["vacancy", "done_on"])

    def lights(self) -> dict[str, dict[str, str]]:
        data = self.cleaned_data
        return {
            aspect: {
                "light": data.get(f"{aspect}_light", ""),
                "note": data.get(f"{aspect}_note", ""),
            }
            for aspect, _label in SCAN_ASPECTS
        }


# --- Placement -----------------------------------------------------------------------------
class PlacementForm(UtrechtFormMixin, forms.Form):
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
        _("Bewuste keuze ondanks een rood licht"),
        required=False,
        help_text=_("Verplicht als de werkplekscan een rood licht heeft."),
    )
    instruments = _multi(_("Instrumenten"), INSTRUMENT_CHOICES, _("Ze gaan in op de startdatum."))

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
            f"{s.employer.name} · {s.done_on:%d-%m-%Y}"
            + (" · " + str(_("rood licht")) if s.red_aspects else "")
        )
        self.fields["hourly_wage"].conditional = True  # type: ignore[attr-defined]
        self.fields["red_light_decision"].conditional = True  # type: ignore[attr-defined]


class InstrumentForm(UtrechtFormMixin, forms.Form):
    code = choice_field(_("Instrument"), [CHOOSE, *INSTRUMENT_CHOICES])
    starts_on = date_field(_("Vanaf"))
    ends_on = date_field(_("Tot en met"), required=False)
    note = forms.CharField(label=_("Toelichting"), max_length=300, required=False)


class FollowUpForm(UtrechtFormMixin, forms.Form):
    occurred_on = date_field(_("Datum"))
    with_whom = choice_field(_("Met wie"), WithWhom.choices, widget=forms.RadioSelect)
    kind = choice_field(
        _("Soort contact"),
        ContactKind.choices,
        widget=forms.RadioSelect,
        initial=ContactKind.FACE_TO_FACE,
    )
    note = text_field(_("Verslag"))
    for_employer = forms.BooleanField(
        label=_("Zichtbaar voor de werkgever (schrijf dan niets over gezondheid of behandeling)"),
        required=False,
        help_text=_(
            "Je ziet eerst precies wat de werkgever leest. Pas daarna deel je het. Je kunt het "
            "later verbeteren of terugtrekken."
        ),
    )
    # The digest of the note the coach saw in the preview: sharing needs that exact text.
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)


class FollowUpCorrectForm(UtrechtFormMixin, forms.Form):
    note = text_field(_("Wat de werkgever leest"))
    previewed = forms.CharField(required=False, widget=forms.HiddenInput)


class EmployerContactForm(UtrechtFormMixin, forms.Form):
    phone = forms.CharField(
        label=_("Telefoonnummer voor werkgevers"),
        max_length=20,
        required=False,
        help_text=_("Bijvoorbeeld je zakelijke mobiele nummer."),
    )
    email = forms.EmailField(
        label=_("E-mailadres voor werkgevers"),
        required=False,
        help_text=_(
            "Niet je werkadres bij een zorgaanbieder: daaraan ziet de werkgever waar je "
            "medewerker in zorg is."
        ),
        error_messages={"invalid": _("Vul een geldig e-mailadres in.")},
    )


def _answer(label: Any) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=Answer.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een van de drie antwoorden.")},
    )


class CheckInForm(UtrechtFormMixin, forms.Form):
    """A few taps: three questions with three answers, and 'I'd like support'."""

    work = _answer(CHECKIN_QUESTIONS[0][1])
    workload = _answer(CHECKIN_QUESTIONS[1][1])
    sleep = _answer(CHECKIN_QUESTIONS[2][1])
    support_needed = forms.BooleanField(label=_("Ik wil graag extra steun"), required=False)
    note = text_field(_("Wil je er iets over vertellen?"), required=False, rows=2)


class PlacementEndForm(VersionedForm):
    ended_on = date_field(_("Einddatum"))
    reason = choice_field(_("Reden"), [CHOOSE, *JobEndReason.choices])
    learned = text_field(_("Wat leren we hiervan voor de volgende baan?"), required=False)


class SignalResolveForm(UtrechtFormMixin, forms.Form):
    resolution = text_field(_("Wat is er gedaan?"), rows=2)


class SharingForm(UtrechtFormMixin, forms.Form):
    regions = forms.ModelMultipleChoiceField(
        label=_("Werkgevers delen in deze regio's"),
        queryset=ArbeidsmarktRegio.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Jullie werkgevers, contacten en vacatures in deze regio's worden zichtbaar voor "
            "organisaties die daar ook delen, en andersom."
        ),
    )

    def __init__(self, *args: Any, regions: QuerySet[ArbeidsmarktRegio], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["regions"].queryset = regions  # type: ignore[attr-defined]
