from django.apps import AppConfig


class ClientsConfig(AppConfig):
    name = "werkpad.clients"
    label = "clients"

    def ready(self) -> None:
        # The home page shows the clients card without accounts importing this app
        # (accounts.home; decision 0038).
        from werkpad.accounts.home import register_home

        from .selectors import home_cards

        register_home("clients.clients", home_cards)
