"""The demo: SQLite, console e-mail, MFA enforcement switchable (a banner says so)."""

from django.utils.translation import gettext_lazy as _

from .base import *  # noqa: F403
from .base import STATIC_ROOT, VAR_DIR
from .env import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "demo-only-secret-key-not-for-production-use-0123456789")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WERKPAD_REQUIRE_MFA = env_bool("WERKPAD_REQUIRE_MFA", False)
WERKPAD_STRICT_AUDIT_EVENTS = True
if not WERKPAD_REQUIRE_MFA:
    WERKPAD_ENVIRONMENT_BANNER = _(
        "Demo-omgeving: de tweede factor (MFA) is uitgeschakeld. Gebruik alleen verzonnen gegevens."
    )
else:
    WERKPAD_ENVIRONMENT_BANNER = _("Demo-omgeving: gebruik alleen verzonnen gegevens.")
VAR_DIR.mkdir(parents=True, exist_ok=True)
# Serve static files straight from the app folders (no collectstatic step for the demo).
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise looks there first
