"""Forms of the questions between professionals: filter the list, ask, answer, follow, and
turn a question with its helpful answer into a knowledge-base article. Dutch messages; the
regions offered are those of the professional's organisation (and heel Nederland)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, date_field, text_field
from werkpad.organisations.models import ArbeidsmarktRegio

from ..models import Category

NATIONAL = "nl"  # the region choice "heel Nederland"
ALL = ""  # a filter or follow choice: every category, every region

REGION_ERROR = _("Kies heel Nederland of een arbeidsmarktregio van je organisatie.")
CATEGORY_ERROR = _("Kies een van de zeven categorieën.")


def _region_choices(regions: Iterable[ArbeidsmarktRegio]) -> list[tuple[str, str]]:
    return [(str(region.pk), str(region)) for region in regions]


def _choices(form: forms.Form, name: str, choices: list[tuple[str, Any]]) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


class _RegionsMixin:
    """A form that offers the regions of the professional's organisation."""

    fields: dict[str, forms.Field]

    def _set_regions(self, regions: Iterable[ArbeidsmarktRegio]) -> None:
        self.regions = {str(region.pk): region for region in regions}

    def _region(self, value: str) -> ArbeidsmarktRegio | None:
        return self.regions.get(value)


class QuestionFilterForm(_RegionsMixin, UtrechtFormMixin, forms.Form):
    """The list's filter (a GET form: Dutch names in the address)."""

    categorie = forms.ChoiceField(label=_("Categorie"), required=False)
    regio = forms.ChoiceField(label=_("Regio"), required=False)

    def __init__(self, data: Any, *, regions: Iterable[ArbeidsmarktRegio]) -> None:
        super().__init__(data)
        regions = list(regions)
        self._set_regions(regions)
        _choices(self, "categorie", [(ALL, _("Alle categorieën")), *Category.choices])
        _choices(
            self,
            "regio",
            [
                (ALL, _("Mijn regio's en heel Nederland")),
                (NATIONAL, _("Heel Nederland")),
                *_region_choices(regions),
            ],
        )

    def chosen(self) -> tuple[str, str]:
        """The category and region asked for; a value that is not offered counts as all."""
        if not self.is_valid():
            return ALL, ALL
        return self.cleaned_data["categorie"], self.cleaned_data["regio"]


class QuestionForm(_RegionsMixin, UtrechtFormMixin, forms.Form):
    category = forms.ChoiceField(
        label=_("Categorie"),
        choices=Category.choices,
        error_messages={"required": CATEGORY_ERROR, "invalid_choice": CATEGORY_ERROR},
    )
    region = forms.ChoiceField(
        label=_("Voor wie is je vraag?"),
        help_text=_("Collega's in je eigen arbeidsmarktregio, of in heel Nederland."),
        error_messages={"required": REGION_ERROR, "invalid_choice": REGION_ERROR},
    )
    title = forms.CharField(
        label=_("Je vraag in één zin"),
        max_length=200,
        error_messages={
            "required": _("Schrijf je vraag in één zin."),
            "max_length": _("Schrijf je vraag in hoogstens %(limit_value)d tekens."),
        },
    )
    body = text_field(
        _("Toelichting"),
        required=False,
        rows=6,
        max_length=3000,
        help_text=_(
            "Wat wil je weten, en waarom? Geen gegevens van cliënten: geen naam, "
            "burgerservicenummer, geboortedatum, e-mailadres of telefoonnummer."
        ),
    )

    def __init__(self, data: Any = None, *, regions: Iterable[ArbeidsmarktRegio]) -> None:
        regions = list(regions)
        initial = {"region": str(regions[0].pk)} if regions else {"region": NATIONAL}
        super().__init__(data, initial=initial)
        self._set_regions(regions)
        _choices(
            self,
            "region",
            [
                *_region_choices(regions),
                (NATIONAL, _("Heel Nederland")),
            ],
        )

    def clean_region(self) -> ArbeidsmarktRegio | None:
        return self._region(self.cleaned_data["region"])


class AnswerForm(UtrechtFormMixin, forms.Form):
    body = text_field(
        _("Je antwoord"),
        rows=5,
        max_length=3000,
        help_text=_("Geen gegevens van cliënten: schrijf bijvoorbeeld 'mijn cliënt'."),
    )
    body.error_messages["required"] = _("Schrijf je antwoord.")


class FollowForm(_RegionsMixin, UtrechtFormMixin, forms.Form):
    category = forms.ChoiceField(
        label=_("Categorie"),
        required=False,
        error_messages={"invalid_choice": CATEGORY_ERROR},
    )
    region = forms.ChoiceField(
        label=_("Regio"),
        required=False,
        error_messages={"invalid_choice": REGION_ERROR},
    )

    def __init__(self, data: Any = None, *, regions: Iterable[ArbeidsmarktRegio]) -> None:
        super().__init__(data)
        regions = list(regions)
        self._set_regions(regions)
        _choices(self, "category", [(ALL, _("Alle categorieën")), *Category.choices])
        _choices(
            self,
            "region",
            [
                (ALL, _("Alle regio's en heel Nederland")),
                *_region_choices(regions),
            ],
        )

    def clean_region(self) -> ArbeidsmarktRegio | None:
        return self._region(self.cleaned_data["region"])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not data.get("category") and data.get("region") is None:
            raise forms.ValidationError(_("Kies een categorie, een regio of allebei."))
        return data


class ArticleFromQuestionForm(UtrechtFormMixin, forms.Form):
    """The article an editor makes of a question and its helpful answer: prefilled, and
    rewritten as a summary in plain language before it is saved."""

    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        error_messages={"required": _("Geef het artikel een titel.")},
    )
    category = forms.ChoiceField(
        label=_("Categorie"),
        choices=Category.choices,
        error_messages={"required": CATEGORY_ERROR, "invalid_choice": CATEGORY_ERROR},
    )
    summary = text_field(
        _("Samenvatting in gewone taal"),
        rows=8,
        max_length=3000,
        help_text=_("Schrijf het antwoord zo op dat een collega het zonder de vraag begrijpt."),
    )
    summary.error_messages["required"] = _("Schrijf een samenvatting.")
    source_title = forms.CharField(
        label=_("Bron"), max_length=300, error_messages={"required": _("Noem de bron.")}
    )
    source_url = forms.URLField(
        label=_("Adres van de bron"),
        required=False,
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": _("Vul een webadres in, zoals https://www.voorbeeld.nl.")},
    )
    source_date = date_field(_("Datum van de bron"))
    tags = forms.CharField(
        label=_("Trefwoorden"),
        required=False,
        max_length=300,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: IPS, bijstand."),
    )

    def tag_tuple(self) -> tuple[str, ...]:
        return tuple(tag.strip() for tag in self.cleaned_data.get("tags", "").split(","))
