"""Forms: The werkplekscan."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import (
    UtrechtFormMixin,
    choice_field,
    date_field,
)
from werkpad.core.templatetags.werkpad import widget_class

from ..models import (
    SCAN_ASPECTS,
    Light,
    Vacancy,
)


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
