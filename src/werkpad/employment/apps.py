from django.apps import AppConfig


class EmploymentConfig(AppConfig):
    name = "werkpad.employment"
    verbose_name = "werk en plaatsing"

    def ready(self) -> None:
        # The trajectory's timeline and caseload show job development without importing
        # this app (trajectories.contributions).
        from werkpad.trajectories.contributions import register_caseload_flag, register_timeline

        from .selectors import open_signal_flag, timeline_entries

        register_timeline("employment.work", timeline_entries)
        register_caseload_flag("open_signal", open_signal_flag)
        # The home page's worklist (accounts.home): open signals on the actor's trajectories.
        from werkpad.accounts.home import register_home

        from .selectors.worklist import home_cards

        register_home("employment.signals", home_cards)
        # The client list's filters on the career profile (clients.contributions).
        from werkpad.clients.contributions import register_list_filter

        from .selectors.client_filters import BENEFIT_FILTER, REGISTER_FILTER

        register_list_filter("employment.benefit", BENEFIT_FILTER)
        register_list_filter("employment.register", REGISTER_FILTER)
