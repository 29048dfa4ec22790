"""Form helpers shared by every app: NL Design System classes on widgets, Dutch messages,
and optimistic locking (an edit made on an old version is refused, never applied)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.core.templatetags.werkpad import widget_class


class UtrechtFormMixin:
    """Gives every widget its NL Design System class and marks invalid fields."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", widget_class(field.widget))

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in getattr(self, "errors", {}):
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"


def date_input() -> forms.DateInput:
    """A native date picker. It only accepts ISO dates, whatever the page's language, so the
    value is always rendered as YYYY-MM-DD (a Dutch 31-12-2026 would show an empty field)."""
    return forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


DATE_ERRORS = {
    "required": _("Vul een datum in."),
    "invalid": _("Vul een datum in als 31-12-2026."),
}


def date_field(label: Any, required: bool = True, **kw: Any) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, widget=date_input(), error_messages=DATE_ERRORS, **kw
    )


def text_field(label: Any, required: bool = True, rows: int = 3, **kw: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"required": _("Vul dit veld in.")},
        **kw,
    )


def choice_field(label: Any, choices: Any, **kw: Any) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=choices, error_messages={"required": _("Maak een keuze.")}, **kw
    )


class EuroField(forms.Field):
    """An amount in euros as people type it: "1250", "1.250", "1250,50", "€ 1.250,50" (a
    comma is the decimal sign, a dot before three digits groups thousands; "1250.50" with
    two digits after the dot is read as cents too). Whole cents, not negative, at most
    ``max_value``. The input is plain text with a numeric keyboard, not type=number, which
    refuses a Dutch comma in some browsers."""

    default_error_messages = {
        "required": _("Vul een bedrag in."),
        "invalid": _("Vul een bedrag in euro's in, bijvoorbeeld 1.250 of 1250,50."),
        "max_value": _("Vul een bedrag in van hoogstens %(limit)s euro."),
        "min_value": _("Vul een bedrag in van meer dan 0 euro."),
    }

    def __init__(self, *, max_value: int = 100_000, positive: bool = False, **kwargs: Any) -> None:
        self.max_value = max_value
        self.positive = positive  # refuse 0 too (a wage, not a benefit that may be nil)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 10}),
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        text = re.sub(r"[\s€]|eur(o)?", "", str(value or ""), flags=re.IGNORECASE)
        if not text:
            return None
        text = text.removesuffix(",-").removesuffix(",--")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
            text = text.replace(".", "")
        if not re.fullmatch(r"\d+(\.\d{1,2})?", text):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if self.positive and amount == 0:
            raise forms.ValidationError(self.error_messages["min_value"], code="min_value")
        if amount > self.max_value:
            raise forms.ValidationError(
                self.error_messages["max_value"],
                code="max_value",
                params={"limit": f"{self.max_value:,}".replace(",", ".")},
            )
        return amount


class VersionedForm(UtrechtFormMixin, forms.Form):
    """A form that carries the version of the record it edits."""

    version = forms.IntegerField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Dit formulier is niet volledig verstuurd. Laad de pagina opnieuw."),
            "invalid": _("Dit formulier is niet volledig verstuurd. Laad de pagina opnieuw."),
        },
    )


class StaleEditError(Exception):
    """The record changed since the form was opened. ``current`` (the record as it is now),
    ``changed_by`` and ``changed_at`` let the form show who changed what and when, keep what
    the user typed and apply it on top of the new version (``core/conflicts.py``)."""

    message = _(
        "Iemand anders heeft dit intussen gewijzigd. Bekijk de nieuwe gegevens en "
        "breng je wijziging opnieuw aan."
    )

    def __init__(
        self, current: Any = None, *, changed_by: str = "", changed_at: Any = None
    ) -> None:
        super().__init__(str(self.message))
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
