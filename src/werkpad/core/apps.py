from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "werkpad.core"
    label = "core"
