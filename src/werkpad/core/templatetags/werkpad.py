from django import forms, template
from django.forms import BoundField

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
