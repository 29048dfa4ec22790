from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class WerkpadAccountAdapter(DefaultAccountAdapter):
    """Accounts are made by a functioneel beheerder (or the client's team), never by sign-up."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False
