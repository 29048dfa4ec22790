"""What every page's template gets: the environment banner, the session timings, the actor
and the main menu. Here, not in ``core``, because the menu reads organisation types and roles
(``core`` imports no context: decision 0038)."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from werkpad.access.policy import Action, may


def werkpad(request: HttpRequest) -> dict[str, Any]:
    actor = getattr(request, "actor", None)
    menu: list[tuple[str, str]] = []
    if actor is not None and actor.is_authenticated:
        menu = _menu_for(actor)
    return {
        "environment_banner": settings.WERKPAD_ENVIRONMENT_BANNER,
        "session_idle_seconds": settings.WERKPAD_SESSION_IDLE_SECONDS,
        "session_warning_seconds": settings.WERKPAD_SESSION_WARNING_SECONDS,
        "session_warning_minutes": round(settings.WERKPAD_SESSION_WARNING_SECONDS / 60),
        "actor": actor,
        "main_menu": menu,
    }


def _menu_for(actor: Any) -> list[tuple[str, str]]:
    from django.utils.translation import gettext as _

    if may(actor, Action.PORTAL):
        return [
            ("portal:home", _("Mijn pad")),
            ("portal:threads", _("Berichten")),
            ("portal:disclosure", _("Open zijn op werk")),
            ("portal:income", _("Mijn inkomen")),
            ("portal:groups", _("Lotgenoten")),
            ("portal:my_data", _("Mijn gegevens")),
        ]
    items = [("home", _("Start"))]
    if may(actor, Action.LIST_CLIENTS):
        items.append(("clients:list", _("Cliënten")))
    if may(actor, Action.VIEW_CASELOAD):
        items.append(("trajectories:caseload", _("Caseload")))
        items.append(("trajectories:referrals", _("Verwijzingen")))
    if may(actor, Action.VIEW_JOB_DEVELOPMENT):
        items.append(("employment:home", _("Werkgevers")))
        items.append(("employment:vacancies", _("Vacatures")))
    if may(actor, Action.VIEW_NETWORK):
        items.append(("network:home", _("Netwerk")))
    if may(actor, Action.EMPLOYER_PAGES):
        items.append(("employment:employer_home", _("Mijn werkgeverspagina")))
        items.append(("network:employer_signup", _("Trainingen voor leidinggevenden")))
    if may(actor, Action.MANAGE_MEMBERS):
        items.append(("organisations:member_list", _("Gebruikers")))
    if may(actor, Action.MANAGE_EMPLOYER_SHARING):
        items.append(("employment:sharing", _("Werkgevers delen")))
    if may(actor, Action.HANDLE_DATA_REQUESTS):
        items.append(("portal:data_requests", _("Verzoeken van cliënten")))
    # Every professional: the groups in the region to point clients to, and those they run.
    if may(actor, Action.FACILITATE_GROUP):
        items.append(("portal:facilitator_groups", _("Lotgenotengroepen")))
    if may(actor, Action.SEARCH_ACCESS_LOG):
        items.append(("audit:search", _("Toegangslog")))
    return items
