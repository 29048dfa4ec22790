"""What the trajectory forms share: field helpers, a date not in the future, the teams to
refer to, fields required only in some cases, and the confirmation of a wider category."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import choice_field, date_field, text_field
from werkpad.organisations.models import Team

YES_NO = [("ja", _("ja")), ("nee", _("nee"))]
_date, _text, _choice = date_field, text_field, choice_field


def _not_in_future(day: date | None) -> date | None:
    if day is not None and day > timezone.localdate():
        raise forms.ValidationError(_("Deze datum ligt in de toekomst."))
    return day


def _teams(queryset: QuerySet[Team]) -> forms.ModelChoiceField:
    field = forms.ModelChoiceField(
        label=_("Naar team"),
        queryset=queryset,
        required=False,
        empty_label=_("Kies een team"),
    )
    field.label_from_instance = lambda t: f"{t.organisation.name} · {t.name}"  # type: ignore[method-assign,assignment]
    return field


def conditional(form: forms.Form, *names: str) -> None:
    """Fields required only in some cases (their help text says when): not 'optioneel'."""
    for name in names:
        form.fields[name].conditional = True  # type: ignore[attr-defined]


def referral_teams(organisation: Any) -> QuerySet[Team]:
    """Teams in the own organisation's labour-market regions (a directory, no client data)."""
    return (
        Team.objects.filter(organisation__regions__in=organisation.regions.all())
        .select_related("organisation")
        .distinct()
        .order_by("organisation__name", "name")
    )


def _confirm_wider() -> forms.BooleanField:
    """Issue 11, item 4: the author's confirmation that a category more people read than the
    one that fits (the service decides when it is needed and names who)."""
    return forms.BooleanField(
        label=_("Ook zij mogen dit lezen"),
        required=False,
        help_text=_(
            "Alleen nodig als de gekozen soort gegevens meer mensen laat meelezen dan de soort "
            "die hier hoort."
        ),
    )
