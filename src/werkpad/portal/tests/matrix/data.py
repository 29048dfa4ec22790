"""Access-matrix rows of this part of the portal (see __init__.py): income, consents, who
saw my file, my data, and the requests the functioneel beheerder handles.

The client's own pages answer 403 to everyone who is not a client (the portal's page rule).
The team's proposal page is on Anna's record: her organisation's professional may, its
functioneel beheerder and Anna herself are insiders without the right (403), the rest 404.
A request is handled by the functioneel beheerder of the organisation that holds it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.utils import timezone

from werkpad.access.tests.matrix_helpers import GET, NOT_GET, POST, only

CLIENT_ONLY = only({"client": 200}, 403)
CLIENT_SAVES = only({"client": 302}, 403)

MATRIX: dict[str, dict[str, dict[str, int | str]]] = {
    "portal:income": {GET: CLIENT_ONLY},
    "portal:income_question": {GET: NOT_GET, POST: CLIENT_SAVES},
    # The worked example: computed and shown, not saved (200, not a redirect).
    "portal:income_example": {GET: NOT_GET, POST: only({"client": 200}, 403)},
    "portal:consents": {GET: CLIENT_ONLY},
    "portal:consent_withdraw": {GET: CLIENT_ONLY, POST: CLIENT_SAVES},
    # Anna confirms a consent her team recorded that waits for her (issue 11, item 6).
    "portal:consent_confirm": {GET: NOT_GET, POST: CLIENT_SAVES},
    "portal:proposal_decide": {GET: CLIENT_ONLY, POST: CLIENT_SAVES},
    # The guest (on Anna's team, with her consent for B) may propose a consent too.
    "portal:consent_propose": {
        GET: only({"pro_own": 200, "admin_own": 403, "client": 403, "guest": 200}, 404),
        POST: only({"pro_own": 302, "admin_own": 403, "client": 403, "guest": 302}, 404),
    },
    "portal:access_log": {GET: CLIENT_ONLY},
    "portal:my_data": {GET: CLIENT_ONLY},
    "portal:export_json": {GET: CLIENT_ONLY},
    "portal:export_pdf": {GET: CLIENT_ONLY},
    "portal:data_request": {GET: CLIENT_ONLY, POST: CLIENT_SAVES},
    "portal:data_requests": {GET: only({"admin_own": 200, "admin_other": 200}, 403)},
    "portal:data_request_handle": {
        GET: only({"admin_own": 200, "pro_own": 403, "client": 403}, 404),
        POST: only({"admin_own": 302, "pro_own": 403, "client": 403}, 404),
    },
}


def _awaiting_consent(w: Any) -> Any:
    """A treatment consent for B recorded by Anna's organisation without the signed form."""
    from werkpad.clients.models import Consent, ConsentGrant

    consent = Consent.objects.create(
        client=w.consent.client,
        recipient=w.consent.recipient,
        purpose="ips",
        valid_from=timezone.localdate(),
        recorded_by=w.consent.recorded_by,
        recorded_by_organisation=w.consent.recorded_by_organisation,
        needs_client_confirmation=True,
    )
    ConsentGrant.objects.create(consent=consent, category="behandeling")
    return consent


KWARGS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "portal:consent_withdraw": lambda w: {"pk": w.consent.pk},
    "portal:consent_confirm": lambda w: {"pk": _awaiting_consent(w).pk},
    "portal:proposal_decide": lambda w: {"pk": w.portal["proposal"].pk},
    "portal:consent_propose": lambda w: {"public_id": w.client_record.public_id},
    "portal:data_request_handle": lambda w: {"pk": w.portal["data_request"].pk},
}

POST_DATA: dict[str, Callable[[Any], dict[str, Any]]] = {
    "portal:income_question": lambda w: {"uitkering": "bijstand"},
    "portal:income_example": lambda w: {
        "uitkering": "ww",
        "voorbeeld-maandloon": "2400",
        "voorbeeld-loon": "1200",
        "voorbeeld-periode": "later",
    },
    "portal:proposal_decide": lambda w: {"decision": "grant"},
    "portal:consent_propose": lambda w: {
        "recipient": w.org_b.pk,
        "purpose": "ips",
        "categories": ["basis", "werk"],
        "reason": "Je klantmanager bij UWV kan je dan helpen met een proefplaatsing.",
    },
    "portal:data_request": lambda w: {
        "kind": "correctie",
        "text": "Mijn telefoonnummer is veranderd.",
    },
    "portal:data_request_handle": lambda w: {
        "answer": "Je telefoonnummer is aangepast.",
        "done": "on",
        "version": w.portal["data_request"].version,
    },
}


def setup(world: Any) -> None:
    """Adds Anna's open consent proposal (from her team at A, for organisation B) and her
    open correction request (at A) to ``world.portal``."""
    from werkpad.portal.models import ConsentProposal, DataRequest

    if "proposal" not in world.portal:
        world.portal["proposal"] = ConsentProposal.objects.create(
            client=world.client_record,
            recipient=world.org_b,
            purpose="ips",
            categories=["basis", "werk"],
            reason="UWV kan je helpen met een proefplaatsing.",
            proposed_by=world.personas["pro_own"],
            proposed_by_organisation=world.org_a,
        )
    if "data_request" not in world.portal:
        world.portal["data_request"] = DataRequest.objects.create(
            client=world.client_record,
            organisation=world.org_a,
            kind="correctie",
            text="Mijn geboortedatum klopt niet.",
            due_on=timezone.localdate() + timedelta(days=30),
        )
