from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "werkpad.organisations"
    label = "organisations"
