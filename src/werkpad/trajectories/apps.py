from django.apps import AppConfig


class TrajectoriesConfig(AppConfig):
    name = "werkpad.trajectories"
    verbose_name = "trajecten"
