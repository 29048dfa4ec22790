"""Forms: Follow-along notes, the coach contact for employers, check-ins and signals."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    VersionedForm,
    choice_field,
    date_field,
    text_field,
)

from ..models import (
    CHECKIN_QUESTIONS,
    Answer,
    ContactKind,
    JobEndReason,
    WithWhom,
)
from ._shared import CHOOSE


# --- Follow-along ------------------------------------------------------------------------------
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
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
        help_text=_("Bijvoorbeeld je zakelijke mobiele nummer."),
    )
    email = forms.EmailField(
        label=_("E-mailadres voor werkgevers"),
        required=False,
        help_text=_(
            "Niet je werkadres bij een zorgaanbieder: daaraan ziet de werkgever waar je "
            "cliënt in zorg is."
        ),
        error_messages={"invalid": _("Vul een geldig e-mailadres in.")},
    )
    client_phone = forms.CharField(
        label=_("Telefoonnummer voor cliënten"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
        help_text=_(
            "Cliënten in je teams zien dit bij je naam en kunnen je er met één tik mee bellen. "
            "Laat het leeg als cliënten je zo niet bellen."
        ),
        error_messages={
            "max_length": _("Vul een telefoonnummer in, bijvoorbeeld 06 12345678."),
        },
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
