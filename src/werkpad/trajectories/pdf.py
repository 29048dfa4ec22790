"""The PDF of a meeting report: the same Django template language as the pages, rendered by
WeasyPrint (docs/decisions/0020-weasyprint-for-pdf.md). Printing is logged (NEN 7513 'P')."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from werkpad.access.policy import Action, decide
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record

from .models import Meeting, PlanAction


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    return HTML(string=html).write_pdf()


def meeting_report(
    request: HttpRequest, *, actor: Any, meeting: Meeting, decisions: list[PlanAction]
) -> HttpResponse:
    html = render_to_string(
        "trajectories/meeting_pdf.html",
        {
            "meeting": meeting,
            "t": meeting.trajectory,
            "decisions": decisions,
            "printed_at": timezone.localtime(),
            "printed_by": actor.user,
        },
        request=request,
    )
    record(
        actor,
        event="meeting.pdf",
        action=AuditAction.PRINT,
        obj=meeting,
        basis=decide(actor, Action.VIEW_TRAJECTORY, meeting).basis,
    )
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    filename = f"verslag-{meeting.kind}-{meeting.held_on.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
