"""The PDF of a meeting report: the same Django template language as the pages, rendered by
WeasyPrint (docs/decisions/0020-weasyprint-for-pdf.md). Printing is logged (NEN 7513 'P').
The PDF is tagged (WeasyPrint's ``pdf_tags``: headings, paragraphs, lists and tables in the
structure tree, the document language from ``<html lang>``), so a screen reader can read it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from werkpad.access.policy import Action, decide
from werkpad.audit.models import AuditAction
from werkpad.audit.recorder import record

from .models import Meeting, PlanAction
from .selectors.plan import MeetingFacts


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    return HTML(string=html).write_pdf(pdf_tags=True)


def meeting_report(
    request: HttpRequest,
    *,
    actor: Any,
    meeting: Meeting,
    decisions: list[PlanAction],
    facts: MeetingFacts | None = None,
) -> HttpResponse:
    facts = facts or MeetingFacts()
    html = render_to_string(
        "trajectories/meeting_pdf.html",
        {
            "meeting": meeting,
            "t": meeting.trajectory,
            "decisions": decisions,
            "facts": facts,
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
        detail=facts.audit_detail(),
    )
    response = HttpResponse(render_pdf(html), content_type="application/pdf")
    filename = f"verslag-{meeting.kind}-{meeting.held_on.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
