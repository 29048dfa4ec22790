from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "werkpad.access"
    label = "access"

    def ready(self) -> None:
        # Every context registers its access rules with the policy engine when its rules
        # module is imported: once, at start-up, in every process (decision 0003).
        from .policy import rules  # noqa: F401
