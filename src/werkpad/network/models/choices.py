"""The vocabularies of the regional network."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Offering(models.TextChoices):
    """What an organisation or team offers, the way professionals look for it."""

    IPS = "ips", _("IPS (Individuele Plaatsing en Steun)")
    WGB = "wgb", _("WGB (Werkgerichte Geïntegreerde Behandelaanpak)")
    WERKWIJZER = "werkwijzer", _("Werkwijze(r)")
    JOBCOACHING = "jobcoaching", _("jobcoaching")
    TRAINING = "training", _("trainingen")
    WERKFIT = "werkfit", _("werkfit maken")
    DAGBESTEDING = "dagbesteding", _("dagbesteding")
    HERSTELCURSUS = "herstelcursus", _("herstelcursussen")
    EMPLOYER_SERVICES = "werkgeversdienstverlening", _("dienstverlening aan werkgevers")
    SCHOLING = "scholing", _("scholing en opleiding")


class Category(models.TextChoices):
    """The seven categories of the Routekaart psychische aandoeningen en werk (REFERENCE.md
    §1.5), in its order; questions use them too."""

    ARBEID_ALS_MEDICIJN = "arbeid-als-medicijn", _("Arbeid als medicijn")
    AANPAKKEN = "aanpakken-en-interventies", _("Aanpakken en interventies")
    INTEGRALE_AANPAK = "integrale-aanpak-ggz-en-wi", _("Integrale aanpak GGZ en W&I")
    KENNIS = "kennis-en-kennisdelen", _("Kennis en kennisdelen")
    WERKGEVERS = "werkgevers-en-banen", _("Werkgevers en banen")
    STIGMA = "stigma", _("Stigma")
    ERVARINGSDESKUNDIGEN = "ervaringsdeskundigen-en-clienten", _("Ervaringsdeskundigen en cliënten")
