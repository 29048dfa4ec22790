from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "werkpad.access"
    label = "access"
