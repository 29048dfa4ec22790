"""The article form (an editor writes or edits) and a reader's "verouderd" note."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin, VersionedForm, choice_field, date_field, text_field
from werkpad.organisations.models import ArbeidsmarktRegio

from ..models import Category


class ArticleForm(VersionedForm):
    category = choice_field(_("Categorie van de Routekaart"), Category.choices)
    title = forms.CharField(
        label=_("Titel"), max_length=200, error_messages={"required": _("Vul een titel in.")}
    )
    summary = text_field(
        _("Samenvatting in gewone taal"),
        rows=6,
        max_length=3000,
        help_text=_("Schrijf in korte zinnen wat een collega moet weten, en voor wie."),
    )
    source_title = forms.CharField(
        label=_("Bron"), max_length=300, error_messages={"required": _("Noem de bron.")}
    )
    source_url = forms.URLField(
        assume_scheme="https",
        label=_("Webadres van de bron"),
        required=False,
        max_length=500,
        error_messages={"invalid": _("Vul een webadres in als https://www.voorbeeld.nl/pagina.")},
    )
    source_date = date_field(_("Datum van de bron"))
    region = forms.ModelChoiceField(
        label=_("Geldt voor"),
        queryset=ArbeidsmarktRegio.objects.none(),
        required=False,
        empty_label=_("Heel Nederland"),
        error_messages={"invalid_choice": _("Kies heel Nederland of een regio uit de lijst.")},
    )
    tags = forms.CharField(
        label=_("Trefwoorden"),
        required=False,
        max_length=300,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: ips, bijstand, subsidie."),
    )

    def __init__(
        self, *args: Any, regions: Any, national: bool = True, first: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["region"]
        field.queryset = regions  # type: ignore[attr-defined]
        if not national:  # only the regions the writer edits for: no "Heel Nederland"
            field.required = True
            field.empty_label = None  # type: ignore[attr-defined]
            field.error_messages["required"] = _("Kies een regio uit de lijst.")
        if first:
            self.fields["version"].required = False


class OutdatedForm(UtrechtFormMixin, forms.Form):
    note = forms.CharField(
        label=_("Wat is er veranderd?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Schrijf kort wat er veranderd is, zodat de redactie het kan bijwerken.")
        },
    )
