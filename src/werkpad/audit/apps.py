from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "werkpad.audit"
    label = "audit"
