from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "werkpad.network"
    verbose_name = _("Regionaal netwerk")

    def ready(self) -> None:
        # The start page and the daily digest show new questions in what a professional
        # follows, without accounts or trajectories importing this app (decision 0038).
        from werkpad.accounts.home import register_home
        from werkpad.trajectories.contributions import register_digest_section

        from .selectors.questions import digest_section, home_cards

        register_home("network.questions", home_cards)
        register_digest_section("network.questions", digest_section)
