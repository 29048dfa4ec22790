"""Planning a meeting ahead, recording one afterwards, its page with the report, and its
PDF."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from werkpad.access.policy import Action, require
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import submit as _submit

from .. import forms, pdf, selectors, services
from ..models import Meeting, author_category
from ._shared import _render_on, _team_users, _trajectory, _visible_for


@login_required
@require_http_methods(["GET", "POST"])
def meeting_record(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    default = author_category(actor.role)
    form = forms.MeetingForm(
        _posted(request),
        team_users=_team_users(trajectory),
        owners=_team_users(trajectory, with_client=True),
        initial={"held_on": timezone.localdate(), "client_present": True, "category": default},
    )

    def save(data: dict[str, Any]) -> Meeting:
        details = services.MeetingDetails(
            kind=data["kind"],
            held_on=data["held_on"],
            client_present=data["client_present"],
            agenda=data["agenda"],
            summary=data["summary"],
            category=data["category"],
        )
        decisions = [
            services.DecisionItem(description=text, owner=owner, due_on=due)
            for text, owner, due in form.decisions()
        ]
        return services.meeting_record(
            actor=actor,
            trajectory=trajectory,
            details=details,
            participants=list(data["participants"]),
            decisions=decisions,
            confirm_wider=data["confirm_wider"],
        )

    done = _submit(request, form, save, _("Het gesprek is vastgelegd."))
    if done.saved:
        return redirect("trajectories:meeting", pk=trajectory.pk, meeting_id=done.result.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(request, trajectory, form, _("Gesprek vastleggen"), status, extra=extra)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_plan(request: HttpRequest, pk: int) -> HttpResponse:
    """Issue 13, item 3: a meeting ahead, with an invitation (and .ics file) by e-mail."""
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    default = author_category(actor.role)
    form = forms.MeetingPlanForm(
        _posted(request),
        team_users=_team_users(trajectory),
        initial={"client_present": True, "category": default, "duration_minutes": 60},
    )

    def save(data: dict[str, Any]) -> Meeting:
        plan = services.MeetingPlan(
            kind=data["kind"],
            starts_at=form.starts_at(),
            duration_minutes=data["duration_minutes"],
            location=data["location"],
            video_link=data["video_link"],
            client_present=data["client_present"],
            agenda=data["agenda"],
            category=data["category"],
        )
        return services.meeting_plan(
            actor=actor,
            trajectory=trajectory,
            plan=plan,
            participants=list(data["participants"]),
            confirm_wider=data["confirm_wider"],
        )

    done = _submit(
        request, form, save, _("Het gesprek is gepland. De uitnodigingen zijn verstuurd.")
    )
    if done.saved:
        return redirect("trajectories:meeting", pk=trajectory.pk, meeting_id=done.result.pk)
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(
        request,
        trajectory,
        form,
        _("Gesprek plannen"),
        done.status,
        submit=_("Plannen en uitnodigen"),
        extra=extra,
    )


@login_required
@require_http_methods(["GET", "POST"])
def meeting(request: HttpRequest, pk: int, meeting_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    item = selectors.meeting_get(actor=actor, trajectory=trajectory, pk=meeting_id)
    can_change = selectors.may_change(actor=actor, obj=item)
    form = None
    status = 200
    if can_change or request.method == "POST":
        form = forms.MeetingReportForm(
            _posted(request),
            initial={"agenda": item.agenda, "summary": item.summary, "version": item.version},
        )
    if request.method == "POST":
        require(actor, Action.CHANGE_RECORD, item)
        assert form is not None
        done = _submit(
            request,
            form,
            lambda data: services.meeting_report_update(actor=actor, meeting=item, **data),
            _("Het verslag is opgeslagen."),
        )
        if done.saved:
            return redirect("trajectories:meeting", pk=trajectory.pk, meeting_id=item.pk)
        status = done.status
    decisions = selectors.decisions_for(actor=actor, meeting=item)
    context = {"t": trajectory, "meeting": item, "form": form, "decisions": decisions}
    if form is not None:  # "zichtbaar voor: …" before the report is saved (issue 11, item 4)
        context["readers"] = selectors.readers_for(
            actor=actor, trajectory=trajectory, category=item.category
        )
        context["readers_category"] = item.get_category_display()
    return render(request, "trajectories/meeting.html", context, status=status)


@login_required
@require_GET
def meeting_pdf(request: HttpRequest, pk: int, meeting_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    item = selectors.meeting_get(actor=actor, trajectory=trajectory, pk=meeting_id)
    decisions = selectors.decisions_for(actor=actor, meeting=item)
    facts = selectors.meeting_facts(actor=actor, meeting=item)
    return pdf.meeting_report(request, actor=actor, meeting=item, decisions=decisions, facts=facts)
