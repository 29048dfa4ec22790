from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from werkpad.core.forms import VersionedForm


class ProfileForm(VersionedForm):
    full_name = forms.CharField(
        label=_("Naam"),
        max_length=200,
        error_messages={"required": _("Vul je naam in.")},
    )
    preferred_language = forms.ChoiceField(
        label=_("Taal"),
        choices=settings.LANGUAGES,
        help_text=_("De taal waarin Werkpad je pagina's toont."),
    )
    daily_digest = forms.BooleanField(
        label=_("Stuur mij een dagelijkse e-mail met verlopen acties en signalen"),
        required=False,
    )

    def __init__(self, *args: Any, professional: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not professional:  # the digest is about a caseload: clients and employers have none
            del self.fields["daily_digest"]

    def clean_full_name(self) -> str:
        name = self.cleaned_data["full_name"].strip()
        if len(name) < 2:
            raise forms.ValidationError(_("Een naam heeft minstens twee tekens."))
        return name
