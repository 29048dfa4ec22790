"""Forms of the peer-support groups, in plain words: the client's choices (share with the
team, offer to host), the host's practicalities, starting a group, and the region filter."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.accounts.models import User
from werkpad.core.forms import UtrechtFormMixin, VersionedForm
from werkpad.organisations.models import ArbeidsmarktRegio

from ..models import GroupMode

SHARE, DO_NOT_SHARE = "ja", "nee"
YES, NO = "ja", "nee"


class ShareForm(UtrechtFormMixin, forms.Form):
    share = forms.ChoiceField(
        label=_("Mag je team weten dat je meedoet?"),
        choices=[
            (SHARE, _("Ja, mijn team mag weten dat ik meedoe")),
            (DO_NOT_SHARE, _("Nee, dat houd ik voor mezelf")),
        ],
        error_messages={
            "required": _("Kies of je team mag weten dat je meedoet."),
            "invalid_choice": _("Kies of je team mag weten dat je meedoet."),
        },
    )


class VolunteerForm(UtrechtFormMixin, forms.Form):
    offer = forms.ChoiceField(
        label=_("Wil je gastvrouw of gastheer zijn?"),
        choices=[(YES, _("Ja, ik wil gastvrouw of gastheer zijn")), (NO, _("Nee, liever niet"))],
        error_messages={
            "required": _("Kies of je gastvrouw of gastheer wilt zijn."),
            "invalid_choice": _("Kies of je gastvrouw of gastheer wilt zijn."),
        },
    )


class AppointForm(UtrechtFormMixin, forms.Form):
    """Which member who offered to host becomes the host (the id of their membership)."""

    membership = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=1,
        error_messages={
            "required": _("Kies wie gastvrouw of gastheer wordt."),
            "invalid": _("Kies wie gastvrouw of gastheer wordt."),
            "min_value": _("Kies wie gastvrouw of gastheer wordt."),
        },
    )


DESCRIPTION_REQUIRED = _("Schrijf kort wat de groep doet.")
SCHEDULE_HELP = _("Bijvoorbeeld: elke tweede zaterdag van de maand, 10.30 tot 12.00 uur.")
PLACE_HELP = _(
    "Hier vinden de deelnemers de bijeenkomst. Komt de groep online samen, zet dan de link "
    "hier: die zien alleen wie meedoen. Een adres ziet iedereen die een groep zoekt."
)


class PracticalitiesForm(VersionedForm):
    """What the host keeps up to date: what the group does, where and when, and whether new
    members are welcome."""

    description = forms.CharField(
        label=_("Wat doen we?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": DESCRIPTION_REQUIRED},
    )
    place = forms.CharField(
        label=_("Plaats of link"),
        max_length=200,
        help_text=PLACE_HELP,
        error_messages={"required": _("Vul in waar de groep samenkomt.")},
    )
    schedule = forms.CharField(
        label=_("Wanneer"),
        max_length=150,
        help_text=SCHEDULE_HELP,
        error_messages={"required": _("Vul in wanneer de groep samenkomt.")},
    )
    is_open = forms.BooleanField(label=_("Nieuwe deelnemers zijn welkom"), required=False)


class StartForm(UtrechtFormMixin, forms.Form):
    """A professional starts a group: an ervaringsdeskundige, or of a herstelacademie."""

    name = forms.CharField(
        label=_("Naam van de groep"),
        max_length=150,
        error_messages={"required": _("Geef de groep een naam.")},
    )
    theme = forms.CharField(
        label=_("Thema"),
        max_length=150,
        help_text=_("Waar gaat de groep over, in een paar woorden?"),
        error_messages={"required": _("Vul het thema van de groep in.")},
    )
    description = forms.CharField(
        label=_("Wat doen we?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "In gewone taal, voor wie een groep zoekt. De deelnemers bepalen samen de inhoud."
        ),
        error_messages={"required": DESCRIPTION_REQUIRED},
    )
    mode = forms.ChoiceField(
        label=_("Waar komt de groep samen?"),
        choices=GroupMode.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies of de groep op locatie of online samenkomt."),
            "invalid_choice": _("Kies of de groep op locatie of online samenkomt."),
        },
    )
    place = forms.CharField(
        label=_("Plaats of link"),
        max_length=200,
        help_text=PLACE_HELP,
        error_messages={"required": _("Vul in waar de groep samenkomt.")},
    )
    schedule = forms.CharField(
        label=_("Wanneer"),
        max_length=150,
        help_text=SCHEDULE_HELP,
        error_messages={"required": _("Vul in wanneer de groep samenkomt.")},
    )
    region = forms.ModelChoiceField(
        label=_("Arbeidsmarktregio"),
        queryset=ArbeidsmarktRegio.objects.order_by("name"),
        empty_label=None,
        error_messages={
            "required": _("Kies de regio van de groep."),
            "invalid_choice": _("Kies een regio uit de lijst."),
        },
    )
    is_open = forms.BooleanField(
        label=_("Nieuwe deelnemers zijn welkom"), required=False, initial=True
    )
    facilitate = forms.ChoiceField(
        label=_("Ik begeleid de groep zelf als professional"),
        choices=[
            (NO, _("Nee: de deelnemers draaien de groep zelf, met een gastvrouw of gastheer")),
            (YES, _("Ja, ik begeleid de groep als professional")),
        ],
        widget=forms.RadioSelect,
        help_text=_(
            "Een begeleider ziet de namen van de deelnemers. Begeleid je de groep niet zelf, "
            "dan maak je later een deelnemer die dat wil gastvrouw of gastheer, of je vraagt "
            "een professional."
        ),
        error_messages={
            "required": _("Kies of je de groep zelf begeleidt."),
            "invalid_choice": _("Kies of je de groep zelf begeleidt."),
        },
    )


def _full_name(user: Any) -> str:
    return str(user.full_name)


class FacilitatorForm(UtrechtFormMixin, forms.Form):
    """Who runs the group asks a professional to facilitate it again."""

    professional: forms.ModelChoiceField[User] = forms.ModelChoiceField(
        label=_("Wie begeleidt de groep?"),
        queryset=User.objects.none(),
        empty_label=None,
        error_messages={
            "required": _("Kies een professional uit de lijst."),
            "invalid_choice": _("Kies een professional uit de lijst."),
        },
    )

    def __init__(self, *args: Any, candidates: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["professional"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = candidates
        field.label_from_instance = _full_name  # type: ignore[method-assign,assignment]


ALL_REGIONS = "alle"


class RegionFilterForm(UtrechtFormMixin, forms.Form):
    """The filter of a groups page (a GET form): one region, or all of them."""

    regio = forms.ChoiceField(label=_("Regio"), required=False)

    def __init__(self, data: Any, *, regions: Any) -> None:
        super().__init__(data)
        field = self.fields["regio"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            (ALL_REGIONS, _("Alle regio's")),
            *((region.code, region.name) for region in regions),
        ]
