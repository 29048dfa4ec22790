"""Forms of the data part of the portal: income, consents, who saw my file, my data. Every
message is plain Dutch; bad input is a 400 with the message on the field."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.policy import CONSENT_ROLES
from werkpad.clients.models import ConsentPurpose, DataCategory
from werkpad.core.forms import UtrechtFormMixin, VersionedForm, date_field, text_field
from werkpad.organisations.models import Organisation, OrganisationType, Role
from werkpad.portal.income import benefit_choices
from werkpad.portal.models import RequestKind

REQUEST_TEXT_MAX = 3000
ANSWER_MAX = 3000
REASON_MAX = 1000


class BenefitForm(UtrechtFormMixin, forms.Form):
    """Which benefit to explain (a GET form) or ask about (the one-click question)."""

    uitkering = forms.ChoiceField(
        label=_("Welke uitkering heb je?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies je uitkering."),
            "invalid_choice": _("Kies een uitkering uit de lijst."),
        },
    )

    def __init__(self, *args: Any, required: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["uitkering"]
        field.choices = benefit_choices()  # type: ignore[attr-defined]
        field.required = required
        # Choosing is how the page works, not an optional extra: no "(optioneel)" on it.
        field.conditional = True  # type: ignore[attr-defined]


class ProposalDecisionForm(UtrechtFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label=_("Wat kies je?"),
        choices=[("grant", _("Ja, ik geef toestemming")), ("decline", _("Nee, liever niet"))],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies ja of nee."),
            "invalid_choice": _("Kies ja of nee."),
        },
    )


class ConsentProposeForm(UtrechtFormMixin, forms.Form):
    """The team proposes a consent; only the client can give it."""

    recipient = forms.ModelChoiceField(
        label=_("Organisatie die mag inzien"),
        queryset=Organisation.objects.none(),
        error_messages={
            "required": _("Kies een organisatie."),
            "invalid_choice": _("Kies een organisatie uit de lijst."),
        },
    )
    recipient_role = forms.ChoiceField(label=_("Alleen voor de rol"), required=False)
    purpose = forms.ChoiceField(
        label=_("Doel"),
        choices=ConsentPurpose.choices,
        error_messages={
            "required": _("Kies een doel."),
            "invalid_choice": _("Kies een doel uit de lijst."),
        },
    )
    categories = forms.MultipleChoiceField(
        label=_("Welke gegevens"),
        choices=DataCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Kies minstens één soort gegevens."),
            "invalid_choice": _("Kies soorten gegevens uit de lijst."),
        },
        help_text=_("Zonder basisgegevens ziet de organisatie het dossier helemaal niet."),
    )
    valid_until = date_field(_("Geldig tot en met"), required=False)
    reason = text_field(
        _("Waarom is dit nodig?"),
        max_length=REASON_MAX,
        help_text=_(
            "De cliënt leest dit. Schrijf in gewone woorden wat de organisatie ermee gaat doen "
            "en wat de cliënt eraan heeft."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Employers see only what the client chooses in the disclosure aid, never through a
        # consent on the record (as in clients.forms.ConsentForm).
        self.fields["recipient"].queryset = Organisation.objects.exclude(  # type: ignore[attr-defined]
            type=OrganisationType.EMPLOYER
        ).order_by("name")
        # Only roles that work with the client (policy.CONSENT_ROLES), as the consent form.
        self.fields["recipient_role"].choices = [  # type: ignore[attr-defined]
            ("", _("De rollen die met de cliënt werken")),
            *((r.value, r.label) for r in Role if r in CONSENT_ROLES),
        ]
        self.fields["recipient_role"].error_messages["invalid_choice"] = _(
            "Kies een rol uit de lijst."
        )

    def clean_valid_until(self) -> date | None:
        until = self.cleaned_data.get("valid_until")
        if until is not None and until < timezone.localdate():
            raise forms.ValidationError(_("Kies vandaag of een datum in de toekomst."))
        return until

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Vul dit veld in."))
        return reason


class PeriodForm(UtrechtFormMixin, forms.Form):
    """The period filter of "who saw my file"."""

    van = date_field(_("Vanaf"), required=False)
    tot = date_field(_("Tot en met"), required=False)

    # Werkpad keeps no log from before 2000; the bounds also keep the day arithmetic in range.
    EARLIEST = date(2000, 1, 1)
    LATEST = date(2999, 12, 31)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("van", "tot"):
            day = data.get(name)
            if day and not self.EARLIEST <= day <= self.LATEST:
                self.add_error(name, _("Kies een datum tussen 1 januari 2000 en 31 december 2999."))
                data[name] = None
        start, end = data.get("van"), data.get("tot")
        if start and end and start > end:
            self.add_error("tot", _("Deze datum ligt voor de begindatum. Kies een latere datum."))
        return data


# What the client asks for, in everyday words (the stored values are RequestKind's).
REQUEST_KIND_CHOICES = [
    (RequestKind.CORRECTION, _("Iets laten verbeteren: er klopt iets niet")),
    (RequestKind.ERASURE, _("Iets laten verwijderen: er moet iets weg")),
]
REQUEST_TEXT_REQUIRED = _("Schrijf op wat er niet klopt, of wat er weg moet.")


class DataRequestForm(UtrechtFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label=_("Wat wil je?"),
        choices=REQUEST_KIND_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of je iets wilt laten verbeteren of laten verwijderen."),
            "invalid_choice": _("Kies of je iets wilt laten verbeteren of laten verwijderen."),
        },
    )
    text = text_field(
        _("Wat klopt er niet, of wat moet weg?"),
        rows=5,
        max_length=REQUEST_TEXT_MAX,
        help_text=_(
            "Schrijf zo precies als je kunt over welke gegevens het gaat. Bijvoorbeeld: mijn "
            "telefoonnummer is veranderd."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"].error_messages["required"] = REQUEST_TEXT_REQUIRED

    def clean_text(self) -> str:
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(REQUEST_TEXT_REQUIRED)
        return text


class DataRequestHandleForm(VersionedForm):
    answer = text_field(
        _("Antwoord aan de cliënt"),
        rows=6,
        max_length=ANSWER_MAX,
        help_text=_("De cliënt leest dit in het portaal. Schrijf in gewone woorden (B1)."),
    )
    done = forms.BooleanField(label=_("Het verzoek is afgehandeld"), required=False)

    def clean_answer(self) -> str:
        answer = self.cleaned_data["answer"].strip()
        if not answer:
            raise forms.ValidationError(_("Vul dit veld in."))
        return answer
