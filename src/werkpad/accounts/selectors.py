"""Reads for the account pages and the role home pages."""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.models import Session
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkpad.access.actor import Actor
from werkpad.access.policy import Action, may
from werkpad.access.roles import Role

from .home import HomeCard, home_cards
from .models import User, UserSession

# What each role finds first on its home page (the field's own terms).
ROLE_FOCUS = {
    Role.IPS_TRAJECTBEGELEIDER: _(
        "Je caseload (IPS: hoogstens 20 cliënten), snel zoeken naar werk en je contacten met "
        "werkgevers."
    ),
    Role.JOBCOACH: _("Begeleiding op de werkvloer en nazorg zonder einddatum."),
    Role.BEHANDELAAR: _(
        "Werk hoort bij elke intake (Arbeid als Medicijn): de werkvraag, de verwijzing en "
        "behandeldoelen die aansluiten op werkdoelen."
    ),
    Role.REINTEGRATIECOACH: _("Het plan van aanpak en de gedeelde voortgang."),
    Role.ARBEIDSDESKUNDIGE: _("Belastbaarheid en het plan van aanpak, alleen met toestemming."),
    Role.VERZEKERINGSARTS: _("Belastbaarheid (FML), alleen met toestemming van de cliënt."),
    Role.KLANTMANAGER: _("Cliënten in de bijstand, instrumenten en gedeelde doelen."),
    Role.ERVARINGSDESKUNDIGE: _("Lotgenotengroepen en het perspectief van de cliënt in het team."),
    Role.TEAMLEIDER: _("Caseloads, resultaten en modelgetrouwheid van je team."),
    Role.REGIOCOORDINATOR: _("Samenwerking en regionale doelen in de arbeidsmarktregio."),
    Role.FUNCTIONEEL_BEHEERDER: _("Gebruikers, rollen en het toegangslog van je organisatie."),
    Role.WERKGEVER_CONTACTPERSOON: _(
        "Eén vast aanspreekpunt, ondersteuning en alleen wat de werknemer zelf wil delen."
    ),
}


def home_context(*, actor: Actor) -> dict[str, Any]:
    """The frame of the home page (the role's focus, the regions) and the cards the contexts
    contribute (``accounts.home``: the clients, the members, the access log)."""
    return {
        "template": "accounts/home_employer.html"
        if actor.is_employer
        else "accounts/home_professional.html",
        "focus": ROLE_FOCUS.get(Role(actor.role), ""),
        "regions": list(actor.organisation.regions.all()) if actor.organisation else [],
        "cards": home_cards(actor),
    }


def access_log_card(actor: Actor) -> list[HomeCard]:
    """The logbeheerder's way to the access log. ``audit`` sits below ``accounts`` and
    cannot register it, so ``accounts`` does (``AccountsConfig.ready``)."""
    if not may(actor, Action.SEARCH_ACCESS_LOG):
        return []
    return [HomeCard(template="accounts/home/access_log_card.html", order=30)]


def session_list(*, user: User) -> list[UserSession]:
    live = Session.objects.filter(expire_date__gt=timezone.now()).values("session_key")
    return list(UserSession.objects.filter(user=user, session_key__in=live))
