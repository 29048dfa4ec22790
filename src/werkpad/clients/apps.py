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
        # The access-log search finds a client by name and date of birth (audit.lookups).
        from werkpad.audit.lookups import register_client_lookup

        from .selectors import client_numbers_for_log_search

        register_client_lookup("clients.by_name_and_birth", client_numbers_for_log_search)
