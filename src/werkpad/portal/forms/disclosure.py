"""Forms of the disclosure decision aid: one per step of the worksheet, and the choice of what
the employer may see. The rules about contradictions live in the service (one place for
every caller); these forms only parse what was sent."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm, text_field
from werkpad.portal.models import ConditionShared
from werkpad.portal.services.disclosure import (
    EMPLOYER_TEXT_MAX,
    TEXT_MAX,
    ToWhom,
    What,
    When,
)

_INVALID_CHOICE = {"invalid_choice": _("Kies uit de keuzes op deze pagina.")}
_TOO_LONG = _("Dit is te lang. Gebruik hoogstens %(limit_value)d tekens.")


def _several(label: Any, choices: Any, help_text: Any) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
        error_messages=_INVALID_CHOICE,
    )


def _answer(label: Any, help_text: Any = "", rows: int = 5, limit: int = TEXT_MAX) -> Any:
    field = text_field(label, required=False, rows=rows, max_length=limit, help_text=help_text)
    field.error_messages["max_length"] = _TOO_LONG
    return field


class WhatForm(VersionedForm):
    what = _several(
        _("Wat zou je misschien vertellen?"),
        What.choices,
        _("Je mag meer dan één ding kiezen. Weet je het nog niet? Laat het dan leeg."),
    )


class WhenForm(VersionedForm):
    when = _several(
        _("Wanneer zou je het misschien vertellen?"),
        When.choices,
        _("Je mag meer dan één moment kiezen."),
    )


class ToWhomForm(VersionedForm):
    to_whom = _several(
        _("Aan wie zou je het misschien vertellen?"),
        ToWhom.choices,
        _("Je mag meer dan één keuze maken."),
    )


class HowForm(VersionedForm):
    in_my_words = _answer(
        _("Zo zou ik het zeggen, in mijn eigen woorden"),
        _("Schrijf op wat je zou willen zeggen. Het hoeft niet mooi te zijn."),
    )
    script = _answer(
        _("Mijn oefentekst"),
        _("Een paar korte zinnen die je hardop kunt oefenen, bijvoorbeeld met je begeleider."),
    )


class ProsConsForm(VersionedForm):
    pros = _answer(
        _("Wat zou het je kunnen opleveren als je het vertelt?"),
        _("Bijvoorbeeld: je hoeft niets geheim te houden, of je kunt om hulp vragen."),
    )
    cons = _answer(
        _("Waar ben je bang voor, of wat zou er mis kunnen gaan?"),
        _("Bijvoorbeeld: dat mensen anders naar je kijken, of dat je de baan niet krijgt."),
    )


class WhatMattersForm(VersionedForm):
    what_matters = _answer(
        _("Wat vind jij het belangrijkst?"),
        _(
            "Bijvoorbeeld: eerlijk kunnen zijn, rust in je hoofd, steun op je werk, "
            "of je baan houden."
        ),
    )
    finished = forms.BooleanField(
        label=_("Ik ben klaar met dit werkblad. Ik kan het later altijd nog veranderen."),
        required=False,
    )


STEP_FORMS: dict[int, type[VersionedForm]] = {
    1: WhatForm,
    2: WhenForm,
    3: ToWhomForm,
    4: HowForm,
    5: ProsConsForm,
    6: WhatMattersForm,
}


class EmployerChoiceForm(UtrechtFormMixin, forms.Form):
    condition = forms.ChoiceField(
        label=_("Wat mag je werkgever zien over je gezondheid?"),
        choices=ConditionShared.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Maak een keuze."), **_INVALID_CHOICE},
    )
    condition_text = _answer(
        _("Wat je werkgever mag lezen over wat je hebt"),
        _(
            "Alleen als je hierboven 'Wat ik heb, in mijn eigen woorden' kiest. Je werkgever "
            "leest precies deze tekst. Kies je iets anders? Dan bewaren we deze tekst niet."
        ),
        rows=4,
        limit=EMPLOYER_TEXT_MAX,
    )
    share_needs = forms.BooleanField(
        label=_("Ik wil delen wat ik nodig heb op mijn werk"), required=False
    )
    # The choice in force when the page was opened (0: none), so that a choice made in another
    # window in the meantime is not silently replaced.
    based_on = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    needs_text = _answer(
        _("Wat je werkgever mag lezen over wat je nodig hebt"),
        _(
            "Bijvoorbeeld: een vaste plek, een rustige werkplek, vaste werktijden of een vaste "
            "contactpersoon. Je werkgever leest precies deze tekst. Wil je dit niet (meer) "
            "delen? Haal dan het vinkje weg."
        ),
        rows=4,
        limit=EMPLOYER_TEXT_MAX,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Needed only with their choice: not marked "optional", the message says when.
        for name in ("condition_text", "needs_text"):
            self.fields[name].conditional = True  # type: ignore[attr-defined]
