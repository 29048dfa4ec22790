"""A meeting with its decisions, and its report."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.core.forms import UtrechtFormMixin, VersionedForm

from ..models import MeetingKind
from ._shared import _choice, _confirm_wider, _date, _not_in_future, _text

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


DURATIONS = [
    (30, _("half uur")),
    (45, _("drie kwartier")),
    (60, _("1 uur")),
    (90, _("anderhalf uur")),
    (120, _("2 uur")),
]


class MeetingPlanForm(UtrechtFormMixin, forms.Form):
    """A meeting planned ahead (issue 13, item 3): the service checks the rules (a future
    start, a place or an https link, participants from the team); the form parses them."""

    kind = MeetingForm.base_fields["kind"]
    starts_on = _date(_("Datum"))
    starts_time = forms.TimeField(
        label=_("Begintijd"),
        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
        error_messages={
            "required": _("Vul een begintijd in."),
            "invalid": _("Vul een tijd in als 14:30."),
        },
    )
    duration_minutes = forms.TypedChoiceField(
        label=_("Duur"), choices=DURATIONS, coerce=int, initial=60
    )
    location = forms.CharField(
        label=_("Plaats"),
        required=False,
        max_length=200,
        help_text=_("Het adres of de ruimte. Vul een plaats, een videolink of allebei in."),
    )
    video_link = forms.CharField(
        label=_("Videolink"),
        required=False,
        max_length=500,
        help_text=_("Begint met https://."),
        widget=forms.URLInput,
    )
    participants = forms.ModelMultipleChoiceField(
        label=_("Deelnemers uit het team"),
        queryset=User.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies wie er bij het gesprek komen.")},
    )
    client_present = forms.BooleanField(
        label=_("De cliënt is uitgenodigd"),
        required=False,
        help_text=_(
            "De cliënt ziet het gesprek op de eigen startpagina en krijgt een uitnodiging als "
            "de cliënt een account met e-mailadres heeft."
        ),
    )
    category = MeetingForm.base_fields["category"]
    confirm_wider = _confirm_wider()
    agenda = _text(_("Agenda"), required=False)

    def __init__(self, *args: Any, team_users: QuerySet[User], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = team_users  # type: ignore[attr-defined]
        self.fields["participants"].label_from_instance = lambda u: u.full_name  # type: ignore[attr-defined]

    def starts_at(self) -> datetime:
        """The start as an aware moment in the site's time zone."""
        data = self.cleaned_data
        return timezone.make_aware(datetime.combine(data["starts_on"], data["starts_time"]))
