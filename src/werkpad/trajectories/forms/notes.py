"""A note on the timeline."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from werkpad.clients.models import DataCategory
from werkpad.core.forms import UtrechtFormMixin

from ..models import NoteKind
from ._shared import _choice, _confirm_wider, _date, _not_in_future, _text


class NoteForm(UtrechtFormMixin, forms.Form):
    # Employer contacts are logged with the employer (job development), where they count for
    # the IPS norm and the quarterly figures; older notes of that kind stay readable.
    kind = _choice(
        _("Soort"),
        [c for c in NoteKind.choices if c[0] != NoteKind.EMPLOYER_CONTACT],
        help_text=_(
            "Een contact met een werkgever leg je vast bij de werkgever (menu Werkgevers): "
            "dan telt het mee voor de IPS-norm en de kwartaalcijfers."
        ),
    )
    category = _choice(
        _("Soort gegevens"),
        [("", _("Kies")), *DataCategory.choices],
        help_text=_("Bepaalt, met de toestemming van de cliënt, wie deze notitie ziet."),
    )
    confirm_wider = _confirm_wider()
    occurred_on = _date(_("Datum"))
    text = _text(_("Notitie"), rows=4)

    def clean_occurred_on(self) -> date | None:
        return _not_in_future(self.cleaned_data.get("occurred_on"))
