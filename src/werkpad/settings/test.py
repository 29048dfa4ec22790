"""Tests: fast hashing, mail in memory, MFA enforced as in production."""

from .base import *  # noqa: F403
from .base import STATIC_ROOT, VAR_DIR

SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WERKPAD_REQUIRE_MFA = True
WERKPAD_STRICT_AUDIT_EVENTS = True
ALLOWED_HOSTS = ["*"]
VAR_DIR.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise looks there first
