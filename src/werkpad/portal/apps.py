from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "werkpad.portal"
    label = "portal"
    verbose_name = _("Mijn Werkpad (portaal van de cliënt)")

    def ready(self) -> None:
        # The employer pages show what the worker chose to share without employment
        # importing this app (employment.contributions; decision 0038).
        from werkpad.employment.contributions import register_employer_placement_part

        from .selectors.for_employers import DISCLOSURE_FOR_EMPLOYERS

        register_employer_placement_part("portal.disclosure", DISCLOSURE_FOR_EMPLOYERS)
