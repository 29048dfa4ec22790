from django.apps import AppConfig


class ClientsConfig(AppConfig):
    name = "werkpad.clients"
    label = "clients"
