from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.policy import CONSENT_ROLES
from werkpad.core.bsn import BSN_MESSAGE, BSN_PHONE_MESSAGE, is_bsn_like
from werkpad.core.forms import UtrechtFormMixin, VersionedForm, date_input
from werkpad.core.templatetags.werkpad import widget_class
from werkpad.organisations.models import Gemeente, Organisation, OrganisationType, Role

from .contributions import list_filters
from .documents import DOCUMENT_MAX_BYTES as DOCUMENT_MAX_BYTES  # used by the tests
from .documents import check_document
from .models import ConsentPurpose, DataCategory, name_key

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,17}$")


class _ClientFields(forms.Form):
    full_name = forms.CharField(
        label=_("Naam"), max_length=200, error_messages={"required": _("Vul de naam in.")}
    )
    date_of_birth = forms.DateField(
        label=_("Geboortedatum"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Vul een datum in als 31-12-2026.")},
    )
    gemeente = forms.ModelChoiceField(
        label=_("Gemeente"),
        queryset=Gemeente.objects.select_related("region"),
        required=False,
        empty_label=_("Onbekend"),
        help_text=_("De gemeente bepaalt de arbeidsmarktregio."),
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        required=False,
        error_messages={"invalid": _("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")},
    )
    phone = forms.CharField(label=_("Telefoonnummer"), required=False, max_length=20)
    preferred_language = forms.ChoiceField(label=_("Voorkeurstaal"), choices=settings.LANGUAGES)
    client_number = forms.CharField(
        label=_("Eigen cliëntnummer"),
        required=False,
        max_length=40,
        help_text=_(
            "Het nummer dat jouw organisatie gebruikt. Alleen jouw organisatie ziet het; het "
            "wordt versleuteld bewaard. Geen BSN."
        ),
    )

    def clean_full_name(self) -> str:
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Een naam heeft minstens twee tekens."))
        return name

    def clean_date_of_birth(self) -> date | None:
        born = self.cleaned_data["date_of_birth"]
        if born is not None and not (date(1900, 1, 1) <= born <= timezone.localdate()):
            raise forms.ValidationError(_("Vul een geboortedatum in tussen 1900 en vandaag."))
        return born

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not _PHONE.match(phone):
            raise forms.ValidationError(_("Vul een telefoonnummer in, zoals 06 12345678."))
        if is_bsn_like(phone):
            raise forms.ValidationError(BSN_PHONE_MESSAGE)
        return phone

    def clean_client_number(self) -> str:
        number = self.cleaned_data["client_number"].strip()
        # Werkpad never stores a BSN (invariant 5), however it is written.
        if is_bsn_like(number):
            raise forms.ValidationError(BSN_MESSAGE)
        return number


class ClientCreateForm(UtrechtFormMixin, _ClientFields):
    confirm_new = forms.BooleanField(
        label=_("Dit is een andere persoon: toch een nieuw dossier maken"), required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.similar: list[Any] = []


class ClientEditForm(_ClientFields, VersionedForm):
    pass


class TeamChoiceField(forms.ModelChoiceField):
    """A trajectory, named by who is on its team now (a consent for a care team reaches its
    current and future members)."""

    def label_from_instance(self, obj: Any) -> str:
        members = [
            f"{m.user.full_name or m.user.email} ({m.get_role_display()}, {m.organisation.name})"
            for m in obj.team.all()
            if m.ended_on is None
        ]
        return str(
            _(
                "Het team van %(trajectory)s bij %(organisation)s: nu %(members)s, en wie later "
                "bij het team komt"
            )
            % {
                "trajectory": obj.get_type_display(),
                "organisation": obj.organisation.name,
                "members": ", ".join(members) or _("nog niemand"),
            }
        )


class ConsentForm(UtrechtFormMixin, forms.Form):
    recipient = forms.ModelChoiceField(
        label=_("Organisatie die mag inzien"),
        queryset=Organisation.objects.none(),
        required=False,
    )
    trajectory = TeamChoiceField(
        label=_("Of: het team van één traject"),
        queryset=None,
        required=False,
        error_messages={"invalid_choice": _("Kies een lopend traject van deze cliënt.")},
        help_text=_(
            "Iedereen die in het team van dit traject zit, nu en later, uit welke organisatie "
            "ook, ziet dan van elkaar wat de cliënt hier kiest. Wie het team verlaat, ziet "
            "het niet meer. Een eigen organisatie hoeft dan niet apart toestemming te krijgen."
        ),
    )
    recipient_role = forms.ChoiceField(
        label=_("Alleen voor de rol"),
        required=False,
        choices=[("", _("Alle rollen in die organisatie"))],
    )
    categories = forms.MultipleChoiceField(
        label=_("Welke gegevens"),
        choices=DataCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies minstens één soort gegevens.")},
        help_text=_("Zonder basisgegevens ziet de organisatie het dossier helemaal niet."),
    )
    purpose = forms.ChoiceField(label=_("Doel"), choices=ConsentPurpose.choices)
    valid_from = forms.DateField(
        label=_("Geldig vanaf"),
        widget=date_input(),
        error_messages={
            "required": _("Vul de begindatum in."),
            "invalid": _("Vul een datum in als 31-12-2026."),
        },
    )
    valid_until = forms.DateField(
        label=_("Geldig tot en met"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Vul een datum in als 31-12-2026.")},
    )

    def __init__(self, *args: Any, trajectories: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The client's running trajectories the recording professional sees, with their teams.
        if trajectories is None:
            trajectories = apps.get_model("trajectories", "Trajectory").objects.none()
        self.fields["trajectory"].queryset = trajectories  # type: ignore[attr-defined]
        # Employers see only what the client chooses to disclose (the disclosure aid), never
        # through a consent on the record.
        # The own organisation is a choice too: what other organisations record on a shared
        # trajectory is theirs, and it reaches the own organisation only with consent.
        self.fields["recipient"].queryset = Organisation.objects.exclude(  # type: ignore[attr-defined]
            type=OrganisationType.EMPLOYER
        )
        self.fields["recipient"].help_text = _(
            "Ook je eigen organisatie: dan ziet die wat andere organisaties in een gedeeld "
            "traject vastleggen, voor zover de cliënt dat wil."
        )
        # Only roles that work with the client on a team: a consent never reaches a
        # teamleider, regiocoördinator or beheerder (policy.CONSENT_ROLES).
        self.fields["recipient_role"].choices = [  # type: ignore[attr-defined]
            ("", _("De rollen die met de cliënt werken")),
            *((r.value, r.label) for r in Role if r in CONSENT_ROLES),
        ]

    document = forms.FileField(
        label=_("Ondertekend formulier"),
        required=False,
        help_text=_("Een pdf of foto (jpg, png) van hoogstens 5 MB. Wordt versleuteld bewaard."),
        error_messages={"invalid": _("Kies een bestand.")},
    )

    confirm_leaves_ggz = forms.BooleanField(
        label=_(
            "De cliënt weet dat behandel- of belastbaarheidsgegevens hiermee buiten de ggz "
            "komen, en wil dat"
        ),
        required=False,
        help_text=_(
            "Alleen nodig bij behandeling of belastbaarheid voor een organisatie die geen ggz "
            "is. Zonder ondertekend formulier gaat de toestemming pas in als de cliënt die "
            "zelf bevestigt in Werkpad."
        ),
    )

    def clean_document(self) -> Any:
        document = self.cleaned_data.get("document")
        if document is None:
            return None
        # Its bytes decide, not the name or the type the browser declared.
        try:
            check_document(document)
        except ValidationError as error:
            raise forms.ValidationError(error.message_dict["document"]) from error
        return document

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("valid_from"), data.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("De einddatum ligt voor de begindatum."))
        recipient, team = data.get("recipient"), data.get("trajectory")
        if recipient is None and team is None and not self.has_error("trajectory"):
            self.add_error("recipient", _("Kies een organisatie of het team van een traject."))
        if recipient is not None and team is not None:
            self.add_error(
                "trajectory", _("Kies een organisatie óf het team van één traject, niet allebei.")
            )
        return data


class ConsentWithdrawForm(UtrechtFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Waarom wordt de toestemming ingetrokken?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: de cliënt wil dit zelf. De cliënt kan de reden lezen."),
        error_messages={"required": _("Schrijf op waarom de toestemming wordt ingetrokken.")},
    )


# --- Finding a client (issue 13, item 2) --------------------------------------------------------
_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$|^(\d{4})-(\d{2})-(\d{2})$")
_WERKPAD_NUMBER = re.compile(r"^WP-?([0-9A-Z]{10})$", re.IGNORECASE)


class ClientSort(models.TextChoices):
    NAME = "naam", _("naam (A-Z)")
    NAME_DESC = "naam-af", _("naam (Z-A)")
    NEWEST = "nieuwst", _("nieuwste dossier eerst")
    BORN = "geboortedatum", _("geboortedatum (oudste eerst)")


@dataclass(frozen=True)
class ClientQuery:
    """What the search box asked for: name words, a date of birth, a Werkpad number."""

    words: tuple[str, ...] = ()
    born: date | None = None
    number: str = ""


def parse_client_query(text: str) -> ClientQuery:
    """Splits the search box into name words, a date of birth (14-3-1985, 14/03/1985 or
    1985-03-14) and a Werkpad number (WP-… with or without the dash). A date that does not
    exist is refused with an example of how to write it."""
    words: list[str] = []
    born: date | None = None
    number = ""
    for token in text.split():
        if match := _WERKPAD_NUMBER.match(token):
            number = "WP-" + match.group(1).upper()
        elif match := _DATE.match(token):
            day, month, year = match.group(1, 2, 3) if match.group(1) else match.group(6, 5, 4)
            try:
                born = date(int(year), int(month), int(day))
            except ValueError:
                raise ValidationError(
                    _("%(text)s is geen bestaande datum. Schrijf een geboortedatum als 14-3-1985."),
                    params={"text": token},
                    code="date",
                ) from None
        else:
            words.extend(name_key(token).split())
    return ClientQuery(words=tuple(words), born=born, number=number)


class ClientSearchForm(UtrechtFormMixin, forms.Form):
    """The client list's search and filters (GET). The contributed filters (trajectory,
    benefit, doelgroepregister) come from the contexts that know them
    (``contributions.list_filters``); the organisations are those of the clients the actor
    sees."""

    zoek = forms.CharField(
        label=_("Zoek op naam, Werkpad-nummer of geboortedatum"),
        required=False,
        max_length=100,
        help_text=_(
            "Bijvoorbeeld: Jansen, WP-7K2M9QX4RT of 14-3-1985. Hoofdletters en accenten maken "
            "niet uit."
        ),
        error_messages={"max_length": _("Zoek met hoogstens 100 tekens.")},
    )
    organisatie = forms.TypedChoiceField(
        label=_("Dossier van"), required=False, coerce=int, empty_value=None
    )
    sorteer = forms.ChoiceField(label=_("Sorteer op"), required=False, choices=ClientSort.choices)

    def __init__(self, *args: Any, organisations: Sequence[tuple[int, str]], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.filters = {f.key: f for f in list_filters()}
        everything = [("", _("alle"))]
        self.fields["organisatie"].choices = everything + list(organisations)  # type: ignore[attr-defined]
        for key, list_filter in self.filters.items():
            self.fields[key] = forms.ChoiceField(
                label=str(list_filter.label),
                required=False,
                choices=everything + list(list_filter.choices()),
            )
        # Keep the filters before the sort order, as the form shows them.
        self.order_fields(["zoek", *self.filters, "organisatie", "sorteer"])
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", widget_class(field.widget))
            field.error_messages["invalid_choice"] = _("Kies een van de mogelijkheden in de lijst.")

    def clean_zoek(self) -> ClientQuery:
        return parse_client_query(self.cleaned_data["zoek"])
