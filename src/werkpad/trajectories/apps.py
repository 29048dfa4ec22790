from django.apps import AppConfig


class TrajectoriesConfig(AppConfig):
    name = "werkpad.trajectories"
    verbose_name = "trajecten"

    def ready(self) -> None:
        # The client page, the consent form and consent_record know the trajectories without
        # the clients context importing this app (clients.contributions; decision 0038).
        from werkpad.clients.contributions import (
            register_care_teams,
            register_list_filter,
            register_section,
            register_works_with_client,
        )

        from .selectors.on_client import (
            care_teams_for_consent,
            client_sections,
            runs_a_trajectory,
        )

        register_section("trajectories.trajectories_and_intakes", client_sections)
        register_works_with_client("trajectories.runs_a_trajectory", runs_a_trajectory)
        register_care_teams("trajectories.care_teams", care_teams_for_consent)
        # The client list's filter on the running trajectory's type and phase.
        from .selectors.client_filters import TRAJECTORY_FILTER

        register_list_filter("trajectories.trajectory", TRAJECTORY_FILTER)
        # The home page's worklist (accounts.home): actions, new team places, referrals.
        from werkpad.accounts.home import register_home

        from .selectors.worklist import home_cards

        register_home("trajectories.worklist", home_cards)
