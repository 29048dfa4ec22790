from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "werkpad.portal"
    label = "portal"
    verbose_name = _("Mijn Werkpad (portaal van de cliënt)")
