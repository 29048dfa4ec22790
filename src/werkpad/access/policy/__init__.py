"""The one access policy of Werkpad (decision 0003), as a package.

``engine`` holds the actions, the decisions and the registry with ``visible_to``, ``decide``,
``may``, ``require`` and ``get_for``; it imports no context. Each context's rules live in
``rules/<context>.py`` and register their scopes, object rules and page rules with the engine
when imported (``AccessConfig.ready`` imports them, and so does this package). ``consent``
holds the one consent filter, ``need_to_know`` and ``texts`` what their names say, ``scopes``
the scope builders the contexts share.

Import the policy from here: ``from werkpad.access.policy import Action, get_for``.
"""

from __future__ import annotations

# Private names (``_x as _x``) were reachable as ``policy._x`` before the policy became a
# package; they stay importable for tests and tools that reach in. New code uses public names.
from . import rules  # noqa: F401  (registers every context's rules)
from .consent import (
    ANY_ROLE,
    ANY_TEAM,
    OTHER_PURPOSE,
    OWN_ROUTE,
    WHOLE_ORGANISATION,
    client_consents_to,
    consents_in_force,
    purposes_for,
    team_members_who_see,
    team_members_who_would_read,
    what_withdrawal_closes,
)
from .consent import _active_consents as _active_consents
from .consent import _consent_in_force as _consent_in_force
from .consent import _consented as _consented
from .consent import _my_team_places as _my_team_places
from .consent import _on_team as _on_team
from .consent import _team_consent_in_force as _team_consent_in_force
from .consent import _team_consents as _team_consents
from .engine import _AUDIT_ACTION as _AUDIT_ACTION
from .engine import _OBJECT_RULES as _OBJECT_RULES
from .engine import _PAGE_RULES as _PAGE_RULES
from .engine import _SCOPES as _SCOPES
from .engine import (
    ADMIN_ROLES,
    CLIENT_WORK_ROLES,
    CONSENT_ROLES,
    DENY,
    Action,
    Basis,
    Decision,
    decide,
    get_for,
    may,
    register_page_rule,
    register_rule,
    register_scope,
    require,
    visible_to,
)
from .engine import _label as _label
from .engine import _log_denied as _log_denied
from .engine import _works_with_clients as _works_with_clients
from .need_to_know import _need_to_know_q as _need_to_know_q
from .need_to_know import active_break_the_glass, on_client_care_team
from .rules.clients import referrals_the_receiver_no_longer_sees
from .rules.employment import as_client_data, decidable_instruments, instruments_decided_by
from .rules.portal import runnable_peer_groups, team_members_who_would_read_thread
from .rules.trajectories import changeable_records
from .scopes import _data_scope as _data_scope
from .scopes import _trajectory_q as _trajectory_q
from .scopes import hidden_by_need_to_know
from .texts import may_read_contact_outcome, readable_texts, text_readable

__all__ = [
    "ADMIN_ROLES",
    "ANY_ROLE",
    "ANY_TEAM",
    "CLIENT_WORK_ROLES",
    "CONSENT_ROLES",
    "DENY",
    "OTHER_PURPOSE",
    "OWN_ROUTE",
    "WHOLE_ORGANISATION",
    "Action",
    "Basis",
    "Decision",
    "active_break_the_glass",
    "as_client_data",
    "changeable_records",
    "client_consents_to",
    "consents_in_force",
    "decidable_instruments",
    "decide",
    "get_for",
    "hidden_by_need_to_know",
    "instruments_decided_by",
    "may",
    "may_read_contact_outcome",
    "on_client_care_team",
    "purposes_for",
    "readable_texts",
    "referrals_the_receiver_no_longer_sees",
    "register_page_rule",
    "register_rule",
    "register_scope",
    "require",
    "runnable_peer_groups",
    "team_members_who_see",
    "team_members_who_would_read",
    "team_members_who_would_read_thread",
    "text_readable",
    "visible_to",
    "what_withdrawal_closes",
]
