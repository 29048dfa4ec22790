"""Goals and actions of the integrated plan."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.accounts.models import User
from werkpad.clients.models import DataCategory
from werkpad.core.forms import UtrechtFormMixin, VersionedForm

from ..models import Goal, GoalStatus, LifeDomain
from ._shared import _choice, _confirm_wider, _date, _text, conditional

NEW_GOAL_STATUSES = [
    (s.value, s.label)
    for s in (GoalStatus.PROPOSED, GoalStatus.PLANNED, GoalStatus.ACCEPTED, GoalStatus.ACTIVE)
]


class GoalForm(UtrechtFormMixin, forms.Form):
    own_words = _text(_("Het doel in de woorden van de cliënt"))
    professional_text = _text(_("In professionele termen"), required=False)
    life_domain = _choice(_("Levensgebied"), [("", _("Kies")), *LifeDomain.choices])
    category = forms.ChoiceField(
        label=_("Soort gegevens"),
        choices=[("", _("Volgt uit het levensgebied en je rol")), *DataCategory.choices],
        required=False,
        help_text=_(
            "Bepaalt, met de toestemming van de cliënt, wie dit doel ziet. Een doel in "
            "'gezondheid en behandeling' van een behandelaar is behandeling."
        ),
    )
    confirm_wider = _confirm_wider()
    status = _choice(_("Status"), NEW_GOAL_STATUSES)
    target_date = _date(_("Streefdatum"), required=False)


class GoalEditForm(GoalForm, VersionedForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = GoalStatus.choices  # type: ignore[attr-defined]


class ActionForm(UtrechtFormMixin, forms.Form):
    description = forms.CharField(
        label=_("Actie"), max_length=300, error_messages={"required": _("Beschrijf de actie.")}
    )
    owner = forms.ModelChoiceField(
        label=_("Wie"),
        queryset=User.objects.none(),
        empty_label=_("Kies"),
        error_messages={"required": _("Kies wie de actie doet.")},
    )
    due_on = _date(_("Uiterlijk op"))
    goal = forms.ModelChoiceField(
        label=_("Bij doel"), queryset=Goal.objects.none(), required=False, empty_label=_("Geen")
    )
    category = _choice(
        _("Soort gegevens"),
        [("", _("Kies")), *DataCategory.choices],
        required=False,
        help_text=_(
            "Bepaalt, met de toestemming van de cliënt, wie deze actie ziet. Verplicht zonder "
            "doel; bij een doel geldt de soort van het doel."
        ),
    )
    confirm_wider = _confirm_wider()

    def __init__(
        self, *args: Any, team_users: QuerySet[User], goals: list[Goal], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = team_users  # type: ignore[attr-defined]
        self.fields["owner"].label_from_instance = lambda u: u.full_name  # type: ignore[attr-defined]
        self.fields["goal"].queryset = Goal.objects.filter(  # type: ignore[attr-defined]
            pk__in=[g.pk for g in goals]
        )
        conditional(self, "category")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("goal") and not data.get("category"):
            self.add_error("category", _("Kies de soort gegevens, of kies een doel."))
        return data
