"""Everything about me: the client's own data as machine-readable JSON (AVG art. 20) and as a
readable PDF (AVG art. 15).

One builder collects what the access policy lets the client see (``visible_to`` on every
model, so nothing of another client can slip in) into plain dicts with stable keys; the JSON
is that structure, the PDF renders it with plain-Dutch headings (WeasyPrint, as
``trajectories.pdf``). Codes stay codes (stable for machines); each coded value has a
``*_label`` beside it for people. Both downloads are logged as an export (NEN 7513 'E')."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from werkpad.access.actor import Actor
from werkpad.access.policy import Basis
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record
from werkpad.clients.models import Client
from werkpad.portal.models import DataRequest, PeerGroupMembership
from werkpad.portal.selectors.data import own_client
from werkpad.trajectories.models import Intake

from ._common import label, visible
from .about_me import (
    client_row,
    consent_rows,
    disclosure_part,
    intake_row,
    proposal_rows,
    referral_rows,
)
from .trajectories import trajectory_rows

EXPORT_FORMAT = "werkpad-export"
EXPORT_VERSION = 1


def build_export(*, actor: Actor, client: Client) -> dict[str, Any]:
    """Everything the access policy lets the client see about themselves."""
    groups = visible(
        actor, PeerGroupMembership.objects.filter(client=client).select_related("group")
    )
    requests = visible(actor, DataRequest.objects.filter(client=client))
    intakes = visible(actor, Intake.objects.filter(client=client).select_related("organisation"))
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now(),
        "client": client_row(client),
        "intakes": [intake_row(i) for i in intakes],
        "referrals": referral_rows(actor, client),
        "trajectories": trajectory_rows(actor, client),
        "consents": consent_rows(actor, client),
        "consent_proposals": proposal_rows(actor, client),
        "disclosure": disclosure_part(actor, client),
        "peer_groups": [
            {
                "group": m.group.name,
                "theme": m.group.theme,
                "joined_at": m.joined_at,
                "left_at": m.left_at,
                "team_may_know": m.share_with_team,
            }
            for m in groups
        ],
        "data_requests": [
            {
                "id": r.pk,
                "kind": r.kind,
                "kind_label": label(r, "kind"),
                "text": r.text,
                "created_at": r.created_at,
                "due_on": r.due_on,
                "status": r.status,
                "status_label": label(r, "status"),
                "answer": r.answer,
                "handled_at": r.handled_at,
            }
            for r in requests
        ],
    }


def _log_export(actor: Actor, client: Client, fmt: str, data: dict[str, Any]) -> None:
    record(
        actor,
        event=f"portal.export.{fmt}",
        action=AuditAction.EXPORT,
        obj=client,
        basis=Basis.SELF,
        detail={
            "format": fmt,
            "trajectories": len(data["trajectories"]),
            "consents": len(data["consents"]),
        },
    )


def _filename(client: Client, extension: str) -> str:
    return f"werkpad-{client.public_id}-{timezone.localdate().isoformat()}.{extension}"


def export_json(*, actor: Actor) -> HttpResponse:
    client = own_client(actor=actor)
    data = build_export(actor=actor, client=client)
    _log_export(actor, client, "json", data)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2, sort_keys=True)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(client, "json")}"'
    return response


def export_pdf(request: HttpRequest, *, actor: Actor) -> HttpResponse:
    from werkpad.trajectories.pdf import render_pdf

    client = own_client(actor=actor)
    data = build_export(actor=actor, client=client)
    html = render_to_string("portal/data/export_pdf.html", {"data": data}, request=request)
    _log_export(actor, client, "pdf", data)
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(client, "pdf")}"'
    return response
