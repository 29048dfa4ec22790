from django.apps import AppConfig


class EmploymentConfig(AppConfig):
    name = "werkpad.employment"
    verbose_name = "werk en plaatsing"
