from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def field_encryption_keys(app_configs: Any, **kwargs: Any) -> list[Error]:
    """Production needs its own encryption keys: a key derived from SECRET_KEY would tie the
    readability of stored client numbers to that one secret."""
    if settings.WERKPAD_FIELD_ENCRYPTION_KEYS:
        return []
    return [
        Error(
            "WERKPAD_FIELD_ENCRYPTION_KEYS is not set.",
            hint="Set it to one or more Fernet keys (newest first), separated by commas.",
            id="werkpad.E001",
        )
    ]
