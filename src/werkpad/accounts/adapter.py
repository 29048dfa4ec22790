from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.models import Authenticator
from django.http import HttpRequest


class WerkpadAccountAdapter(DefaultAccountAdapter):
    """Accounts are made by a functioneel beheerder (or the client's team), never by sign-up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        """Setting up the first second factor right after logging in (where the MFA
        middleware sends a professional) does not ask for the password a second time. Every
        other sensitive change (removing a factor, new recovery codes, e-mail, password) does."""
        if app == "allauth.mfa" and _first_factor_right_after_login():
            return False
        return bool(super().is_reauthentication_required(app=app, **kwargs))


def _first_factor_right_after_login() -> bool:
    """True within the re-authentication window after a password login, as long as every
    second factor the user has was made after that login (the set-up and its recovery codes)."""
    request = context.request
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    if not records:
        return False
    logged_in_at = records[0]["at"]
    if time.time() - logged_in_at >= account_settings.REAUTHENTICATION_TIMEOUT:
        return False
    earlier = datetime.fromtimestamp(logged_in_at, tz=UTC)
    return not Authenticator.objects.filter(user=user, created_at__lt=earlier).exists()
