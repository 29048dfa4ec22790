"""Edit conflicts you can resolve (issue 13, item 6).

When someone else saved a record while the user was editing it, the service refuses the stale
version (``StaleEditError``, optimistic locking: nothing is overwritten silently). The form
then shows who changed it and when, and per field what is saved now beside what the user
typed; the user's input stays in the form, and the form now carries the new version, so saving
again applies it on top of the other person's change (or the user first takes theirs over). A
retry never fails for ever, and no input is lost to a reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django import forms
from django.db.models import Model, QuerySet
from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _

from .forms import StaleEditError


@dataclass(frozen=True)
class FieldChange:
    label: str
    theirs: str  # what is saved now
    yours: str  # what the user typed


@dataclass(frozen=True)
class Conflict:
    changed_by: str
    changed_at: datetime | None
    changes: list[FieldChange]


def conflict_on(form: forms.Form, stale: StaleEditError) -> Conflict | None:
    """The conflict to show on ``form`` (validated, refused as stale), and the form moved onto
    the record's current version. None when the service did not say what is saved now."""
    current = stale.current
    if current is None:
        return None
    changes = [
        FieldChange(str(field.label), _shown_current(current, name), _shown_typed(field, typed))
        for name, field in form.fields.items()
        if not field.widget.is_hidden
        and hasattr(current, name)
        and (typed := form.cleaned_data.get(name)) is not None
        and _same(getattr(current, name), typed) is False
    ]
    data = form.data.copy()  # type: ignore[attr-defined]  # a QueryDict: keeps lists
    data[form.add_prefix("version")] = str(current.version)
    form.data = data
    return Conflict(stale.changed_by, stale.changed_at, changes)


def _key(value: Any) -> Any:
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, QuerySet):  # a multiple choice of records, as a form cleans it
        value = list(value)
    if value in (None, ""):
        return ""
    if isinstance(value, list | tuple | set):
        return sorted(str(v.pk if isinstance(v, Model) else v) for v in value)
    return str(value)


def _same(saved: Any, typed: Any) -> bool:
    return bool(_key(saved) == _key(typed))


def _text(value: Any) -> str:
    if isinstance(value, QuerySet):
        value = list(value)
    if value in (None, "", []):
        return "—"
    if isinstance(value, datetime | date):
        return str(date_filter(value, "j F Y"))
    if isinstance(value, list | tuple | set):
        return ", ".join(map(str, value))
    return str(value)


def _shown_current(current: Model, name: str) -> str:
    display = getattr(current, f"get_{name}_display", None)
    return _text(display() if callable(display) else getattr(current, name))


def _shown_typed(field: forms.Field, typed: Any) -> str:
    if isinstance(typed, QuerySet):
        return _text(list(typed))
    choices = dict(getattr(field, "choices", None) or [])
    if isinstance(typed, list | tuple):
        return _text([choices.get(v, v) for v in typed])
    if not isinstance(typed, Model) and typed in choices:
        return _text(choices[typed])
    return _text(typed)


def conflict_message(conflict: Conflict | None) -> str:
    """The line above the form: with a conflict shown, what to do about it."""
    if conflict is None:
        return str(StaleEditError.message)
    return _(
        "Iemand anders heeft dit intussen gewijzigd. Hieronder staat wat er nu is opgeslagen "
        "naast wat jij invulde. Jouw invoer staat nog in het formulier: sla opnieuw op om die "
        "over de nieuwe versie heen te zetten, of neem eerst over wat de ander schreef."
    )


def show_conflict(form: forms.Form, stale: StaleEditError) -> None:
    """What a view does with a stale edit: the conflict on the form, the message above it."""
    conflict = conflict_on(form, stale)
    form.conflict = conflict  # type: ignore[attr-defined]
    form.add_error(None, conflict_message(conflict))
