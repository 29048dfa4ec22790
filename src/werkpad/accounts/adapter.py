from __future__ import annotations

import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.utils import is_mfa_enabled
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
    request = context.request
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or is_mfa_enabled(user):
        return False
    records = get_authentication_records(request, user)
    if not records:
        return False
    return bool(time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT)
