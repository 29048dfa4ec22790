from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo region and the generators of invented data for measurements: an app only to
    own their management commands. It sits on top of every context and imports them; nothing
    imports it (``core/tests/test_architecture.py``)."""

    name = "werkpad.demo"
    label = "demo"
    verbose_name = "demo"
