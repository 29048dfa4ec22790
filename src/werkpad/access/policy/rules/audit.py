"""Access rules of the audit context: the NEN 7513 access log. Break the glass is asked on
the client record (``rules/clients.py``) and marked in the log by ``access.breakglass``."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from werkpad.access.actor import Actor
from werkpad.clients.models import Client

from ..engine import Action, Basis, Decision, _is_admin, register_page_rule, register_scope


def _scope_access_log(actor: Actor, qs: QuerySet[Any]) -> QuerySet[Any]:
    if actor.is_client:  # NEN 7513: the client sees who accessed their own file, nothing else
        own = Client.objects.filter(user=actor.user).values("public_id")
        return qs.filter(client_pid__in=own)
    if not _is_admin(actor):
        return qs.none()
    return qs.filter(organisation_id=actor.organisation_id)


register_page_rule(Action.SEARCH_ACCESS_LOG, lambda a: Decision(_is_admin(a), Basis.ROLE))
register_page_rule(Action.EXPORT_ACCESS_LOG, lambda a: Decision(_is_admin(a), Basis.ROLE))
register_scope("audit.accesslogentry", _scope_access_log)
