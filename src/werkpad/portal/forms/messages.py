"""Forms of the conversations with the team. Labels and messages for clients are plain Dutch
(B1); the subject choices say in everyday words which kind of data a message is."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import UtrechtFormMixin
from werkpad.trajectories.models import TeamMember

from ..selectors.messages import CATEGORY_IN_PLAIN_WORDS, role_in_plain_words
from ..services.messages import MAX_BODY, MAX_SUBJECT

BODY_ERRORS = {
    "required": _("Schrijf je bericht."),
    "max_length": _(
        "Je bericht is te lang. Het mag %(limit_value)s tekens zijn, het zijn er nu "
        "%(show_value)s. Maak het korter of stuur het in twee berichten."
    ),
}


def _body_field(label: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=BODY_ERRORS,
    )


class TeamMemberChoice(forms.ModelChoiceField):
    """A team member by name, what they do in plain words, and their organisation; with
    more than one running trajectory, also which one."""

    def __init__(self, *args: Any, several_trajectories: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.several_trajectories = several_trajectories

    def label_from_instance(self, obj: Any) -> str:
        member: TeamMember = obj
        role = role_in_plain_words(member.role)
        label = f"{member.user.full_name}: {role}, {member.organisation.name}"
        if self.several_trajectories:
            label += f" ({member.trajectory.get_type_display()})"
        return label


class ThreadNewForm(UtrechtFormMixin, forms.Form):
    professional = TeamMemberChoice(
        queryset=TeamMember.objects.none(),
        label=_("Aan wie schrijf je?"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Kies aan wie je schrijft."),
            "invalid_choice": _("Kies iemand uit je team."),
        },
    )
    category = forms.ChoiceField(
        label=_("Waar gaat je bericht over?"),
        choices=list(CATEGORY_IN_PLAIN_WORDS.items()),
        widget=forms.RadioSelect,
        help_text=_(
            "Wat je hier kiest, bepaalt wie je bericht mag lezen. Iemand van een andere "
            "organisatie leest het alleen als jij die organisatie toestemming gaf voor dit "
            "soort gegevens."
        ),
        error_messages={
            "required": _("Kies waar je bericht over gaat."),
            "invalid_choice": _("Kies waar je bericht over gaat."),
        },
    )
    subject = forms.CharField(
        label=_("Onderwerp"),
        max_length=MAX_SUBJECT,
        help_text=_('In een paar woorden, bijvoorbeeld "Sollicitatie bij de bakkerij".'),
        error_messages={
            "required": _("Schrijf in een paar woorden waar het over gaat."),
            "max_length": _("Maak het onderwerp korter: hoogstens %(limit_value)s tekens."),
        },
    )
    body = _body_field(_("Je bericht"))

    def __init__(self, *args: Any, members: QuerySet[TeamMember], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: TeamMemberChoice = self.fields["professional"]  # type: ignore[assignment]
        field.queryset = members
        field.several_trajectories = len({m.trajectory_id for m in members}) > 1


class ReplyForm(UtrechtFormMixin, forms.Form):
    body = _body_field(_("Je antwoord"))
