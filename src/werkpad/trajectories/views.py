"""Thin views: parse input, call a selector or service, render. Permission is the policy's
business (selectors and services ask it); a service's ValidationError goes back on the form
with status 400 and nothing saved; a stale edit is a 409."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from werkpad.access.policy import Action, may, require
from werkpad.accounts.models import User
from werkpad.clients import selectors as client_selectors
from werkpad.clients.models import DataCategory
from werkpad.core.bsn import warn_if_bsn
from werkpad.core.submit import actor_of as _actor
from werkpad.core.submit import posted as _posted
from werkpad.core.submit import put_on_form as _put_on_form
from werkpad.core.submit import submit as _submit
from werkpad.organisations.models import Membership

from . import forms, pdf, selectors, services
from .models import (
    Goal,
    LadderStep,
    Meeting,
    Perspective,
    PlanAction,
    Trajectory,
    author_category,
    default_category,
)


def _team_users(trajectory: Trajectory, *, with_client: bool = False) -> Any:
    """The team; for who does an action also the client when they have a portal account
    (they mark their own actions done there)."""
    people = Q(pk__in=trajectory.team.filter(ended_on__isnull=True).values("user_id"))
    if with_client and trajectory.client.user_id:
        people |= Q(pk=trajectory.client.user_id)
    return User.objects.filter(people).order_by("full_name")


# --- Caseload, referrals, figures, handover ------------------------------------------------
@login_required
@require_GET
def caseload(request: HttpRequest) -> HttpResponse:
    result = selectors.caseload(actor=_actor(request))
    context = {"caseload": result, "today": timezone.localdate()}
    return render(request, "trajectories/caseload.html", context)


@login_required
@require_GET
def referral_list(request: HttpRequest) -> HttpResponse:
    received, sent = selectors.referrals(actor=_actor(request))
    return render(request, "trajectories/referrals.html", {"received": received, "sent": sent})


@login_required
@require_http_methods(["GET", "POST"])
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    referral = selectors.referral_get(actor=actor, pk=pk)
    can_decide = referral.status == "open" and selectors.may_decide(actor=actor, referral=referral)
    decision = request.POST.get("besluit") if request.method == "POST" else None
    accept_form = forms.AcceptForm(
        request.POST if decision == "accepteren" else None, route=referral.route
    )
    decline_form = forms.DeclineForm(request.POST if decision == "afwijzen" else None)
    status = 200
    if request.method == "POST":
        require(actor, Action.DECIDE_REFERRAL, referral)
        status = 400
        try:
            if decision == "accepteren" and accept_form.is_valid():
                setup = services.TrajectorySetup(**accept_form.cleaned_data)
                trajectory = services.referral_accept(actor=actor, referral=referral, setup=setup)
                messages.success(request, _("Verwijzing geaccepteerd; het traject is gestart."))
                return redirect("trajectories:detail", pk=trajectory.pk)
            if decision == "afwijzen" and decline_form.is_valid():
                services.referral_decline(
                    actor=actor, referral=referral, reason=decline_form.cleaned_data["reason"]
                )
                messages.success(request, _("Verwijzing afgewezen. De verwijzer ziet de reden."))
                return redirect("trajectories:referrals")
        except ValidationError as error:
            _put_on_form(accept_form if decision == "accepteren" else decline_form, error)
    context = {
        "referral": referral,
        "can_decide": can_decide,
        "accept_form": accept_form,
        "decline_form": decline_form,
        "outcome": selectors.referral_outcome(actor=actor, referral=referral),
    }
    return render(request, "trajectories/referral_detail.html", context, status=status)


@login_required
@require_GET
def intake_figures(request: HttpRequest) -> HttpResponse:
    figures = selectors.intake_figures(actor=_actor(request))
    return render(request, "trajectories/intake_figures.html", {"figures": figures})


@login_required
@require_http_methods(["GET", "POST"])
def handover(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    require(actor, Action.HAND_OVER)
    lead = actor.membership
    colleagues = (
        Membership.objects.filter(organisation=lead.organisation, team=lead.team)
        .exclude(pk=lead.pk)
        .select_related("user")
        .order_by("user__full_name")
    )
    form = forms.HandoverForm(_posted(request), colleagues=colleagues)

    def save(data: dict[str, Any]) -> int:
        return services.team_handover(
            actor=actor,
            from_membership=data["from_membership"],
            to_membership=data["to_membership"],
            trajectory_ids=[data["trajectory"]] if data["trajectory"] else None,
        )

    done = _submit(request, form, save, None)
    if done.saved:
        text = ngettext(
            "%(count)s traject overgedragen.", "%(count)s trajecten overgedragen.", done.result
        )
        messages.success(request, text % {"count": done.result})
        return redirect("trajectories:caseload")
    status = done.status
    return render(request, "trajectories/handover.html", {"form": form}, status=status)


# --- On a client record ----------------------------------------------------------------------
@login_required
@require_http_methods(["GET", "POST"])
def intake(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.RECORD_INTAKE
    )
    form = forms.IntakeForm(
        _posted(request),
        organisation=actor.organisation,
        initial={"held_on": timezone.localdate()},
    )
    done = _submit(
        request,
        form,
        lambda data: services.intake_record(
            actor=actor, client=client, details=services.IntakeDetails(**data)
        ),
        _("De intake met de werkvraag is vastgelegd."),
    )
    if done.saved:
        if done.result.referral is not None:
            messages.info(request, _("De verwijzing is verstuurd naar het gekozen team."))
        return redirect("clients:detail", public_id=client.public_id)
    status = done.status
    context = {"client": client, "form": form, "ladder": _ladder_definitions()}
    return render(request, "trajectories/intake_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def refer(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.REFER_CLIENT
    )
    form = forms.ReferralForm(_posted(request), organisation=actor.organisation)
    done = _submit(
        request,
        form,
        lambda data: services.referral_create(actor=actor, client=client, **data),
        _("De verwijzing is verstuurd."),
    )
    if done.saved:
        return redirect("trajectories:referrals")
    status = done.status
    return render(
        request,
        "trajectories/simple_form.html",
        _form_context(client, form, "refer"),
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def start(request: HttpRequest, public_id: str) -> HttpResponse:
    actor = _actor(request)
    client = client_selectors.client_get(
        actor=actor, public_id=public_id, action=Action.START_TRAJECTORY
    )
    form = forms.StartForm(_posted(request))

    def save(data: dict[str, Any]) -> Trajectory:
        data = dict(data)
        trajectory_type = data.pop("trajectory_type")
        return services.trajectory_start(
            actor=actor,
            client=client,
            trajectory_type=trajectory_type,
            setup=services.TrajectorySetup(**data),
        )

    done = _submit(request, form, save, _("Het traject is gestart."))
    if done.saved:
        return redirect("trajectories:detail", pk=done.result.pk)
    status = done.status
    return render(
        request,
        "trajectories/simple_form.html",
        _form_context(client, form, "start"),
        status=status,
    )


_FORM_TEXT = {
    "refer": (
        gettext_lazy("Verwijzen"),
        gettext_lazy(
            "Verwijs naar een team van je eigen of een andere organisatie. Het ontvangende "
            "team accepteert of wijst af met een reden, en je ziet wat ervan terechtkomt."
        ),
        gettext_lazy("Verwijzing versturen"),
    ),
    "start": (gettext_lazy("Traject starten"), "", gettext_lazy("Traject starten")),
}


def _form_context(client: Any, form: Form, which: str) -> dict[str, Any]:
    title, intro, submit = _FORM_TEXT[which]
    return {"client": client, "form": form, "title": title, "intro": intro, "submit_label": submit}


# --- The trajectory ------------------------------------------------------------------------
def _trajectory(request: HttpRequest, pk: int, action: Action = Action.VIEW_TRAJECTORY) -> Any:
    return selectors.trajectory_get(actor=_actor(request), pk=pk, action=action)


@login_required
@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    view = selectors.trajectory_view(actor=actor, trajectory=trajectory)
    context = {
        "t": trajectory,
        "view": view,
        # Guests on the team add their own records; the owner also manages (the policy
        # decides; these only choose which buttons the page shows).
        "can_work": selectors.may_add_to(actor=actor, trajectory=trajectory),
        "can_manage": selectors.may_manage(actor=actor, trajectory=trajectory),
        "changeable": selectors.changeable(actor=actor, trajectory=trajectory, objs=view.actions),
        "changeable_goals": selectors.changeable(
            actor=actor, trajectory=trajectory, objs=view.goals
        ),
        "today": timezone.localdate(),
        "own_organisation_id": actor.organisation_id,
        "ladder_max": len(LadderStep),
        "chart": selectors.ladder_chart(view.ladder_table),
        "days_in_phase": trajectory.days_in_phase(timezone.localdate()),
    }
    return render(request, "trajectories/detail.html", context)


@login_required
@require_GET
def timeline(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    kinds = request.GET.getlist("soort")
    categories = request.GET.getlist("gegevens")
    entries = selectors.timeline(
        actor=actor, trajectory=trajectory, kinds=kinds, categories=categories
    )
    context = {
        "t": trajectory,
        "entries": entries,
        "kinds": kinds,
        "categories": categories,
        "kind_choices": selectors.timeline_kind_choices(),
        "category_choices": selectors.category_choices(),
    }
    return render(request, "trajectories/timeline.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def phase(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.MANAGE_TRAJECTORY)
    form = forms.PhaseForm(
        _posted(request), trajectory=trajectory, initial={"version": trajectory.version}
    )
    done = _submit(
        request,
        form,
        lambda data: services.trajectory_phase_change(actor=actor, trajectory=trajectory, **data),
        _("De fase is gewijzigd."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    title = _("Fase wijzigen (nu: %(phase)s)") % {"phase": trajectory.phase_label}
    return _render_on(request, trajectory, form, title, status)


def _render_on(
    request: HttpRequest,
    trajectory: Trajectory,
    form: Form,
    title: str,
    status: int,
    submit: str = "",
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    context = {
        "t": trajectory,
        "form": form,
        "title": title,
        "submit_label": submit or _("Opslaan"),
    }
    context.update(extra or {})
    return render(request, "trajectories/trajectory_form.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def team(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    # Everyone on the team reads it; only the organisation running the trajectory adds to it.
    trajectory = _trajectory(request, pk)
    can_manage = selectors.may_manage(actor=actor, trajectory=trajectory)
    if request.method == "POST":
        require(actor, Action.MANAGE_TRAJECTORY, trajectory)
    form = forms.TeamAddForm(
        _posted(request),
        candidates=selectors.team_candidates(actor=actor, trajectory=trajectory),
    )
    done = _submit(
        request,
        form,
        lambda data: services.team_member_add(actor=actor, trajectory=trajectory, **data),
        _("De professional staat nu in het team."),
    )
    if done.saved:
        if not selectors.member_can_see(member=done.result):
            messages.warning(
                request,
                _(
                    "%(org)s ziet dit traject pas als de cliënt toestemming geeft voor "
                    "basisgegevens (doel: dit traject). Leg die samen met de cliënt vast."
                )
                % {"org": done.result.organisation.name},
            )
        return redirect("trajectories:team", pk=trajectory.pk)
    status = done.status
    members = selectors.team_for(actor=actor, trajectory=trajectory)
    # Which memberships this actor may end: their own, or all when their organisation runs
    # the trajectory (the policy decides; this only hides buttons).
    may_end = {m.pk for m in members if may(actor, Action.END_TEAM_MEMBERSHIP, m)}
    return render(
        request,
        "trajectories/team.html",
        {
            "t": trajectory,
            "form": form if can_manage else None,
            "members": members,
            "may_end": may_end,
        },
        status=status,
    )


@login_required
@require_POST
def team_end(request: HttpRequest, pk: int, member_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    member = selectors.team_member_get(actor=actor, trajectory=trajectory, pk=member_id)
    try:
        services.team_member_end(actor=actor, member=member)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Het teamlidmaatschap is beëindigd."))
    return redirect("trajectories:team", pk=trajectory.pk)


def _visible_for(
    request: HttpRequest, trajectory: Trajectory, form: Form, default: str
) -> dict[str, Any]:
    """ "Zichtbaar voor: …" (issue 11, item 4): who would read the record, for the category
    chosen in a posted form, else ``default`` (what the service would use)."""
    chosen = form.data.get("category", "") if form.is_bound else ""
    category = chosen if chosen in DataCategory.values else default
    return {
        "readers": selectors.readers_for(
            actor=_actor(request), trajectory=trajectory, category=category
        ),
        "readers_category": DataCategory(category).label,
    }


def _goal_default(request: HttpRequest, form: Form, fallback: str = "") -> str:
    """The category a goal gets when none is chosen: ``fallback`` (an edited goal's own) or
    the default for the life domain (posted or initial) and the author's role."""
    if fallback:
        return fallback
    domain = form.data.get("life_domain") if form.is_bound else form.initial.get("life_domain")
    return default_category(domain or "", _actor(request).role)


def _split_confirm(data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    data = dict(data)
    return data, bool(data.pop("confirm_wider", False))


@login_required
@require_http_methods(["GET", "POST"])
def goal_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    form = forms.GoalForm(_posted(request))

    def save(data: dict[str, Any]) -> Goal:
        details, confirm = _split_confirm(data)
        return services.goal_create(
            actor=actor,
            trajectory=trajectory,
            details=services.GoalDetails(**details),
            confirm_wider=confirm,
        )

    done = _submit(request, form, save, _("Het doel staat in het plan."))
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, _goal_default(request, form))
    return _render_on(request, trajectory, form, _("Nieuw doel"), status, extra=extra)


@login_required
@require_http_methods(["GET", "POST"])
def goal_edit(request: HttpRequest, pk: int, goal_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    goal: Goal = selectors.goal_get(actor=actor, trajectory=trajectory, pk=goal_id)
    initial = {
        name: getattr(goal, name)
        for name in ("own_words", "professional_text", "life_domain", "category", "status")
    }
    initial.update(target_date=goal.target_date, version=goal.version)
    form = forms.GoalEditForm(_posted(request), initial=initial)

    def save(data: dict[str, Any]) -> Goal:
        data, confirm = _split_confirm(data)
        version = data.pop("version")
        details = services.GoalDetails(**data)
        return services.goal_update(
            actor=actor, goal=goal, version=version, details=details, confirm_wider=confirm
        )

    done = _submit(request, form, save, _("Het doel is bijgewerkt."))
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    history = list(goal.revisions.select_related("changed_by"))
    extra = {"history": history, **_visible_for(request, trajectory, form, goal.category)}
    return _render_on(request, trajectory, form, _("Doel wijzigen"), status, extra=extra)


@login_required
@require_http_methods(["GET", "POST"])
def action_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    goals = selectors.goals_for(actor=actor, trajectory=trajectory)
    default = author_category(actor.role)
    form = forms.ActionForm(
        _posted(request),
        team_users=_team_users(trajectory, with_client=True),
        goals=goals,
        initial={"category": default},
    )
    done = _submit(
        request,
        form,
        lambda data: services.action_create(actor=actor, trajectory=trajectory, **data),
        _("De actie staat in het plan."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(request, trajectory, form, _("Nieuwe actie"), status, extra=extra)


@login_required
@require_POST
def action_done(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk)
    action: PlanAction = selectors.action_get(actor=actor, trajectory=trajectory, pk=action_id)
    services.action_complete(actor=actor, action=action)
    messages.success(request, _("De actie is afgevinkt."))
    return redirect("trajectories:detail", pk=trajectory.pk)


@login_required
@require_http_methods(["GET", "POST"])
def meeting_create(request: HttpRequest, pk: int) -> HttpResponse:
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
    return pdf.meeting_report(request, actor=actor, meeting=item, decisions=decisions)


@login_required
@require_http_methods(["GET", "POST"])
def ladder(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    form = forms.LadderForm(
        _posted(request),
        initial={"assessed_on": timezone.localdate(), "perspective": Perspective.PROFESSIONAL},
    )
    done = _submit(
        request,
        form,
        lambda data: services.ladder_assess(actor=actor, trajectory=trajectory, **data),
        _("De inschatting op de ladder is vastgelegd."),
    )
    if done.saved:
        return redirect("trajectories:detail", pk=trajectory.pk)
    status = done.status
    return _render_on(
        request,
        trajectory,
        form,
        _("Participatieladder"),
        status,
        extra={"ladder": _ladder_definitions()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def note_create(request: HttpRequest, pk: int) -> HttpResponse:
    actor = _actor(request)
    trajectory = _trajectory(request, pk, Action.ADD_OWN_RECORD)
    default = author_category(actor.role)
    form = forms.NoteForm(
        _posted(request), initial={"occurred_on": timezone.localdate(), "category": default}
    )
    done = _submit(
        request,
        form,
        lambda data: services.note_add(actor=actor, trajectory=trajectory, **data),
        _("De notitie staat op de tijdlijn."),
    )
    if done.saved:
        warn_if_bsn(request, form.cleaned_data["text"])
        return redirect("trajectories:timeline", pk=trajectory.pk)
    status = done.status
    extra = _visible_for(request, trajectory, form, default)
    return _render_on(request, trajectory, form, _("Notitie"), status, extra=extra)


def _ladder_definitions() -> list[tuple[str, str]]:
    from .models import LADDER_DEFINITIONS

    return [(str(step.label), str(LADDER_DEFINITIONS[step.value])) for step in LadderStep]
