from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django import forms, template
from django.forms import BoundField
from django.utils import dateformat
from django.utils.translation import get_language

register = template.Library()

_WIDGET_CLASSES = {
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
}
_TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"


def widget_class(widget: forms.Widget) -> str:
    return next((c for w, c in _WIDGET_CLASSES.items() if isinstance(widget, w)), _TEXTBOX)


@register.inclusion_tag("werkpad/field.html")
def field(bound_field: BoundField) -> dict[str, object]:
    """One form field as an NL Design System form field: label, description, error, input.
    Works for our forms and for allauth's, whose widgets carry no classes of their own."""
    widget = bound_field.field.widget
    attrs: dict[str, str | bool] = (
        {} if widget.attrs.get("class") else {"class": widget_class(widget)}
    )
    if bound_field.errors:
        # Both the help text and the error describe the field.
        described_by = [f"{bound_field.auto_id}_error"]
        if bound_field.help_text:
            described_by.insert(0, f"{bound_field.auto_id}_helptext")
        attrs["aria-describedby"] = " ".join(described_by)
    return {"field": bound_field, "widget_html": bound_field.as_widget(attrs=attrs)}


def error_target(bound_field: BoundField) -> str:
    """The id an error summary links to: the field's input, or for a group of radio buttons
    or checkboxes its first input (the group's own id is on no element)."""
    target = bound_field.id_for_label
    if not target:
        first = next(iter(bound_field.subwidgets), None)
        target = first.id_for_label if first is not None else bound_field.auto_id
    return str(target or "")


@register.inclusion_tag("werkpad/error_summary.html")
def error_summary(form_or_errors: forms.BaseForm | Iterable[Any] | None) -> dict[str, object]:
    """Every error of a refused form at once, at the top of the form (the NL Design System
    and GOV.UK error summary): the messages about the whole form as text, and each field's
    messages as a link to its input, named by the field's label. Takes a form, or a list of
    messages that belong to no field. Renders nothing for a form that was not submitted or
    has no errors, so on a page with several forms only the refused one shows it;
    ``werkpad/error_summary.js`` moves the focus to it."""
    messages: list[Any] = []
    links: list[dict[str, Any]] = []
    prefix = ""
    if isinstance(form_or_errors, forms.BaseForm):
        form = form_or_errors
        if form.is_bound and form.errors:
            prefix = form.prefix or ""
            messages.extend(form.non_field_errors())
            for bound in form:
                if not bound.errors:
                    continue
                if bound.is_hidden:  # a hidden field (the version) has no input to go to
                    messages.extend(bound.errors)
                else:
                    links.append(
                        {
                            "target": error_target(bound),
                            "label": bound.label,
                            "messages": list(bound.errors),
                        }
                    )
    elif form_or_errors:
        messages.extend(form_or_errors)
    return {
        "messages": messages,
        "links": links,
        "summary_id": f"{prefix}-error-summary" if prefix else "error-summary",
    }


# --- Dates ---------------------------------------------------------------------------------
# Dutch abbreviated months with a dot (Taaladvies: "7 dec. 2026"); "mei" is whole and takes
# none. Django's nl locale writes "7 dec 2026"; other languages keep Django's own "M".
_NL_MONTHS = (
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def _short(value: Any, with_time: bool) -> str:
    if not isinstance(value, date):  # None or "" (so |default still works), or no date
        return ""
    with_time = with_time and isinstance(value, datetime)  # a plain date has no time
    if (get_language() or "").split("-")[0] == "nl":
        text = f"{value.day} {_NL_MONTHS[value.month - 1]} {value.year}"
        return f"{text} {dateformat.format(value, 'H:i')}" if with_time else text
    return dateformat.format(value, "j M Y H:i" if with_time else "j M Y")


@register.filter(expects_localtime=True)
def short_date(value: Any) -> str:
    """A date written short in the active language: "7 dec. 2026", "7 mei 2026", in English
    "7 Dec 2026". Empty for no date, so ``|default:"—"`` still works."""
    return _short(value, with_time=False)


@register.filter(expects_localtime=True)
def short_date_time(value: Any) -> str:
    """A moment written short, in local time: "7 dec. 2026 14:05" ("7 Dec 2026 14:05")."""
    return _short(value, with_time=True)


# --- Phone numbers -------------------------------------------------------------------------
@register.filter
def tel_href(number: str) -> str:
    """A phone number as typed ("06 1234 5678") as the target of a tap-to-call link: its
    digits only ("tel:0612345678"), an international number keeping its plus."""
    digits = "".join(c for c in str(number or "") if c.isdigit())
    plus = "+" if str(number or "").strip().startswith("+") else ""
    return f"tel:{plus}{digits}" if digits else ""
