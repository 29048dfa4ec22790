"""Forms of the trajectory pages. They check input and give Dutch messages; the rules that
hold for every entry point (the work question, phases, consent for referrals) are in the
services, whose ValidationErrors the views put back on the form."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    date_field,
    text_field,
)
from werkpad.organisations.models import Membership, Team

from .models import (
    BenefitStatus,
    EndReason,
    Goal,
    GoalStatus,
    IntakeOutcome,
    LadderStep,
    LifeDomain,
    MeetingKind,
    NoteKind,
    Perspective,
    Route,
    Trajectory,
    WorkWish,
)
from .phases import TrajectoryType

YES_NO = [("ja", _("ja")), ("nee", _("nee"))]
_date, _text, _choice = date_field, text_field, choice_field


def _not_in_future(day: date | None) -> date | None:
    if day is not None and day > timezone.localdate():
        raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
    return day


def _teams(queryset: QuerySet[Team]) -> forms.ModelChoiceField:
    field = forms.ModelChoiceField(
        label=_("Naar team"),
        queryset=queryset,
        required=False,
        empty_label=_("Kies een team"),
    )
    field.label_from_instance = lambda t: f"{t.organisation.name} · {t.name}"  # type: ignore[method-assign,assignment]
    return field


def conditional(form: forms.Form, *names: str) -> None:
    """Fields required only in some cases (their help text says when): not 'optioneel'."""
    for name in names:
        form.fields[name].conditional = True  # type: ignore[attr-defined]


def referral_teams(organisation: Any) -> QuerySet[Team]:
    """Teams in the own organisation's labour-market regions (a directory, no client data)."""
    return (
        Team.objects.filter(organisation__regions__in=organisation.regions.all())
        .select_related("organisation")
        .distinct()
        .order_by("organisation__name", "name")
    )


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


class ReferralForm(UtrechtFormMixin, forms.Form):
    route = _choice(_("Route"), [("", _("Kies")), *Route.choices])
    to_team = _teams(Team.objects.none())
    reason = _text(_("Reden van verwijzing"))

    def __init__(self, *args: Any, organisation: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_team"].queryset = referral_teams(organisation)  # type: ignore[attr-defined]
        self.fields["to_team"].required = True
        self.fields["to_team"].error_messages["required"] = _("Kies het team waarnaar je verwijst.")


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


class DeclineForm(UtrechtFormMixin, forms.Form):
    reason = _text(_("Reden van afwijzing"), help_text=_("De verwijzer ziet deze reden."))


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


class TeamAddForm(UtrechtFormMixin, forms.Form):
    membership = forms.ModelChoiceField(
        label=_("Professional"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een professional"),
        error_messages={"required": _("Kies wie je aan het team toevoegt.")},
        help_text=_(
            "Ook van een andere organisatie. Wat die persoon van de cliënt ziet, hangt af van "
            "de toestemming van de cliënt."
        ),
    )
    is_key_person = forms.BooleanField(
        label=_("Sleutelpersoon van de eigen organisatie"), required=False
    )

    def __init__(self, *args: Any, candidates: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["membership"]
        field.queryset = candidates  # type: ignore[attr-defined]
        field.label_from_instance = lambda m: (  # type: ignore[attr-defined]
            f"{m.user.full_name} · {m.get_role_display()} · {m.organisation.name}"
        )


def _confirm_wider() -> forms.BooleanField:
    """Issue 11, item 4: the author's confirmation that a category more people read than the
    one that fits (the service decides when it is needed and names who)."""
    return forms.BooleanField(
        label=_("Ook zij mogen dit lezen"),
        required=False,
        help_text=_(
            "Alleen nodig als de gekozen soort gegevens meer mensen laat meelezen dan de soort "
            "die hier hoort."
        ),
    )


NEW_GOAL_STATUSES = [
    (s.value, s.label)
    for s in (GoalStatus.PROPOSED, GoalStatus.PLANNED, GoalStatus.ACCEPTED, GoalStatus.ACTIVE)
]


class GoalForm(UtrechtFormMixin, forms.Form):
    own_words = _text(_("Het doel in de woorden van de cliënt"))
    professional_text = _text(_("In professionele termen"), required=False)
    life_domain = _choice(_("Levensgebied"), [("", _("Kies")), *LifeDomain.choices])
    category = forms.ChoiceField(
        label=_("Soort gegevens"),
        choices=[("", _("Volgt uit het levensgebied en je rol")), *DataCategory.choices],
        required=False,
        help_text=_(
            "Bepaalt, met de toestemming van de cliënt, wie dit doel ziet. Een doel in "
            "'gezondheid en behandeling' van een behandelaar is behandeling."
        ),
    )
    confirm_wider = _confirm_wider()
    status = _choice(_("Status"), NEW_GOAL_STATUSES)
    target_date = _date(_("Streefdatum"), required=False)


class GoalEditForm(GoalForm, VersionedForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = GoalStatus.choices  # type: ignore[attr-defined]


class ActionForm(UtrechtFormMixin, forms.Form):
    description = forms.CharField(
        label=_("Actie"), max_length=300, error_messages={"required": _("Beschrijf de actie.")}
    )
    owner = forms.ModelChoiceField(
        label=_("Wie"),
        queryset=User.objects.none(),
        empty_label=_("Kies"),
        error_messages={"required": _("Kies wie de actie doet.")},
    )
    due_on = _date(_("Uiterlijk op"))
    goal = forms.ModelChoiceField(
        label=_("Bij doel"), queryset=Goal.objects.none(), required=False, empty_label=_("Geen")
    )
    category = _choice(
        _("Soort gegevens"),
        [("", _("Kies")), *DataCategory.choices],
        required=False,
        help_text=_(
            "Bepaalt, met de toestemming van de cliënt, wie deze actie ziet. Verplicht zonder "
            "doel; bij een doel geldt de soort van het doel."
        ),
    )
    confirm_wider = _confirm_wider()

    def __init__(
        self, *args: Any, team_users: QuerySet[User], goals: list[Goal], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = team_users  # type: ignore[attr-defined]
        self.fields["owner"].label_from_instance = lambda u: u.full_name  # type: ignore[attr-defined]
        self.fields["goal"].queryset = Goal.objects.filter(  # type: ignore[attr-defined]
            pk__in=[g.pk for g in goals]
        )
        conditional(self, "category")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("goal") and not data.get("category"):
            self.add_error("category", _("Kies de soort gegevens, of kies een doel."))
        return data


DECISION_ROWS = 3


class MeetingForm(UtrechtFormMixin, forms.Form):
    kind = _choice(
        _("Soort gesprek"),
        [("", _("Kies")), *MeetingKind.choices],
        # Seed 004 (WGB): "Ten slotte volgt een formeel startgesprek met vier partijen"
        help_text=_(
            "Het startgesprek is het formele gesprek na de voorbereiding, niet het eerste "
            "gesprek. Bij WGB zijn er vier partijen: cliënt, behandelaar, arbeidsdeskundige en "
            "re-integratiecoach."
        ),
    )
    held_on = _date(_("Datum"))
    participants = forms.ModelMultipleChoiceField(
        label=_("Deelnemers uit het team"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies wie er bij het gesprek waren.")},
    )
    client_present = forms.BooleanField(label=_("De cliënt was erbij"), required=False)
    # As on goals, actions and notes (issue 11, item 4): the view sets the author's role's
    # category as the initial one; a wider one needs confirm_wider (the service names who).
    category = _choice(
        _("Soort gegevens"),
        [("", _("Kies")), *DataCategory.choices],
        help_text=_(
            "Bepaalt, met de toestemming van de cliënt, wie het verslag en de afspraken ziet."
        ),
    )
    confirm_wider = _confirm_wider()
    agenda = _text(_("Agenda"), required=False)
    summary = _text(_("Verslag"), required=False, rows=6)

    def __init__(
        self,
        *args: Any,
        team_users: QuerySet[User],
        owners: QuerySet[User] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = team_users  # type: ignore[attr-defined]
        self.fields["participants"].label_from_instance = lambda u: u.full_name  # type: ignore[attr-defined]
        for i in range(1, DECISION_ROWS + 1):
            self.fields[f"decision_{i}"] = forms.CharField(
                label=_("Afspraak %(n)s") % {"n": i}, required=False, max_length=300
            )
            owner = forms.ModelChoiceField(
                label=_("Wie (afspraak %(n)s)") % {"n": i},
                queryset=team_users if owners is None else owners,
                required=False,
                empty_label=_("Kies"),
            )
            owner.label_from_instance = lambda u: u.full_name  # type: ignore[method-assign,assignment]
            self.fields[f"owner_{i}"] = owner
            self.fields[f"due_{i}"] = _date(
                _("Uiterlijk op (afspraak %(n)s)") % {"n": i}, required=False
            )

    def clean_held_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("held_on"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for i in range(1, DECISION_ROWS + 1):
            text = (data.get(f"decision_{i}") or "").strip()
            if text and not data.get(f"owner_{i}"):
                self.add_error(f"owner_{i}", _("Kies wie deze afspraak uitvoert."))
            if text and not data.get(f"due_{i}"):
                self.add_error(f"due_{i}", _("Kies wanneer deze afspraak klaar is."))
        return data

    def decisions(self) -> list[tuple[str, User, date]]:
        data = self.cleaned_data
        return [
            (data[f"decision_{i}"].strip(), data[f"owner_{i}"], data[f"due_{i}"])
            for i in range(1, DECISION_ROWS + 1)
            if (data.get(f"decision_{i}") or "").strip()
        ]


class MeetingReportForm(VersionedForm):
    agenda = _text(_("Agenda"), required=False)
    summary = _text(_("Verslag"), required=False, rows=8)


class LadderForm(UtrechtFormMixin, forms.Form):
    step = forms.TypedChoiceField(
        label=_("Trede"),
        choices=[("", _("Kies een trede")), *LadderStep.choices],
        coerce=int,
        error_messages={"required": _("Kies een trede van de participatieladder.")},
    )
    perspective = _choice(_("Wiens inschatting"), Perspective.choices)
    assessed_on = _date(_("Datum"))
    note = _text(_("Toelichting"), required=False, rows=2)

    def clean_assessed_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("assessed_on"))


class NoteForm(UtrechtFormMixin, forms.Form):
    # Employer contacts are logged with the employer (job development), where they count for
    # the IPS norm and the quarterly figures; older notes of that kind stay readable.
    kind = _choice(
        _("Soort"),
        [c for c in NoteKind.choices if c[0] != NoteKind.EMPLOYER_CONTACT],
        help_text=_(
            "Een contact met een werkgever leg je vast bij de werkgever (menu Werkgevers): "
            "dan telt het mee voor de IPS-norm en de kwartaalcijfers."
        ),
    )
    category = _choice(
        _("Soort gegevens"),
        [("", _("Kies")), *DataCategory.choices],
        help_text=_("Bepaalt, met de toestemming van de cliënt, wie deze notitie ziet."),
    )
    confirm_wider = _confirm_wider()
    occurred_on = _date(_("Datum"))
    text = _text(_("Notitie"), rows=4)

    def clean_occurred_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("occurred_on"))


class HandoverForm(UtrechtFormMixin, forms.Form):
    from_membership = forms.ModelChoiceField(
        label=_("Van"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een collega"),
        error_messages={"required": _("Kies van wie je trajecten overdraagt.")},
    )
    to_membership = forms.ModelChoiceField(
        label=_("Naar"),
        queryset=Membership.objects.none(),
        empty_label=_("Kies een collega"),
        error_messages={"required": _("Kies aan wie je overdraagt.")},
    )
    trajectory = forms.IntegerField(
        label=_("Alleen dit traject (nummer)"),
        required=False,
        min_value=1,
        help_text=_("Leeg laten om alle trajecten over te dragen."),
        error_messages={"invalid": _("Vul een trajectnummer in.")},
    )

    def __init__(self, *args: Any, colleagues: QuerySet[Membership], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("from_membership", "to_membership"):
            self.fields[name].queryset = colleagues  # type: ignore[attr-defined]
            self.fields[name].label_from_instance = lambda m: (  # type: ignore[attr-defined]
                f"{m.user.full_name} · {m.get_role_display()}"
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("from_membership") and data.get("from_membership") == data.get("to_membership"):
            self.add_error("to_membership", _("Kies een andere collega."))
        return data
