from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "werkpad.organisations"
    label = "organisations"

    def ready(self) -> None:
        # The home page shows the members card without accounts importing this app
        # (accounts.home; decision 0038).
        from werkpad.accounts.home import register_home

        from .selectors import home_cards

        register_home("organisations.members", home_cards)
