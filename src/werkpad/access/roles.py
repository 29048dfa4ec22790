"""The roles a membership acts under: the access policy's vocabulary (decision 0003). Here,
not in ``organisations``, so that every layer can name a role without importing the
organisations context: the audit log shows a role as a word, the policy engine decides by
role (decision 0038). ``organisations.models`` re-exports ``Role`` for existing callers; new
code imports it from here. Nothing here imports a context."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    IPS_TRAJECTBEGELEIDER = "ips_trajectbegeleider", _("IPS-trajectbegeleider")
    JOBCOACH = "jobcoach", _("jobcoach")
    BEHANDELAAR = "behandelaar", _("behandelaar")
    REINTEGRATIECOACH = "reintegratiecoach", _("re-integratiecoach")
    ARBEIDSDESKUNDIGE = "arbeidsdeskundige", _("arbeidsdeskundige")
    VERZEKERINGSARTS = "verzekeringsarts", _("verzekeringsarts")
    KLANTMANAGER = "klantmanager", _("klantmanager")
    WERKGEVER_CONTACTPERSOON = "werkgever_contactpersoon", _("werkgever-contactpersoon")
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige", _("ervaringsdeskundige")
    TEAMLEIDER = "teamleider", _("teamleider")
    REGIOCOORDINATOR = "regiocoordinator", _("regiocoördinator")
    FUNCTIONEEL_BEHEERDER = "functioneel_beheerder", _("functioneel beheerder")
