from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "werkpad.api"
    verbose_name = "API"
