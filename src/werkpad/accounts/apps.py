from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "werkpad.accounts"
    label = "accounts"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the login/logout receivers)
        from .home import register_home
        from .selectors import access_log_card

        register_home("accounts.access_log", access_log_card)
